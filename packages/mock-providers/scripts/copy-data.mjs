// Copies what the mocks read at run time (each provider's spec and the
// verbatim sample responses under fixtures/<id>/) into data/, so the published
// package carries them and works outside this repository. fixtures/<id>/published/
// (other projects' recordings) is left out: the mocks never read it. A spec
// split over several files is written as one JSON document with its refs to
// other files inlined, so the package needs neither the split files nor a bundler.
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { loadSpec } from "../../../scripts/specs.mjs";

const repo = new URL("../../../", import.meta.url);
const data = new URL("../data/", import.meta.url);

rmSync(data, { recursive: true, force: true });
for (const id of readdirSync(new URL("specs/", repo))) {
  const spec = new URL(`specs/${id}/openapi.yaml`, repo);
  if (!existsSync(spec)) continue;
  mkdirSync(new URL(`specs/${id}/`, data), { recursive: true });
  writeFileSync(new URL(`specs/${id}/openapi.json`, data), JSON.stringify(loadSpec(id)));

  const fixtures = new URL(`fixtures/${id}/`, repo);
  if (!existsSync(fixtures)) continue;
  mkdirSync(new URL(`fixtures/${id}/`, data), { recursive: true });
  for (const name of readdirSync(fixtures)) {
    if (statSync(new URL(name, fixtures)).isFile()) {
      copyFileSync(new URL(name, fixtures), new URL(`fixtures/${id}/${name}`, data));
    }
  }
}
