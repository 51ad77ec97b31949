// Preloaded (node --import) into a CLI run by the hostile-input tests: when
// the process exits, writes its peak resident memory in KiB and the CPU time
// it used in ms ("<KiB> <ms>") to the file named by BACKUPKIT_TEST_RSS_FILE.
// Works wherever Node does, unlike /usr/bin/time -v. CPU time, not the wall
// clock: a busy machine stretches the one, not the other.
//
// On Linux, VmHWM is read from /proc: getrusage's maxRSS starts from the RSS
// of the parent that forked the process (here, the test runner), so it
// overstates a small child.
import { readFileSync, writeFileSync } from "node:fs";

function peakRssKib() {
  try {
    const match = /^VmHWM:\s+(\d+) kB$/m.exec(readFileSync("/proc/self/status", "utf8"));
    if (match) return Number(match[1]);
  } catch {
    // Not Linux: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS;
}

const target = process.env.BACKUPKIT_TEST_RSS_FILE;
if (target) {
  process.on("exit", () => {
    const { user, system } = process.cpuUsage();
    writeFileSync(target, `${peakRssKib()} ${Math.round((user + system) / 1000)}`);
  });
}
