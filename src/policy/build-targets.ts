// Every build target, written from one place: `kubeward build` prints these events and draws its
// progress bar from them; `kubeward ui`'s Bundles view renders the same events. The generator
// compiles the library, resolves the bundle, writes each chosen target and yields, per target, an
// artefact that says what was written (files and sizes), its revision, rule count and entrypoints.
//
//   wasm        dist/<bundle>/            policy.wasm + catalogue + resolved bundle (scan --library)
//   opa         dist/opa/<bundle>.tar.gz  an OPA bundle (opa-bundle.ts), optionally signed
//   gatekeeper  dist/gatekeeper/<bundle>/ ConstraintTemplates, Constraints, sync, gator suite
//   conftest    dist/conftest/<bundle>/   a policy directory for `conftest test`
import fs from "node:fs";
import path from "node:path";
import { loadBundleSpec, resolveBundle, type BundleSpec, type ResolvedBundle } from "../config/bundle.ts";
import { loadEngine } from "../engine/wasm-engine.ts";
import { resolvedBundleFile } from "../library.ts";
import type { FailOn } from "../report/exit-code.ts";
import type { RuleMeta } from "../types.ts";
import { ENTRYPOINT, buildLibrary, type LibraryArtifact } from "./build-library.ts";
import type { SigningAlg, SigningOptions } from "./bundle-signing.ts";
import { writeConftestPolicies } from "./conftest-target.ts";
import { writeGatekeeperSuite } from "./gatekeeper-suite.ts";
import { writeGatekeeperIndex, writeGatekeeperTarget, type Omitted } from "./gatekeeper-target.ts";
import { buildOpaBundle, shippedConfig } from "./opa-bundle.ts";

/** The one list of targets: the CLI's --target choices (plus `all`) and the UI's selector. */
export const BUILD_TARGETS = ["wasm", "opa", "gatekeeper", "conftest"] as const;
export type BuildTarget = (typeof BUILD_TARGETS)[number];

/** What each target is, in a few words (the UI's selector shows it next to the name). */
export const TARGET_SUMMARY: Record<BuildTarget, string> = {
  wasm: "policy.wasm for kubeward scan/serve",
  opa: "OPA bundle .tar.gz (signable)",
  gatekeeper: "ConstraintTemplates + Constraints",
  conftest: "policy directory for conftest test",
};

/** `--target all`: the targets other engines load, in the order `kubeward build` has always written them. */
export const ALL_TARGETS: readonly BuildTarget[] = ["opa", "conftest", "gatekeeper"];

/** The decision OPA's Kubernetes admission webhook asks for (policies/system/main.rego). */
export const OPA_ADMISSION_ENTRYPOINT = "system/main";

export type ArtefactDetails =
  | { target: "wasm" }
  | { target: "opa"; roots: string[]; signed?: { alg: SigningAlg; keyId: string } }
  | { target: "conftest"; dataFile: string }
  | { target: "gatekeeper"; templates: number; synced: number; cases: number; omitted: Omitted[] };

export interface BuildArtefact {
  target: BuildTarget;
  bundle: string;
  /** The artefact: a file (opa's .tar.gz) or a folder (the others); `files` are it or inside it. */
  path: string;
  /** `path` relative to the options' `cwd` (absolute when outside it): what a user is shown. */
  displayPath: string;
  files: { path: string; size: number }[];
  /** Sum of the files' sizes. */
  bytes: number;
  /** opa: the bundle's .manifest revision; otherwise the library's content hash (equal = same policies). */
  revision: string;
  rules: number;
  /**
   * What a user points the consumer at. wasm: the compiled entrypoint; opa: the admission decision
   * and the wasm entrypoint; conftest: the queries it runs (namespace main, rules deny and warn);
   * gatekeeper: what is applied and verified — the templates, the constraints, the gator suite.
   */
  entrypoints: string[];
  /** How to use it, paths relative to the options' `cwd` (absolute when outside it). */
  run: string;
  /** Target-specific remarks a user should see: signature, left-out rules. */
  notes: string[];
  details: ArtefactDetails;
}

export type BuildEvent =
  | { type: "step"; index: number; total: number; label: string; target?: BuildTarget }
  | { type: "library"; rules: number; cached: boolean; wasmFile: string; wasmBytes: number }
  /** A named bundle resolved into the library folder (what `scan --bundle NAME` reads). */
  | { type: "library-bundle"; bundle: ResolvedBundle }
  | { type: "resolved"; bundle: ResolvedBundle }
  | { type: "artefact"; artefact: BuildArtefact };

