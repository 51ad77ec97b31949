import { baseUrlEnv, sources } from "@backupkit/sdk";
import { describe, expect, it } from "vitest";
import { renderAuthPage, SIGN_INS } from "../src/auth-page.js";

/** Every variable name a row lists: "HW_ACCESS_KEY or HUAWEICLOUD_SDK_AK" is two. */
function namesIn(rows: readonly (readonly [string, string])[]): string[] {
  return rows.flatMap(([names]) => names.split(" or "));
}

describe("the Authentication page", () => {
  it("covers every provider the command reads, in the same order", () => {
    expect(SIGN_INS.map((p) => p.id)).toEqual(sources.map((s) => s.id));
  });

  it.each(sources.map((s) => [s.id, s] as const))(
    "%s: lists exactly the variables and config keys the command reads",
    (id, source) => {
      const documented = SIGN_INS.find((p) => p.id === id);
      if (!documented) throw new Error(`no section for ${id}`);
      const variables = new Set([
        ...namesIn(documented.common),
        ...documented.ways.flatMap((w) => namesIn(w.variables)),
      ]);
      const read = new Set(Object.values(source.fields).flatMap((f) => f.env));
      // The base URL variable is documented only where it must be set.
      variables.delete(baseUrlEnv(source));
      expect([...variables].sort()).toEqual([...read].sort());
      const keys = new Set(documented.ways.flatMap((w) => w.fileKeys));
      const ways = source.signIns ?? [];
      const inWays = ways.flatMap((w) => [...w.needs, ...(w.oneOf ?? []), ...(w.may ?? [])]);
      const expected = ways.length === 0 ? Object.keys(source.fields) : inWays;
      expect([...keys].sort()).toEqual([...new Set(expected)].sort());
      expect(documented.ways).toHaveLength(Math.max(1, ways.length));
    },
  );

  it("renders a section per provider and a way per heading, with text escaped", () => {
    const html = renderAuthPage([
      {
        id: "zcom",
        title: "Z.com <script>",
        common: [],
        ways: [
          {
            name: "a <b>token</b>",
            create: "x",
            variables: [["OS_TOKEN", "a & b"]],
            fileKeys: ["token"],
            sends: "y",
          },
        ],
        notes: [],
      },
    ]);
    expect(html).toContain('<h2 id="zcom">Z.com &lt;script&gt;</h2>');
    expect(html).toContain("<h3>a &lt;b&gt;token&lt;/b&gt;</h3>");
    expect(html).toContain("<td>a &amp; b</td>");
    expect(html).not.toContain("<script>");
  });

  it("says what is sent for Huawei's AK/SK and Z.com's password sign-in", () => {
    const html = renderAuthPage();
    expect(html).toContain(
      "SDK-HMAC-SHA256 Access=&lt;AK&gt;, SignedHeaders=host;x-project-id;x-sdk-date",
    );
    expect(html).toContain("POST {OS_AUTH_URL}/tokens");
    expect(html).toContain("The SK itself is never sent.");
  });
});
