// Reads Gatekeeper's own objects: ConstraintTemplates (templates.gatekeeper.sh v1/v1beta1) and
// Constraints (constraints.gatekeeper.sh), as gator reads them, into what the engine needs. Shape
// problems are errors naming the file and the line of the offending field.
import type { Document, KubeObject } from "../types.ts";

export const TEMPLATE_API_GROUP = "templates.gatekeeper.sh";
export const CONSTRAINT_API_GROUP = "constraints.gatekeeper.sh";

/** One Rego source of a template: the template's own module or one of its `libs`. */
export interface RegoModule {
  /** The name opa reports errors under (template.rego, lib-0.rego, ...). */
  name: string;
  text: string;
  /** 1-based line in the template file where the module's text starts (for error positions). */
  line: number;
}

export interface ConstraintTemplate {
  /** metadata.name, e.g. k8srequiredlabels. */
  name: string;
  /** spec.crd.spec.names.kind: the kind of its Constraints, e.g. K8sRequiredLabels. */
  kind: string;
  /** The template module's package, e.g. k8srequiredlabels: the entrypoint is <package>/violation. */
  package: string;
  modules: RegoModule[];
  /** v0 for `targets[0].rego` and for `code[].source` without `version: v1`, as in Gatekeeper. */
  regoVersion: "v0" | "v1";
  /** spec.crd.spec.validation.openAPIV3Schema: what a Constraint's spec.parameters must be. */
  parametersSchema?: Record<string, unknown>;
  file: string;
  line: number;
}

