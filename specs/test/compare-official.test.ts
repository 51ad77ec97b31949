/**
 * The comparison of our specs with a provider's own description
 * (scripts/compare-official.mjs), on small made-up inputs: an OpenAPI 3.0
 * document and Go SDK models.
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { stringify } from "yaml";
import {
  compare,
  formatDifferences,
  goModels,
  readOfficial,
} from "../../scripts/compare-official.mjs";
import { type JsonObject, repoRoot } from "../../scripts/specs.mjs";

/** Our side: a 3.1 spec with a component, a nullable slot and a marked deviation. */
const ours: JsonObject = {
  openapi: "3.1.0",
  paths: {
    "/things/{thingId}": {
      get: {
        operationId: "getThing",
        parameters: [
          { name: "thingId", in: "path", required: true, schema: { type: "integer" } },
          { name: "state", in: "query", schema: { type: "array", items: { type: "string" } } },
        ],
        responses: {
          "200": {
            description: "ok",
            content: { "application/json": { schema: { $ref: "#/components/schemas/Thing" } } },
          },
        },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: "object",
        required: ["id"],
        properties: {
          id: { type: "integer" },
          status: { type: "string", enum: ["on", "off"] },
          finished: {
            oneOf: [{ $ref: "#/components/schemas/Timestamp" }, { type: "null" }],
            "x-backupkit-deviation": "null while running",
          },
          region: { type: "string", "x-backupkit-deviation": "sent, not documented" },
          size: { type: ["number", "string"] },
          kind: { type: "string" },
        },
      },
      Timestamp: { type: "string" },
    },
  },
};

/** Their side: the same API as a 3.0 document, all inline, with its own ideas. */
const theirs: JsonObject = {
  openapi: "3.0.1",
  paths: {
    "/{apiVersion}/things/{id}": {
      get: {
        operationId: "get-thing",
        parameters: [
          { name: "apiVersion", in: "path", required: true, schema: { type: "string" } },
          { name: "id", in: "path", required: true, schema: { type: "integer" } },
          { name: "state", in: "query", schema: { type: "string" } },
          { name: "limit", in: "query", schema: { type: "integer" } },
        ],
        responses: {
          "200": {
            description: "ok",
            content: {
              "application/json": {
                schema: {
                  type: "object",
                  additionalProperties: false,
                  required: ["id", "status"],
                  properties: {
                    id: { type: "integer" },
                    status: { type: "string", enum: ["on", "off", "broken"] },
                    finished: { type: "string", format: "date-time" },
                    size: { type: "number" },
                    kind: { type: "string", enum: ["a", "b"], nullable: true },
                    owner: { type: "string" },
                  },
                },
              },
            },
          },
        },
      },
    },
  },
};

describe("compare with an OpenAPI document", () => {
  const lines = compare(ours, { kind: "openapi", doc: theirs }).map(
    (d) => `${d.where}: ${d.message}${d.deviation ? " [marked]" : ""}`,
  );

  it("matches the operation by its id, whatever the punctuation and path prefix", () => {
    expect(lines.some((line) => line.startsWith("getThing: operation only in ours"))).toBe(false);
  });

  it("reports each kind of difference once, with its place", () => {
    expect(lines).toEqual([
      "getThing path.thingId: parameter only in ours",
      "getThing query.state: type: ours array, theirs string",
      "getThing path.id: parameter only in theirs",
      "getThing query.limit: parameter only in theirs",
      "getThing 200: theirs forbids fields it does not list, ours allows them",
      "getThing 200.finished: nullable: ours yes, theirs no [marked]",
      "getThing 200.kind: nullable: ours no, theirs yes",
      "getThing 200.kind: enum: theirs closes it to a, b, ours is open",
      "getThing 200.owner: only in theirs",
      "getThing 200.region: only in ours [marked]",
      "getThing 200.size: type: ours number, string, theirs number",
      "getThing 200.status: required: ours no, theirs yes",
      "getThing 200.status: enum values only in theirs: broken",
    ]);
  });

  it("reports nothing for a spec compared with itself", () => {
    expect(compare(ours, { kind: "openapi", doc: ours })).toEqual([]);
  });

  it("counts marked and unmarked differences", () => {
    const text = formatDifferences(compare(ours, { kind: "openapi", doc: theirs }));
    expect(text.split("\n").at(-1)).toBe(
      "13 difference(s), 2 marked as deliberate deviations, 11 unmarked",
    );
    expect(text).toContain("getThing 200.region: only in ours  [marked deviation]");
  });
});

