// A rule's `custom.parameters` (JSON Schema) as the structural OpenAPI v3 schema a v1
// ConstraintTemplate must carry: Gatekeeper generates the Constraint CRD from it, and the API
// server rejects a CRD whose schema is not structural (every level typed, no `additionalProperties`
// beside `properties`, only the keywords apiextensions.k8s.io/v1 knows).
//
// What cannot be expressed is dropped and reported, never silently: the rule still receives the
// bundle's full parameters from its Constraint, and kubeward validates them against the original
// JSON Schema when it resolves the bundle.

/** Keywords apiextensions.k8s.io/v1 JSONSchemaProps accepts that we pass through as they are. */
const KEPT = new Set([
  "type",
  "description",
  "title",
  "default",
  "enum",
  "pattern",
  "format",
  "minimum",
  "maximum",
  "exclusiveMinimum",
  "exclusiveMaximum",
  "multipleOf",
  "minLength",
  "maxLength",
  "minItems",
  "maxItems",
  "uniqueItems",
  "minProperties",
  "maxProperties",
  "required",
  "nullable",
]);

export interface StructuralSchema {
  schema: Record<string, unknown>;
  /** What was changed, as `path: what` lines, for the output's README. */
  changes: string[];
}

export function structuralSchema(jsonSchema: Record<string, unknown> | undefined): StructuralSchema {
  const changes: string[] = [];
  if (jsonSchema === undefined) return { schema: { type: "object" }, changes };
  const schema = convert(jsonSchema, "parameters", changes);
  return { schema, changes };
}

function convert(s: Record<string, unknown>, at: string, changes: string[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(s)) {
    if (KEPT.has(k)) out[k] = v;
    else if (k !== "properties" && k !== "items" && k !== "additionalProperties") changes.push(`${at}: dropped \`${k}\` (not a structural schema keyword)`);
  }
  const props = s.properties;
  if (props !== null && typeof props === "object") {
    out.properties = Object.fromEntries(Object.entries(props as Record<string, Record<string, unknown>>).map(([name, p]) => [name, convert(p, `${at}.${name}`, changes)]));
  }
  const items = s.items;
  if (items !== null && typeof items === "object" && !Array.isArray(items)) out.items = convert(items as Record<string, unknown>, `${at}[]`, changes);
  const additional = s.additionalProperties;
  if (additional !== undefined) {
    if (additional === false) changes.push(`${at}: dropped \`additionalProperties: false\` (structural schemas prune unknown fields instead)`);
    else if (out.properties !== undefined) changes.push(`${at}: dropped \`additionalProperties\` beside \`properties\` (not allowed together)`);
    else if (additional === true) out["x-kubernetes-preserve-unknown-fields"] = true;
    else if (typeof additional === "object" && additional !== null) out.additionalProperties = convert(additional as Record<string, unknown>, `${at}{}`, changes);
  }
  if (out.type === undefined) {
    if (out.properties !== undefined || out.additionalProperties !== undefined) out.type = "object";
    else if (out.items !== undefined) out.type = "array";
    else {
      // An untyped value (any JSON): structural schemas say so explicitly.
      out["x-kubernetes-preserve-unknown-fields"] = true;
      changes.push(`${at}: untyped, kept as x-kubernetes-preserve-unknown-fields`);
    }
  }
  if (Array.isArray(out.type)) {
    changes.push(`${at}: type ${JSON.stringify(out.type)} is not structural, kept as x-kubernetes-preserve-unknown-fields`);
    delete out.type;
    out["x-kubernetes-preserve-unknown-fields"] = true;
  }
  if (out.type === "array" && out.items === undefined) out.items = { "x-kubernetes-preserve-unknown-fields": true };
  if (out.type === "object" && out.properties === undefined && out.additionalProperties === undefined) out["x-kubernetes-preserve-unknown-fields"] = true;
  return out;
}
