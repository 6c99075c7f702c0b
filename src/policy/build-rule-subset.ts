// Watch mode's fast path: compile only some rules (+ main/ and the libs they reach) to a small wasm
// with the library's own entrypoints, instead of the whole library (~4-5 s). The dispatch in
// main/main.rego reaches rules through data, so a module holding a few rules evaluates them exactly
// as the full library would. Builds are cached by a hash of the files' content.
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import toolsManifest from "../../scripts/tools.json" with { type: "json" };
import { readTarGz } from "../engine/tar.ts";
import { KubewardError } from "../errors.ts";
import type { RuleMeta } from "../types.ts";
import { ENTRYPOINTS } from "./build-library.ts";
import { catalogFromInspect } from "./catalog.ts";
import { closure, ruleOf, type LibraryGraph } from "./library-graph.ts";
import { runOpa } from "./opa.ts";

export interface RuleSubset {
  /** Policy (non-test) files compiled, relative to the policies folder. */
  files: string[];
  /** Test files `opa test` needs for these rules: their tests plus what those reach. */
  testFiles: string[];
}

/** Pure: which files a subset of rules needs for its wasm and for its opa tests. */
export function subsetFiles(graph: LibraryGraph, rules: string[]): RuleSubset {
  const wanted = new Set(rules);
  const ruleFiles = graph.files.filter((f) => wanted.has(ruleOf(f.file) ?? ""));
  const main = graph.files.filter((f) => f.file.startsWith("main/") && !f.test).map((f) => f.file);
  const files = closure(graph, [...main, ...ruleFiles.filter((f) => !f.test).map((f) => f.file)]);
  const testFiles = closure(graph, ruleFiles.map((f) => f.file), { tests: true });
  return { files, testFiles };
}

export interface SubsetArtifact {
  wasmFile: string;
  catalog: RuleMeta[];
  cached: boolean;
}

function hashFiles(policiesDir: string, files: string[]): string {
  const h = createHash("sha256");
  const opaVersion = toolsManifest.tools.find((t) => t.name === "opa")?.version ?? "";
  h.update(`opa ${opaVersion}\nentrypoint ${ENTRYPOINTS.join(" ")}\n`);
  for (const file of files) {
    h.update(`${file}\0`);
    h.update(fs.readFileSync(path.join(policiesDir, file)));
    h.update("\0");
  }
  return h.digest("hex");
}

/** Rules re-read from METADATA per run; beyond this many (a shared lib changed), the known catalogue is used. */
const REINSPECT_LIMIT = 8;

/**
 * Compiles (or takes from cacheDir) the wasm of just these rules. Their METADATA is read meanwhile
 * (`opa inspect` takes one path per run, so one run per rule): an edit may have changed a rule's
 * kinds or parameters. When many rules are affected (a lib edit, which changes no METADATA),
 * `known` — the full library's catalogue — answers for the rules it holds.
 */
export async function buildRuleSubset(policiesDir: string, cacheDir: string, graph: LibraryGraph, rules: string[], known: RuleMeta[] = []): Promise<SubsetArtifact> {
  const { files } = subsetFiles(graph, rules);
  const hash = hashFiles(policiesDir, files).slice(0, 32);
  const wasmFile = path.join(cacheDir, `${hash}.wasm`);
  const knownById = new Map(known.map((r) => [r.id, r]));
  const reread = rules.filter((id) => rules.length <= REINSPECT_LIMIT || !knownById.has(id));
  const policyOf = (id: string) => graph.files.find((f) => ruleOf(f.file) === id && !f.test && /(^|\/)policy\.rego$/.test(f.file))?.file ?? graph.files.find((f) => ruleOf(f.file) === id && !f.test)?.file;
  const inspect = Promise.all(reread.map(async (id) => {
    const file = policyOf(id);
    if (!file) return [];
    const { stdout } = await runOpa(["inspect", "-a", "--format", "json", path.join(policiesDir, file)], { code: "policy-inspect" });
    return catalogFromInspect(JSON.parse(stdout) as Parameters<typeof catalogFromInspect>[0], path.dirname(path.resolve(policiesDir)));
  }));
  const cached = fs.existsSync(wasmFile);
  const compile = cached ? Promise.resolve() : compileSubset(policiesDir, files, wasmFile);
  const [inspected] = await Promise.all([inspect, compile]);
  const fresh = new Map(inspected.flat().map((r) => [r.id, r]));
  const catalog = rules.map((id) => fresh.get(id) ?? knownById.get(id)).filter((r): r is RuleMeta => r !== undefined);
  return { wasmFile, catalog, cached };
}

async function compileSubset(policiesDir: string, files: string[], wasmFile: string): Promise<void> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-subset-"));
  try {
    const bundleFile = path.join(tmp, "bundle.tar.gz");
    await runOpa(["build", "-t", "wasm", "--capabilities", path.join(policiesDir, "capabilities.json"), ...ENTRYPOINTS.flatMap((e) => ["-e", e]), "-o", bundleFile, ...files.map((f) => path.join(policiesDir, f))]);
    const wasm = readTarGz(fs.readFileSync(bundleFile)).find((e) => e.path.replace(/^\/+/, "") === "policy.wasm")?.data;
    if (!wasm) throw new KubewardError("policy-build", "opa build wrote no policy.wasm");
    fs.mkdirSync(path.dirname(wasmFile), { recursive: true });
    fs.writeFileSync(wasmFile, wasm);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