const goText = `package model

// Thing is a thing
type Thing struct {
	// id
	Id int32 \`json:"id"\`
	Status *ThingStatus \`json:"status,omitempty"\`
	Finished *sdktime.SdkTime \`json:"finished,omitempty"\`
	Size *string \`json:"size,omitempty"\`
	Parts *[]Part \`json:"parts,omitempty"\`
	HttpStatusCode int \`json:"-"\`
}

type Part struct {
	Name string \`json:"name"\`
}

type ThingStatus struct {
	value string
}

func GetThingStatusEnum() ThingStatusEnum {
	return ThingStatusEnum{
		ON: ThingStatus{
			value: "on",
		},
		BROKEN: ThingStatus{
			value: "broken",
		},
	}
}

type GetThingRequest struct {
	ThingId int32 \`json:"thingId"\`
	State *string \`json:"state,omitempty"\`
	Verbose *bool \`json:"verbose,omitempty"\`
}

type GetThingResponse struct {
	Thing *Thing \`json:"thing,omitempty"\`
	HttpStatusCode int \`json:"-"\`
}
`;

describe("compare with Go SDK models", () => {
  it("reads structs, JSON tags and enum values", () => {
    const models = goModels([goText]);
    expect(models.kind).toBe("go");
    if (models.kind !== "go") return;
    expect([...(models.structs.get("Thing")?.entries() ?? [])]).toEqual([
      ["id", "int32"],
      ["status", "*ThingStatus"],
      ["finished", "*sdktime.SdkTime"],
      ["size", "*string"],
      ["parts", "*[]Part"],
    ]);
    expect(models.enums.get("ThingStatus")).toEqual({ type: "string", values: ["on", "broken"] });
  });

  it("compares components by name, and operations by their Request and Response structs, not nullability", () => {
    const lines = compare(ours, goModels([goText])).map(
      (d) => `${d.where}: ${d.message}${d.deviation ? " [marked]" : ""}`,
    );
    expect(lines).toEqual([
      "Thing.kind: only in ours",
      "Thing.parts: only in theirs",
      "Thing.region: only in ours [marked]",
      "Thing.size: type: ours number, string, theirs string",
      "Thing.status: enum values only in ours: off",
      "Thing.status: enum values only in theirs: broken",
      "getThing query.state: type: ours array, theirs string",
      "getThing ?.verbose: parameter only in theirs",
      // GetThingResponse wraps the thing; our body is the thing itself.
      "getThing 200.finished: only in ours [marked]",
      "getThing 200.id: only in ours",
      "getThing 200.kind: only in ours",
      "getThing 200.region: only in ours [marked]",
      "getThing 200.size: only in ours",
      "getThing 200.status: only in ours",
      "getThing 200.thing: only in theirs",
    ]);
  });
});

describe("npm run specs:compare", () => {
  const dir = mkdtempSync(join(tmpdir(), "specs-compare-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const script = join(repoRoot, "scripts", "compare-official.mjs");
  const run = (...args: string[]) => {
    try {
      return { code: 0, out: execFileSync("node", [script, ...args], { encoding: "utf8" }) };
    } catch (err) {
      const e = err as { status: number; stdout: string; stderr: string };
      return { code: e.status, out: e.stdout + e.stderr };
    }
  };

  it("prints the differences and fails while some are unmarked", () => {
    writeFileSync(join(dir, "ours.yaml"), stringify(ours));
    writeFileSync(join(dir, "theirs.yaml"), stringify(theirs));
    const { code, out } = run(join(dir, "ours.yaml"), join(dir, "theirs.yaml"));
    expect(code).toBe(1);
    expect(out).toContain("getThing 200.owner: only in theirs\n");
    expect(out.trim().split("\n").at(-1)).toBe(
      "13 difference(s), 2 marked as deliberate deviations, 11 unmarked",
    );
  });

  it("reads a directory of Go models, and passes when every difference is marked", () => {
    const models = join(dir, "model");
    mkdirSync(models, { recursive: true });
    writeFileSync(
      join(models, "model_thing.go"),
      'package model\n\ntype Thing struct {\n\tId int32 `json:"id"`\n}\n',
    );
    writeFileSync(
      join(dir, "small.yaml"),
      stringify({
        openapi: "3.1.0",
        components: {
          schemas: {
            Thing: {
              type: "object",
              properties: {
                id: { type: "integer" },
                extra: { type: "string", "x-backupkit-deviation": "ours only" },
              },
            },
          },
        },
      }),
    );
    expect(readOfficial(models).kind).toBe("go");
    const { code, out } = run(join(dir, "small.yaml"), models);
    expect(out).toBe(
      "Thing.extra: only in ours  [marked deviation]\n1 difference(s), 1 marked as deliberate deviations, 0 unmarked\n",
    );
    expect(code).toBe(0);
  });

  it.each([
    ["no arguments", [], 2, /^usage: npm run specs:compare/],
    [
      "a file that is no description",
      ["linode", "package.json"],
      2,
      /neither an OpenAPI document nor Go models/,
    ],
  ])("refuses %s with exit code 2", (_name, args, want, message) => {
    const { code, out } = run(...(args as string[]));
    expect(code).toBe(want);
    expect(out).toMatch(message);
  });
});
