// Evaluates every Document against the compiled library: one `setData` per scan, one evaluation
// per document. A failure on one document becomes a report error for it; the rest still run.
import { KubewardError } from "../errors.ts";
import type { Document, ExternalData, RawViolation, ReportError, RuleMeta } from "../types.ts";
import { compileCalicoSelectors, type CompiledSelector } from "./calico-selector.ts";
import { buildInventory, type Inventory } from "./inventory.ts";
import { buildReviewInput } from "./review-input.ts";
import { DEFAULT_ENTRYPOINT, type Engine } from "./wasm-engine.ts";

/**
 * The resolved bundle: which rules run, and with what. A config/ ResolvedBundle
 * (`{name, description, rules: [{id, parameters}]}`) is one as it stands.
 */
export interface EngineConfig {
  /** Enabled rules. Every id must be in the catalogue. */
  rules: readonly EngineRule[];
}

export interface EngineRule {
  id: string;
  /** input.parameters for the rule (the bundle's values, already merged over the defaults). */
  parameters?: Record<string, unknown>;
  /** Overrides the catalogue's kinds (rarely needed; the metadata's kinds are the norm). */
  kinds?: string[];
}

/** One rule's entry in `data.kubeward.config.rules`, read by kubeward.main. */
export interface RuleData {
  /** The last two segments of the rule's package: kubeward.rules.<category>.<id>. */
  package: [string, string];
  kinds: string[];
  parameters: Record<string, unknown>;
}

export interface PolicyData {
  /**
   * `external`: facts from outside the manifests (vulnerability reports, signatures, today's date).
   * `selectors.calico`: every Calico selector of the scanned policies, parsed (see calico-selector.ts).
   */
  kubeward: { config: { rules: Record<string, RuleData> }; external?: ExternalData; selectors?: { calico: Record<string, CompiledSelector> } };
  inventory: Inventory;
}

export interface DocumentViolations {
  doc: Document;
  violations: RawViolation[];
}

export interface EvaluationResult {
  violations: DocumentViolations[];
  errors: ReportError[];
}

/** `bundle` is accepted as another name for `config`, since the resolved bundle is what callers hold. */
export type EvaluateOptions = {
  catalog: readonly RuleMeta[];
  entrypoint?: string;
  external?: ExternalData;
  /** Objects that join data.inventory without being evaluated (scan --inventory-from). */
  inventoryDocuments?: readonly Document[];
  /** false: evaluate as OPA, conftest and Gatekeeper do, without kubeward's precomputed data. */
  precompute?: boolean;
  /**
   * Told how far the evaluation is: `done` of `total` documents, `doc` the last one evaluated.
   * Called about PROGRESS_STEPS times per call whatever the number of documents (and always for
   * the last one), so the hot loop pays one modulo per document, not a callback.
   */
  onProgress?: (done: number, total: number, doc: Document) => void;
} & ({ config: EngineConfig } | { bundle: EngineConfig });

/** How many progress reports one evaluation makes at most (plus the final one). */
export const PROGRESS_STEPS = 200;

export function evaluateDocuments(engine: Engine, documents: readonly Document[], opts: EvaluateOptions): EvaluationResult {
  const evaluate = prepareEvaluation(engine, documents, opts);
  const result: EvaluationResult = { violations: [], errors: [] };
  const report = progressReporter(documents, opts.onProgress);
  for (let i = 0; i < documents.length; i++) {
    evaluate(documents[i]!, result);
    report?.(i);
  }
  return result;
}

/**
 * evaluateDocuments that hands the event loop back every `yieldEvery` documents: an Ink UI in the
 * same process can draw the progress it is told (a synchronous loop would freeze the screen until
 * the end). The findings are exactly evaluateDocuments' findings.
 */
export async function evaluateDocumentsYielding(engine: Engine, documents: readonly Document[], opts: EvaluateOptions & { yieldEvery?: number }): Promise<EvaluationResult> {
  const evaluate = prepareEvaluation(engine, documents, opts);
  const result: EvaluationResult = { violations: [], errors: [] };
  const report = progressReporter(documents, opts.onProgress);
  const every = Math.max(1, opts.yieldEvery ?? 64);
  for (let i = 0; i < documents.length; i++) {
    evaluate(documents[i]!, result);
    report?.(i);
    if ((i + 1) % every === 0) await yieldToEventLoop();
  }
  return result;
}

