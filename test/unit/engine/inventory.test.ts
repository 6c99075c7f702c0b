import { test } from "uvu";
import * as assert from "uvu/assert";
import { buildInventory, effectiveNamespace, isNamespaced } from "../../../src/engine/inventory.ts";
import { buildPolicyData, selectedRules } from "../../../src/engine/evaluate-documents.ts";
import { buildReviewInput, splitApiVersion } from "../../../src/engine/review-input.ts";
import { KubewardError } from "../../../src/errors.ts";
import { makeDocument, pod } from "../../fixtures/engine/documents.ts";
import { testCatalog } from "../../fixtures/engine/policy.ts";

test("apiVersion splits into group and version; the core group is empty", () => {
  assert.equal(splitApiVersion("apps/v1", "Deployment"), { group: "apps", version: "v1", kind: "Deployment" });
  assert.equal(splitApiVersion("v1", "Pod"), { group: "", version: "v1", kind: "Pod" });
  assert.equal(splitApiVersion("networking.k8s.io/v1", "Ingress"), { group: "networking.k8s.io", version: "v1", kind: "Ingress" });
});

test("scope: built-in cluster-scoped kinds, everything else namespaced (defaulting to default)", () => {
  for (const k of ["Namespace", "Node", "ClusterRole", "CustomResourceDefinition", "ValidatingAdmissionPolicyBinding", "ClusterIssuer"]) assert.not.ok(isNamespaced(k), k);
  for (const k of ["Pod", "Role", "Ingress", "MyCustomThing"]) assert.ok(isNamespaced(k), k);
  assert.is(effectiveNamespace(pod("a")), "default");
  assert.is(effectiveNamespace(pod("a", "x")), "x");
  assert.is(effectiveNamespace({ apiVersion: "v1", kind: "Namespace", metadata: { name: "x", namespace: "ignored" } }), undefined);
});

test("buildInventory: cluster[gv][kind][name] and namespace[ns][gv][kind][name]", () => {
  const role = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name: "admin" } };
  const a = pod("a", "team");
  const b = pod("b");
  const unnamed = { apiVersion: "v1", kind: "ConfigMap", metadata: {} };
  const inv = buildInventory([role, a, b, unnamed].map((o) => makeDocument(o)));
  assert.equal(inv, {
    cluster: { "rbac.authorization.k8s.io/v1": { ClusterRole: { admin: role } } },
    namespace: { team: { v1: { Pod: { a } } }, default: { v1: { Pod: { b } } } },
  });
});

test("the review input is what Gatekeeper builds for a CREATE", () => {
  const obj = { apiVersion: "rbac.authorization.k8s.io/v1", kind: "ClusterRole", metadata: { name: "admin" } };
  assert.equal(buildReviewInput(makeDocument(obj)), {
    review: {
      kind: { group: "rbac.authorization.k8s.io", version: "v1", kind: "ClusterRole" },
      operation: "CREATE",
      object: obj,
      oldObject: null,
      userInfo: { username: "kubeward", groups: [] },
      dryRun: false,
      options: null,
      name: "admin",
    },
    parameters: {},
  });
});

test("policy data: rule entries keyed by id with [category, id] package segments", () => {
  const catalog = testCatalog();
  const data = buildPolicyData({ rules: [{ id: "inventory-peek", parameters: { n: 1 } }, { id: "echo", kinds: ["Job"] }] }, catalog, [makeDocument(pod("a"))]);
  assert.equal(data.kubeward.config.rules, {
    "inventory-peek": { package: ["testing", "inventory_peek"], kinds: ["Pod"], parameters: { n: 1 } },
    echo: { package: ["testing", "echo"], kinds: ["Job"], parameters: {} },
  });
  assert.equal(Object.keys(data.inventory.namespace), ["default"]);
  assert.equal(selectedRules({ rules: [{ id: "inventory-peek" }, { id: "echo" }] }, catalog).map((r) => r.id), ["echo", "inventory-peek"]);
});

test("a package that is not kubeward.rules.<category>.<id> is a bundle error", () => {
  const bad = { ...testCatalog()[0]!, package: "somewhere.else" };
  assert.throws(() => buildPolicyData({ rules: [{ id: "echo" }] }, [bad], []), (e: unknown) => e instanceof KubewardError && e.code === "bundle");
});

test.run();
