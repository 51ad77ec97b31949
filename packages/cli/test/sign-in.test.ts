import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupkit } from "./run.js";

// The built CLI as a process, signing in the ways users hold credentials:
// Huawei with an access key pair, Z.com with the API user's name and password.

let mock: MockProviders;
beforeAll(async () => {
  mock = await startMockProviders({ providers: ["huawei-cbr", "zcom"] });
});
afterAll(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

function credentials(provider: string): Record<string, string> {
  const endpoint = mock.providers[provider];
  if (!endpoint) throw new Error(`the ${provider} mock is not running`);
  return { ...endpoint.credentials, baseUrl: endpoint.baseUrl };
}

/** Only HW_ACCESS_KEY, HW_SECRET_KEY and HW_PROJECT_ID, and the mock's address. */
function huaweiAkSk(overrides: Record<string, string> = {}): Record<string, string> {
  const c = credentials("huawei-cbr");
  return {
    HW_ACCESS_KEY: c.accessKey ?? "",
    HW_SECRET_KEY: c.secretKey ?? "",
    HW_PROJECT_ID: c.projectId ?? "",
    BACKUPKIT_HUAWEI_CBR_BASE_URL: c.baseUrl ?? "",
    ...overrides,
  };
}

/** Only the OS_* password variables: the compute endpoint comes from the service catalog. */
function zcomPassword(overrides: Record<string, string> = {}): Record<string, string> {
  const c = credentials("zcom");
  return {
    OS_USERNAME: c.username ?? "",
    OS_PASSWORD: c.password ?? "",
    OS_TENANT_NAME: c.tenantName ?? "",
    OS_AUTH_URL: c.identityUrl ?? "",
    ...overrides,
  };
}

const SECRETS = [
  "mock-huawei-cbr-secret-key-0123456789abcd",
  "mock-zcom-password",
  "mock-zcom-issued-",
];

describe("backupkit list signing in with AK/SK and a password", () => {
  it("lists Huawei CBR with only HW_ACCESS_KEY, HW_SECRET_KEY and HW_PROJECT_ID set", async () => {
    const { code, stdout, stderr } = await backupkit(
      ["list", "-p", "huawei-cbr", "-f", "json"],
      huaweiAkSk(),
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).length).toBeGreaterThan(20);
    for (const secret of SECRETS) expect(stdout + stderr).not.toContain(secret);
  });

  it("reads Huawei's SDK variable names too", async () => {
    const { HW_ACCESS_KEY, HW_SECRET_KEY, ...rest } = huaweiAkSk();
    const env = {
      ...rest,
      HUAWEICLOUD_SDK_AK: HW_ACCESS_KEY ?? "",
      HUAWEICLOUD_SDK_SK: HW_SECRET_KEY ?? "",
    };
    const { code, stderr } = await backupkit(["list", "-p", "huawei-cbr"], env);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("reports a wrong secret key as the gateway's 401, never printing the key", async () => {
    const wrong = "wrong-secret-key-5b1f2e9c7a";
    const { code, stdout, stderr } = await backupkit(
      ["list", "-p", "huawei-cbr", "-v"],
      huaweiAkSk({ HW_SECRET_KEY: wrong }),
    );
    expect(code).toBe(1);
    expect(stderr).toContain(
      "401 Unauthorized: APIGW.0301: Incorrect IAM authentication information: verify aksk signature fail",
    );
    expect(stdout + stderr).not.toContain(wrong);
  });

  it("refuses AK/SK and a token set together, saying which", async () => {
    const { code, stderr } = await backupkit(
      ["list", "-p", "huawei-cbr"],
      huaweiAkSk({ HW_AUTH_TOKEN: "tok-ab12cd34" }),
    );
    expect(code).toBe(1);
    expect(stderr).toBe(
      "backupkit: huawei-cbr: sign in one way, not 2: AK/SK (HW_ACCESS_KEY, HW_SECRET_KEY) and a token (HW_AUTH_TOKEN) are both set; unset one\n",
    );
  });

  it("lists Z.com with only the OS_* password variables set", async () => {
    const { code, stdout, stderr } = await backupkit(
      ["list", "-p", "zcom", "-f", "json"],
      zcomPassword(),
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).length).toBeGreaterThan(6);
    for (const secret of SECRETS) expect(stdout + stderr).not.toContain(secret);
  });

  it("gets one Z.com backup signed in with a password and the tenant's id", async () => {
    const { OS_TENANT_NAME: _name, ...env } = zcomPassword({
      OS_TENANT_ID: credentials("zcom").tenantId ?? "",
    });
    const { code, stdout, stderr } = await backupkit(
      ["get", "-p", "zcom", "9fbcc5eb-aa2b-4d17-a27d-43f11c8c2b17"],
      env,
    );
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("58ad1951017444acacc13cee1067f1d0");
  });

  it("says a wrong Z.com password plainly and never prints it", async () => {
    const wrong = "wrong-password-8c1d3e";
    const { code, stdout, stderr } = await backupkit(
      ["list", "-p", "zcom"],
      zcomPassword({ OS_PASSWORD: wrong }),
    );
    expect(code).toBe(1);
    expect(stderr).toMatch(
      /^backupkit: zcom: cannot sign in to Identity at http:\/\/127\.0\.0\.1:\d+\/identity\/v2\.0: user "mock-zcom-user" and password refused for tenant "mock-zcom-tenant" \(Identity said: The request you have made requires authentication\.\)\n$/,
    );
    expect(stdout + stderr).not.toContain(wrong);
  });

  it("says what is missing from a password sign-in", async () => {
    const { OS_TENANT_NAME: _name, ...env } = zcomPassword();
    const { code, stderr } = await backupkit(["list", "-p", "zcom"], env);
    expect(code).toBe(1);
    expect(stderr).toBe(
      "backupkit: zcom: incomplete configuration: set OS_TENANT_ID or OS_PROJECT_ID (tenant ID) or OS_TENANT_NAME or OS_PROJECT_NAME (tenant name)\n",
    );
  });

  it("shows every way in per provider in list --help", async () => {
    const { stdout } = await backupkit(["list", "--help"]);
    expect(stdout).toMatch(
      /^ +sign in with a user name and password:\s*\n +OS_USERNAME +API user name\n +OS_PASSWORD +API user's password[^\n]*\n +OS_TENANT_ID or OS_PROJECT_ID +tenant ID\n +OS_TENANT_NAME or OS_PROJECT_NAME +tenant name \(or the one above\)\n +OS_AUTH_URL +Identity v2\.0 or v3 URL[^\n]*\n +or with a token:\s*\n +OS_AUTH_TOKEN or OS_TOKEN +token[^\n]*\n +OS_TENANT_ID or OS_PROJECT_ID +tenant ID\n/m,
    );
    expect(stdout).toMatch(/^ +sign in with AK\/SK:/m);
  });
});
