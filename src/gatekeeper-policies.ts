// Foreign Gatekeeper policies, run in-process: ConstraintTemplates and Constraints read from files,
// each template compiled once (content-hash cached) by the pinned opa to WebAssembly and loaded into
// its own opa-wasm instance. Shared by `kubeward verify` (gator suites) and `scan --templates`.
// This is the one place scan-time code reaches policy/ (compiling): a foreign template has no
// prebuilt artefact, unlike kubeward's own library.
import fs from "node:fs";
import path from "node:path";
import { KubewardError, toKubewardError } from "./errors.ts";
import { parseDocuments } from "./parse/index.ts";
import { isConstraint, isConstraintTemplate, readConstraint, readTemplate, type Constraint, type ConstraintTemplate } from "./parse/gatekeeper-objects.ts";
import { compileTemplate } from "./policy/compile-template.ts";
import { loadEngine } from "./engine/wasm-engine.ts";
import { GATEKEEPER_BUILTINS } from "./engine/gatekeeper-builtins.ts";
import { externalDataBuiltin, readExternalDataAnswers, type ExternalDataAnswers } from "./engine/external-data.ts";
import { evaluateConstraint, type TemplateEngine } from "./engine/gatekeeper-evaluate.ts";
import { inventoryNamespace, objectReview, type GatekeeperReview } from "./engine/gatekeeper-input.ts";
import { displayPath } from "./sources/index.ts";
import type { Document, KubeObject, RawViolation, ReportError, RuleMeta, Severity } from "./types.ts";
import { buildInventory, effectiveNamespace, type Inventory } from "./engine/inventory.ts";
import { parameterProblems } from "./gatekeeper-parameters.ts";

export interface GatekeeperContext {
  cwd: string;
  /** Where compiled templates are cached (the CLI chooses it). */
  cacheDir: string;
  /** external_data answers; undefined: every call answers with a system_error saying so. */
  externalData?: ExternalDataAnswers;
}

/** Reads a file's Kubernetes objects with positions; unreadable or unparsable files throw with file and line. */
export function readObjectsFile(abs: string, cwd: string): Document[] {
  const shown = displayPath(cwd, abs);
  let text: string;
  try {
    text = fs.readFileSync(abs, "utf8");
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw new KubewardError("io", `cannot read ${shown}: ${code === "ENOENT" ? "no such file or directory" : code === "EISDIR" ? "is a directory" : (e as Error).message}`, { file: shown });
  }
  const parsed = parseDocuments({ path: shown, text });
  const first = parsed.errors[0];
  if (first) throw new KubewardError("parse", first.message, { file: first.file, ...(first.line !== undefined ? { line: first.line } : {}) });
  return parsed.documents;
}

export function templateFrom(doc: Document): ConstraintTemplate {
  const r = readTemplate(doc);
  if (!r.ok) throw new KubewardError("parse", r.message, { file: doc.file, line: r.line });
  return r.value;
}

export function constraintFrom(doc: Document): Constraint {
  const r = readConstraint(doc);
  if (!r.ok) throw new KubewardError("parse", r.message, { file: doc.file, line: r.line });
  return r.value;
}

/** Compiles and instantiates templates, each distinct one once per process. */
export class TemplateEngines {
  private readonly engines = new Map<string, Promise<TemplateEngine>>();

  constructor(private readonly ctx: GatekeeperContext) {}

  engineFor(template: ConstraintTemplate): Promise<TemplateEngine> {
    const key = `${template.file}\0${template.name}`;
    let p = this.engines.get(key);
    if (!p) {
      p = (async () => {
        const compiled = await compileTemplate(template, this.ctx.cacheDir);
        const engine = await loadEngine(compiled.wasm, { builtins: { ...GATEKEEPER_BUILTINS, ...externalDataBuiltin(this.ctx.externalData) }, regoSprintf: true }).catch((e: unknown) => {
          throw toKubewardError(e, "engine", `loading ConstraintTemplate ${template.name}`);
        });
        return { engine, entrypoint: compiled.entrypoint };
      })();
      this.engines.set(key, p);
    }
    return p;
  }
}

/** The --external-data FILE: provider → key → {value} | {error} (docs/gatekeeper.md). */
export function loadExternalDataFile(file: string, cwd: string): ExternalDataAnswers {
  const abs = path.resolve(cwd, file);
  let value: unknown;
  try {
    value = JSON.parse(fs.readFileSync(abs, "utf8"));
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    throw new KubewardError(code ? "io" : "parse", `--external-data ${file}: ${code === "ENOENT" ? "no such file or directory" : (e as Error).message}`, { file });
  }
  const answers = readExternalDataAnswers(value);
  if (typeof answers === "string") throw new KubewardError("parse", `--external-data ${file}: ${answers}`, { file });
  return answers;
}