/** Sets `data` once for the scan and returns the per-document evaluation. */
function prepareEvaluation(engine: Engine, documents: readonly Document[], opts: EvaluateOptions): (doc: Document, result: EvaluationResult) => void {
  // Inventory-only objects go first, so a reported object (e.g. a staged change) wins over its older copy.
  const inventory = opts.inventoryDocuments && opts.inventoryDocuments.length > 0 ? [...opts.inventoryDocuments, ...documents] : documents;
  const data = buildPolicyData("config" in opts ? opts.config : opts.bundle, opts.catalog, inventory, opts.external, { precompute: opts.precompute });
  engine.setData(data);
  const entrypoint = opts.entrypoint ?? DEFAULT_ENTRYPOINT;
  // kubeward.main runs a rule only for the kinds configured for it (`input.review.kind.kind in
  // conf.kinds`), so an object of a kind no enabled rule lists has no findings. Not evaluating it
  // spares copying it into the wasm memory: CustomResourceDefinitions, the largest objects in real
  // repositories, are read by no rule. The library's own entrypoint only: another may gate otherwise.
  const ruleKinds = entrypoint === DEFAULT_ENTRYPOINT ? new Set(Object.values(data.kubeward.config.rules).flatMap((r) => r.kinds)) : undefined;
  return (doc, result) => {
    const context = `evaluating ${describe(doc)} (${doc.file}:${doc.line})`;
    try {
      const input = buildReviewInput(doc);
      if (ruleKinds && !ruleKinds.has(input.review.kind.kind)) return;
      const value = engine.evaluate(input, entrypoint, context);
      const violations = toRawViolations(value, context);
      if (violations.length > 0) result.violations.push({ doc, violations });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      result.errors.push({ file: doc.file, line: doc.line, message, code: e instanceof KubewardError ? e.code : "engine" });
    }
  };
}

/** Reports every `total / PROGRESS_STEPS`-th document and the last; undefined without a callback. */
function progressReporter(documents: readonly Document[], onProgress: EvaluateOptions["onProgress"]): ((index: number) => void) | undefined {
  if (!onProgress) return undefined;
  const total = documents.length;
  const step = Math.max(1, Math.ceil(total / PROGRESS_STEPS));
  return (i) => {
    const done = i + 1;
    if (done % step === 0 || done === total) onProgress(done, total, documents[i]!);
  };
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/** `data` for a scan: the enabled rules (kubeward.main iterates them), the inventory and, when given, external facts. */
/**
 * `precompute: false` leaves out what only kubeward's engine computes before evaluation (parsed
 * Calico selectors): the data OPA, conftest and Gatekeeper evaluate the same Rego with.
 */
export function buildPolicyData(
  config: EngineConfig,
  catalog: readonly RuleMeta[],
  documents: readonly Pick<Document, "object">[],
  external?: ExternalData,
  opts: { precompute?: boolean } = {},
): PolicyData {
  const byId = new Map(catalog.map((r) => [r.id, r]));
  const rules: Record<string, RuleData> = {};
  for (const rule of config.rules) {
    const meta = byId.get(rule.id);
    if (!meta) throw new KubewardError("bundle", `rule ${rule.id} is enabled but not in the rule catalogue`);
    // A bundle may select audit-log detections too; they judge audit Events, not manifests.
    if (meta.family === "detection") continue;
    rules[rule.id] = { package: packageSegments(meta), kinds: rule.kinds ?? meta.kinds, parameters: rule.parameters ?? {} };
  }
  const kubeward: PolicyData["kubeward"] = { config: { rules }, ...(opts.precompute === false ? {} : { selectors: { calico: compileCalicoSelectors(documents) } }) };
  if (external !== undefined) kubeward.external = external;
  return { kubeward, inventory: buildInventory(documents) };
}

/** The catalogue entries of the enabled rules, in id order (what the report's rule table lists). */
export function selectedRules(config: EngineConfig, catalog: readonly RuleMeta[]): RuleMeta[] {
  const enabled = new Set(config.rules.map((r) => r.id));
  return catalog.filter((r) => enabled.has(r.id) && r.family !== "detection").sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

function packageSegments(meta: RuleMeta): [string, string] {
  const m = /^kubeward\.rules\.([a-z0-9_]+)\.([a-z0-9_]+)$/.exec(meta.package);
  if (!m) throw new KubewardError("bundle", `rule ${meta.id}: package ${meta.package} is not kubeward.rules.<category>.<id>`, { file: meta.file });
  return [m[1]!, m[2]!];
}

function toRawViolations(value: unknown, context: string): RawViolation[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new KubewardError("engine", `${context}: the entrypoint returned ${typeof value}, not a set of findings`);
  return value.map((v) => {
    const o = v as Partial<RawViolation> | null;
    if (!o || typeof o !== "object" || typeof o.rule !== "string" || typeof o.msg !== "string") {
      throw new KubewardError("engine", `${context}: a rule returned a violation without a string msg: ${JSON.stringify(v)}`);
    }
    const out: RawViolation = { rule: o.rule, msg: o.msg };
    if (o.details && typeof o.details === "object") out.details = o.details;
    return out;
  });
}

function describe(doc: Document): string {
  const { kind, namespace, name } = doc.ref;
  return `${kind} ${namespace ? `${namespace}/` : ""}${name || "(unnamed)"}`;
}
