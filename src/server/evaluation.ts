// What the webhook needs from evaluating one request body, as plain data (it crosses from the
// evaluation thread to the HTTP thread), and the Evaluator interface the server talks to
// (worker-evaluator.ts runs it in a worker thread, so TLS/HTTP on one core and the policy on the
// other run at once).
import { reviewAdmission, type AdmissionOptions } from "./admission.ts";
import type { RequestResult } from "./metrics.ts";
import type { PolicyState } from "./policy-state.ts";
import type { KubeObject } from "../types.ts";

export type EvaluationOutcome =
  /** `body` is the AdmissionReview answer, already serialised. */
  | { kind: "answer"; body: string; allowed: boolean; result: RequestResult; findings: { rule: string; severity: string }[]; log: Record<string, unknown> }
  /** 400: JSON, but not an AdmissionReview kubeward can answer. */
  | { kind: "malformed"; message: string }
  /** 400: not JSON at all. */
  | { kind: "not-json"; message: string };

export interface Evaluator {
  /** The bundle in service and its revision (for /metrics). */
  readonly bundle: string;
  readonly revision: string;
  review(text: string): Promise<EvaluationOutcome>;
  /** Loads the policy again and swaps it in; rejects (the old one stays in service) if that fails. */
  reload(): Promise<void>;
  /**
   * Replaces data.inventory (serve --inventory-from-cluster). Kept, and given to every policy loaded
   * later (reloads, a restarted evaluation thread), so a swap is never lost.
   */
  setInventory(objects: readonly KubeObject[]): Promise<void>;
  close(): Promise<void>;
}

/** Parses the body and answers it: the whole per-request policy work, wherever it runs. */
export function evaluateBody(text: string, policy: PolicyState, opts: AdmissionOptions): EvaluationOutcome {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (e) {
    return { kind: "not-json", message: (e as Error).message };
  }
  const outcome = reviewAdmission(parsed, policy, opts);
  if (outcome.kind === "malformed") return outcome;
  return {
    kind: "answer",
    body: JSON.stringify(outcome.body),
    allowed: outcome.body.response.allowed,
    result: outcome.result,
    findings: outcome.findings.map((f) => ({ rule: f.rule, severity: f.severity })),
    log: outcome.log,
  };
}

/**
 * The answer when the evaluation itself could not happen (e.g. the evaluation thread died): the
 * same one reviewAdmission gives for an engine error, per --failure-policy.
 */
export function failedEvaluation(text: string, reason: string, opts: AdmissionOptions): EvaluationOutcome {
  const failing: PolicyState = {
    engine: {
      entrypoints: [],
      setData: () => undefined,
      evaluate: () => {
        throw new Error(reason);
      },
    },
    bundle: "",
    revision: "",
    rules: new Map(),
  };
  return evaluateBody(text, failing, opts);
}

/**
 * Evaluates in the calling thread; a reload swaps the PolicyState reference. What `serve` does with
 * KUBEWARD_SERVE_THREADS=1 (one thread for everything, e.g. where only one core is available).
 */
export async function inlineEvaluator(load: () => Promise<PolicyState>, opts: AdmissionOptions): Promise<Evaluator> {
  let policy = await load();
  let inventory: readonly KubeObject[] | undefined;
  return {
    get bundle() {
      return policy.bundle;
    },
    get revision() {
      return policy.revision;
    },
    review: (text) => Promise.resolve(evaluateBody(text, policy, opts)),
    async reload() {
      const next = await load();
      if (inventory) next.setInventory?.(inventory);
      policy = next;
    },
    setInventory(objects) {
      inventory = objects;
      policy.setInventory?.(objects);
      return Promise.resolve();
    },
    close: () => Promise.resolve(),
  };
}
