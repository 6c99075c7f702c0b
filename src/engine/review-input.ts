// Gatekeeper's input shape (DESIGN.md §2), so one rule runs unchanged in kubeward, OPA and Gatekeeper.
import type { Document, DocumentReview } from "../types.ts";
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
    operation: "CREATE" | "UPDATE" | "DELETE" | "CONNECT";
    object: unknown;
    oldObject: unknown;
    userInfo: { username: string; groups: string[]; [k: string]: unknown };
    dryRun: boolean;
    options: unknown;
    uid?: string;
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
  if (doc.review !== undefined) return { review: explicitReview(doc, doc.review), parameters: {} };
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

/**
 * A Document that arrived in an AdmissionReview (a file, or `kubeward serve`) is reviewed as the API
 * server sent it: its operation, user, old object and dry-run flag; kind, name and namespace from
 * the request where given, else from the object.
 */
function explicitReview(doc: Document, r: DocumentReview): ReviewInput["review"] {
  const { object } = doc;
  const review: ReviewInput["review"] = {
    kind: r.kind ?? splitApiVersion(object.apiVersion, object.kind),
    operation: r.operation,
    object,
    oldObject: r.oldObject ?? null,
    userInfo: r.userInfo,
    dryRun: r.dryRun,
    options: r.options ?? null,
  };
  if (r.uid !== undefined) review.uid = r.uid;
  const name = r.name ?? object.metadata?.name;
  if (typeof name === "string" && name !== "") review.name = name;
  const ns = r.namespace ?? (typeof object.metadata?.namespace === "string" && object.metadata.namespace !== "" ? object.metadata.namespace : undefined);
  if (ns !== undefined) review.namespace = ns;
  return review;
}
