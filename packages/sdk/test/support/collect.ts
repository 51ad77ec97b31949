import type { ConversionResult } from "@backupkit/model";

/** Gathers a source's chunks into one result, in order. */
export async function collect(chunks: AsyncIterable<ConversionResult>): Promise<ConversionResult> {
  const all: ConversionResult = { backups: [], issues: [] };
  for await (const chunk of chunks) {
    all.backups.push(...chunk.backups);
    all.issues.push(...chunk.issues);
  }
  return all;
}
