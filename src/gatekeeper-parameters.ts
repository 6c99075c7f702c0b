// A Constraint's spec.parameters against its ConstraintTemplate's openAPIV3Schema: Gatekeeper makes
// the schema the Constraint CRD's, so the API server (and gator, which builds the same CRD) refuses
// a Constraint whose parameters break it — a wrong type, a missing required field, a value outside
// an enum or pattern. OpenAPI v3 schemas are read as JSON Schema; `nullable` is OpenAPI's and ajv
// knows it; `x-kubernetes-*` extensions and `format` are not checked. Parameters the schema does
// not declare are not rejected here.
import { Ajv, type ValidateFunction } from "ajv";
import type { Constraint, ConstraintTemplate } from "./parse/gatekeeper-objects.ts";

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction | string>();

/** The compiled schema, or why it cannot be compiled (a template with a broken schema is refused too). */
function validatorFor(schema: Record<string, unknown>): ValidateFunction | string {
  const key = JSON.stringify(schema);
  let v = validators.get(key);
  if (v === undefined) {
    ajv ??= new Ajv({ allErrors: true, strict: false, validateFormats: false });
    try {
      v = ajv.compile(schema);
    } catch (e) {
      v = (e as Error).message;
    }
    validators.set(key, v);
  }
  return v;
}

/**
 * Pure apart from the cache: why the constraint's parameters break the template's schema (empty
 * when they do not, when the constraint gives no parameters, or the template no schema).
 */
export function parameterProblems(template: ConstraintTemplate, constraint: Constraint): string[] {
  if (!template.parametersSchema || constraint.parametersLine === undefined) return [];
  const validate = validatorFor(template.parametersSchema);
  if (typeof validate === "string") return [`the ConstraintTemplate ${template.name}'s openAPIV3Schema is not a valid schema: ${validate}`];
  if (validate(constraint.parameters)) return [];
  return (validate.errors ?? []).map((e) => `spec.parameters${e.instancePath.replaceAll("/", ".")} ${e.message ?? "is invalid"}${e.params && "allowedValues" in e.params ? ` (${(e.params.allowedValues as unknown[]).map((x) => JSON.stringify(x)).join(", ")})` : ""}`);
}
