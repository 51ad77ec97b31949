import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import * as nodeCause from "../src/cause.js";
import * as browserCause from "../src/cause-browser.js";
import * as nodePlan from "../src/plan.js";
import * as browserPlan from "../src/plan-browser.js";
import * as nodeRedirect from "../src/redirect.js";
import * as browserRedirect from "../src/redirect-browser.js";

const manifest = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as {
  imports: Record<string, { browser: string; default: string }>;
};
const refuse = (problem: string) => new Error(problem);
const request = new Request("https://cloud.example/v1/things");

describe("the imports of package.json", () => {
  it.each(Object.entries(manifest.imports))(
    "map %s to Node's and a browser's module",
    (_name, to) => {
      expect(Object.keys(to)).toEqual(["browser", "default"]);
      for (const file of [to.browser, to.default]) {
        expect(file).toMatch(/^\.\/dist\/[\w-]+\.js$/);
        const source = new URL(
          `../${file.replace("dist", "src").replace(/\.js$/, ".ts")}`,
          import.meta.url,
        );
        expect(existsSync(source)).toBe(true);
      }
    },
  );

  it("map to modules with the same exports", () => {
    expect(Object.keys(browserRedirect).sort()).toEqual(Object.keys(nodeRedirect).sort());
    expect(browserRedirect.MAX_REDIRECTS).toBe(nodeRedirect.MAX_REDIRECTS);
    expect(Object.keys(browserCause)).toEqual(Object.keys(nodeCause));
    expect(Object.keys(browserPlan)).toEqual(Object.keys(nodePlan));
  });
});

describe("plan-browser", () => {
  it("plans nothing: every call keeps openapi-fetch's Request", () => {
    expect(browserPlan.PLANS).toBe(false);
    expect(browserPlan.plannerFor({ Authorization: "Bearer x" })).toBeUndefined();
    expect(browserPlan.planFor({ Authorization: "Bearer x" })).toBeUndefined();
    expect(browserPlan.plannedPath("https://cloud.example/{id}", { id: 1 })).toBeUndefined();
    // Every attempt keeps its deadline in a signal.
    expect(browserPlan.dispatchDeadline({}, { timeoutMs: 1000 }, [])).toBeUndefined();
    expect(nodePlan.PLANS).toBe(true);
  });
});

describe("redirect-browser", () => {
  it("refuses the opaque redirect a browser answers a manual redirect with", () => {
    const opaque = { type: "opaqueredirect", status: 0, headers: new Headers() } as Response;
    expect(() => browserRedirect.nextHop(request, opaque, 0, refuse)).toThrow(
      "the server redirected the request; redirects are not followed in a browser",
    );
  });

  it("follows nothing, same origin included: the response is handed back as it is", () => {
    const redirect = new Response(null, {
      status: 302,
      headers: { location: "https://cloud.example/v1/elsewhere" },
    });
    expect(browserRedirect.nextHop(request, redirect, 0, refuse)).toBeNull();
    expect(browserRedirect.nextHop(request, new Response("{}"), 0, refuse)).toBeNull();
  });
});

describe("cause-browser", () => {
  it.each([
    ["a browser's fetch failure", new TypeError("Failed to fetch"), "Failed to fetch"],
    ["an error without a message", new TypeError(""), "TypeError"],
    ["a thrown string", "offline", "offline"],
    ["null", null, "null"],
  ])("describes %s, with no code", (_name, error, message) => {
    expect(browserCause.describeCause(error)).toEqual({ message, code: null });
  });

  it("reads no cause chain, which a browser does not give", () => {
    const error = new TypeError("fetch failed", {
      cause: Object.assign(new Error("other side closed"), { code: "UND_ERR_SOCKET" }),
    });
    expect(browserCause.describeCause(error)).toEqual({ message: "fetch failed", code: null });
    expect(nodeCause.describeCause(error)).toEqual({
      message: "fetch failed: other side closed",
      code: "UND_ERR_SOCKET",
    });
  });
});
