// Run by test/body-bomb.test.ts in a process of its own: one GET with the built
// client against the URL in argv[2], then one line of JSON on stdout with how
// the call ended and the process's peak resident memory. A body that inflated
// in memory would kill this process, not the test runner.
import { readFileSync } from "node:fs";
import { createProviderClient } from "../../dist/index.js";

function peakRssMib() {
  try {
    // VmHWM: getrusage's maxRSS would start from the forking test runner's RSS.
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]) / 1024;
  } catch {}
  return process.resourceUsage().maxRSS / 1024;
}

const client = createProviderClient({
  provider: "bomb",
  defaultBaseUrl: process.argv[2],
  authHeaders: { Authorization: "Bearer child-token-123" },
  retry: { baseDelayMs: 1 },
  timeoutMs: 60_000,
});
const result = await client.GET("/things").then(
  ({ data }) => ({ outcome: "data", size: JSON.stringify(data)?.length ?? 0 }),
  (error) => ({ outcome: error.name, message: error.message, status: error.status }),
);
console.log(JSON.stringify({ ...result, peakRssMib: peakRssMib() }));
