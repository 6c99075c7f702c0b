// Gatekeeper's constraint match semantics (pkg/mutation/match in Gatekeeper), so a foreign
// Constraint applies to exactly the objects it applies to in Gatekeeper and gator: every criterion
// must hold; an absent criterion holds. A review matches when its object or its old object does.
import type { ConstraintMatch, LabelSelector } from "../parse/gatekeeper-objects.ts";

type Obj = { apiVersion?: unknown; kind?: unknown; metadata?: { name?: unknown; namespace?: unknown; labels?: unknown } };

export type MatchResult = { matched: boolean; error?: undefined } | { matched: false; error: string };

/**
 * `namespace` is the review's Namespace object when known (from the inventory, as Gatekeeper's
 * namespace cache provides it); only namespaceSelector needs it for namespaced objects.
 */
export function matchReview(match: ConstraintMatch, objects: readonly unknown[], namespace: Obj | undefined): MatchResult {
  let present = 0;
  for (const o of objects) {
    if (!o || typeof o !== "object") continue;
    present++;
    const r = matchObject(match, o as Obj, namespace);
    if (r.error !== undefined || r.matched) return r;
  }
  if (present === 0) return { matched: false, error: "neither object nor old object are defined" };
  return { matched: false };
}

export function matchObject(match: ConstraintMatch, obj: Obj, ns: Obj | undefined): MatchResult {
  const { group, kind } = gvk(obj);
  const isNamespace = kind === "Namespace" && group === "";
  const objNs = str(obj.metadata?.namespace);
  const nsName = ns ? str(ns.metadata?.name) : "";

  if (match.kinds && match.kinds.length > 0) {
    const ok = match.kinds.some((k) => {
      const kinds = k.kinds ?? [];
      const groups = k.apiGroups ?? [];
      return (kinds.length === 0 || kinds.includes("*") || kinds.includes(kind)) && (groups.length === 0 || groups.includes("*") || groups.includes(group));
    });
    if (!ok) return { matched: false };
  }

  const hasNamespace = objNs !== "" || ns !== undefined;
  if (match.scope === "Cluster" && !(isNamespace || !hasNamespace)) return { matched: false };
  if (match.scope === "Namespaced" && !(!isNamespace && hasNamespace)) return { matched: false };

  // The namespace the object is in (a Namespace is "in" itself); cluster-scoped objects have none
  // and are never disqualified by namespaces / excludedNamespaces.
  const inNamespace = isNamespace ? str(obj.metadata?.name) : ns ? nsName : objNs;
  if (match.namespaces && match.namespaces.length > 0 && inNamespace !== "" && !match.namespaces.some((p) => wildcardMatches(p, inNamespace))) return { matched: false };
  if (match.excludedNamespaces && match.excludedNamespaces.length > 0 && inNamespace !== "" && match.excludedNamespaces.some((p) => wildcardMatches(p, inNamespace))) return { matched: false };

  if (match.labelSelector && !selectorMatches(match.labelSelector, labelsOf(obj))) return { matched: false };

  if (match.namespaceSelector) {
    if (isNamespace) {
      if (!selectorMatches(match.namespaceSelector, labelsOf(obj))) return { matched: false };
    } else if (ns !== undefined) {
      if (!selectorMatches(match.namespaceSelector, labelsOf(ns))) return { matched: false };
    } else if (objNs !== "") {
      return { matched: false, error: `namespaceSelector needs the Namespace ${objNs}, which is not among the objects given (kubeward verify: add it to the case's inventory; scan: scan it too, or name its file with --inventory-from)` };
    }
  }

  if (match.name && !wildcardMatches(match.name, str(obj.metadata?.name))) return { matched: false };
  return { matched: true };
}

/** Gatekeeper's Wildcard: `kube-*` is a prefix, `*-system` a suffix, anything else exact. */
export function wildcardMatches(pattern: string, value: string): boolean {
  if (pattern.endsWith("*")) return value.startsWith(pattern.slice(0, -1));
  if (pattern.startsWith("*")) return value.endsWith(pattern.slice(1));
  return pattern === value;
}

/** metav1.LabelSelector semantics: matchLabels and every matchExpression must hold. */
export function selectorMatches(selector: LabelSelector, labels: Record<string, string>): boolean {
  for (const [k, v] of Object.entries(selector.matchLabels ?? {})) if (labels[k] !== String(v)) return false;
  for (const e of selector.matchExpressions ?? []) {
    const has = Object.prototype.hasOwnProperty.call(labels, e.key);
    const values = (e.values ?? []).map(String);
    if (e.operator === "In" && !(has && values.includes(labels[e.key]!))) return false;
    if (e.operator === "NotIn" && has && values.includes(labels[e.key]!)) return false;
    if (e.operator === "Exists" && !has) return false;
    if (e.operator === "DoesNotExist" && has) return false;
  }
  return true;
}

function gvk(obj: Obj): { group: string; kind: string } {
  const apiVersion = str(obj.apiVersion);
  const slash = apiVersion.lastIndexOf("/");
  return { group: slash === -1 ? "" : apiVersion.slice(0, slash), kind: str(obj.kind) };
}

function labelsOf(obj: Obj): Record<string, string> {
  const l = obj.metadata?.labels;
  return l && typeof l === "object" ? (l as Record<string, string>) : {};
}

function str(v: unknown): string {
  return typeof v === "string" ? v : "";
}
