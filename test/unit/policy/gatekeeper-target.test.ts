// The pure parts of the Gatekeeper target: names, the severity → enforcementAction mapping, the
// library rewrite, the data Gatekeeper cannot provide, and structural parameter schemas.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { structuralSchema } from "../../../src/policy/gatekeeper-schema.ts";
import { enforcementActionFor, foreignDataRefs, gatekeeperKind, rewriteLibraryRefs, toV0 } from "../../../src/policy/gatekeeper-target.ts";
import { matchKinds } from "../../../src/policy/kind-groups.ts";

test("kind from the rule id; the template is its lowercase", () => {
  assert.is(gatekeeperKind("privileged-container"), "KwPrivilegedContainer");
  assert.is(gatekeeperKind("pss-host-namespaces"), "KwPssHostNamespaces");
});

test("enforcementAction: at or above --fail-on deny, below warn, info dryrun, --fail-on none never denies", () => {
  assert.is(enforcementActionFor("critical", "high"), "deny");
  assert.is(enforcementActionFor("high", "high"), "deny");
  assert.is(enforcementActionFor("medium", "high"), "warn");
  assert.is(enforcementActionFor("low", "low"), "deny");
  assert.is(enforcementActionFor("info", "info"), "dryrun");
  assert.is(enforcementActionFor("critical", "none"), "warn");
});

test("library packages move under data.lib; imports and references follow", () => {
  assert.is(rewriteLibraryRefs("package kubeward.lib.k8s\n\nimport data.kubeward.lib.selectors\n"), "package lib.kubeward.k8s\n\nimport data.lib.kubeward.selectors\n");
  assert.is(rewriteLibraryRefs("package kubeward.rules.x.y\nimport data.kubeward.lib.k8s\n"), "package kubeward.rules.x.y\nimport data.lib.kubeward.k8s\n");
  const v0 = toV0("# c\npackage lib.kubeward.k8s\n\nx if true\n");
  assert.match(v0, /^# c\npackage lib\.kubeward\.k8s\n\nimport future\.keywords\.contains\n/);
});

test("only data.inventory and data.lib are available in Gatekeeper; comments do not count", () => {
  assert.equal(foreignDataRefs("x := data.inventory.cluster\ny := data.lib.kubeward.k8s.kind\n# data.kubeward.external.now\n"), []);
  assert.equal(foreignDataRefs("n := data.kubeward.external.now\ns := data.kubeward.external.signatures[i]\n"), ["data.kubeward.external.now", "data.kubeward.external.signatures"]);
});

test("match kinds group kinds by API group", () => {
  assert.equal(matchKinds(["Pod", "Deployment", "StatefulSet", "Job", "Widget"]), [
    { apiGroups: [""], kinds: ["Pod"] },
    { apiGroups: ["apps"], kinds: ["Deployment", "StatefulSet"] },
    { apiGroups: ["batch"], kinds: ["Job"] },
    { apiGroups: ["*"], kinds: ["Widget"] },
  ]);
});

test("parameter schemas become structural: what is dropped is reported", () => {
  const { schema, changes } = structuralSchema({
    type: "object",
    additionalProperties: false,
    properties: {
      registries: { type: "array", items: { type: "string" }, default: [] },
      labels: { type: "object", additionalProperties: { type: "string" } },
      any: { description: "anything" },
      either: { type: ["string", "number"] },
      $comment: { type: "string" },
    },
    $schema: "https://json-schema.org/draft/2020-12/schema",
  });
  assert.equal(schema, {
    type: "object",
    properties: {
      registries: { type: "array", items: { type: "string" }, default: [] },
      labels: { type: "object", additionalProperties: { type: "string" } },
      any: { description: "anything", "x-kubernetes-preserve-unknown-fields": true },
      either: { "x-kubernetes-preserve-unknown-fields": true },
      $comment: { type: "string" },
    },
  });
  assert.equal(changes, [
    "parameters: dropped `$schema` (not a structural schema keyword)",
    "parameters.any: untyped, kept as x-kubernetes-preserve-unknown-fields",
    'parameters.either: type ["string","number"] is not structural, kept as x-kubernetes-preserve-unknown-fields',
    "parameters: dropped `additionalProperties: false` (structural schemas prune unknown fields instead)",
  ]);
  assert.equal(structuralSchema(undefined), { schema: { type: "object" }, changes: [] });
});

test.run();
