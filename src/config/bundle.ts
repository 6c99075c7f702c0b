// A bundle is data: which rules run and with what parameters (bundles/<name>.yaml, or a user's file).
// Validated with ajv against schemas/bundle.schema.json; every rule's parameters are validated
// against that rule's METADATA parameters schema, with the schema's defaults filled in.
import fs from "node:fs";
import path from "node:path";
import { Ajv2020, type ValidateFunction } from "ajv/dist/2020.js";
import { load as loadYaml } from "js-yaml";
import { KubewardError } from "../errors.ts";
import type { RuleMeta, Severity } from "../types.ts";
import { packageRoot } from "../util/package-root.ts";

export interface BundleSpec {
  name: string;
  description?: string;
  select: { categories?: string[]; ids?: string[]; controls?: string[]; severities?: Severity[] };
  exclude?: { ids?: string[]; categories?: string[] };
  parameters?: Record<string, Record<string, unknown>>;
}

export interface ResolvedBundle {
  name: string;
  description: string;
  rules: { id: string; parameters: Record<string, unknown> }[];
}

export function bundlesDir(): string {
  return path.join(packageRoot(), "bundles");
}

export function listBundleNames(): string[] {
  return fs.readdirSync(bundlesDir()).filter((f) => f.endsWith(".yaml")).map((f) => f.replace(/\.yaml$/, "")).sort();
}

/** `NAME` is a file in bundles/; anything with a slash or a .yaml/.yml/.json suffix is a user's file. */
export function bundleFile(nameOrFile: string): string {
  if (/[\\/]/.test(nameOrFile) || /\.(ya?ml|json)$/.test(nameOrFile)) return path.resolve(nameOrFile);
  return path.join(bundlesDir(), `${nameOrFile}.yaml`);
}

export function loadBundleSpec(nameOrFile: string): BundleSpec {
  const file = bundleFile(nameOrFile);
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch {
    const known = listBundleNames().join(", ");
    throw new KubewardError("bundle", `bundle ${nameOrFile} not found (${file}); known bundles: ${known}`, { file });
  }
  let spec: unknown;
  try {
    spec = loadYaml(text);
  } catch (e) {
    const mark = (e as { mark?: { line?: number } }).mark;
    throw new KubewardError("bundle", `invalid YAML: ${(e as Error).message.split("\n")[0]}`, { file, line: (mark?.line ?? 0) + 1 });
  }
  const validate = schemaValidator("bundle.schema.json");
  if (!validate(spec)) {
    const problems = (validate.errors ?? []).map((e) => `${e.instancePath || "(root)"} ${e.message}`).join("; ");
    throw new KubewardError("bundle", `invalid bundle: ${problems}`, { file });
  }
  return spec as BundleSpec;
}

export function resolveBundle(spec: BundleSpec, catalog: RuleMeta[]): ResolvedBundle {
  const known = new Set(catalog.map((r) => r.id));
  const problems: string[] = [];
  for (const id of [...(spec.select.ids ?? []), ...(spec.exclude?.ids ?? []), ...Object.keys(spec.parameters ?? {})]) {
    if (!known.has(id)) problems.push(`unknown rule id ${id}`);
  }
  const s = spec.select;
  const selected = catalog.filter((r) => {
    if (spec.exclude?.ids?.includes(r.id) || spec.exclude?.categories?.includes(r.category)) return false;
    return (
      (s.categories ?? []).includes(r.category) ||
      (s.ids ?? []).includes(r.id) ||
      (s.severities ?? []).includes(r.severity) ||
      (s.controls ?? []).some((prefix) => r.controls.some((c) => c === prefix || c.startsWith(prefix.endsWith(":") ? prefix : `${prefix}:`)))
    );
  });
  const rules = selected.map((r) => {
    const checked = validateRuleParameters(r, spec.parameters?.[r.id] ?? {});
    problems.push(...checked.problems);
    return { id: r.id, parameters: checked.parameters };
  });
  if (problems.length > 0) throw new KubewardError("bundle", `bundle ${spec.name}: ${problems.join("; ")}`);
  return { name: spec.name, description: spec.description ?? "", rules };
}

/**
 * One rule's parameters against its METADATA parameters schema, with the schema's defaults filled
 * in (on a copy). The single check bundles, config files and the UI's parameter editor all use.
 */
export function validateRuleParameters(rule: RuleMeta, given: Record<string, unknown>): { parameters: Record<string, unknown>; problems: string[] } {
  const parameters = structuredClone(given);
  const problems: string[] = [];
  if (rule.parameters) {
    const validate = parameterValidator(rule.parameters);
    if (!validate(parameters)) {
      for (const e of validate.errors ?? []) problems.push(`parameters of ${rule.id}${e.instancePath}: ${e.message}`);
    }
  }
  return { parameters, problems };
}

// One Ajv for every rule's parameters schema, and each schema compiled once per process: a new
// Ajv per rule cost milliseconds each, seconds for the `all` bundle — paid again by every watch
// re-run in `kubeward ui` and every bundle resolve.
let parameterAjv: Ajv2020 | undefined;
const parameterValidators = new Map<string, ValidateFunction>();

function parameterValidator(schema: Record<string, unknown>): ValidateFunction {
  const key = JSON.stringify(schema);
  let validate = parameterValidators.get(key);
  if (!validate) {
    parameterAjv ??= new Ajv2020({ allErrors: true, strict: false, useDefaults: true });
    validate = parameterAjv.compile(withoutMetaSchema(schema));
    parameterValidators.set(key, validate);
  }
  return validate;
}

function withoutMetaSchema(schema: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...schema };
  delete copy.$schema;
  return copy;
}

function schemaValidator(name: string) {
  const schema = JSON.parse(fs.readFileSync(path.join(packageRoot(), "schemas", name), "utf8")) as Record<string, unknown>;
  return new Ajv2020({ allErrors: true, strict: false }).compile(withoutMetaSchema(schema));
}
