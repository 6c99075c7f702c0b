// The kinds a cluster scan lists must cover what cross-resource rules read from data.inventory;
// METADATA does not say that, so this reads the library's Rego for the lookups and fails when a
// rule starts reading a kind INVENTORY_KINDS lacks.
import fs from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { INVENTORY_KINDS } from "../../../src/sources/kube/kinds.ts";
import { servedResources } from "../../../src/sources/kube/discovery.ts";

function regoFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return regoFiles(p);
    return e.name.endsWith(".rego") && !e.name.endsWith("_test.rego") ? [p] : [];
  });
}

test("every kind the library looks up in data.inventory is listed from a cluster", () => {
  const read = new Set<string>();
  for (const file of regoFiles("policies")) {
    const text = fs.readFileSync(file, "utf8");
    for (const m of text.matchAll(/data\.inventory\.(?:cluster|namespace\[[^\]]+\])(?:\[[^\]]+\]|\.v1)\.([A-Z][A-Za-z]+)/g)) read.add(m[1]!);
    for (const m of text.matchAll(/objects\([a-z_.]+, "([A-Z][A-Za-z]+)"\)/g)) read.add(m[1]!);
    for (const m of text.matchAll(/route_kinds := \{([^}]*)\}/g)) for (const k of m[1]!.matchAll(/"([A-Za-z]+)"/g)) read.add(k[1]!);
  }
  assert.ok(read.size >= 10, `found only ${[...read].join(", ")}: the patterns no longer match the library`);
  const missing = [...read].filter((k) => !INVENTORY_KINDS.includes(k)).sort();
  assert.equal(missing, [], `add to INVENTORY_KINDS in src/sources/kube/kinds.ts: ${missing.join(", ")}`);
});

test("deploy/rbac.yaml grants list and watch on every inventory kind", () => {
  const text = fs.readFileSync("deploy/rbac.yaml", "utf8");
  const granted = new Set<string>();
  for (const m of text.matchAll(/resources: \[([^\]]*)\]\n\s+verbs: \[list, watch\]/g)) for (const r of m[1]!.split(",")) granted.add(r.trim());
  // Kubernetes' plural of a kind: policy → policies, ingress → ingresses, else + s.
  const plural = (kind: string) => {
    const k = kind.toLowerCase();
    return k.endsWith("y") ? `${k.slice(0, -1)}ies` : k.endsWith("s") ? `${k}es` : `${k}s`;
  };
  const missing = INVENTORY_KINDS.map(plural).filter((r) => !granted.has(r));
  assert.equal(missing, []);
});


test("servedResources: a kind once among Kubernetes' groups, once per add-on family; Calico's API group wins over its CRD group", () => {
  const list = (group: string, kind: string, plural: string) => ({ group, version: "v1", groupVersion: group ? `${group}/v1` : "v1", resources: [{ name: plural, kind, namespaced: true, verbs: ["list"] }, { name: `${plural}/status`, kind, namespaced: true, verbs: ["get"] }] });
  const served = servedResources([
    list("", "Event", "events"),
    list("crd.projectcalico.org", "NetworkPolicy", "networkpolicies"),
    list("events.k8s.io", "Event", "events"),
    list("networking.k8s.io", "NetworkPolicy", "networkpolicies"),
    list("projectcalico.org", "NetworkPolicy", "networkpolicies"),
    list("cilium.io", "CiliumNetworkPolicy", "ciliumnetworkpolicies"),
  ]);
  assert.equal(served.map((r) => `${r.groupVersion} ${r.kind}`), ["v1 Event", "projectcalico.org/v1 NetworkPolicy", "networking.k8s.io/v1 NetworkPolicy", "cilium.io/v1 CiliumNetworkPolicy"]);
});

test.run();
