/**
 * Property-based tests of every converter, with bodies generated from the
 * provider's own spec plus the messes real responses contain. Which
 * providers run is read from redocly.yaml and the model's registry; the
 * little the specs do not say is in ./support/conformance-table.ts.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type Json, type JsonObject, listApis, loadSpec } from "../../../scripts/specs.mjs";
import {
  BodyError,
  type ConversionResult,
  mappings,
  PROVIDER_IDS,
  type ProviderId,
  toBackups,
} from "../src/index.js";
import {
  conformance,
  type ProviderConformance,
  type ShapedBody,
} from "./support/conformance-table.js";
import { contractProblems } from "./support/contract.js";
import { propertyRuns } from "./support/property-runs.js";
import { locateRecords, refsAt } from "./support/records.js";
import {
  asParsedJson,
  isJsonObject,
  SchemaArbitraries,
  topLevelShape,
} from "./support/schema-arbitrary.js";
import { errorBodySchemas, successBodySchema } from "./support/spec-bodies.js";

/**
 * Runs per provider, shared evenly by its bodies (operations and shapes), so
 * a provider with more shapes costs no more: twice the 10,000 the converters
 * are held to, with two bodies at 10,000 each.
 */
const RUNS_PER_PROVIDER = propertyRuns(20_000);
const RUNS_FOREIGN = propertyRuns(2_000);
const TIMEOUT_MS = 60_000;

/**
 * Providers whose bodies carry several records a run, held to records checked
 * rather than to runs: each body runs, 500 at a time, until its converted
 * bodies have held this many records, as many as a one-record body gets from
 * the 10,000 runs above. Huawei's backups carry their children (flattened after
 * them), about three records a body: its three bodies at 6,667 runs each cost
 * the most of any provider, and checked twice the records the others do.
 */
const RECORDS_PER_BODY: Partial<Record<ProviderId, number>> = {
  "huawei-cbr": propertyRuns(10_000),
};
const RUNS_PER_ROUND = propertyRuns(500);

const specIds = listApis().map((api) => api.id);
const converterIds = mappings.map((m) => m.provider);
const rows = Object.entries(conformance) as [ProviderId, ProviderConformance][];

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/** The keys of a row's backup-like objects: its backup schema, and its ownKeys schema. */
function backupKeys(provider: ProviderId, row: ProviderConformance): Set<string> {
  const names = [row.backup, ...(row.ownKeys ? [row.ownKeys.schema] : [])];
  return topLevelShape(loadSpec(provider), names.map(ref)).keys;
}

/** The table's own keys of a row: the keys that make an object this provider's backup. */
function ownKeysOf(row: ProviderConformance): Set<string> {
  return new Set(row.ownKeys?.keys ?? []);
}

/** A row's bodies: each operation's success body, then the shapes no operation returns. */
function bodiesOf(spec: JsonObject, row: ProviderConformance): [string, ShapedBody][] {
  return [
    ...Object.entries(row.bodies).map(([operationId, locations]): [string, ShapedBody] => [
      operationId,
      { schema: successBodySchema(spec, operationId), locations },
    ]),
    ...Object.entries(row.shapes ?? {}),
  ];
}

describe("the conformance table", () => {
  it("has a row for every provider with both a spec and a converter, and no other", () => {
    const expected = specIds.filter((id) => (converterIds as string[]).includes(id)).sort();
    expect(rows.map(([id]) => id).sort()).toEqual(expected);
  });

  it("names only known providers, and every converter has a spec", () => {
    expect(specIds.filter((id) => !(PROVIDER_IDS as readonly string[]).includes(id))).toEqual([]);
    expect(converterIds.filter((id) => !specIds.includes(id))).toEqual([]);
  });

  it.each(rows.filter(([, row]) => row.ownKeys))(
    "names keys that only %s's backups have, to tell its bodies apart",
    (provider, row) => {
      const keys = [...ownKeysOf(row)];
      expect(keys.length).toBeGreaterThan(0);
      const documented = topLevelShape(loadSpec(provider), [ref(row.ownKeys?.schema ?? "")]).keys;
      expect(keys.filter((key) => !documented.has(key))).toEqual([]);
      for (const [other, otherRow] of rows.filter(([id]) => id !== provider)) {
        const theirs = backupKeys(other, otherRow);
        expect(
          keys.filter((key) => theirs.has(key)),
          `shared with ${other}`,
        ).toEqual([]);
      }
    },
  );

  it.each(rows)("points %s's record locations at its backup schema", (provider, row) => {
    const spec = loadSpec(provider);
    for (const [name, { schema, locations }] of bodiesOf(spec, row)) {
      for (const location of locations) {
        expect([...refsAt(spec, schema, location)], `${name} ${location}`).toContain(
          `#/components/schemas/${row.backup}`,
        );
      }
    }
  });
});

