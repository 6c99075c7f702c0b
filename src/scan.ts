// The programmatic scan: sources → parse → engine → report. Returns data; never prints.
import { discoverSources } from "./sources/index.ts";
import { parseDocuments } from "./parse/index.ts";
import { loadEngine } from "./engine/wasm-engine.ts";
import { evaluateDocuments, evaluateDocumentsYielding } from "./engine/evaluate-documents.ts";
import { buildReport } from "./report/build-report.ts";
import { loadCompiledLibrary, loadResolvedBundle, defaultLibraryDir } from "./library.ts";
import type { Document, Report, ReportError, Severity } from "./types.ts";
import { toKubewardError } from "./errors.ts";
import { loadExternalData } from "./sources/external-data.ts";
import { compileIgnorePattern, isIgnored, type IgnoreRule } from "./sources/ignore-rules.ts";
import { applyConfigToBundle, withSeverityOverrides } from "./config/apply-config.ts";
import type { KubewardConfig } from "./config/config.ts";
import { displayPath } from "./sources/index.ts";
import path from "node:path";
import { renderHelmChart, type HelmOptions } from "./sources/helm.ts";
import { renderKustomization } from "./sources/kustomize.ts";
import { expandAdmissionReview, isAdmissionReview } from "./parse/admission-review.ts";
import { effectiveNamespace } from "./engine/inventory.ts";
import { toRef } from "./parse/kube-object.ts";
import type { RawViolation, RuleMeta, SourceFile } from "./types.ts";
import { KubewardError } from "./errors.ts";
import { evaluateTemplates, loadTemplateDir, mergeTemplateSets, TemplateEngines } from "./gatekeeper-policies.ts";
import type { ExternalDataAnswers } from "./engine/external-data.ts";
import type { KubeClient } from "./sources/kube/client.ts";
import { clusterLocation, readCluster, type ClusterProgress } from "./sources/kube/read-cluster.ts";
import { INVENTORY_KINDS } from "./sources/kube/kinds.ts";

export interface ScanOptions {
  paths: string[];
  cwd: string;
  bundle?: string;
  libraryDir?: string;
  failOn?: Severity | "none";
  version: string;
  readStdin?: () => Promise<string>;
  /** Trivy or Grype JSON reports → data.kubeward.external.vulnerabilities. */
  vulnReports?: string[];
  /** Signature attestations JSON → data.kubeward.external.signatures. */
  signatures?: string;
  /** Today's date (YYYY-MM-DD) → data.kubeward.external.now; the caller owns the clock. */
  now?: string;
  /** kubeward.yaml, already loaded and validated (the CLI finds it); flags given here win over it. */
  config?: KubewardConfig;
  /**
   * Files or directories whose objects feed data.inventory without being reported: a pre-commit
   * hook reports only the staged files while cross-resource rules still see the whole repository.
   */
  inventoryFrom?: string[];
  /**
   * Files of Portieris ImagePolicy / ClusterImagePolicy objects (--image-policy): added to
   * data.inventory only, where trusted-registries and the portieris-* rules read them as policy.
   */
  imagePolicies?: string[];
  /** A Helm chart to render with the pinned `helm template` and scan (besides any paths). */
  helm?: Omit<HelmOptions, "cwd">;
  /** A kustomization directory to render with the pinned `kustomize build` and scan. */
  kustomize?: string;
  /**
   * Folders (or files) of Gatekeeper ConstraintTemplates and Constraints to apply besides the
   * bundle's rules (docs/gatekeeper.md); with `bundle: "none"`, instead of them.
   */
  templates?: string[];
  /** Where compiled templates are cached (required with `templates`; the CLI chooses it). */
  templateCacheDir?: string;
  /** Answers for the templates' external_data calls. */
  externalData?: ExternalDataAnswers;
  /** A live cluster to read through the Kubernetes API (scan --cluster); docs/inputs.md. */
  cluster?: ClusterScanOptions;
  /**
   * Told where the scan is (phase, done/total, what is being worked on), for a progress display.
   * With it, the parse and evaluate loops also hand the event loop back now and then, so a UI in
   * the same process can draw; without it the scan runs exactly as before. The cluster read has
   * its own `cluster.onProgress`.
   */
  onProgress?: (p: ScanProgress) => void;
}

