// Compiles the Rego library to WebAssembly with the pinned opa and the pinned capabilities, and
// extracts the rule catalogue. A content hash over the library (and the opa version) makes an
// unchanged library a cache hit: no opa run at all.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import toolsManifest from "../../scripts/tools.json" with { type: "json" };
import type { RuleMeta } from "../types.ts";
import { readTarGz } from "../engine/tar.ts";
// Audit-log detections (policies/main/detections.rego): complete alerts and per-event signals.
import { ALERTS_ENTRYPOINT, SIGNALS_ENTRYPOINT } from "../engine/evaluate-events.ts";
import { inspectCatalog } from "./catalog.ts";
import { LIBRARY_IGNORES, runOpa } from "./opa.ts";

export const ENTRYPOINT = "kubeward/main/findings";
/** Every entrypoint compiled into policy.wasm; one module serves scan, serve and audit-log. */
export const ENTRYPOINTS = [ENTRYPOINT, ALERTS_ENTRYPOINT, SIGNALS_ENTRYPOINT];

export interface LibraryArtifact {
  dir: string;
  wasmFile: string;
  catalog: RuleMeta[];
  hash: string;
  cached: boolean;
}

/** Every file that can change what the library compiles to, in a stable order. */
function libraryFiles(policiesDir: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(dir, e.name);
      // Examples are never compiled (opa build ignores them): editing one must not force a rebuild.
      if (e.isDirectory()) {
        if (e.name !== "examples") walk(p);
      }
      else if (/\.(rego|json|ya?ml|md)$/.test(e.name)) out.push(p);
    }
  };
  walk(policiesDir);
  return out;
}

export function hashLibrary(policiesDir: string, extra: string[] = []): string {
  const h = createHash("sha256");
  const opaVersion = toolsManifest.tools.find((t) => t.name === "opa")?.version ?? "";
  h.update(`opa ${opaVersion}\nentrypoint ${ENTRYPOINTS.join(" ")}\n`);
  for (const e of extra) h.update(`${e}\n`);
  for (const file of libraryFiles(policiesDir)) {
    h.update(path.relative(policiesDir, file));
    h.update("\0");
    h.update(fs.readFileSync(file));
    h.update("\0");
  }
  return h.digest("hex");
}

export async function buildLibrary(policiesDir: string, outDir: string, opts: { force?: boolean } = {}): Promise<LibraryArtifact> {
  const hash = hashLibrary(policiesDir);
  const wasmFile = path.join(outDir, "policy.wasm");
  const catalogFile = path.join(outDir, "catalog.json");
  const hashFile = path.join(outDir, "library.sha256");
  if (!opts.force && fs.existsSync(wasmFile) && fs.existsSync(catalogFile) && readText(hashFile) === hash) {
    return { dir: outDir, wasmFile, catalog: JSON.parse(fs.readFileSync(catalogFile, "utf8")) as RuleMeta[], hash, cached: true };
  }
  const catalog = await inspectCatalog(policiesDir);
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-build-"));
  try {
    const bundleFile = path.join(tmp, "bundle.tar.gz");
    await runOpa([
      "build", "-t", "wasm",
      "--capabilities", path.join(policiesDir, "capabilities.json"),
      ...ENTRYPOINTS.flatMap((e) => ["-e", e]),
      ...LIBRARY_IGNORES, "--ignore", "*_test.rego",
      "-o", bundleFile,
      policiesDir,
    ]);
    const wasm = readTarGz(fs.readFileSync(bundleFile)).find((e) => e.path.replace(/^\/+/, "") === "policy.wasm")?.data;
    if (!wasm) throw new Error("opa build wrote no policy.wasm");
    fs.mkdirSync(outDir, { recursive: true });
    fs.writeFileSync(wasmFile, wasm);
    fs.writeFileSync(catalogFile, `${JSON.stringify(catalog, null, 2)}\n`);
    fs.writeFileSync(hashFile, `${hash}\n`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  return { dir: outDir, wasmFile, catalog, hash, cached: false };
}

function readText(file: string): string | undefined {
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    return undefined;
  }
}
