// What counts as a Kubernetes object, how reports name it, and which objects are lists of others.
import type { KubeObject, ResourceRef } from "../types.ts";

export function isKubeObject(value: unknown): value is KubeObject {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return false;
  const v = value as Record<string, unknown>;
  return typeof v.apiVersion === "string" && v.apiVersion !== "" && typeof v.kind === "string" && v.kind !== "";
}

/**
 * `kind: List` and any `*List` kind carrying an `items` array (what `kubectl get -o yaml` prints):
 * scanned as their items, since the API server never stores the list itself.
 */
export function listItems(object: KubeObject): unknown[] | undefined {
  const items = (object as { items?: unknown }).items;
  if (object.kind === "List") return Array.isArray(items) ? items : [];
  return object.kind.endsWith("List") && Array.isArray(items) ? items : undefined;
}

/**
 * The reported identity. An object named only by `metadata.generateName` (e.g. a Job template for
 * `kubectl create`) is shown as that prefix followed by `*`, the shape the name will have; an
 * unnamed object has the name "".
 */
export function toRef(object: KubeObject): ResourceRef {
  const meta = object.metadata && typeof object.metadata === "object" ? object.metadata : undefined;
  let name = "";
  if (typeof meta?.name === "string" && meta.name !== "") name = meta.name;
  else if (typeof meta?.generateName === "string" && meta.generateName !== "") name = `${meta.generateName}*`;
  const ref: ResourceRef = { apiVersion: object.apiVersion, kind: object.kind, name };
  if (typeof meta?.namespace === "string" && meta.namespace !== "") ref.namespace = meta.namespace;
  return ref;
}
