#!/usr/bin/env node
// What a user does with the published packages, run against their tarballs:
// pack every public package, install the tarballs into a fresh project outside
// the workspace, import each as ESM, compile the READMEs' examples under
// `nodenext` and `bundler`, run the installed `backupkit` command, and lint
// every tarball with publint --strict and attw --profile esm-only.
//
//   node src/check.mjs           (npm test runs it through turbo)
//   KEEP_PROJECT=1 node src/check.mjs   keeps the temporary project for a look
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { publint } from "publint";
import { formatMessage } from "publint/utils";
import { readmeExamples } from "./examples.mjs";
import { undeclaredImports } from "./imports.mjs";
import { inBatches, run } from "./run.mjs";
import { metadataProblems, publicPackages, readJson } from "./workspace.mjs";

const root = resolve(fileURLToPath(new URL("../../../", import.meta.url)));
const require = createRequire(import.meta.url);
const tsc = require.resolve("typescript/bin/tsc");
const attwManifest = require.resolve("@arethetypeswrong/cli/package.json");
const attw = join(dirname(attwManifest), readJson(attwManifest).bin.attw);
const PARALLEL = 2;

const failures = [];
const started = Date.now();
const step = (text) => console.log(`[${((Date.now() - started) / 1000).toFixed(1)}s] ${text}`);
const fail = (text) => failures.push(text);

const packages = publicPackages(root);
const publicNames = new Set(packages.map(({ manifest }) => manifest.name));
const ownDevDeps = readJson(new URL("../package.json", import.meta.url)).devDependencies ?? {};
for (const pkg of packages) {
  for (const problem of metadataProblems(root, pkg, publicNames)) fail(problem);
  // turbo builds a package before this check only if it is a dependency here.
  if (!(pkg.manifest.name in ownDevDeps)) {
    fail(`${pkg.manifest.name}: add it to packages/install-check's devDependencies`);
  }
}

const project = mkdtempSync(join(tmpdir(), "backupkit-install-"));
try {
  await check();
} finally {
  if (failures.length > 0 || process.env.KEEP_PROJECT) step(`project kept in ${project}`);
  else rmSync(project, { recursive: true, force: true });
}
if (failures.length > 0) {
  console.error(`\n${failures.length} problem(s):\n\n${failures.join("\n\n")}`);
  process.exit(1);
}
step(`${packages.length} packages install and work from their tarballs`);

async function check() {
  const tarballs = await pack(join(project, "tarballs"));
  if (!tarballs) return;
  if (!(await install(tarballs))) return;
  await importEach();
  checkImports(tarballs);
  const examples = writeExamples();
  const jobs = [
    () => compile("nodenext", examples),
    () => compile("bundler", examples),
    () => runCli(),
    ...tarballs.map((tarball) => () => attwCheck(tarball)),
  ];
  await Promise.all([inBatches(jobs, PARALLEL), publintEach(tarballs)]);
}

async function pack(destination) {
  mkdirSync(destination);
  const workspaces = packages.flatMap(({ manifest }) => ["-w", manifest.name]);
  const args = ["pack", ...workspaces, "--pack-destination", destination, "--json"];
  const result = await run("npm", [...args, "--ignore-scripts", "--loglevel=error"], { cwd: root });
  if (result.code !== 0) return void fail(`npm pack failed:\n${result.stderr}`);
  const packed = JSON.parse(result.stdout);
  for (const { name, files } of packed) {
    const paths = files.map((file) => file.path);
    for (const needed of ["package.json", "README.md", "LICENSE"]) {
      if (!paths.includes(needed)) fail(`${name}: the tarball has no ${needed}`);
    }
    const stray = paths.filter((path) => /(^|\/)(test|bench)\/|\.tsbuildinfo$|\.test\./.test(path));
    if (stray.length > 0) fail(`${name}: the tarball ships ${stray.join(", ")}`);
  }
  step(`packed ${packed.length} packages`);
  return packed.map(({ name, filename }) => ({ name, path: join(destination, filename) }));
}

async function install(tarballs) {
  const local = Object.fromEntries(tarballs.map(({ name, path }) => [name, `file:${path}`]));
  const rootManifest = readJson(join(root, "package.json"));
  writeFileSync(
    join(project, "package.json"),
    `${JSON.stringify(
      {
        name: "backupkit-user",
        private: true,
        type: "module",
        dependencies: local,
        devDependencies: { "@types/node": rootManifest.devDependencies["@types/node"] },
        // One copy of each backupkit package, the tarball, wherever it is depended on.
        overrides: local,
      },
      null,
      2,
    )}\n`,
  );
  const result = await run(
    "npm",
    [
      "install",
      "--prefer-offline",
      "--ignore-scripts",
      "--no-audit",
      "--no-fund",
      "--loglevel=error",
    ],
    { cwd: project },
  );
  if (result.code !== 0) return void fail(`npm install of the tarballs failed:\n${result.stderr}`);
  step("installed the tarballs into a fresh project");
  return true;
}

