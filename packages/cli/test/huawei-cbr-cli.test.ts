import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterEach, describe, expect, it } from "vitest";
import { runMain } from "./run.js";

// The Huawei CBR source itself is tested in @backupkit/sdk; here, the command that reaches it.

const PROJECT = "4229d7a45436489f8c3dc2b1d35d4987";
const SEED_ID = "6df2b54c-dd62-4059-a07c-1b8f24f2725d";
const SEED_CHILD_ID = "5d822633-2bbf-4af8-a16e-5ab1c7705235";

let mock: MockProviders | undefined;
afterEach(async () => {
  expect(mock?.failures ?? []).toEqual([]);
  await mock?.close();
  mock = undefined;
});

/** The variables that point the CLI at a fresh Huawei CBR mock. */
async function huaweiEnv(): Promise<Record<string, string>> {
  mock = await startMockProviders({ providers: ["huawei-cbr"] });
  const endpoint = mock.providers["huawei-cbr"];
  if (!endpoint) throw new Error("no huawei-cbr mock");
  return {
    HW_AUTH_TOKEN: endpoint.credentials.token ?? "",
    HW_PROJECT_ID: endpoint.credentials.projectId ?? "",
    HW_REGION_NAME: endpoint.credentials.region ?? "",
    BACKUPKIT_HUAWEI_CBR_BASE_URL: endpoint.baseUrl,
  };
}

describe("backupkit get with Huawei CBR", () => {
  it.each([
    ["a REF", [`${PROJECT}/${SEED_CHILD_ID}`]],
    ["flags", ["--project-id", PROJECT, "--backup-id", SEED_CHILD_ID]],
  ])("reaches the source with %s", async (_name, args) => {
    const env = await huaweiEnv();
    const { code, stdout, stderr } = await runMain(["get", "-p", "huawei-cbr", ...args], env);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject([
      {
        provider: "huawei-cbr",
        id: SEED_CHILD_ID,
        status: "available",
        trigger: "automatic",
        resource: { type: "OS::Cinder::Volume", name: "ecs-1f0f-0002" },
        parentId: SEED_ID,
        createdAt: "2019-05-10T07:59:59.450Z",
      },
    ]);
  });
});
