import type { MockProviders } from "@backupkit/mock-providers";
import { mockSetup, type Source, type SourceConfig } from "@backupkit/sdk";

export interface RunningMocks {
  mock: MockProviders;
  setups: { source: Source; config: SourceConfig }[];
  /** Sources that have no mock provider yet. */
  missing: Source[];
}

/** Starts the embedded mock providers for these sources and configures each source for its mock. */
export async function startMocks(
  sources: readonly Source[],
  options: { latencyMs?: number; seed?: number; resources?: number; fleet?: "audit" } = {},
): Promise<RunningMocks> {
  // Loaded on demand: the spec validator is not needed to talk to real providers.
  const { auditFleets, mockProviders, startMockProviders } = await import(
    "@backupkit/mock-providers"
  );
  const mocked = new Set(mockProviders.map((d) => d.id));
  const served = sources.filter((s) => mocked.has(s.id));
  const mock = await startMockProviders({
    providers: Object.fromEntries(served.map((s) => [s.id, { resources: options.resources }])),
    latencyMs: options.latencyMs,
    seed: options.seed,
    // The audit fleet: resources failing each control, with times relative to now.
    ...(options.fleet === "audit" ? { definitions: auditFleets } : {}),
  });
  const setups = served.map((source) => {
    const endpoint = mock.providers[source.id];
    if (!endpoint) throw new Error(`the ${source.id} mock did not start`);
    return { source, config: mockSetup(source, endpoint) };
  });
  return { mock, setups, missing: sources.filter((s) => !mocked.has(s.id)) };
}
