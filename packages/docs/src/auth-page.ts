import { code, escapeHtml, page, table } from "./html.js";

/** One way to sign in to one provider. */
export interface SignInWay {
  /** "AK/SK", "a user name and password", "a token". */
  name: string;
  /** What to create or look up in the provider's console, as HTML. */
  create: string;
  /** Environment variable (or alternatives) → what it holds. */
  variables: readonly (readonly [string, string])[];
  /** Config file keys for the same settings. */
  fileKeys: readonly string[];
  /** What backupkit sends, as HTML. */
  sends: string;
}

export interface ProviderSignIn {
  id: string;
  title: string;
  /** Settings every way needs (a project, a region), as variable → meaning. */
  common: readonly (readonly [string, string])[];
  ways: readonly SignInWay[];
  /** Further notes, as HTML paragraphs. */
  notes: readonly string[];
}

/**
 * What the `backupkit` command reads for each provider; the same names are
 * listed by `backupkit list --help`, which is generated from the sources in
 * `@backupkit/sdk` (the site's test compares the two).
 */
export const SIGN_INS: readonly ProviderSignIn[] = [
  {
    id: "linode",
    title: "Linode (Akamai)",
    common: [],
    ways: [
      {
        name: "a personal access token",
        create:
          "Cloud Manager → your profile → <em>API Tokens</em> → <em>Create a Personal Access Token</em> with <em>Linodes: Read Only</em>.",
        variables: [["LINODE_TOKEN or LINODE_CLI_TOKEN", "the token"]],
        fileKeys: ["token"],
        sends: "<code>Authorization: Bearer &lt;token&gt;</code> on every request.",
      },
    ],
    notes: [],
  },
  {
    id: "huawei-cbr",
    title: "Huawei Cloud CBR",
    common: [
      ["HW_PROJECT_ID", "the project whose backups to list (My Credentials → API Credentials)"],
      ["HW_REGION_NAME", "the region ID, e.g. ap-southeast-1 (the default)"],
    ],
    ways: [
      {
        name: "AK/SK (recommended)",
        create:
          "Console → <em>My Credentials</em> → <em>Access Keys</em> → <em>Create Access Key</em>: a CSV with the access key ID (AK) and the secret access key (SK). Give the IAM user CBR read permissions (<em>CBR ReadOnlyAccess</em>). Temporary AK/SK from IAM come with a security token.",
        variables: [
          ["HW_ACCESS_KEY or HUAWEICLOUD_SDK_AK", "the access key ID (AK)"],
          ["HW_SECRET_KEY or HUAWEICLOUD_SDK_SK", "the secret access key (SK)"],
          [
            "HW_SECURITY_TOKEN or HUAWEICLOUD_SDK_SECURITY_TOKEN",
            "the security token of temporary AK/SK (optional)",
          ],
        ],
        fileKeys: ["accessKey", "secretKey", "securityToken"],
        sends:
          "Each attempt is signed as Huawei's SDKs sign (SDK-HMAC-SHA256): <code>X-Sdk-Date: 20240131T235959Z</code> (UTC, taken afresh for every retry), <code>X-Project-Id</code>, <code>X-Security-Token</code> when given, and <code>Authorization: SDK-HMAC-SHA256 Access=&lt;AK&gt;, SignedHeaders=host;x-project-id;x-sdk-date, Signature=&lt;hex&gt;</code>. The signature is the hex HMAC-SHA256, keyed with the SK, of <code>SDK-HMAC-SHA256\\n&lt;X-Sdk-Date&gt;\\n&lt;hex SHA-256 of the canonical request&gt;</code>; the canonical request is the method, the path with each segment percent-encoded and a trailing <code>/</code>, the query sorted and percent-encoded, the signed headers lower-cased, their names, and the hex SHA-256 of the exact body bytes. The SK itself is never sent.",
      },
      {
        name: "an IAM token",
        create:
          "A token from IAM (<code>POST https://iam.{region}.myhuaweicloud.com/v3/auth/tokens</code>, returned in <code>X-Subject-Token</code>), scoped to the project. It lasts 24 hours.",
        variables: [["HW_AUTH_TOKEN", "the token"]],
        fileKeys: ["token"],
        sends: "<code>X-Auth-Token: &lt;token&gt;</code> on every request.",
      },
    ],
    notes: [
      "Huawei's gateway refuses a signature whose <code>X-Sdk-Date</code> is more than 15 minutes from its clock (<code>APIG.0303</code> / <code>APIGW.0301</code> … <em>signature expired</em>). backupkit reports that 401 as a clock problem (“check this computer's clock”), not as a wrong key.",
    ],
  },
  {
    id: "onapp",
    title: "OnApp",
    common: [["BACKUPKIT_ONAPP_BASE_URL", "the control panel's URL (required)"]],
    ways: [
      {
        name: "a login and API key",
        create:
          "Control panel → your user → <em>API Key</em> → <em>Generate new key</em> (or use your password).",
        variables: [
          ["ONAPP_USER or ONAPP_USERNAME", "the login or account email"],
          ["ONAPP_API_KEY or ONAPP_TOKEN", "the API key"],
        ],
        fileKeys: ["user", "apiKey"],
        sends: "<code>Authorization: Basic base64(user:apiKey)</code> on every request.",
      },
    ],
    notes: [],
  },
  {
    id: "zcom",
    title: "Z.com Cloud / ConoHa",
    common: [["OS_REGION_NAME", "tyo1 (the default), sin1 or sjc1"]],
    ways: [
      {
        name: "a user name and password (recommended)",
        create:
          "Control panel → <em>API</em>: add an API user (its name and password) and note the tenant ID and tenant name shown there, and the Identity endpoint (Z.com: <code>https://identity.{region}.cloud.z.com/v2.0</code>; ConoHa: <code>https://identity.{region}.conoha.io/v2.0</code>).",
        variables: [
          ["OS_USERNAME", "the API user's name"],
          ["OS_PASSWORD", "the API user's password"],
          ["OS_TENANT_ID or OS_PROJECT_ID", "the tenant ID (or give its name:)"],
          ["OS_TENANT_NAME or OS_PROJECT_NAME", "the tenant name"],
          ["OS_AUTH_URL", "the Identity URL; a path ending in /v3 uses Identity v3"],
        ],
        fileKeys: ["username", "password", "tenantId", "tenantName", "identityUrl"],
        sends:
          'One <code>POST {OS_AUTH_URL}/tokens</code> with <code>{"auth": {"passwordCredentials": {"username", "password"}, "tenantId"}}</code> (v3: <code>POST {OS_AUTH_URL}/auth/tokens</code>, token in <code>X-Subject-Token</code>), then <code>X-Auth-Token: &lt;token&gt;</code> on every request. The password goes only to Identity. The token is shared by all concurrent requests, reused until shortly before it expires (24 h on Z.com), and fetched again once when a request gets a 401, which is then sent once more. Without <code>BACKUPKIT_ZCOM_BASE_URL</code>, requests go to the public <code>compute</code> endpoint of the region in the token\'s service catalog. In code, this sign-in is <code>createZcomPasswordClient</code> from <code>@backupkit/zcom/password</code>, its own entry point so that a browser bundle sending a ready token (<code>createZcomClient</code>) does not carry it.',
      },
      {
        name: "a ready token",
        create: "A token you obtained from Identity yourself (it expires after 24 hours).",
        variables: [
          ["OS_AUTH_TOKEN or OS_TOKEN", "the token"],
          ["OS_TENANT_ID or OS_PROJECT_ID", "the tenant ID"],
        ],
        fileKeys: ["token", "tenantId"],
        sends:
          "<code>X-Auth-Token: &lt;token&gt;</code> to <code>https://compute.{region}.cloud.z.com/v2</code> (ConoHa: set <code>BACKUPKIT_ZCOM_BASE_URL=https://compute.{region}.conoha.io/v2</code>).",
      },
    ],
    notes: [],
  },
  {
    id: "northflank",
    title: "Northflank",
    common: [],
    ways: [
      {
        name: "an API token",
        create:
          "Team settings → <em>API</em> → <em>Tokens</em> → create a token with a role that may read backups.",
        variables: [["NORTHFLANK_API_TOKEN", "the token"]],
        fileKeys: ["token"],
        sends: "<code>Authorization: Bearer &lt;token&gt;</code> on every request.",
      },
    ],
    notes: [],
  },
];

