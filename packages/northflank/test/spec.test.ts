import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

const read = (path: string) => readFileSync(new URL(path, import.meta.url), "utf8");

describe("specs/northflank/openapi.yaml", () => {
  it("carries the seed page's sample response, value for value, as the example", () => {
    const spec = parse(read("../../../specs/northflank/openapi.yaml"));
    const response =
      spec.paths["/v1/backup-destinations/{backupDestinationId}/backups"].get.responses["200"];
    expect(response).toEqual({ $ref: "#/components/responses/BackupList" });
    const example = spec.components.responses.BackupList.content["application/json"].example;
    expect(example).toEqual(
      JSON.parse(read("../../../fixtures/northflank/list-backups.seed.json")),
    );
  });
});
