export { closeAfterEach, type TestServer } from "./close-after-each.js";
export { until } from "./until.js";
