// What a Gatekeeper template sees: `input.review` built as gator builds it (measured against the
// pinned gator: an object becomes an AdmissionRequest with kind, name, namespace, the object, an
// empty operation and user; an AdmissionReview contributes its request), and `data.inventory` in
// Gatekeeper's synced-cache layout keyed by the namespace the object declares.
import type { KubeObject } from "../types.ts";
import { splitApiVersion } from "./review-input.ts";
import type { Inventory } from "./inventory.ts";

export type GatekeeperReview = Record<string, unknown> & { kind: { group: string; version: string; kind: string }; object: unknown; oldObject: unknown; namespace?: string };

/** The review gator builds for a plain object (target.AugmentedUnstructured). */
export function objectReview(object: KubeObject): GatekeeperReview {
  const review: GatekeeperReview = {
    uid: "",
    kind: splitApiVersion(object.apiVersion, object.kind),
    resource: { group: "", version: "", resource: "" },
    operation: "",
    userInfo: {},
    object,
    oldObject: null,
    options: null,
    namespaceObject: {},
  };
  const name = object.metadata?.name;
  if (typeof name === "string" && name !== "") review.name = name;
  const ns = object.metadata?.namespace;
  if (typeof ns === "string" && ns !== "") review.namespace = ns;
  return review;
}

/**
 * The review for an AdmissionReview's request: the request as sent, with the defaults the Go type
 * serialises to; a DELETE's oldObject is also its object (Gatekeeper's SetObjectOnDelete).
 * Returns a message when the request cannot be reviewed, as gator rejects it.
 */
export function admissionRequestReview(reviewObject: KubeObject): GatekeeperReview | string {
  const request = (reviewObject as { request?: unknown }).request;
  if (!request || typeof request !== "object" || Array.isArray(request)) return "the AdmissionReview has no request";
  const req = request as Record<string, unknown>;
  const object = req.object ?? null;
  const oldObject = req.oldObject ?? null;
  if (object === null && oldObject === null) return 'the AdmissionRequest has no "object" or "oldObject" to review';
  const kind = (req.kind ?? {}) as Record<string, unknown>;
  return {
    uid: "",
    resource: { group: "", version: "", resource: "" },
    operation: "",
    userInfo: {},
    options: null,
    ...req,
    kind: { group: String(kind.group ?? ""), version: String(kind.version ?? ""), kind: String(kind.kind ?? "") },
    object: req.operation === "DELETE" && object === null ? oldObject : object,
    oldObject,
    namespaceObject: {},
  };
}

export interface GatekeeperInventory {
  cluster?: Record<string, Record<string, Record<string, unknown>>>;
  namespace?: Record<string, Record<string, Record<string, Record<string, unknown>>>>;
}

/**
 * `data.inventory` as gator fills it: objects with metadata.namespace under
 * namespace[ns][apiVersion][kind][name], the rest under cluster[apiVersion][kind][name]. Unlike
 * kubeward's own inventory (which places a namespaced kind without a namespace in `default`, as
 * kubectl would), this keeps what the file says, because that is what Gatekeeper policies see in gator.
 */
export function gatekeeperInventory(objects: readonly KubeObject[]): GatekeeperInventory {
  const inv: GatekeeperInventory = {};
  for (const o of objects) {
    const name = o.metadata?.name;
    if (typeof name !== "string" || name === "") continue;
    const ns = o.metadata?.namespace;
    const byGv = typeof ns === "string" && ns !== "" ? ((inv.namespace ??= {})[ns] ??= {}) : (inv.cluster ??= {});
    ((byGv[o.apiVersion] ??= {})[o.kind] ??= {})[name] = o;
  }
  return inv;
}

/** The Namespace object named `ns` in the inventory (Gatekeeper's namespace cache). */
export function inventoryNamespace(inv: GatekeeperInventory | Inventory, ns: string | undefined): KubeObject | undefined {
  if (!ns) return undefined;
  return inv.cluster?.v1?.Namespace?.[ns] as KubeObject | undefined;
}
