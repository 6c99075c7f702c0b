// Runs one compiled ConstraintTemplate for one Constraint on one review, as Gatekeeper does: the
// Constraint's match decides first (an unmatched object has no violations), then the template's
// `violation` set is evaluated with input {review, parameters}; every result needs a string msg.
import { KubewardError } from "../errors.ts";
import type { Constraint } from "../parse/gatekeeper-objects.ts";
import type { KubeObject } from "../types.ts";
import { matchReview } from "./gatekeeper-match.ts";
import type { GatekeeperReview } from "./gatekeeper-input.ts";
import type { Engine } from "./wasm-engine.ts";

export interface GatekeeperViolation {
  msg: string;
  details?: unknown;
}

export interface TemplateEngine {
  engine: Engine;
  entrypoint: string;
}

/**
 * The violations of `constraint` for `review`. `namespace` is the review's Namespace object when the
 * inventory has it (namespaceSelector needs it). Throws a KubewardError when matching or evaluation fails.
 */
export function evaluateConstraint(t: TemplateEngine, constraint: Constraint, review: GatekeeperReview, namespace: KubeObject | undefined, context: string): GatekeeperViolation[] {
  const m = matchReview(constraint.match, [review.object, review.oldObject], namespace);
  if (m.error !== undefined) throw new KubewardError("engine", `${context}: matching ${constraint.kind}/${constraint.name}: ${m.error}`);
  if (!m.matched) return [];
  const value = t.engine.evaluate({ review, parameters: constraint.parameters }, t.entrypoint, context);
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new KubewardError("engine", `${context}: violation is ${typeof value}, not a set`);
  return value.map((v) => {
    const o = v as { msg?: unknown; details?: unknown } | null;
    if (!o || typeof o !== "object" || typeof o.msg !== "string") throw new KubewardError("engine", `${context}: a violation has no string msg: ${JSON.stringify(v)}`);
    return o.details === undefined ? { msg: o.msg } : { msg: o.msg, details: o.details };
  });
}
