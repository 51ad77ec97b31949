import { describe, expect, it } from "vitest";
import { resolveSetups } from "../src/settings.js";
import { huaweiCbrSource } from "../src/sources/huawei-cbr.js";
import type { Source } from "../src/sources/types.js";
import { zcomSource } from "../src/sources/zcom.js";

type Case = [
  string,
  {
    source: Source;
    env: Record<string, string>;
    file?: Record<string, string>;
    want: { state: string; message?: string; values?: Record<string, string> };
  },
];

const huawei = huaweiCbrSource as unknown as Source;
const zcom = zcomSource as unknown as Source;

describe("resolveSetups with ways to sign in", () => {
  it.each<Case>([
    [
      "Huawei AK/SK with a security token",
      {
        source: huawei,
        env: {
          HW_ACCESS_KEY: "ak",
          HW_SECRET_KEY: "sk",
          HW_SECURITY_TOKEN: "st",
          HW_PROJECT_ID: "p",
        },
        want: {
          state: "configured",
          values: { accessKey: "ak", secretKey: "sk", securityToken: "st", projectId: "p" },
        },
      },
    ],
    [
      "Huawei by the SDKs' names",
      {
        source: huawei,
        env: { HUAWEICLOUD_SDK_AK: "ak", HUAWEICLOUD_SDK_SK: "sk", HW_PROJECT_ID: "p" },
        want: { state: "configured", values: { accessKey: "ak", secretKey: "sk", projectId: "p" } },
      },
    ],
    [
      "Huawei AK/SK from the config file",
      {
        source: huawei,
        env: {},
        file: { accessKey: "ak", secretKey: "sk", projectId: "p", region: "cn-north-4" },
        want: {
          state: "configured",
          values: { accessKey: "ak", secretKey: "sk", projectId: "p", region: "cn-north-4" },
        },
      },
    ],
    [
      "Huawei with a token",
      {
        source: huawei,
        env: { HW_AUTH_TOKEN: "t", HW_PROJECT_ID: "p" },
        want: { state: "configured", values: { token: "t", projectId: "p" } },
      },
    ],
    [
      "Huawei with a security token alone",
      {
        source: huawei,
        env: { HW_SECURITY_TOKEN: "st", HW_PROJECT_ID: "p" },
        want: {
          state: "invalid",
          message:
            "incomplete configuration: set HW_ACCESS_KEY or HUAWEICLOUD_SDK_AK (access key ID (AK)), HW_SECRET_KEY or HUAWEICLOUD_SDK_SK (secret access key (SK): signs each request, never sent)",
        },
      },
    ],
    [
      "Huawei with only a project",
      {
        source: huawei,
        env: { HW_PROJECT_ID: "p" },
        want: {
          state: "invalid",
          message:
            "incomplete configuration: set one way to sign in: AK/SK (HW_ACCESS_KEY, HW_SECRET_KEY), or a token (HW_AUTH_TOKEN)",
        },
      },
    ],
    [
      "Z.com with a password and a tenant name",
      {
        source: zcom,
        env: { OS_USERNAME: "u", OS_PASSWORD: "pw", OS_PROJECT_NAME: "n" },
        want: { state: "configured", values: { username: "u", password: "pw", tenantName: "n" } },
      },
    ],
    [
      "Z.com with a token and the tenant",
      {
        source: zcom,
        env: { OS_TOKEN: "t", OS_PROJECT_ID: "id", OS_REGION_NAME: "sin1" },
        want: { state: "configured", values: { token: "t", tenantId: "id", region: "sin1" } },
      },
    ],
    [
      "Z.com with a password and a token",
      {
        source: zcom,
        env: { OS_USERNAME: "u", OS_PASSWORD: "pw", OS_TENANT_ID: "id", OS_AUTH_TOKEN: "t" },
        want: {
          state: "invalid",
          message:
            "sign in one way, not 2: a user name and password (OS_USERNAME, OS_PASSWORD) and a token (OS_AUTH_TOKEN) are both set; unset one",
        },
      },
    ],
    [
      "Z.com with a user name alone",
      {
        source: zcom,
        env: { OS_USERNAME: "u", OS_TENANT_ID: "id" },
        want: {
          state: "invalid",
          message:
            "incomplete configuration: set OS_PASSWORD (API user's password: sent only to Identity)",
        },
      },
    ],
  ])("%s", (_name, { source, env, file, want }) => {
    const [setup] = resolveSetups(
      [source],
      env,
      file ? { path: "c.json", providers: { [source.id]: file } } : undefined,
    );
    expect(setup?.state).toBe(want.state);
    if (setup?.state === "invalid") expect(setup.message).toBe(want.message);
    if (setup?.state === "configured") expect(setup.config.values).toEqual(want.values);
  });
});
