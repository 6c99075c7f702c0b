// Builds a bundle's artefact (the wasm target: policy.wasm + its catalogue + the resolved bundle)
// as a stream of progress events, so `kubeward build` prints them and `kubeward ui` draws them.
import fs from "node:fs";
import path from "node:path";
import { resolveBundle, type BundleSpec, type ResolvedBundle } from "../config/bundle.ts";
import type { RuleMeta } from "../types.ts";
import { ENTRYPOINT, buildLibrary } from "./build-library.ts";

export const BUILD_STEPS = ["compile", "resolve", "write"] as const;
export type BuildStep = (typeof BUILD_STEPS)[number];

export interface BundleArtefact {
  target: "wasm";
  bundle: string;
  /** The artefact's folder; `files` are inside it. */
  dir: string;
  files: { path: string; size: number }[];
  /** The library's content hash: equal revisions are byte-identical policies. */
  revision: string;
  rules: number;
  entrypoints: string[];
}

export type BuildEvent =
  | { type: "step"; step: BuildStep; index: number; total: number }
  | { type: "library"; rules: number; cached: boolean; wasmBytes: number }
  | { type: "resolved"; bundle: ResolvedBundle }
  | { type: "artefact"; artefact: BundleArtefact };

export async function* buildBundleArtefact(opts: { policiesDir: string; outDir: string; spec: BundleSpec; force?: boolean }): AsyncGenerator<BuildEvent> {
  const total = BUILD_STEPS.length;
  yield { type: "step", step: "compile", index: 0, total };
  const library = await buildLibrary(opts.policiesDir, path.join(opts.outDir, "library"), { force: opts.force });
  yield { type: "library", rules: library.catalog.length, cached: library.cached, wasmBytes: fs.statSync(library.wasmFile).size };

  yield { type: "step", step: "resolve", index: 1, total };
  const resolved = resolveBundle(opts.spec, library.catalog);
  yield { type: "resolved", bundle: resolved };

  yield { type: "step", step: "write", index: 2, total };
  yield { type: "artefact", artefact: writeWasmArtefact(opts.outDir, resolved, library.catalog, library.wasmFile, library.hash) };
}

/** The self-contained wasm artefact `scan --library DIR --bundle NAME` loads. */
export function writeWasmArtefact(outDir: string, resolved: ResolvedBundle, catalog: RuleMeta[], wasmFile: string, revision: string): BundleArtefact {
  const dir = path.join(outDir, resolved.name);
  fs.mkdirSync(path.join(dir, "bundles"), { recursive: true });
  const enabled = new Set(resolved.rules.map((r) => r.id));
  const written = [
    path.join(dir, "policy.wasm"),
    path.join(dir, "catalog.json"),
    path.join(dir, "bundles", `${resolved.name}.json`),
  ];
  fs.copyFileSync(wasmFile, written[0] as string);
  fs.writeFileSync(written[1] as string, `${JSON.stringify(catalog.filter((r) => enabled.has(r.id)), null, 2)}\n`);
  fs.writeFileSync(written[2] as string, `${JSON.stringify(resolved, null, 2)}\n`);
  return {
    target: "wasm",
    bundle: resolved.name,
    dir,
    files: written.map((p) => ({ path: p, size: fs.statSync(p).size })),
    revision,
    rules: resolved.rules.length,
    entrypoints: [ENTRYPOINT],
  };
}
