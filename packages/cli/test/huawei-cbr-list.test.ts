import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backupkit, linodeEnv } from "./run.js";

// The built CLI as a process, with Linode and Huawei CBR configured through
// their own environment variables and pointed at the mock providers.

const SENTINEL = "hw-sentinel-token-0c57e9";

let mock: MockProviders;
beforeAll(async () => {
  mock = await startMockProviders({ providers: ["linode", "huawei-cbr"] });
});
afterAll(async () => {
  expect(mock.failures).toEqual([]);
  await mock.close();
});

/** The variables that point the CLI at the Huawei CBR mock, as Huawei's Terraform provider names them. */
function huaweiEnv(overrides: Record<string, string> = {}): Record<string, string> {
  const endpoint = mock.providers["huawei-cbr"];
  if (!endpoint) throw new Error("the huawei-cbr mock is not running");
  return {
    HW_AUTH_TOKEN: endpoint.credentials.token ?? "",
    HW_PROJECT_ID: endpoint.credentials.projectId ?? "",
    HW_REGION_NAME: endpoint.credentials.region ?? "",
    BACKUPKIT_HUAWEI_CBR_BASE_URL: endpoint.baseUrl,
    ...overrides,
  };
}

describe("backupkit list with Linode and Huawei CBR", () => {
  it("lists both providers in one table and exits 0", async () => {
    const { code, stdout, stderr } = await backupkit(["list"], {
      ...linodeEnv(mock),
      ...huaweiEnv(),
    });
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^linode +linode123 +1234 +available +manual /m);
    expect(stdout).toMatch(
      /^huawei-cbr +ecs-1f0f-0002 +6df2b54c-dd62-4059-a07c-1b8f24f2725d +available +automatic +2019-05-10T07:59:12Z +40 GiB +4229d7a45436489f8c3dc2b1d35d4987\/6df2b54c-dd62-4059-a07c-1b8f24f2725d$/m,
    );
  });

  it("leaves the OpenStack names to Z.com", async () => {
    const { HW_AUTH_TOKEN, HW_PROJECT_ID, HW_REGION_NAME, ...rest } = huaweiEnv();
    const env = {
      ...rest,
      OS_AUTH_TOKEN: HW_AUTH_TOKEN ?? "",
      OS_PROJECT_ID: HW_PROJECT_ID ?? "",
      OS_REGION_NAME: HW_REGION_NAME ?? "",
    };
    const { stdout, stderr } = await backupkit(["list", "-f", "json", "-p", "huawei-cbr"], env);
    expect(stdout).not.toContain('"provider":"huawei-cbr"');
    expect(stderr).toMatch(/huawei-cbr/);
  });

  it("lists Linode when Huawei rejects the token, reports Huawei's message and exits 3", async () => {
    const env = { ...linodeEnv(mock), ...huaweiEnv({ HW_AUTH_TOKEN: SENTINEL }) };
    const { code, stdout, stderr } = await backupkit(["list"], env);
    expect(code).toBe(3);
    expect(stdout).toMatch(/^linode +linode123 +1234 /m);
    expect(stdout).not.toMatch(/^huawei-cbr /m);
    expect(stderr).toMatch(
      /^backupkit: huawei-cbr: GET \/v3\/\{project_id\}\/backups failed with 401 Unauthorized: APIGW\.0301: Incorrect IAM authentication information: decrypt token fail \(request id [0-9a-f]{32}\)\n$/,
    );
    expect(stdout + stderr).not.toContain(SENTINEL);
  });

  it("never prints the token, with --verbose and as JSON either", async () => {
    const env = { ...linodeEnv(mock), ...huaweiEnv({ HW_AUTH_TOKEN: SENTINEL }) };
    const { code, stdout, stderr } = await backupkit(["list", "-v", "-f", "json"], env);
    expect(code).toBe(3);
    expect(JSON.parse(stdout).length).toBeGreaterThan(40);
    expect(stderr).toContain("Incorrect IAM authentication information");
    expect(stdout + stderr).not.toContain(SENTINEL);
  });

  it("fails Huawei alone when its project ID is missing, saying what to set", async () => {
    const { HW_PROJECT_ID: _unset, ...huawei } = huaweiEnv({ HW_AUTH_TOKEN: SENTINEL });
    const { code, stdout, stderr } = await backupkit(["list"], { ...linodeEnv(mock), ...huawei });
    expect(code).toBe(3);
    expect(stdout).toMatch(/^linode +linode123 +1234 /m);
    expect(stderr).toBe(
      "backupkit: huawei-cbr: incomplete configuration: set HW_PROJECT_ID (project ID whose backups to list)\n",
    );
  });

  it("names Huawei's variables, both ways to sign in, in list --help", async () => {
    const { code, stdout } = await backupkit(["list", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^ {2}huawei-cbr +HW_PROJECT_ID +project ID/m);
    expect(stdout).toMatch(/^ +HW_REGION_NAME +region ID; default ap-southeast-1$/m);
    expect(stdout).toMatch(
      /^ +sign in with AK\/SK:\s*\n +HW_ACCESS_KEY or HUAWEICLOUD_SDK_AK +access key ID \(AK\)\n +HW_SECRET_KEY or HUAWEICLOUD_SDK_SK +secret access key \(SK\)[^\n]*\n +HW_SECURITY_TOKEN or HUAWEICLOUD_SDK_SECURITY_TOKEN +security token of a temporary AK\/SK \(optional\)\n +or with a token:\s*\n +HW_AUTH_TOKEN +IAM user token/m,
    );
    expect(stdout).toMatch(
      /^ +BACKUPKIT_HUAWEI_CBR_BASE_URL +base URL \(default https:\/\/cbr\.\{region\}\.myhuaweicloud\.com\)$/m,
    );
  });
});