/**
 * Where a scan is. `discover`: finding files under the paths; `render`: helm or kustomize running;
 * `parse`: files parsed (`label` the file); `inventory`: --inventory-from and --image-policy files
 * read; `evaluate`: documents evaluated by the library (`label` the document's file);
 * `templates`: Gatekeeper templates applied (`label` the template). `total` is 0 while unknown.
 */
export interface ScanProgress {
  phase: ScanPhase;
  done: number;
  total: number;
  label?: string;
}

export type ScanPhase = "discover" | "render" | "parse" | "inventory" | "evaluate" | "templates";

/** How many files the parse loop reads between two hand-backs of the event loop (with onProgress). */
const PARSE_YIELD_EVERY = 32;

export interface ClusterScanOptions {
  client: KubeClient;
  /** Report only this namespace's objects (and the Namespace itself); cluster-scoped objects still feed data.inventory. */
  namespace?: string;
  /** --kinds entries (see selectKinds). */
  kinds?: string[];
  onProgress?: (p: ClusterProgress) => void;
}

/** `--bundle none`: no library rules at all (only --templates). */
export const NO_BUNDLE = "none";

export async function scan(opts: ScanOptions): Promise<Report> {
  const config = opts.config;
  const configShown = config ? displayPath(opts.cwd, config.file) : undefined;
  const bundleName = opts.bundle ?? config?.bundle ?? "recommended";
  const templates = opts.templates ?? [];
  if (bundleName === NO_BUNDLE && templates.length === 0) throw new KubewardError("usage", "--bundle none leaves nothing to check: give Gatekeeper policies with --templates DIR (docs/gatekeeper.md).");
  const library = bundleName === NO_BUNDLE ? undefined : loadCompiledLibrary(opts.libraryDir ?? defaultLibraryDir());
  let bundle = library ? loadResolvedBundle(library, bundleName) : { name: NO_BUNDLE, description: "", rules: [] };
  if (config && library) bundle = applyConfigToBundle(bundle, library.catalog, config, configShown as string);

  const external = loadExternalData({ cwd: opts.cwd, vulnReports: opts.vulnReports, signatures: opts.signatures, now: opts.now });
  const progress = opts.onProgress;
  progress?.({ phase: "discover", done: 0, total: 0, label: opts.paths.join(" ") });
  const discovered = await discoverSources(opts.paths, { cwd: opts.cwd, stdin: opts.readStdin });
  const files = config?.paths ? discovered.files.filter(pathFilter(config, opts.cwd)) : [...discovered.files];
  const errors: ReportError[] = [...discovered.errors];
  // Renderers run after the plain files; a render failure is a report error like an unreadable file.
  const rendered: Promise<{ files: SourceFile[]; errors: ReportError[] }>[] = [];
  if (opts.helm) rendered.push(renderHelmChart({ ...opts.helm, cwd: opts.cwd }));
  if (opts.kustomize !== undefined) rendered.push(renderKustomization({ dir: opts.kustomize, cwd: opts.cwd }));
  if (progress && rendered.length > 0) {
    const what = [...(opts.helm ? [`helm template ${opts.helm.chart}`] : []), ...(opts.kustomize !== undefined ? [`kustomize build ${opts.kustomize}`] : [])];
    progress({ phase: "render", done: 0, total: rendered.length, label: what.join(", ") });
  }
  for (const r of await Promise.all(rendered)) {
    files.push(...r.files);
    errors.push(...r.errors);
  }
  const clusterInventory: SourceFile[] = [];
  const warnings: string[] = [];
  if (opts.cluster) {
    const enabledKinds = new Set(bundle.rules.map((r) => r.id));
    // With --bundle none (templates only) no rule names kinds: --kinds says what to read then.
    const ruleKinds = (library?.catalog ?? []).filter((r) => enabledKinds.has(r.id) && r.family !== "detection").flatMap((r) => r.kinds);
    const read = await readCluster({ client: opts.cluster.client, defaultKinds: [...ruleKinds, ...INVENTORY_KINDS], kindsSpec: opts.cluster.kinds, namespace: opts.cluster.namespace, onProgress: opts.cluster.onProgress });
    warnings.push(...read.warnings);
    errors.push(...read.errors);
    const ns = opts.cluster.namespace;
    for (const { object } of read.objects) {
      // 4-space JSON, as `kubectl get KIND NAME -o json` prints it: finding lines point into that.
      const file: SourceFile = { path: clusterLocation(opts.cluster.client.connection.context, object), text: `${JSON.stringify(object, null, 4)}\n` };
      const meta = object.metadata ?? {};
      const reported = ns === undefined || meta.namespace === ns || (object.kind === "Namespace" && meta.name === ns);
      (reported ? files : clusterInventory).push(file);
    }
  }
  const documents: Document[] = [];
  let skipped = 0;
  for (const [i, file] of files.entries()) {
    if (progress) {
      progress({ phase: "parse", done: i, total: files.length, label: file.path });
      if (i > 0 && i % PARSE_YIELD_EVERY === 0) await yieldToEventLoop();
    }
    const parsed = parseDocuments(file);
    errors.push(...parsed.errors);
    skipped += parsed.skipped;
    for (const doc of parsed.documents) {
      if (isAdmissionReview(doc.object)) {
        const { document, error } = expandAdmissionReview(doc);
        if (document) documents.push(document);
        else if (error) errors.push(error);
        else skipped++; // a DELETE review: allowed without evaluation, as the webhook does
        continue;
      }
      if (file.origin !== undefined) doc.origin = file.origin;
      if (file.namespace !== undefined) placeInNamespace(doc, file.namespace);
      documents.push(doc);
    }
  }
  if (progress && (opts.inventoryFrom ?? config?.inventory?.from ?? []).length + (opts.imagePolicies ?? []).length + clusterInventory.length > 0) {
    progress({ phase: "inventory", done: 0, total: 0, label: "objects read for the inventory only" });
  }
  const inventoryDocuments = await inventoryOnly(opts.inventoryFrom ?? config?.inventory?.from ?? [], new Set(files.map((f) => f.path)), opts, config, errors);
  for (const file of clusterInventory) {
    const parsed = parseDocuments(file);
    inventoryDocuments.push(...parsed.documents);
    errors.push(...parsed.errors);
  }
  inventoryDocuments.push(...(await imagePolicyDocuments(opts.imagePolicies ?? [], opts, errors)));

  let catalog: RuleMeta[] = [];
  const violations: { doc: Document; violations: RawViolation[] }[] = [];
  if (library) {
    const engine = await loadEngine(library.wasm).catch((e: unknown) => {
      throw toKubewardError(e, "engine", `loading ${library.dir}/policy.wasm`);
    });
    // Audit-log detections a bundle selects run in `kubeward audit-log`, not on manifests.
    const detections = new Set(library.catalog.filter((r) => r.family === "detection").map((r) => r.id));
    const rules = { ...bundle, rules: bundle.rules.filter((r) => !detections.has(r.id)) };
    const enabled = new Set(rules.rules.map((r) => r.id));
    catalog = withSeverityOverrides(library.catalog.filter((r) => enabled.has(r.id)), config);
    const evaluation = { bundle: rules, catalog, external, inventoryDocuments };
    let evaluated;
    if (progress) {
      progress({ phase: "evaluate", done: 0, total: documents.length });
      evaluated = await evaluateDocumentsYielding(engine, documents, { ...evaluation, onProgress: (done, total, doc) => progress({ phase: "evaluate", done, total, label: doc.file }) });
    } else {
      evaluated = evaluateDocuments(engine, documents, evaluation);
    }
    errors.push(...evaluated.errors);
    violations.push(...evaluated.violations);
  }
  if (templates.length > 0) {
    if (opts.templateCacheDir === undefined) throw new KubewardError("internal", "scan with templates needs templateCacheDir");
    const engines = new TemplateEngines({ cwd: opts.cwd, cacheDir: opts.templateCacheDir, ...(opts.externalData ? { externalData: opts.externalData } : {}) });
    const set = mergeTemplateSets(templates.map((dir) => loadTemplateDir(dir, opts.cwd)));
    const onTemplate = progress ? (done: number, total: number, label: string) => progress({ phase: "templates", done, total, label }) : undefined;
    const applied = await evaluateTemplates(set, documents, inventoryDocuments, engines, onTemplate);
    errors.push(...applied.errors);
    violations.push(...applied.violations);
    catalog = [...catalog, ...withSeverityOverrides(applied.rules, config)];
  }

  return buildReport({
    bundle: bundle.name,
    version: opts.version,
    files: files.length,
    documents,
    skipped,
    violations,
    errors,
    catalog,
    suppress: { today: opts.now ?? "", exceptions: config?.exceptions ?? [], ...(configShown ? { configFile: configShown } : {}) },
    warnings,
  });
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * The objects of the inventory-only paths (minus the reported files themselves, whose staged
 * content wins). Their parse errors are reported: an object missing from the inventory could make a
 * cross-resource rule wrong, and nothing is silently skipped.
 */
async function inventoryOnly(paths: string[], reported: Set<string>, opts: ScanOptions, config: KubewardConfig | undefined, errors: ReportError[]): Promise<Document[]> {
  if (paths.length === 0) return [];
  const base = config && !opts.inventoryFrom ? path.dirname(config.file) : opts.cwd;
  const found = await discoverSources(paths.map((p) => path.resolve(base, p)), { cwd: opts.cwd });
  errors.push(...found.errors);
  const keep = config?.paths ? pathFilter(config, opts.cwd) : () => true;
  const out: Document[] = [];
  for (const file of found.files) {
    if (reported.has(file.path) || !keep(file)) continue;
    const parsed = parseDocuments(file);
    out.push(...parsed.documents);
    errors.push(...parsed.errors.map((e) => ({ ...e, message: `${e.message} (read for the inventory only)` })));
  }
  return out;
}

const PORTIERIS_API_VERSIONS = new Set(["securityenforcement.admission.cloud.ibm.com/v1beta1"]);
const PORTIERIS_KINDS = new Set(["ImagePolicy", "ClusterImagePolicy"]);

/**
 * The Portieris policies of --image-policy files. Anything else in them is an error naming its file
 * and line (a Deployment there would otherwise be silently ignored, neither scanned nor policy).
 */
async function imagePolicyDocuments(paths: string[], opts: ScanOptions, errors: ReportError[]): Promise<Document[]> {
  if (paths.length === 0) return [];
  const found = await discoverSources(paths, { cwd: opts.cwd });
  errors.push(...found.errors);
  const out: Document[] = [];
  for (const file of found.files) {
    const parsed = parseDocuments(file);
    errors.push(...parsed.errors);
    for (const doc of parsed.documents) {
      const { apiVersion, kind } = doc.object;
      if (PORTIERIS_API_VERSIONS.has(apiVersion) && PORTIERIS_KINDS.has(kind)) out.push(doc);
      else errors.push({ file: doc.file, line: doc.line, code: "usage", message: `--image-policy expects Portieris ImagePolicy or ClusterImagePolicy objects (securityenforcement.admission.cloud.ibm.com/v1beta1), not ${apiVersion} ${kind}` });
    }
  }
  return out;
}

/** kubeward.yaml's paths.include / paths.exclude, with gitignore semantics relative to the config's directory. */
function pathFilter(config: KubewardConfig, cwd: string): (f: { path: string }) => boolean {
  const base = path.dirname(config.file);
  const compile = (globs: string[] | undefined) => (globs ?? []).map(compileIgnorePattern).filter((r): r is IgnoreRule => r !== undefined);
  const include = compile(config.paths?.include);
  const exclude = compile(config.paths?.exclude);
  // As in gitignore, a pattern naming a directory (`generated/`) covers every file under it.
  const matches = (rules: IgnoreRule[], abs: string): boolean => {
    if (isIgnored([{ base, rules }], abs, false)) return true;
    for (let dir = path.dirname(abs); dir.startsWith(base) && dir !== base; dir = path.dirname(dir)) {
      if (isIgnored([{ base, rules }], dir, true)) return true;
    }
    return false;
  };
  return (f) => {
    if (f.path === "<stdin>") return true;
    const abs = path.resolve(cwd, f.path);
    if (include.length > 0 && !matches(include, abs)) return false;
    return !matches(exclude, abs);
  };
}

/** What the API server does to a namespaced object applied without a namespace under `-n NS`. */
function placeInNamespace(doc: Document, namespace: string): void {
  const meta = doc.object.metadata;
  if (effectiveNamespace(doc.object) === undefined || (typeof meta?.namespace === "string" && meta.namespace !== "")) return;
  doc.object = { ...doc.object, metadata: { ...(meta ?? {}), namespace } };
  doc.ref = toRef(doc.object);
}
