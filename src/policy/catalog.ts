// The rule catalogue comes from the rules' own `# METADATA` (via `opa inspect -a`), validated with
// ajv against schemas/rule-metadata.schema.json. Metadata is never restated in TypeScript.
import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { KubewardError } from "../errors.ts";
import type { RuleMeta } from "../types.ts";
import { packageRoot } from "../util/package-root.ts";
import { runOpa } from "./opa.ts";

interface InspectAnnotation {
  annotations: { scope: string; title?: string; description?: string; custom?: Record<string, unknown> };
  location: { file: string; row: number };
  path: { type: string; value: string }[];
}

const RULE_PREFIX = ["data", "kubeward", "rules"];
// Audit-log detections: same METADATA and folder shape, under policies/detections/.
const DETECTION_PREFIX = ["data", "kubeward", "detections"];

export async function inspectCatalog(policiesDir: string): Promise<RuleMeta[]> {
  const { stdout } = await runOpa(["inspect", "-a", "--format", "json", policiesDir], { code: "policy-inspect" });
  const parsed = JSON.parse(stdout) as { annotations?: InspectAnnotation[]; namespaces?: Record<string, string[]> };
  return catalogFromInspect(parsed, path.dirname(path.resolve(policiesDir)));
}

/** Pure part of inspectCatalog, separated so the shape checks can be tested without opa. */
export function catalogFromInspect(parsed: { annotations?: InspectAnnotation[]; namespaces?: Record<string, string[]> }, baseDir: string): RuleMeta[] {
  const validate = metadataValidator();
  const problems: string[] = [];
  const rules: RuleMeta[] = [];
  const annotated = new Set<string>();
  for (const a of parsed.annotations ?? []) {
    const segments = a.path.map((p) => p.value);
    const detection = DETECTION_PREFIX.every((s, i) => segments[i] === s);
    if (a.annotations.scope !== "package" || !(detection || RULE_PREFIX.every((s, i) => segments[i] === s))) continue;
    const family = detection ? "detections" : "rules";
    const pkg = segments.slice(1).join(".");
    annotated.add(pkg);
    const file = path.relative(baseDir, path.resolve(a.location.file));
    const where = `${file}:${a.location.row}`;
    const candidate = { title: a.annotations.title, description: a.annotations.description, custom: a.annotations.custom };
    if (!validate(candidate)) {
      for (const e of validate.errors ?? []) problems.push(`${where}: METADATA ${e.instancePath || "(root)"} ${e.message}`);
      continue;
    }
    const meta = { title: candidate.title, description: candidate.description, ...(candidate.custom as object), package: pkg, file } as RuleMeta;
    if (detection) meta.family = "detection";
    const folder = path.basename(path.dirname(file));
    const snake = meta.id.replaceAll("-", "_");
    if (segments.length !== 5) problems.push(`${where}: package ${pkg} must be kubeward.${family}.<category>.<id>`);
    if (folder !== meta.id) problems.push(`${where}: custom.id ${meta.id} differs from its folder name ${folder}`);
    if (segments[4] !== snake) problems.push(`${where}: package ${pkg} must end in ${snake} (the id in snake_case)`);
    if (segments[3] !== meta.category.replaceAll("-", "_")) problems.push(`${where}: package ${pkg} is not in category ${meta.category}`);
    if (path.basename(path.dirname(path.dirname(file))) !== meta.category) problems.push(`${where}: rule folder is not under ${family}/${meta.category}/`);
    rules.push(meta);
  }
  // A rule package without package-scoped METADATA would silently never run: make it an error.
  for (const [ns, files] of Object.entries(parsed.namespaces ?? {})) {
    const pkg = ns.replace(/^data\./, "");
    if (!(pkg.startsWith("kubeward.rules.") || pkg.startsWith("kubeward.detections.")) || pkg.endsWith("_test") || annotated.has(pkg)) continue;
    if (files.every((f) => f.endsWith("_test.rego"))) continue;
    problems.push(`${files[0]}: package ${pkg} has no package-scoped # METADATA (title, description, custom.id …)`);
  }
  const seen = new Map<string, string>();
  for (const r of rules) {
    const other = seen.get(r.id);
    if (other) problems.push(`${r.file}: rule id ${r.id} is already used by ${other}`);
    seen.set(r.id, r.file);
  }
  if (problems.length > 0) throw new KubewardError("policy-inspect", `invalid rule metadata:\n  ${problems.join("\n  ")}`);
  return rules.sort((a, b) => a.id.localeCompare(b.id));
}

function metadataValidator() {
  const schemaFile = path.join(packageRoot(), "schemas", "rule-metadata.schema.json");
  const schema = JSON.parse(fs.readFileSync(schemaFile, "utf8")) as Record<string, unknown>;
  // The schemas are draft 2020-12 or draft-07; strip $schema so one Ajv instance takes either.
  delete schema.$schema;
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  return ajv.compile(schema);
}
