import * as m from "@backupkit/model";
import { bodyGenerators, Random } from "./dist/bodies.js";

const p = process.argv[2];
const conv = {
  linode: m.fromLinode,
  "huawei-cbr": m.fromHuaweiCbr,
  onapp: m.fromOnapp,
  zcom: m.fromZcom,
  northflank: m.fromNorthflank,
}[p];
const body = JSON.parse(JSON.stringify(bodyGenerators[p](20000, new Random(7))));
console.log("issues", conv(body).issues.length);
for (let i = 0; i < 60; i++) conv(body);
