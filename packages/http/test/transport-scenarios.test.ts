import { createProviderClient, unwrap } from "../src/index.js";
import { describeTransportScenarios } from "./support/transport-scenarios.js";

/** A provider shaped like most: a GET with a path parameter and a POST, `{ error: { code, message } }` errors. */
type Paths = {
  "/things/{thingId}": {
    parameters: { path: { thingId: number } };
    get: {
      parameters: { path: { thingId: number } };
      responses: { 200: { content: { "application/json": { id: number; name: string } } } };
    };
  };
  "/things": {
    post: {
      requestBody: { content: { "application/json": { name: string } } };
      responses: { 201: { content: { "application/json": { id: number; name: string } } } };
    };
  };
};

describeTransportScenarios({
  provider: "example",
  createClient: ({ origin, token, ...options }) =>
    createProviderClient<Paths>({
      ...options,
      provider: "example",
      defaultBaseUrl: `${origin}/api`,
      authHeaders: { Authorization: `Bearer ${token}` },
      rateLimitResetHeaders: { "X-RateLimit-Reset": "delta-seconds" },
    }),
  get: async (client) =>
    unwrap(await client.GET("/things/{thingId}", { params: { path: { thingId: 7 } } })),
  post: async (client) => unwrap(await client.POST("/things", { body: { name: "x" } })),
  path: "/things/{thingId}",
  okBody: JSON.stringify({ id: 7, name: "seven" }),
  errorBody: (message) => ({
    body: JSON.stringify({ error: { code: "E_THING", message } }),
    code: "E_THING",
  }),
  requestIdHeader: "X-Request-Id",
  rateLimitReset: { header: "X-RateLimit-Reset", format: "delta-seconds" },
});
