import { spawn } from "node:child_process";
import { readFileSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import type { ApiEntry } from "./apis.js";

const require = createRequire(import.meta.url);

/** The Redocly CLI of the workspace, run with this Node so no shell or PATH is involved. */
function redoclyBin(): string {
  const manifest = require.resolve("@redocly/cli/package.json");
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin: Record<string, string> };
  const path = bin.redocly;
  if (path === undefined) throw new Error(`${manifest} names no redocly binary`);
  return resolve(dirname(manifest), path);
}

/**
 * Redoc's "API docs by Redocly" badge loads its logo from Redocly's CDN, and
 * no build-docs option turns the badge off. The site must work offline, so the
 * badge gets a small inline SVG of the same role instead.
 */
const BADGE_LOGOS: Readonly<Record<string, string>> = {
  "https://cdn.redoc.ly/redoc/logo-mini-full.svg": svgDataUrl(
    '<svg xmlns="http://www.w3.org/2000/svg" width="52" height="14" viewBox="0 0 52 14">' +
      '<text x="0" y="11" font-family="system-ui,sans-serif" font-size="11" font-weight="700" fill="#0044d4">Redocly</text></svg>',
  ),
  "https://cdn.redoc.ly/redoc/logo-mini.svg": svgDataUrl(
    '<svg xmlns="http://www.w3.org/2000/svg" width="14" height="14" viewBox="0 0 14 14">' +
      '<rect width="14" height="14" rx="3" fill="#0044d4"/>' +
      '<text x="3.5" y="11" font-family="system-ui,sans-serif" font-size="10" font-weight="700" fill="#fff">R</text></svg>',
  ),
};

function svgDataUrl(svg: string): string {
  // Percent-encoding leaves no quote, backtick or `${` that could end the
  // JavaScript string the URL sits in.
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/**
 * Replaces the badge's CDN logos in a built Redoc page. Fails when one is not
 * found: a Redocly CLI update moved it, and the page would need a new look
 * for external requests (the browser test lists them).
 */
export function inlineBadgeLogos(html: string): string {
  let result = html;
  for (const [url, replacement] of Object.entries(BADGE_LOGOS)) {
    if (!result.includes(url)) {
      throw new Error(
        `the Redoc page no longer references ${url}; check Redocly CLI's output for external requests`,
      );
    }
    result = result.replaceAll(url, replacement);
  }
  return result;
}

/**
 * Builds one provider's API reference with `redocly build-docs`: Redoc's
 * bundle inlined (no CDN), telemetry off whatever redocly.yaml says, and the
 * badge logos inlined.
 */
export async function buildApiPage(root: string, api: ApiEntry, output: string): Promise<void> {
  const args = [
    redoclyBin(),
    "build-docs",
    api.id,
    "--inlineBundle",
    "--openapi.disableTelemetry=true",
    "--output",
    output,
  ];
  await run(process.execPath, args, root);
  await writeFile(output, inlineBadgeLogos(await readFile(output, "utf8")));
}

function run(command: string, args: string[], cwd: string): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, {
      cwd,
      env: {
        ...process.env,
        REDOCLY_TELEMETRY: "off",
        REDOCLY_SUPPRESS_UPDATE_NOTICE: "true",
        NO_COLOR: "1",
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolvePromise();
      else reject(new Error(`redocly ${args.slice(1).join(" ")} exited with ${code}:\n${output}`));
    });
  });
}
