// Where scan and serve find the compiled library: dist/library/ holds policy.wasm, the catalogue
// and one resolved JSON per bundle, all written by `kubeward build`. Scanning needs no opa.
import fs from "node:fs";
import path from "node:path";
import { bundleFile, loadBundleSpec, resolveBundle, type ResolvedBundle } from "./config/bundle.ts";
import { KubewardError } from "./errors.ts";
import type { RuleMeta } from "./types.ts";
import { packageRoot } from "./util/package-root.ts";

export interface CompiledLibrary {
  dir: string;
  wasm: Buffer;
  catalog: RuleMeta[];
}

export function defaultLibraryDir(): string {
  return path.join(packageRoot(), "dist", "library");
}

export function loadCompiledLibrary(dir = defaultLibraryDir()): CompiledLibrary {
  const wasmFile = path.join(dir, "policy.wasm");
  const catalogFile = path.join(dir, "catalog.json");
  if (!fs.existsSync(wasmFile) || !fs.existsSync(catalogFile)) throw new KubewardError("bundle", `the compiled policy library is missing (${dir}). Run \`npm run build\` (or \`kubeward build\`) first.`);
  return { dir, wasm: fs.readFileSync(wasmFile), catalog: JSON.parse(fs.readFileSync(catalogFile, "utf8")) as RuleMeta[] };
}

export function resolvedBundleFile(libraryDir: string, name: string): string {
  return path.join(libraryDir, "bundles", `${name}.json`);
}

/**
 * A named bundle comes pre-resolved from the build (no YAML or ajv work at scan time); a bundle
 * file given by path is resolved and validated now against the library's catalogue.
 */
export function loadResolvedBundle(library: CompiledLibrary, nameOrFile: string): ResolvedBundle {
  const named = !/[\\/]/.test(nameOrFile) && !/\.(ya?ml|json)$/.test(nameOrFile);
  if (named) {
    const file = resolvedBundleFile(library.dir, nameOrFile);
    if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, "utf8")) as ResolvedBundle;
    if (!fs.existsSync(bundleFile(nameOrFile))) loadBundleSpec(nameOrFile); // throws the "not found" error
  }
  return resolveBundle(loadBundleSpec(nameOrFile), library.catalog);
}
