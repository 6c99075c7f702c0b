// Gatekeeper's input shape (DESIGN.md §2), so one rule runs unchanged in kubeward, OPA and Gatekeeper.
import type { Document } from "../types.ts";
import { effectiveNamespace } from "./inventory.ts";

export interface GroupVersionKind {
  group: string;
  version: string;
  kind: string;
}

export interface ReviewInput {
  review: {
    kind: GroupVersionKind;
    name?: string;
    namespace?: string;
    operation: "CREATE";
    object: unknown;
    oldObject: null;
    userInfo: { username: string; groups: string[] };
    dryRun: false;
    options: null;
  };
  /** Replaced per rule by kubeward.main with `with input.parameters as ...`. */
  parameters: Record<string, unknown>;
}

/** `apps/v1` → group `apps`, version `v1`; the core group `v1` → group "". */
export function splitApiVersion(apiVersion: string, kind: string): GroupVersionKind {
  const slash = apiVersion.lastIndexOf("/");
  return slash === -1 ? { group: "", version: apiVersion, kind } : { group: apiVersion.slice(0, slash), version: apiVersion.slice(slash + 1), kind };
}

/**
 * The AdmissionReview request a `kubectl apply` of this object would produce. Like the real
 * request JSON, `name` and `namespace` are absent when empty (cluster-scoped objects have no
 * namespace); a namespaced object without one is reviewed in `default`.
 */
export function buildReviewInput(doc: Document): ReviewInput {
  const { object } = doc;
  const review: ReviewInput["review"] = {
    kind: splitApiVersion(object.apiVersion, object.kind),
    operation: "CREATE",
    object,
    oldObject: null,
    userInfo: { username: "kubeward", groups: [] },
    dryRun: false,
    options: null,
  };
  const name = object.metadata?.name;
  if (typeof name === "string" && name !== "") review.name = name;
  const ns = effectiveNamespace(object);
  if (ns !== undefined) review.namespace = ns;
  return { review, parameters: {} };
}
