import { describe, expect, it } from "vitest";
import { closeAfterEach, type TestServer } from "../src/index.js";

const closed: string[] = [];
const server = (name: string, failures: unknown[] = []): TestServer => ({
  failures,
  close: async () => {
    closed.push(name);
  },
});
const forThisTest = closeAfterEach();

describe("closeAfterEach", () => {
  it("gives back each server it is handed, and leaves it open during the test", async () => {
    const a = server("a");
    expect(await forThisTest(Promise.resolve(a))).toBe(a);
    await forThisTest(Promise.resolve(server("b")));
    expect(closed).toEqual([]);
  });

  it("closed the servers of the test before, once each", () => {
    expect(closed).toEqual(["a", "b"]);
  });

  it.fails("fails the test whose server refused a request as off-spec", async () => {
    await forThisTest(Promise.resolve(server("c", ["GET /x: not in the spec"])));
  });

  it("closed that server all the same", () => {
    expect(closed).toEqual(["a", "b", "c"]);
  });
});