export interface BuildTargetsOptions {
  policiesDir: string;
  outDir: string;
  /** The bundle to build: a spec, or a name/file for loadBundleSpec (loaded once the library compiled). */
  bundle: BundleSpec | string;
  /** Written in this order; none builds only the library. */
  targets: readonly BuildTarget[];
  failOn: FailOn;
  /** Signs the opa target; ignored by the others. */
  signing?: SigningOptions;
  /** kubeward's version, recorded in the OPA bundle and the Gatekeeper templates. */
  version: string;
  force?: boolean;
  /** Named bundles to resolve into <outDir>/library/bundles first (kubeward build does all of them). */
  libraryBundles?: readonly string[];
  /** Paths in `run` are shown relative to this folder. */
  cwd?: string;
}

export async function* buildTargets(opts: BuildTargetsOptions): AsyncGenerator<BuildEvent> {
  const libraryBundles = opts.libraryBundles ?? [];
  const targets = opts.targets;
  const total = 1 + libraryBundles.length + (targets.length > 0 ? 1 + targets.length : 0);
  let index = 0;
  const step = (label: string, target?: BuildTarget): BuildEvent => ({ type: "step", index: index++, total, label, ...(target ? { target } : {}) });

  yield step("compiling the library to wasm");
  const libraryDir = path.join(opts.outDir, "library");
  const library = await buildLibrary(opts.policiesDir, libraryDir, { force: opts.force });
  yield { type: "library", rules: library.catalog.length, cached: library.cached, wasmFile: library.wasmFile, wasmBytes: fs.statSync(library.wasmFile).size };

  // Resolve every named bundle now, so scan needs neither YAML nor schema work for them.
  if (libraryBundles.length > 0) fs.mkdirSync(path.join(libraryDir, "bundles"), { recursive: true });
  for (const name of libraryBundles) {
    yield step(`resolving bundle ${name}`);
    const resolved = resolveBundle(loadBundleSpec(name), library.catalog);
    fs.writeFileSync(resolvedBundleFile(libraryDir, name), `${JSON.stringify(resolved, null, 2)}\n`);
    yield { type: "library-bundle", bundle: resolved };
  }
  if (targets.length === 0) return;

  const spec = typeof opts.bundle === "string" ? opts.bundle : opts.bundle.name;
  yield step(`resolving bundle ${spec}`);
  const resolved = resolveBundle(typeof opts.bundle === "string" ? loadBundleSpec(opts.bundle) : opts.bundle, library.catalog);
  yield { type: "resolved", bundle: resolved };

  const ctx: TargetContext = { ...opts, library, resolved, show: (p) => shown(opts.cwd, p) };
  for (const target of targets) {
    yield step(WRITING[target], target);
    const artefact = await WRITERS[target](ctx);
    yield { type: "artefact", artefact: { ...artefact, displayPath: ctx.show(artefact.path) } };
  }
}

const WRITING: Record<BuildTarget, string> = {
  wasm: "writing the wasm artefact",
  opa: "writing the OPA bundle",
  gatekeeper: "writing Gatekeeper templates and the gator suite",
  conftest: "writing the conftest policies",
};

interface TargetContext extends BuildTargetsOptions {
  library: LibraryArtifact;
  resolved: ResolvedBundle;
  show: (p: string) => string;
}

