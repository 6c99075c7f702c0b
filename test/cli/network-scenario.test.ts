// examples/network: the cross-resource network rules on a small two-namespace cluster — every
// finding of the network category, exactly, with its file, line and message.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "./helpers.ts";

interface Finding { rule: string; category: string; file: string; line: number; message: string; resource: { kind: string; namespace?: string; name: string }; path: string }

test("examples/network: each network finding by rule, file, line and message", () => {
  const run = kubeward(["scan", "examples/network", "--bundle", "all", "--format", "json"]);
  assert.is(run.status, 1, run.stderr);
  const report = json<{ findings: Finding[]; errors: unknown[]; summary: { files: number; resources: number } }>(run);
  assert.equal(report.errors, []);
  assert.is(report.summary.files, 5);
  assert.is(report.summary.resources, 13);
  assert.equal(
    report.findings.filter((f) => f.category === "network").map((f) => `${f.file}:${f.line} ${f.rule} ${f.resource.kind}/${f.resource.name} ${f.path} | ${f.message}`),
    [
      'examples/network/admin-ingress.yaml:21 ingress-backend-missing Ingress/admin spec.rules[0].http.paths[0].backend.service.name | Ingress "admin" routes to Service "admin-console", which does not exist in namespace "market"',
      'examples/network/namespaces.yaml:6 namespace-without-default-deny-egress Namespace/market metadata.name | Namespace "market" has no default-deny egress NetworkPolicy (0 NetworkPolicies; none selects every pod with policyTypes Egress and no egress rules)',
      'examples/network/namespaces.yaml:6 namespace-without-default-deny-ingress Namespace/market metadata.name | Namespace "market" has no default-deny ingress NetworkPolicy (0 NetworkPolicies; none selects every pod with policyTypes Ingress and no ingress rules)',
      'examples/network/orders.yaml:13 workload-without-network-policy Deployment/orders spec.template.metadata | Deployment "orders" in namespace "market" is selected by no NetworkPolicy: its pods (app=orders) accept connections from anywhere in the cluster and may connect anywhere',
      'examples/network/orders.yaml:41 service-selects-nothing Service/orders spec.selector | Service "orders" selects no pods: no Pod or workload in namespace "market" has the labels app=orders-api',
      'examples/network/storefront.yaml:13 workload-exposed-to-internet Deployment/storefront spec.template.metadata | Deployment market/storefront is exposed to the internet: Ingress "storefront" → Service "storefront" → port 80',
      'examples/network/storefront.yaml:13 workload-without-network-policy Deployment/storefront spec.template.metadata | Deployment "storefront" in namespace "market" is selected by no NetworkPolicy: its pods (app=storefront) accept connections from anywhere in the cluster and may connect anywhere',
    ],
  );
});

test("billing's allow rule names a peer that exists only with storefront.yaml in the scan", () => {
  const run = kubeward(["scan", "examples/network/namespaces.yaml", "examples/network/billing.yaml", "--bundle", "all", "--format", "json"]);
  const report = json<{ findings: Finding[]; errors: unknown[] }>(run);
  assert.equal(report.errors, []);
  assert.equal(
    report.findings.filter((f) => f.category === "network" && f.file === "examples/network/billing.yaml").map((f) => `${f.line} ${f.rule} ${f.path} | ${f.message}`),
    [
      '41 network-policy-peer-selects-nothing spec.ingress[0].from[0].podSelector | NetworkPolicy "payments-api-from-storefront" ingress rule 0 peer 0: podSelector matches no pod in the namespaces its namespaceSelector selects (market)',
    ],
  );
});

test("scanning examples/ leaves the network scenario out (it is its own cluster)", () => {
  const run = kubeward(["scan", "examples/", "--bundle", "all", "--format", "json"]);
  const report = json<{ findings: Finding[] }>(run);
  assert.ok(report.findings.every((f) => !f.file.startsWith("examples/network/")));
});

test.run();