async function importEach() {
  const libraries = packages.filter(({ manifest }) => manifest.exports?.["."]);
  const script = libraries
    .map(({ manifest: { name } }, i) => {
      const id = JSON.stringify(name);
      return `const m${i} = await import(${id});
if (Object.keys(m${i}).length === 0) throw new Error(${id} + " exports nothing");`;
    })
    .join("\n");
  writeFileSync(join(project, "import-all.mjs"), `${script}\n`);
  const result = await run(process.execPath, ["import-all.mjs"], { cwd: project });
  if (result.code !== 0) fail(`importing the packages as ESM failed:\n${result.stderr}`);
  else step(`imported ${libraries.length} packages as ESM`);
}

function checkImports(tarballs) {
  for (const { name } of tarballs) {
    const undeclared = undeclaredImports(join(project, "node_modules", name));
    if (undeclared.length > 0) {
      fail(
        `${name}: its shipped files import what it does not depend on: ${undeclared.join(", ")}`,
      );
    }
  }
  step("every shipped import is a declared dependency or a Node built-in");
}

/** Writes every README example into the project; returns their file names. */
function writeExamples() {
  mkdirSync(join(project, "examples"));
  const readmes = [
    ["root", join(root, "README.md")],
    ...packages.map(({ dir }) => [basename(dir), join(dir, "README.md")]),
  ];
  const files = [];
  for (const [name, readme] of readmes) {
    readmeExamples(readme).forEach((code, i) => {
      const file = `examples/${name}-${i + 1}.ts`;
      writeFileSync(join(project, file), code);
      files.push(file);
    });
  }
  return files;
}

async function compile(resolution, files) {
  const options = {
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    skipLibCheck: false,
    noEmit: true,
    target: "ES2022",
    lib: ["ES2022"],
    types: ["node"],
    ...(resolution === "nodenext"
      ? { module: "nodenext", moduleResolution: "nodenext" }
      : { module: "preserve", moduleResolution: "bundler" }),
  };
  const config = `tsconfig.${resolution}.json`;
  writeFileSync(
    join(project, config),
    `${JSON.stringify({ compilerOptions: options, files }, null, 2)}\n`,
  );
  const result = await run(process.execPath, [tsc, "-p", config, "--pretty", "false"], {
    cwd: project,
  });
  if (result.code !== 0) {
    fail(`tsc (${resolution}) on the README examples:\n${result.stdout}${result.stderr}`);
  } else step(`compiled ${files.length} README examples with moduleResolution ${resolution}`);
}

async function runCli() {
  const bin = join(project, "node_modules", ".bin", "backupkit");
  // Nothing from the caller's environment: no provider settings, no color.
  const env = { PATH: process.env.PATH, HOME: project, NO_COLOR: "1" };
  const list = await run(bin, ["list", "--mock"], { cwd: project, env });
  const ids = ["linode", "huawei-cbr", "onapp", "zcom", "northflank"];
  const missing = ids.filter((id) => !list.stdout.includes(id));
  if (list.code !== 0 || missing.length > 0) {
    fail(
      `the installed "backupkit list --mock" exited ${list.code}${missing.length ? `, listing none of ${missing.join(", ")}` : ""}:\n${list.stderr}`,
    );
  } else {
    step(
      `the installed "backupkit list --mock" listed ${list.stdout.split("\n").length - 2} backups`,
    );
  }

  const mock = await serveMocksOnce(bin, env);
  if (mock.code !== 0 || !mock.stdout.includes("http://127.0.0.1:")) {
    fail(`the installed "backupkit mock" exited ${mock.code} before serving:\n${mock.stderr}`);
  } else step('the installed "backupkit mock" served the mocks and stopped on SIGTERM');
}

/** Starts `backupkit mock` and stops it with SIGTERM once it has printed its settings. */
function serveMocksOnce(bin, env) {
  return new Promise((resolve, reject) => {
    const child = spawn(bin, ["mock"], { cwd: project, env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    const timer = setTimeout(() => child.kill("SIGKILL"), 60_000);
    child.stdout.on("data", (chunk) => {
      stdout += chunk;
      if (stdout.includes("export ")) child.kill("SIGTERM");
    });
    child.stderr.on("data", (chunk) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code: code ?? signal, stdout, stderr });
    });
  });
}

async function publintEach(tarballs) {
  for (const { name, path } of tarballs) {
    const buffer = readFileSync(path);
    const tarball = buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength);
    const { messages, pkg } = await publint({ pack: { tarball }, strict: true });
    for (const message of messages) {
      fail(
        `publint --strict, ${name}: ${message.type}: ${formatMessage(message, pkg, { color: false })}`,
      );
    }
  }
  step(`publint --strict: ${tarballs.length} tarballs`);
}

async function attwCheck({ name, path }) {
  // The tarball just installed is what `attw --pack` would pack; the packages
  // ship their own types, so attw needs no @types lookup on the registry.
  const args = [attw, path, "--profile", "esm-only", "--no-definitely-typed", "--format", "ascii"];
  const result = await run(process.execPath, args, { env: { ...process.env, NO_COLOR: "1" } });
  if (result.code !== 0)
    fail(`attw --profile esm-only, ${name}:\n${result.stdout}${result.stderr}`);
}
