// Gatekeeper's match semantics, criterion by criterion (pkg/mutation/match in Gatekeeper).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { matchObject, matchReview, selectorMatches, wildcardMatches } from "../../../src/engine/gatekeeper-match.ts";

const pod = (ns: string | undefined, labels: Record<string, string> = {}, name = "web") => ({ apiVersion: "v1", kind: "Pod", metadata: { name, ...(ns ? { namespace: ns } : {}), labels } });
const deployment = { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "shop" } };
const namespace = (name: string, labels: Record<string, string> = {}) => ({ apiVersion: "v1", kind: "Namespace", metadata: { name, labels } });
const clusterRole = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name: "edit" } };

test("wildcards: a trailing * is a prefix, a leading * a suffix, anything else exact", () => {
  assert.ok(wildcardMatches("kube-*", "kube-system"));
  assert.ok(wildcardMatches("*-system", "gatekeeper-system"));
  assert.not.ok(wildcardMatches("kube-*", "my-kube-system"));
  assert.not.ok(wildcardMatches("prod", "prod-1"));
});

test("kinds: group and kind must both match; * and empty lists match anything", () => {
  assert.ok(matchObject({ kinds: [{ apiGroups: [""], kinds: ["Pod"] }] }, pod("a"), undefined).matched);
  assert.not.ok(matchObject({ kinds: [{ apiGroups: [""], kinds: ["Deployment"] }] }, deployment, undefined).matched);
  assert.ok(matchObject({ kinds: [{ apiGroups: ["*"], kinds: ["Deployment"] }] }, deployment, undefined).matched);
  assert.ok(matchObject({ kinds: [{ kinds: ["Deployment"] }] }, deployment, undefined).matched);
});

test("namespaces and excludedNamespaces never disqualify cluster-scoped objects; a Namespace is in itself", () => {
  assert.ok(matchObject({ namespaces: ["prod-*"] }, clusterRole, undefined).matched);
  assert.ok(matchObject({ excludedNamespaces: ["*"] }, clusterRole, undefined).matched);
  assert.ok(matchObject({ namespaces: ["prod-*"] }, namespace("prod-eu"), undefined).matched);
  assert.not.ok(matchObject({ excludedNamespaces: ["prod-*"] }, namespace("prod-eu"), undefined).matched);
  assert.not.ok(matchObject({ namespaces: ["prod-*"] }, pod("dev"), undefined).matched);
});

test("scope: Cluster is Namespaces and objects without a namespace; Namespaced the others", () => {
  assert.ok(matchObject({ scope: "Cluster" }, clusterRole, undefined).matched);
  assert.ok(matchObject({ scope: "Cluster" }, namespace("x"), undefined).matched);
  assert.not.ok(matchObject({ scope: "Cluster" }, pod("a"), undefined).matched);
  assert.ok(matchObject({ scope: "Namespaced" }, pod("a"), undefined).matched);
  assert.not.ok(matchObject({ scope: "Namespaced" }, namespace("x"), undefined).matched);
});

test("labelSelector: matchLabels and every matchExpressions operator", () => {
  const labels = { app: "web", tier: "front" };
  assert.ok(selectorMatches({ matchLabels: { app: "web" } }, labels));
  assert.not.ok(selectorMatches({ matchLabels: { app: "db" } }, labels));
  assert.ok(selectorMatches({ matchExpressions: [{ key: "tier", operator: "In", values: ["front", "back"] }] }, labels));
  assert.not.ok(selectorMatches({ matchExpressions: [{ key: "tier", operator: "NotIn", values: ["front"] }] }, labels));
  assert.ok(selectorMatches({ matchExpressions: [{ key: "missing", operator: "NotIn", values: ["x"] }] }, labels));
  assert.ok(selectorMatches({ matchExpressions: [{ key: "app", operator: "Exists" }] }, labels));
  assert.not.ok(selectorMatches({ matchExpressions: [{ key: "app", operator: "DoesNotExist" }] }, labels));
});

test("namespaceSelector: the Namespace's labels; a namespaced object without its Namespace is an error", () => {
  const sel = { namespaceSelector: { matchLabels: { env: "prod" } } };
  assert.ok(matchObject(sel, pod("shop"), namespace("shop", { env: "prod" })).matched);
  assert.not.ok(matchObject(sel, pod("shop"), namespace("shop", { env: "dev" })).matched);
  assert.ok(matchObject(sel, namespace("shop", { env: "prod" }), undefined).matched);
  assert.ok(matchObject(sel, clusterRole, undefined).matched);
  assert.match(matchObject(sel, pod("shop"), undefined).error ?? "", "needs the Namespace shop");
});

test("name globs, and a review matches when its object or its old object does", () => {
  assert.ok(matchObject({ name: "web-*" }, pod("a", {}, "web-1"), undefined).matched);
  assert.not.ok(matchObject({ name: "web-*" }, pod("a", {}, "db-1"), undefined).matched);
  const m = { labelSelector: { matchLabels: { keep: "yes" } } };
  assert.ok(matchReview(m, [pod("a"), pod("a", { keep: "yes" })], undefined).matched);
  assert.not.ok(matchReview(m, [pod("a"), null], undefined).matched);
  assert.match(matchReview(m, [null, null], undefined).error ?? "", "neither object nor old object");
});

test.run();