/** Fails a property run; plain checks, as `expect` would cost more than the converter. */
function check(ok: boolean, message: () => string): void {
  if (!ok) throw new Error(message());
}

/** A thrown BodyError must say why in one line that names the provider. */
function checkOneLineBodyError(provider: ProviderId, err: unknown): void {
  if (!(err instanceof BodyError)) throw err;
  check(err.message.startsWith(`${provider}: `), () => `BodyError without "${provider}: "`);
  check(!/[\r\n]/.test(err.message), () => `BodyError of more than one line: ${err.message}`);
}

describe.each(rows)("the %s converter", (provider, row) => {
  const spec = loadSpec(provider);
  const bodies = bodiesOf(spec, row);
  const bodySchemas = bodies.map(([, shaped]) => shaped.schema);
  const errorSchemas = Object.keys(row.bodies).flatMap((operationId) =>
    errorBodySchemas(spec, operationId),
  );
  const body = topLevelShape(spec, bodySchemas);
  const errorKeys = topLevelShape(spec, errorSchemas).keys;
  const messy = new SchemaArbitraries(spec, {
    mutate: true,
    reservedKeys: new Set([...body.keys, ...errorKeys]),
  });
  const valid = new SchemaArbitraries(spec, { mutate: false });

  /**
   * Whether a body is recognisably this provider's, from its spec: an array
   * where a body is an array, or an object carrying at least one top-level
   * property a body schema documents (or one of the table's `markers`), or a
   * key only this provider's backups have where the table's `ownKeys` says.
   * A converter throws BodyError exactly for the bodies that are not.
   */
  const markers = new Set(row.markers ?? body.keys);
  const own = ownKeysOf(row);
  const hasOwnKey = (value: Record<string, unknown>) => Object.keys(value).some((k) => own.has(k));
  const recognisable = (value: unknown): boolean => {
    if (Array.isArray(value)) return body.types.has("array");
    if (!isJsonObject(value) || !body.types.has("object")) return false;
    const at = row.ownKeys?.at;
    if (at === "$" && hasOwnKey(value)) return true;
    if (at !== undefined && at !== "$" && Object.hasOwn(value, at)) {
      const wrapped = value[at];
      if (isJsonObject(wrapped)) return hasOwnKey(wrapped);
    }
    return Object.keys(value).some((key) => markers.has(key));
  };
  /** Keys a foreign body must not have, as they would make it recognisable. */
  const identifying = new Set([...markers, ...(row.ownKeys?.at === "$" ? own : [])]);

  it.each(bodies)(
    "keeps the contract for messy %s bodies",
    (_name, { schema, locations }) => {
      const arbitrary = messy.of(schema);
      let records = 0;
      const property = fc.property(arbitrary, (generated) => {
        const input = asParsedJson(generated);
        let result: ConversionResult;
        try {
          result = toBackups(provider, input);
        } catch (err) {
          checkOneLineBodyError(provider, err);
          check(!recognisable(input), () => `BodyError for a recognisable body: ${err}`);
          return;
        }
        check(recognisable(input), () => "converted a body its spec does not recognise");
        const located = locateRecords(input, locations);
        records += located.length;
        const problems = contractProblems(provider, located, result);
        check(problems.length === 0, () => problems.join("\n"));
      });
      const floor = RECORDS_PER_BODY[provider];
      if (floor === undefined) {
        fc.assert(property, { numRuns: Math.ceil(RUNS_PER_PROVIDER / bodies.length) });
      } else {
        while (records < floor) {
          const before = records;
          fc.assert(property, { numRuns: RUNS_PER_ROUND });
          if (records === before) throw new Error(`${RUNS_PER_ROUND} runs converted no record`);
        }
      }
    },
    TIMEOUT_MS,
  );

  it(
    "throws a one-line BodyError for bodies that are not its own",
    () => {
      const foreign: fc.Arbitrary<unknown>[] = [
        fc.oneof(fc.constant(null), fc.boolean(), fc.double(), fc.string()),
        fc.dictionary(
          fc.string().filter((key) => !identifying.has(key)),
          fc.jsonValue({ maxDepth: 2 }),
          { maxKeys: 4, noNullPrototype: true },
        ),
        ...errorSchemas.map((schema: Json) => valid.of(schema)),
      ];
      if (!body.types.has("array")) foreign.push(fc.array(fc.jsonValue({ maxDepth: 2 })));
      fc.assert(
        fc.property(fc.oneof(...foreign), (generated) => {
          const input = asParsedJson(generated);
          let thrown: unknown = null;
          try {
            toBackups(provider, input);
          } catch (err) {
            thrown = err;
          }
          check(thrown instanceof BodyError, () => `no BodyError but ${thrown}`);
          checkOneLineBodyError(provider, thrown);
        }),
        { numRuns: RUNS_FOREIGN },
      );
    },
    TIMEOUT_MS,
  );
});