const WRITERS: Record<BuildTarget, (c: TargetContext) => Promise<Omit<BuildArtefact, "displayPath">>> = {
  wasm: async (c) => {
    const a = writeWasmArtefact(c.outDir, c.resolved, c.library.catalog, c.library.wasmFile, c.library.hash);
    return { ...a, run: `kubeward scan --library ${c.show(a.path)} --bundle ${c.resolved.name} PATH...` };
  },
  opa: async (c) => {
    const bundle = buildOpaBundle({
      policiesDir: c.policiesDir,
      wasm: fs.readFileSync(c.library.wasmFile),
      catalog: c.library.catalog,
      libraryHash: c.library.hash,
      bundle: c.resolved,
      failOn: c.failOn,
      version: c.version,
      signing: c.signing,
    });
    const file = path.join(c.outDir, "opa", `${c.resolved.name}.tar.gz`);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, bundle.archive);
    const signed = c.signing ? { alg: c.signing.alg, keyId: c.signing.keyId ?? "default" } : undefined;
    return {
      ...artefactFiles("opa", c.resolved.name, file, [file]),
      revision: bundle.revision,
      rules: Object.keys(bundle.config.rules).length,
      entrypoints: [OPA_ADMISSION_ENTRYPOINT, ENTRYPOINT],
      run: `opa run --server --bundle ${c.show(file)}`,
      notes: signed ? [`signed ${signed.alg} (keyid ${signed.keyId})`] : ["unsigned (a signing key signs it)"],
      details: { target: "opa", roots: bundle.roots, ...(signed ? { signed } : {}) },
    };
  },
  conftest: async (c) => {
    const dir = path.join(c.outDir, "conftest", c.resolved.name);
    const written = writeConftestPolicies({ policiesDir: c.policiesDir, catalog: c.library.catalog, bundle: c.resolved, failOn: c.failOn, outDir: dir });
    return {
      ...artefactFiles("conftest", c.resolved.name, dir, filesUnder(dir)),
      revision: c.library.hash,
      rules: Object.keys(shippedConfig(c.resolved, c.library.catalog, c.failOn).rules).length,
      entrypoints: ["main.deny", "main.warn"],
      run: `conftest test --policy ${c.show(dir)} --data ${c.show(written.dataFile)} MANIFEST...`,
      notes: [],
      details: { target: "conftest", dataFile: written.dataFile },
    };
  },
  gatekeeper: async (c) => {
    const dir = path.join(c.outDir, "gatekeeper", c.resolved.name);
    const written = await writeGatekeeperTarget({ policiesDir: c.policiesDir, catalog: c.library.catalog, bundle: c.resolved, failOn: c.failOn, outDir: dir, version: c.version });
    const engine = await loadEngine(fs.readFileSync(c.library.wasmFile));
    const suite = writeGatekeeperSuite({ dir, rules: written.rules, repoRoot: path.dirname(c.policiesDir), engine, bundle: c.resolved });
    writeGatekeeperIndex(written, { bundle: c.resolved.name, failOn: c.failOn, suite: { file: suite.file, cases: suite.cases.length, omitted: suite.omitted } });
    const omitted = [...written.omitted, ...suite.omitted];
    return {
      ...artefactFiles("gatekeeper", c.resolved.name, dir, filesUnder(dir)),
      revision: c.library.hash,
      rules: written.rules.length,
      // Counts kept short so the line fits 80 columns: N ConstraintTemplates, N Constraints, M gator cases.
      entrypoints: [`templates/ (${written.rules.length})`, `constraints/ (${written.rules.length})`, `suite.yaml (${suite.cases.length} cases)`],
      // Templates first: their CRDs must exist before a Constraint of their kind can be applied.
      run: `kubectl apply -f ${c.show(path.join(dir, "templates"))}/ then -f ${c.show(path.join(dir, "constraints"))}/ -f ${c.show(path.join(dir, "sync.yaml"))}; gator verify ${c.show(suite.file)}`,
      notes: groupOmissions(omitted).map((g) => `left out ${g.rules.length === 1 ? g.rules[0] : `${g.rules.length} rules`}: ${g.reason}`),
      details: { target: "gatekeeper", templates: written.rules.length, synced: written.synced.length, cases: suite.cases.length, omitted },
    };
  },
};

/** Omissions by reason, in first-seen order: what `kubeward build` and the UI list. */
export function groupOmissions(omitted: readonly Omitted[]): { reason: string; rules: string[] }[] {
  const byReason = new Map<string, string[]>();
  for (const o of omitted) byReason.set(o.reason, [...(byReason.get(o.reason) ?? []), o.rule]);
  return [...byReason].map(([reason, rules]) => ({ reason, rules }));
}

/** The self-contained wasm artefact `scan --library DIR --bundle NAME` loads. */
export function writeWasmArtefact(outDir: string, resolved: ResolvedBundle, catalog: RuleMeta[], wasmFile: string, revision: string): Omit<BuildArtefact, "run" | "displayPath"> {
  const dir = path.join(outDir, resolved.name);
  fs.mkdirSync(path.join(dir, "bundles"), { recursive: true });
  const enabled = new Set(resolved.rules.map((r) => r.id));
  const written = [path.join(dir, "policy.wasm"), path.join(dir, "catalog.json"), path.join(dir, "bundles", `${resolved.name}.json`)] as const;
  fs.copyFileSync(wasmFile, written[0]);
  fs.writeFileSync(written[1], `${JSON.stringify(catalog.filter((r) => enabled.has(r.id)), null, 2)}\n`);
  fs.writeFileSync(written[2], `${JSON.stringify(resolved, null, 2)}\n`);
  return {
    ...artefactFiles("wasm", resolved.name, dir, [...written]),
    revision,
    rules: resolved.rules.length,
    entrypoints: [ENTRYPOINT],
    notes: [],
    details: { target: "wasm" },
  };
}

function artefactFiles(target: BuildTarget, bundle: string, where: string, files: string[]): Pick<BuildArtefact, "target" | "bundle" | "path" | "files" | "bytes"> {
  const sized = files.map((p) => ({ path: p, size: fs.statSync(p).size }));
  return { target, bundle, path: where, files: sized, bytes: sized.reduce((n, f) => n + f.size, 0) };
}

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(p);
    }
  };
  walk(dir);
  return out;
}

function shown(cwd: string | undefined, p: string): string {
  if (cwd === undefined) return p;
  const r = path.relative(cwd, p);
  return r.startsWith("..") ? p : r;
}
