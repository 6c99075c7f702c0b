// An `admission.k8s.io/v1` AdmissionReview read from a file is not itself scanned: its
// `request.object` is, reviewed with the request's operation, user, namespace and old object — the
// same input the webhook (`kubeward serve`) builds, so a captured review replays offline.
import type { Document, DocumentReview, KubeObject, ReportError } from "../types.ts";
import { isKubeObject, toRef } from "./kube-object.ts";

export const ADMISSION_API_VERSIONS = ["admission.k8s.io/v1", "admission.k8s.io/v1beta1"];
const OPERATIONS = ["CREATE", "UPDATE", "DELETE", "CONNECT"] as const;

export function isAdmissionReview(object: KubeObject): boolean {
  return object.kind === "AdmissionReview" && ADMISSION_API_VERSIONS.includes(object.apiVersion);
}

export type ReviewRequestCheck = { ok: true; review: DocumentReview; object: KubeObject | undefined } | { ok: false; message: string };

/**
 * Validates `review.request` and returns what `input.review` needs. `object` is the object to
 * evaluate: request.object for CREATE/UPDATE/CONNECT; undefined for DELETE, which kubeward allows
 * without evaluating (removing an object never makes a cluster less safe; see docs/admission.md).
 */
export function readReviewRequest(reviewObject: unknown): ReviewRequestCheck {
  const review = reviewObject as { apiVersion?: unknown; kind?: unknown; request?: Record<string, unknown> } | null;
  if (!review || typeof review !== "object" || Array.isArray(review)) return { ok: false, message: "the body is not a JSON object" };
  if (review.kind !== "AdmissionReview") return { ok: false, message: `kind must be AdmissionReview (got ${JSON.stringify(review.kind)})` };
  if (typeof review.apiVersion !== "string" || !ADMISSION_API_VERSIONS.includes(review.apiVersion)) return { ok: false, message: `apiVersion must be admission.k8s.io/v1 (got ${JSON.stringify(review.apiVersion)})` };
  const req = review.request;
  if (!req || typeof req !== "object" || Array.isArray(req)) return { ok: false, message: "request is missing" };
  if (typeof req.uid !== "string" || req.uid === "") return { ok: false, message: "request.uid is missing" };
  const operation = req.operation;
  if (typeof operation !== "string" || !(OPERATIONS as readonly string[]).includes(operation)) return { ok: false, message: `request.operation must be one of ${OPERATIONS.join(", ")} (got ${JSON.stringify(operation)})` };
  const object = req.object ?? null;
  if (operation !== "DELETE" && !isKubeObject(object)) return { ok: false, message: `request.object must be a Kubernetes object with apiVersion and kind for ${operation}` };
  const user = (req.userInfo ?? {}) as { username?: unknown; groups?: unknown };
  const out: DocumentReview = {
    operation: operation as DocumentReview["operation"],
    uid: req.uid,
    oldObject: req.oldObject ?? null,
    userInfo: { ...(req.userInfo as object), username: typeof user.username === "string" ? user.username : "", groups: Array.isArray(user.groups) ? (user.groups as string[]) : [] },
    dryRun: req.dryRun === true,
    options: req.options ?? null,
  };
  if (typeof req.name === "string" && req.name !== "") out.name = req.name;
  if (typeof req.namespace === "string" && req.namespace !== "") out.namespace = req.namespace;
  const kind = req.kind as { group?: unknown; version?: unknown; kind?: unknown } | undefined;
  if (kind && typeof kind.kind === "string") out.kind = { group: typeof kind.group === "string" ? kind.group : "", version: typeof kind.version === "string" ? kind.version : "", kind: kind.kind };
  return { ok: true, review: out, object: operation === "DELETE" ? undefined : (object as KubeObject) };
}

/**
 * The Document to evaluate for an AdmissionReview Document: its request.object, with positions
 * still pointing into the review file. DELETE reviews yield nothing (allowed, counted as skipped).
 */
export function expandAdmissionReview(doc: Document): { document?: Document; error?: ReportError } {
  const check = readReviewRequest(doc.object);
  if (!check.ok) return { error: { file: doc.file, line: doc.line, message: `invalid AdmissionReview: ${check.message}`, code: "parse" } };
  if (check.object === undefined) return {};
  const outer = doc;
  let line: number | undefined;
  const inner: Document = {
    file: doc.file,
    index: doc.index,
    get line(): number {
      line ??= outer.locate("request.object") ?? outer.line;
      return line;
    },
    object: check.object,
    ref: toRef(check.object),
    locate: (p: string) => outer.locate(p === "" ? "request.object" : `request.object.${p}`),
    origin: `AdmissionReview ${check.review.uid} (${check.review.operation}${check.review.namespace ? ` in ${check.review.namespace}` : ""} by ${check.review.userInfo.username || "an unnamed user"})`,
    review: check.review,
  };
  if (inner.ref.namespace === undefined && check.review.namespace !== undefined) inner.ref = { ...inner.ref, namespace: check.review.namespace };
  return { document: inner };
}
