// The policy a webhook evaluates: the compiled library's wasm, one bundle, `data` set once. A reload
// builds a whole new PolicyState and swaps the reference, so a request is evaluated entirely by the
// old policy or entirely by the new one (evaluation is synchronous: no request straddles a swap).
import { createHash } from "node:crypto";
import fs from "node:fs";
import { buildPolicyData } from "../engine/evaluate-documents.ts";
import { loadEngine, type Engine } from "../engine/wasm-engine.ts";
import { toKubewardError } from "../errors.ts";
import { loadCompiledLibrary, loadResolvedBundle, defaultLibraryDir } from "../library.ts";
import type { KubeObject, RuleMeta } from "../types.ts";

export interface PolicyState {
  engine: Engine;
  bundle: string;
  /** Content hash of the wasm and the resolved bundle: what /metrics reports as the bundle revision. */
  revision: string;
  rules: Map<string, RuleMeta>;
  /**
   * Replaces data.inventory (serve --inventory-from-cluster). setData is synchronous, like
   * evaluation, so each request sees the old inventory or the new one, never a mix.
   */
  setInventory?(objects: readonly KubeObject[]): void;
}

export async function loadPolicyState(opts: { bundle: string; libraryDir?: string; inventory?: readonly KubeObject[] }): Promise<PolicyState> {
  const library = loadCompiledLibrary(opts.libraryDir ?? defaultLibraryDir());
  const bundle = loadResolvedBundle(library, opts.bundle);
  const engine = await loadEngine(library.wasm).catch((e: unknown) => {
    throw toKubewardError(e, "engine", `loading ${library.dir}/policy.wasm`);
  });
  const enabled = new Set(bundle.rules.map((r) => r.id));
  const catalog = library.catalog.filter((r) => enabled.has(r.id));
  // Without --inventory-from-cluster the webhook sees one object at a time: cross-resource rules see no others.
  const setInventory = (objects: readonly KubeObject[]) => engine.setData(buildPolicyData(bundle, catalog, objects.map((object) => ({ object }))));
  setInventory(opts.inventory ?? []);
  const revision = createHash("sha256").update(library.wasm).update(JSON.stringify(bundle)).digest("hex").slice(0, 12);
  return { engine, bundle: bundle.name, revision, rules: new Map(catalog.map((r) => [r.id, r])), setInventory };
}

/** Whether a path names a file (a bundle given as FILE is watched for changes). */
export function isFile(p: string): boolean {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
}
