import { type MockProviders, startMockProviders } from "@backupkit/mock-providers";
import { closeAfterEach, until } from "@backupkit/test-support";
import { afterEach, beforeEach, expect, it, vi } from "vitest";
import { type Run, runAgainstHungPath, runMain } from "../run.js";

// What the tests of the acting commands (create, restore, delete, cancel,
// schedule) share: a provider's mock for each test, the variables that point
// the CLI at it, and the cases every provider answers alike (refusing, --dry-run,
// a request not sent twice), each run from the provider's own table.

type Env = Record<string, string>;

/** Each provider's variables, signed in with a key or a ready token: the mock's credential each takes. */
const KEY_OR_TOKEN = {
  linode: { LINODE_TOKEN: "token", BACKUPKIT_LINODE_BASE_URL: "baseUrl" },
  "huawei-cbr": {
    HW_ACCESS_KEY: "accessKey",
    HW_SECRET_KEY: "secretKey",
    HW_PROJECT_ID: "projectId",
    BACKUPKIT_HUAWEI_CBR_BASE_URL: "baseUrl",
  },
  onapp: { ONAPP_USER: "user", ONAPP_API_KEY: "apiKey", BACKUPKIT_ONAPP_BASE_URL: "baseUrl" },
  zcom: { OS_AUTH_TOKEN: "token", OS_TENANT_ID: "tenantId", BACKUPKIT_ZCOM_BASE_URL: "baseUrl" },
  northflank: { NORTHFLANK_API_TOKEN: "token", BACKUPKIT_NORTHFLANK_BASE_URL: "baseUrl" },
} satisfies Record<string, Env>;

/** Z.com's API user and password: every request then carries a token from the mock's Identity. */
const ZCOM_PASSWORD = {
  OS_USERNAME: "username",
  OS_PASSWORD: "password",
  OS_TENANT_NAME: "tenantName",
  OS_AUTH_URL: "identityUrl",
};

export type ActingProvider = keyof typeof KEY_OR_TOKEN;

/** The variables `names` with the values of `provider`'s mock credentials (`baseUrl`: its URL). */
function variables(mock: MockProviders, provider: ActingProvider, names: Env): Env {
  const endpoint = mock.providers[provider];
  if (!endpoint) throw new Error(`the ${provider} mock is not running`);
  const credential = (key: string) => {
    const value = key === "baseUrl" ? endpoint.baseUrl : endpoint.credentials[key];
    if (value === undefined) throw new Error(`the ${provider} mock has no "${key}" credential`);
    return value;
  };
  return Object.fromEntries(Object.entries(names).map(([name, key]) => [name, credential(key)]));
}

/** The variables that point the CLI at `provider`'s mock, signed in with a key or a ready token. */
export const envFor = (provider: ActingProvider, mock: MockProviders): Env =>
  variables(mock, provider, KEY_OR_TOKEN[provider]);

/** The variables that sign in to Z.com's mock with the API user's name and password. */
export const zcomPasswordEnv = (mock: MockProviders): Env => variables(mock, "zcom", ZCOM_PASSWORD);

/** What `create -f json` prints: the one backup it made, with the ref the other commands take. */
export interface Created {
  provider: string;
  operation: string;
  message: string;
  backups: [{ id: string; ref: string; [field: string]: unknown }];
}

/** A case: its name, the command line, and what stderr must say. */
export type Refusal = [name: string, args: string[], says: RegExp];

/** A `--dry-run` case: the command line, the requests it prints for the mock at `baseUrl`, other credentials. */
export type DryRun = [
  name: string,
  args: string[],
  prints: (baseUrl: string) => string,
  env?: (mock: MockProviders) => Env,
];

/** Credentials are in variables named so; none of their values may be printed. */
const SECRET_NAME = /(KEY|TOKEN|PASSWORD)$/;

/**
 * The acting commands on `provider`: its mock for each test of the file (its
 * backups moving on a step every 20 ms, stopped after the test), the variables
 * that point the CLI at it, and the cases every provider answers alike, each
 * from the provider's own table.
 */
