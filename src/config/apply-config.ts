// Applies kubeward.yaml's rule settings to a resolved bundle: enable/disable, parameters per rule,
// severity overrides. Unknown rule ids are errors at their line in the config, never ignored: a
// typo in `disable` would otherwise silently keep a rule the team meant to turn off.
import { Ajv2020 } from "ajv/dist/2020.js";
import { KubewardError } from "../errors.ts";
import type { RuleMeta } from "../types.ts";
import type { ResolvedBundle } from "./bundle.ts";
import { describeKeyPath, type KubewardConfig } from "./config.ts";

export function applyConfigToBundle(bundle: ResolvedBundle, catalog: readonly RuleMeta[], config: KubewardConfig, shown: string): ResolvedBundle {
  const byId = new Map(catalog.map((r) => [r.id, r]));
  const problems: { line: number | undefined; text: string }[] = [];
  const checkId = (id: string, keyPath: (string | number)[]) => {
    if (byId.has(id)) return true;
    problems.push({ line: config.lineOf(keyPath), text: `${describeKeyPath(keyPath)}: unknown rule id "${id}" (allowed: an id from docs/rule-reference.md)` });
    return false;
  };
  const rules = new Map(bundle.rules.map((r) => [r.id, { id: r.id, parameters: structuredClone(r.parameters) }]));
  (config.rules?.enable ?? []).forEach((id, i) => {
    if (checkId(id, ["rules", "enable", i]) && !rules.has(id)) rules.set(id, { id, parameters: {} });
  });
  (config.rules?.disable ?? []).forEach((id, i) => {
    if (checkId(id, ["rules", "disable", i])) rules.delete(id);
  });
  for (const id of Object.keys(config.severity ?? {})) checkId(id, ["severity", id]);
  for (const [id, params] of Object.entries(config.parameters ?? {})) {
    if (!checkId(id, ["parameters", id])) continue;
    const rule = rules.get(id);
    if (rule) rule.parameters = { ...rule.parameters, ...params };
  }
  // Validate (and default) every rule's parameters against its METADATA schema, as bundles do.
  for (const rule of rules.values()) {
    const schema = byId.get(rule.id)?.parameters;
    if (!schema) continue;
    const copy = { ...schema };
    delete copy.$schema;
    const validate = new Ajv2020({ allErrors: true, strict: false, useDefaults: true }).compile(copy);
    if (!validate(rule.parameters)) {
      for (const e of validate.errors ?? []) {
        problems.push({ line: config.lineOf(["parameters", rule.id, ...e.instancePath.split("/").filter(Boolean)]), text: `parameters.${rule.id}${e.instancePath.replace(/\//g, ".")}: ${e.message}` });
      }
    }
  }
  if (problems.length > 0) {
    const listed = problems.map((p) => `  ${shown}:${p.line ?? "?"}: ${p.text}`).join("\n");
    throw new KubewardError("config", `invalid configuration:\n${listed}`, { file: shown, line: problems[0]!.line });
  }
  return { ...bundle, rules: [...rules.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)) };
}

/** The catalogue with kubeward.yaml's severity overrides applied (findings and SARIF's rule table both read it). */
export function withSeverityOverrides(catalog: readonly RuleMeta[], config: KubewardConfig | undefined): RuleMeta[] {
  const overrides = config?.severity ?? {};
  return catalog.map((r) => (overrides[r.id] ? { ...r, severity: overrides[r.id]! } : r));
}