export interface TemplateSet {
  templates: Map<string, ConstraintTemplate>;
  constraints: Constraint[];
  errors: ReportError[];
}

/**
 * Every ConstraintTemplate and Constraint under `dir` (YAML/JSON files, recursively). A broken file
 * or object is an error naming it; the rest still load. A Constraint whose kind no template defines
 * is an error too (Gatekeeper would reject it).
 */
export function loadTemplateDir(dir: string, cwd: string): TemplateSet {
  const set: TemplateSet = { templates: new Map(), constraints: [], errors: [] };
  const abs = path.resolve(cwd, dir);
  if (!fs.existsSync(abs)) {
    set.errors.push({ file: dir, code: "io", message: `--templates ${dir}: no such file or directory` });
    return set;
  }
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory() && !e.name.startsWith(".") && e.name !== "node_modules") walk(p);
      else if (e.isFile() && /\.(ya?ml|json)$/.test(e.name)) files.push(p);
    }
  };
  if (fs.statSync(abs).isDirectory()) walk(abs);
  else files.push(abs);
  const candidates: Document[] = [];
  for (const file of files) {
    try {
      for (const doc of readObjectsFile(file, cwd)) {
        if (isConstraintTemplate(doc.object)) {
          const t = templateFrom(doc);
          const earlier = set.templates.get(t.kind);
          if (earlier) set.errors.push({ file: doc.file, line: doc.line, code: "parse", message: `ConstraintTemplate ${t.name}: kind ${t.kind} is already defined by ${earlier.file}:${earlier.line}` });
          else set.templates.set(t.kind, t);
        } else if (isConstraint(doc.object)) candidates.push(doc);
      }
    } catch (e) {
      const err = toKubewardError(e, "parse", displayPath(cwd, file));
      set.errors.push({ file: err.file ?? displayPath(cwd, file), ...(err.line !== undefined ? { line: err.line } : {}), code: err.code, message: err.message });
    }
  }
  for (const doc of candidates) {
    try {
      // Whether a template defines its kind is checked once every --templates path is read
      // (mergeTemplateSets): templates/ and constraints/ are often folders of their own.
      set.constraints.push(constraintFrom(doc));
    } catch (e) {
      const err = toKubewardError(e, "parse", doc.file);
      set.errors.push({ file: err.file ?? doc.file, ...(err.line !== undefined ? { line: err.line } : {}), code: err.code, message: err.message });
    }
  }
  if (set.templates.size === 0 && set.constraints.length === 0 && set.errors.length === 0) set.errors.push({ file: dir, code: "parse", message: `--templates ${dir}: no ConstraintTemplate or Constraint found` });
  return set;
}

/** Several --templates folders as one set; a kind defined twice is an error, as within one folder. */
export function mergeTemplateSets(sets: TemplateSet[]): TemplateSet {
  const merged: TemplateSet = { templates: new Map(), constraints: [], errors: [] };
  for (const s of sets) {
    merged.errors.push(...s.errors);
    for (const [kind, t] of s.templates) {
      const earlier = merged.templates.get(kind);
      if (earlier) merged.errors.push({ file: t.file, line: t.line, code: "parse", message: `ConstraintTemplate ${t.name}: kind ${kind} is already defined by ${earlier.file}:${earlier.line}` });
      else merged.templates.set(kind, t);
    }
    merged.constraints.push(...s.constraints);
  }
  const orphans = merged.constraints.filter((c) => !merged.templates.has(c.kind));
  for (const c of orphans) merged.errors.push({ file: c.file, line: c.line, code: "parse", message: `${c.kind}/${c.name}: no ConstraintTemplate given with --templates defines kind ${c.kind}` });
  if (orphans.length > 0) merged.constraints = merged.constraints.filter((c) => merged.templates.has(c.kind));
  return merged;
}

/** One message for a Constraint whose parameters break its template's schema (verify and scan word it alike). */
export function invalidParametersMessage(template: ConstraintTemplate, c: Constraint, problems: string[]): string {
  return `${c.kind} ${c.name}: its parameters do not match the ConstraintTemplate ${template.name}'s schema: ${problems.join("; ")}`;
}

/** A Constraint as scan reports it: rule id `<Kind>/<name>`, severity from its enforcementAction. */
export function constraintRule(template: ConstraintTemplate, c: Constraint): RuleMeta {
  return {
    id: `${c.kind}/${c.name}`,
    title: `Gatekeeper ${c.kind} ${c.name}`,
    description: `Constraint ${c.name} of the ConstraintTemplate ${template.name} (enforcementAction: ${c.enforcementAction})`,
    severity: ENFORCEMENT_SEVERITY[c.enforcementAction] ?? "high",
    category: "gatekeeper",
    kinds: (c.match.kinds ?? []).flatMap((k) => k.kinds ?? []),
    controls: [],
    remediation: "",
    package: template.package,
    file: c.file,
  };
}

