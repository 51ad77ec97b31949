import { describe, expect, it } from "vitest";
import { createTokenSource, type ObtainedToken } from "../src/index.js";

/** A sign-in that counts its calls and hands out tok-1, tok-2, ... valid for `lifetimeMs`. */
function countingSignIn(clock: { now: number }, lifetimeMs: number | null) {
  let calls = 0;
  return {
    calls: () => calls,
    async obtain(): Promise<ObtainedToken> {
      calls++;
      await new Promise((resolve) => setTimeout(resolve, 5));
      return {
        token: `tok-${calls}`,
        expiresAt: lifetimeMs === null ? null : clock.now + lifetimeMs,
      };
    },
  };
}

describe("createTokenSource", () => {
  it("signs in once for 20 concurrent callers and reuses the token", async () => {
    const clock = { now: 1_000_000 };
    const signIn = countingSignIn(clock, 3_600_000);
    const source = createTokenSource({ obtain: signIn.obtain, now: () => clock.now });
    const tokens = await Promise.all(Array.from({ length: 20 }, () => source.get()));
    expect(new Set(tokens.map((t) => t.token))).toEqual(new Set(["tok-1"]));
    expect((await source.get()).token).toBe("tok-1");
    expect(signIn.calls()).toBe(1);
  });

  it.each([
    // [name, { lifetime, refreshMargin, elapsed before the second get, want sign-ins }]
    [
      "a token well before the margin is reused",
      { life: 3_600_000, margin: 300_000, after: 3_200_000, want: 1 },
    ],
    [
      "a token inside the margin is replaced",
      { life: 3_600_000, margin: 300_000, after: 3_300_000, want: 2 },
    ],
    ["an expired token is replaced", { life: 3_600_000, margin: 0, after: 3_600_000, want: 2 }],
    [
      "a short-lived token is used for half its life",
      { life: 2_000, margin: 300_000, after: 999, want: 1 },
    ],
    [
      "a short-lived token is replaced after half its life",
      { life: 2_000, margin: 300_000, after: 1_000, want: 2 },
    ],
  ])("%s", async (_name, { life, margin, after, want }) => {
    const clock = { now: 5_000 };
    const signIn = countingSignIn(clock, life);
    const source = createTokenSource({
      obtain: signIn.obtain,
      refreshMarginMs: margin,
      now: () => clock.now,
    });
    await source.get();
    clock.now += after;
    expect((await source.get()).token).toBe(`tok-${want}`);
    expect(signIn.calls()).toBe(want);
  });

  it("keeps a token without an expiry until it is invalidated", async () => {
    const clock = { now: 0 };
    const signIn = countingSignIn(clock, null);
    const source = createTokenSource({ obtain: signIn.obtain, now: () => clock.now });
    await source.get();
    clock.now += 10 * 365 * 86_400_000;
    expect((await source.get()).token).toBe("tok-1");
    source.invalidate("tok-1");
    expect((await source.get()).token).toBe("tok-2");
  });

  it("forgets a token only when it is still the current one", async () => {
    const clock = { now: 0 };
    const signIn = countingSignIn(clock, 3_600_000);
    const source = createTokenSource({ obtain: signIn.obtain, now: () => clock.now });
    await source.get();
    source.invalidate("tok-1");
    await source.get();
    // A late 401 for the first token does not throw away the second.
    source.invalidate("tok-1");
    expect((await source.get()).token).toBe("tok-2");
    expect(signIn.calls()).toBe(2);
  });

  it("gives every waiting caller the sign-in's failure, and tries again on the next call", async () => {
    let calls = 0;
    const source = createTokenSource({
      async obtain() {
        calls++;
        if (calls === 1) throw new Error("refused");
        return { token: "tok-ok", expiresAt: null };
      },
    });
    const first = await Promise.allSettled([source.get(), source.get(), source.get()]);
    expect(first.map((r) => r.status)).toEqual(["rejected", "rejected", "rejected"]);
    expect((await source.get()).token).toBe("tok-ok");
    expect(calls).toBe(2);
  });
});