/** The "Authentication" page: per provider, what to create, what to set, what is sent. */
export function renderAuthPage(signIns: readonly ProviderSignIn[] = SIGN_INS): string {
  const body = `
<p>Each provider is signed in to with the credentials its users already hold. The
<code>backupkit</code> command reads them from environment variables (the names the provider's
own tools use) or from a config file given with <code>--config</code>; a program passes the same
settings to <code>create&lt;Provider&gt;Client()</code>. Where a provider offers several ways,
set exactly one. Every credential, and every token obtained with one, is kept out of errors,
logs and output.</p>
${table(
  ["Provider", "Ways to sign in"],
  signIns.map((p) => [
    `<a href="#${escapeHtml(p.id)}">${escapeHtml(p.title)}</a>`,
    escapeHtml(p.ways.map((w) => w.name).join("; or ")),
  ]),
  { class: "sign-ins" },
)}
${signIns.map(section).join("\n")}
`;
  return page({ title: "Authentication", body });
}

function section(provider: ProviderSignIn): string {
  const common =
    provider.common.length === 0
      ? ""
      : `<p>Whichever way you sign in:</p>
${table(
  ["Variable", "What"],
  provider.common.map(([name, what]) => [code(name), escapeHtml(what)]),
)}`;
  const ways = provider.ways
    .map(
      (way) => `<h3>${escapeHtml(way.name)}</h3>
<p><strong>Create:</strong> ${way.create}</p>
${table(
  ["Variable", "What"],
  way.variables.map(([name, what]) => [code(name), escapeHtml(what)]),
)}
<p>Config file keys: ${way.fileKeys.map(code).join(", ")}.</p>
<p><strong>backupkit sends:</strong> ${way.sends}</p>`,
    )
    .join("\n");
  return `<h2 id="${escapeHtml(provider.id)}">${escapeHtml(provider.title)}</h2>
${common}
${ways}
${provider.notes.map((note) => `<p>${note}</p>`).join("\n")}`;
}