export interface LabelSelector {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

/** A Constraint's spec.match (Gatekeeper's match criteria; every part optional). */
export interface ConstraintMatch {
  kinds?: { apiGroups?: string[]; kinds?: string[] }[];
  scope?: string;
  namespaces?: string[];
  excludedNamespaces?: string[];
  labelSelector?: LabelSelector;
  namespaceSelector?: LabelSelector;
  name?: string;
}

export interface Constraint {
  kind: string;
  name: string;
  parameters: Record<string, unknown>;
  match: ConstraintMatch;
  /** deny (the default), dryrun, warn or scoped. */
  enforcementAction: string;
  /** Where spec.parameters is, when the constraint gives it (only then is it checked against the template's schema). */
  parametersLine?: number;
  file: string;
  line: number;
}

export type Read<T> = { ok: true; value: T } | { ok: false; message: string; line: number };

export function isConstraintTemplate(object: KubeObject): boolean {
  return object.kind === "ConstraintTemplate" && groupOf(object.apiVersion) === TEMPLATE_API_GROUP;
}

export function isConstraint(object: KubeObject): boolean {
  return groupOf(object.apiVersion) === CONSTRAINT_API_GROUP;
}

export function readTemplate(doc: Document): Read<ConstraintTemplate> {
  const o = doc.object as { metadata?: { name?: unknown }; spec?: Record<string, unknown> };
  const fail = (message: string, at: string): Read<ConstraintTemplate> => ({ ok: false, message: `ConstraintTemplate: ${message}`, line: doc.locate(at) ?? doc.line });
  const name = o.metadata?.name;
  if (typeof name !== "string" || name === "") return fail("metadata.name is missing", "metadata");
  const spec = (o.spec ?? {}) as { crd?: { spec?: { names?: { kind?: unknown }; validation?: { openAPIV3Schema?: unknown } } }; targets?: unknown };
  const kind = spec.crd?.spec?.names?.kind;
  if (typeof kind !== "string" || kind === "") return fail(`${name}: spec.crd.spec.names.kind is missing`, "spec.crd.spec.names");
  if (!Array.isArray(spec.targets) || spec.targets.length !== 1) return fail(`${name}: spec.targets must hold exactly one target (got ${Array.isArray(spec.targets) ? spec.targets.length : 0})`, "spec.targets");
  const target = spec.targets[0] as { target?: unknown; rego?: unknown; libs?: unknown; code?: unknown };
  if (target.target !== "admission.k8s.gatekeeper.sh") return fail(`${name}: target must be admission.k8s.gatekeeper.sh (got ${JSON.stringify(target.target)})`, "spec.targets[0].target");

  // `code: - engine: Rego` (Gatekeeper ≥ 3.16) wins over the legacy `rego` field when both are given.
  const code = Array.isArray(target.code) ? (target.code as { engine?: unknown; source?: Record<string, unknown> }[]) : [];
  const regoIndex = code.findIndex((c) => c.engine === "Rego");
  let base: string;
  let source: { rego?: unknown; libs?: unknown; version?: unknown };
  if (regoIndex >= 0) {
    base = `spec.targets[0].code[${regoIndex}].source`;
    source = code[regoIndex]!.source ?? {};
  } else {
    base = "spec.targets[0]";
    source = target;
  }
  if (typeof source.rego !== "string" || source.rego.trim() === "") {
    return fail(code.length > 0 && regoIndex < 0 ? `${name}: no Rego engine in code (only ${code.map((c) => String(c.engine)).join(", ")}); kubeward runs Rego templates only` : `${name}: ${base}.rego is missing`, base);
  }
  const version = source.version === undefined || source.version === "v0" ? "v0" : source.version === "v1" ? "v1" : undefined;
  if (version === undefined) return fail(`${name}: ${base}.version must be v0 or v1 (got ${JSON.stringify(source.version)})`, `${base}.version`);
  const libs = source.libs === undefined ? [] : source.libs;
  if (!Array.isArray(libs) || libs.some((l) => typeof l !== "string")) return fail(`${name}: ${base}.libs must be a list of Rego sources`, `${base}.libs`);
  const pkg = /^\s*package\s+([A-Za-z_][\w.]*)/m.exec(source.rego);
  if (!pkg) return fail(`${name}: the Rego has no package declaration`, `${base}.rego`);
  // A block scalar's text starts on the line after its key.
  const textLine = (at: string): number => (doc.locate(at) ?? doc.line) + 1;
  // Lines are looked up only when asked for (a compile error): locating parses the document again.
  const modules: RegoModule[] = [{ name: "template.rego", text: source.rego, get line() { return textLine(`${base}.rego`); } }];
  (libs as string[]).forEach((text, i) => modules.push({ name: `lib-${i}.rego`, text, get line() { return doc.locate(`${base}.libs[${i}]`) ?? doc.line; } }));
  const schema = spec.crd?.spec?.validation?.openAPIV3Schema;
  if (schema !== undefined && (schema === null || typeof schema !== "object" || Array.isArray(schema))) return fail(`${name}: spec.crd.spec.validation.openAPIV3Schema must be an object`, "spec.crd.spec.validation.openAPIV3Schema");
  const parametersSchema = schema as Record<string, unknown> | undefined;
  return { ok: true, value: { name, kind, package: pkg[1]!, modules, regoVersion: version, ...(parametersSchema ? { parametersSchema } : {}), file: doc.file, line: doc.line } };
}

export function readConstraint(doc: Document): Read<Constraint> {
  const o = doc.object as { kind: string; metadata?: { name?: unknown }; spec?: { parameters?: unknown; match?: unknown; enforcementAction?: unknown } };
  const fail = (message: string, at: string): Read<Constraint> => ({ ok: false, message: `${o.kind}: ${message}`, line: doc.locate(at) ?? doc.line });
  const name = o.metadata?.name;
  if (typeof name !== "string" || name === "") return fail("metadata.name is missing", "metadata");
  const spec = o.spec ?? {};
  const parameters = spec.parameters ?? {};
  if (typeof parameters !== "object" || parameters === null || Array.isArray(parameters)) return fail(`${name}: spec.parameters must be a mapping`, "spec.parameters");
  const match = spec.match ?? {};
  if (typeof match !== "object" || match === null || Array.isArray(match)) return fail(`${name}: spec.match must be a mapping`, "spec.match");
  const problem = matchProblem(match as Record<string, unknown>);
  if (problem) return fail(`${name}: spec.match.${problem.field} ${problem.message}`, `spec.match.${problem.field}`);
  const action = spec.enforcementAction ?? "deny";
  if (typeof action !== "string") return fail(`${name}: spec.enforcementAction must be a string`, "spec.enforcementAction");
  const given = spec.parameters !== undefined ? { parametersLine: doc.locate("spec.parameters") ?? doc.line } : {};
  return { ok: true, value: { kind: o.kind, name, parameters: parameters as Record<string, unknown>, match: match as ConstraintMatch, enforcementAction: action, ...given, file: doc.file, line: doc.line } };
}

function matchProblem(m: Record<string, unknown>): { field: string; message: string } | undefined {
  const strings = (v: unknown) => Array.isArray(v) && v.every((s) => typeof s === "string");
  for (const f of ["namespaces", "excludedNamespaces"]) if (m[f] !== undefined && !strings(m[f])) return { field: f, message: "must be a list of strings" };
  if (m.kinds !== undefined) {
    if (!Array.isArray(m.kinds)) return { field: "kinds", message: "must be a list" };
    for (const k of m.kinds as Record<string, unknown>[]) {
      if ((k.apiGroups !== undefined && !strings(k.apiGroups)) || (k.kinds !== undefined && !strings(k.kinds))) return { field: "kinds", message: "entries need apiGroups and kinds as lists of strings" };
    }
  }
  for (const f of ["labelSelector", "namespaceSelector"]) {
    const s = m[f] as LabelSelector | undefined;
    if (s === undefined || s === null) continue;
    for (const e of s.matchExpressions ?? []) {
      if (!["In", "NotIn", "Exists", "DoesNotExist"].includes(e.operator)) return { field: f, message: `operator ${JSON.stringify(e.operator)} is not In, NotIn, Exists or DoesNotExist` };
      if ((e.operator === "In" || e.operator === "NotIn") && !(Array.isArray(e.values) && e.values.length > 0)) return { field: f, message: `${e.operator} needs values` };
      if ((e.operator === "Exists" || e.operator === "DoesNotExist") && (e.values ?? []).length > 0) return { field: f, message: `${e.operator} takes no values` };
    }
  }
  return undefined;
}

function groupOf(apiVersion: string): string {
  const slash = apiVersion.lastIndexOf("/");
  return slash === -1 ? "" : apiVersion.slice(0, slash);
}