export function actingOn(provider: ActingProvider) {
  const forThisTest = closeAfterEach<MockProviders>();
  const started = (paceMs: number) =>
    forThisTest(startMockProviders({ providers: [provider], paceMs }));
  let current: MockProviders | undefined;
  beforeEach(async () => {
    current = await started(20);
  });
  afterEach(() => {
    current = undefined;
  });
  const mock = () => {
    if (!current) throw new Error(`the ${provider} mock runs only inside a test`);
    return current;
  };

  /**
   * Another mock of the provider for this test alone, its backups moving on
   * a step every `paceMs`: a pace no test outlasts keeps a backup running.
   */
  async function ownMock(paceMs: number): Promise<{ mock: MockProviders; env: Env }> {
    const own = await started(paceMs);
    return { mock: own, env: envFor(provider, own) };
  }

  return {
    get mock(): MockProviders {
      return mock();
    },
    get env(): Env {
      return envFor(provider, mock());
    },
    ownMock,

    /**
     * Runs `create` of `resource` with `flags` (--label, --wait) as JSON,
     * against this test's mock or the one `env` points at: it must succeed,
     * saying nothing on stderr, one backup made. Gives what it printed.
     */
    async created(resource: string, flags: string[] = [], env?: Env): Promise<Created> {
      const { code, stdout, stderr } = await runMain(
        ["create", "-p", provider, "--resource", resource, ...flags, "-f", "json"],
        env ?? envFor(provider, mock()),
      );
      expect(stderr).toBe("");
      expect(code).toBe(0);
      const result = JSON.parse(stdout);
      expect(result.backups).toHaveLength(1);
      return result;
    },

    /**
     * Runs a `--wait` command against a mock of its own whose backups move on
     * a step every `paceMs` by its `Date.now()`, on a fake Date: once the
     * command has polled twice, the date moves on `steps` steps, and the
     * command can end. Gives its run and the requests the mock saw, as
     * "METHOD url status".
     */
    async waitedOut(
      { paceMs, steps }: { paceMs: number; steps: number },
      args: string[],
      env: (mock: MockProviders) => Env = (m) => envFor(provider, m),
    ): Promise<Run & { requests: string[] }> {
      const { mock: slow } = await ownMock(paceMs);
      vi.useFakeTimers({ toFake: ["Date"] });
      try {
        const running = runMain(args, env(slow));
        const polls = () => slow.requests.filter((r) => r.method === "GET").length;
        await until(() => polls() >= 2, `two polls of: ${args.join(" ")}`);
        vi.advanceTimersByTime(steps * paceMs);
        const run = await running;
        return { ...run, requests: slow.requests.map((r) => `${r.method} ${r.url} ${r.status}`) };
      } finally {
        vi.useRealTimers();
      }
    },

    /**
     * Deletes the backup `ref` with --yes and --wait, which returns once the
     * provider no longer has it; deleting it again fails with the provider's
     * 404, which stderr must match as `notFound`.
     */
    async deletedForGood(ref: string, notFound: RegExp): Promise<void> {
      const { code, stdout } = await runMain(
        ["delete", "-p", provider, ref, "--yes", "--wait", "-f", "json"],
        envFor(provider, mock()),
      );
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toMatchObject({ operation: "delete", backups: [] });
      const again = await runMain(
        ["delete", "-p", provider, ref, "--yes"],
        envFor(provider, mock()),
      );
      expect(again.code).toBe(1);
      expect(again.stderr).toMatch(notFound);
    },

    /**
     * A destructive command run off a terminal without --yes: exit 2, the loss
     * said on stderr, nothing sent (no sign-in either). `env` picks the sign-in.
     */
    itRefusesWithoutYes(
      cases: Refusal[],
      env: (mock: MockProviders) => Env = (m) => envFor(provider, m),
    ) {
      it.each(cases)(
        "refuses %s without --yes when stdin is not a terminal: exit 2, nothing sent",
        async (_name, args, lost) => {
          const { code, stdout, stderr } = await runMain(args, env(mock()));
          expect(code).toBe(2);
          expect(stdout).toBe("");
          expect(stderr).toMatch(lost);
          expect(stderr).toMatch(
            /refusing to go on without --yes, as stdin is not a terminal; nothing was sent/,
          );
          expect(mock().requests).toEqual([]);
        },
      );
    },

    /** What the provider cannot do, or input it would refuse: exit 2, said on stderr, nothing sent. */
    itRefusesBeforeSending(cases: Refusal[]) {
      it.each(cases)("refuses %s: exit 2, nothing sent", async (_name, args, says) => {
        const { code, stdout, stderr } = await runMain(args, envFor(provider, mock()));
        expect(code).toBe(2);
        expect(stdout).toBe("");
        expect(stderr).toMatch(says);
        expect(mock().requests).toEqual([]);
      });
    },

    /**
     * `--dry-run` prints each request the command would send, credentials
     * redacted, says on stderr that nothing was sent, and sends nothing (nor
     * signs in).
     */
    itPrintsDryRun(cases: DryRun[]) {
      it.each(cases)(
        "prints the requests with --dry-run (%s), no credential in them, and sends nothing",
        async (_name, args, prints, envOf) => {
          const env = envOf?.(mock()) ?? envFor(provider, mock());
          const { code, stdout, stderr } = await runMain([...args, "--dry-run"], env);
          expect(code).toBe(0);
          expect(stdout).toBe(prints(mock().providers[provider]?.baseUrl ?? ""));
          expect(stderr).toBe("dry run: nothing was sent\n");
          for (const [name, value] of Object.entries(env)) {
            if (SECRET_NAME.test(name)) expect(stdout + stderr).not.toContain(value);
          }
          expect(mock().requests).toEqual([]);
        },
      );
    },

    /**
     * A request that may have reached the server is not sent again: `path` of
     * a mock of its own never answers, and the command says what may have happened.
     */
    itNeverSendsTwice(what: string, path: string, args: string[], says: RegExp) {
      it(`never sends ${what} twice after a response timeout, and says it may have happened`, async () => {
        const { code, stderr, requests } = await runAgainstHungPath(provider, path, args, (hung) =>
          envFor(provider, hung),
        );
        expect(code).toBe(1);
        expect(stderr).toMatch(says);
        expect(requests).toEqual(["POST hang"]);
      });
    },
  };
}
