import { cpus, totalmem, type } from "node:os";

export interface Machine {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
}

export function machineDescription(): Machine {
  const list = cpus();
  return {
    cpu: `${list[0]?.model ?? "unknown"}${list[0]?.speed ? ` @ ${list[0].speed} MHz` : ""}`,
    cores: list.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${type()} ${process.arch}`,
    node: process.version,
  };
}