/** deny blocks admission (high), warn only warns (medium), dryrun only records (info); scoped and unknown actions count as deny. */
export const ENFORCEMENT_SEVERITY: Readonly<Record<string, Severity>> = { deny: "high", warn: "medium", dryrun: "info" };

export interface TemplateEvaluation {
  violations: { doc: Document; violations: RawViolation[] }[];
  errors: ReportError[];
  rules: RuleMeta[];
}

/**
 * Applies every Constraint of `set` to every Document, as Gatekeeper's audit would: data.inventory
 * holds every scanned object (and the inventory-only ones) in Gatekeeper's layout; a template that
 * does not compile is one error naming its file and line, and its constraints are not applied.
 */
/** `onTemplate`: told before each template is compiled and applied (for a progress display). */
export async function evaluateTemplates(set: TemplateSet, documents: readonly Document[], inventoryDocuments: readonly Document[], engines: TemplateEngines, onTemplate?: (done: number, total: number, name: string) => void): Promise<TemplateEvaluation> {
  const out: TemplateEvaluation = { violations: [], errors: [...set.errors], rules: [] };
  // kubeward's own inventory (a namespaced object without a namespace is in `default`, as kubectl
  // would create it), so templates and the library see the same cluster.
  const inventory = buildInventory([...inventoryDocuments, ...documents]);
  const byDoc = new Map<Document, RawViolation[]>();
  const applied = onTemplate ? [...set.templates.values()].filter((t) => set.constraints.some((c) => c.kind === t.kind)).length : 0;
  let done = 0;
  for (const template of set.templates.values()) {
    const constraints = set.constraints.filter((c) => c.kind === template.kind);
    if (constraints.length === 0) continue;
    onTemplate?.(done++, applied, template.name);
    let engine: TemplateEngine;
    try {
      engine = await engines.engineFor(template);
    } catch (e) {
      const err = toKubewardError(e, "policy-build", `ConstraintTemplate ${template.name}`);
      out.errors.push({ file: err.file ?? template.file, line: err.line ?? template.line, code: err.code, message: err.message });
      continue;
    }
    engine.engine.setData({ inventory });
    for (const c of constraints) {
      // The API server would refuse this Constraint: it is reported and not applied.
      const problems = parameterProblems(template, c);
      if (problems.length > 0) {
        out.errors.push({ file: c.file, line: c.parametersLine ?? c.line, code: "parse", message: invalidParametersMessage(template, c, problems) });
        continue;
      }
      const rule = constraintRule(template, c);
      out.rules.push(rule);
      for (const doc of documents) {
        const review = doc.review ? documentReview(doc) : objectReview(doc.object);
        if (!doc.review && review.namespace === undefined) {
          const ns = effectiveNamespace(doc.object);
          if (ns !== undefined) review.namespace = ns;
        }
        const context = `${rule.id} on ${doc.ref.kind} ${doc.ref.namespace ? `${doc.ref.namespace}/` : ""}${doc.ref.name} (${doc.file}:${doc.line})`;
        try {
          const found = evaluateConstraint(engine, c, review, scanNamespace(inventory, review.namespace), context);
          if (found.length === 0) continue;
          const list = byDoc.get(doc) ?? [];
          for (const v of found) list.push({ rule: rule.id, msg: v.msg, ...(v.details && typeof v.details === "object" ? { details: v.details as RawViolation["details"] } : {}) });
          byDoc.set(doc, list);
        } catch (e) {
          out.errors.push({ file: doc.file, line: doc.line, code: e instanceof KubewardError ? e.code : "engine", message: e instanceof Error ? e.message : String(e) });
        }
      }
    }
  }
  for (const [doc, violations] of byDoc) out.violations.push({ doc, violations });
  return out;
}

/** The review's Namespace among the scanned objects; `default` exists in every cluster (gator test assumes it too). */
function scanNamespace(inventory: Inventory, ns: string | undefined): KubeObject | undefined {
  if (ns === undefined) return undefined;
  return inventoryNamespace(inventory, ns) ?? (ns === "default" ? { apiVersion: "v1", kind: "Namespace", metadata: { name: "default" } } : undefined);
}

/** A Document from an AdmissionReview file: the request as the API server sent it. */
function documentReview(doc: Document): GatekeeperReview {
  const r = doc.review!;
  const review: GatekeeperReview = {
    ...objectReview(doc.object),
    uid: r.uid ?? "",
    operation: r.operation,
    userInfo: r.userInfo,
    oldObject: r.oldObject ?? null,
    options: r.options ?? null,
    ...(r.dryRun ? { dryRun: true } : {}),
  };
  if (r.kind) review.kind = r.kind;
  if (r.name) review.name = r.name;
  if (r.namespace) review.namespace = r.namespace;
  return review;
}
