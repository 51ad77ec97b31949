/**
 * Runs one suite in this process and sends its result to the parent:
 * `node --expose-gc dist/suite.js <id>`. Each suite gets a fresh process, so
 * one suite's heap and RSS do not show up in the next one's figures.
 */
import type { SuiteResult } from "./report.js";

const id = process.argv[2];
const module = (await import(`./suites/${id}.js`)) as { run: () => Promise<SuiteResult> };
const result = await module.run();
if (process.send) {
  await new Promise<void>((resolve, reject) =>
    process.send?.(result, undefined, {}, (error) => (error ? reject(error) : resolve())),
  );
  process.disconnect();
} else {
  console.log(JSON.stringify(result, null, 2));
}
