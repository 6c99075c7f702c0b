// examples/mesh: Cilium, Calico and Istio objects on a three-namespace cluster — every network
// finding, exactly, and the two negative cases the issue names: a namespace covered only by a
// Calico GlobalNetworkPolicy is not reported as uncovered, and a PERMISSIVE namespace with a
// STRICT workload-level override is judged per workload.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import { json, kubeward } from "./helpers.ts";

interface Finding { rule: string; category: string; file: string; line: number; message: string; resource: { kind: string; namespace?: string; name: string }; path: string }
interface Report { findings: Finding[]; errors: unknown[]; summary: { files: number; resources: number } }

const line = (f: Finding) => `${f.file}:${f.line} ${f.rule} ${f.resource.kind}/${f.resource.name} ${f.path} | ${f.message}`;

test("examples/mesh: each network finding by rule, file, line and message", () => {
  const run = kubeward(["scan", "examples/mesh", "--bundle", "all", "--format", "json"]);
  assert.is(run.status, 1, run.stderr);
  const report = json<Report>(run);
  assert.equal(report.errors, []);
  assert.is(report.summary.files, 4);
  assert.is(report.summary.resources, 20);
  assert.equal(report.findings.filter((f) => f.category === "network").map(line), [
    `examples/mesh/calico.yaml:47 calico-policy-allow-all GlobalNetworkPolicy/hotfix-ledger spec.ingress[0] | Calico GlobalNetworkPolicy "hotfix-ledger" ingress rule 0 allows everything at order 10, before GlobalNetworkPolicy "team-default-deny" (order 2000) denies ingress traffic for the same selector by default (no rules): the Deny never applies`,
    `examples/mesh/calico.yaml:47 calico-policy-allow-all GlobalNetworkPolicy/hotfix-ledger spec.ingress[0] | Calico GlobalNetworkPolicy "hotfix-ledger" ingress rule 0 allows ingress from any source on every port`,
    `examples/mesh/calico.yaml:57 network-policy-not-evaluated NetworkPolicy/audit-typo spec.selector | Calico NetworkPolicy "audit-typo": selector "app = 'audit'" was not evaluated (unexpected character "=" at column 5); the policy counts as selecting nothing`,
    `examples/mesh/cilium.yaml:26 cilium-policy-allow-all CiliumNetworkPolicy/api-public spec.ingress[0].fromEntities[0] | CiliumNetworkPolicy "api-public" ingress rule 0 allows ingress from entity "world": every address outside the cluster on ports 8443/TCP`,
    `examples/mesh/istio.yaml:42 istio-authorization-policy-allow-all AuthorizationPolicy/allow-all spec.rules[0] | AuthorizationPolicy "allow-all" (ALLOW) rule 0 is empty: it allows every request, authenticated or not, to every workload in namespace "shop"`,
    `examples/mesh/istio.yaml:53 istio-destination-rule-tls-disabled DestinationRule/orders spec.trafficPolicy.tls.mode | DestinationRule "orders" sets TLS mode DISABLE for host "orders.shop.svc.cluster.local" (all ports): sidecars send plaintext to it`,
    `examples/mesh/istio.yaml:62 istio-sidecar-egress-allow-any Sidecar/default spec.outboundTrafficPolicy.mode | Sidecar "default" sets outboundTrafficPolicy ALLOW_ANY: every workload in namespace "shop" may connect to any host outside the mesh's registry`,
    `examples/mesh/istio.yaml:73 istio-gateway-without-tls Gateway/shop spec.servers[0] | Gateway "shop" server 0 serves shop.example.com over plain HTTP on port 80 without redirecting to HTTPS`,
    `examples/mesh/istio.yaml:108 istio-mtls-not-strict Deployment/orders spec.template.metadata | Deployment "orders" in namespace "shop" accepts plaintext connections: its effective mTLS mode is PERMISSIVE, set by PeerAuthentication "default" in namespace "shop"`,
    `examples/mesh/namespaces.yaml:20 istio-authorization-policy-missing Namespace/shop metadata.name | Namespace "shop" is in the Istio mesh but no AuthorizationPolicy applies to it (none in "shop" or the root namespace "istio-system"): its workloads accept requests from every peer`,
  ]);
});

const UNCOVERED = ["workload-without-network-policy", "namespace-without-default-deny-ingress", "namespace-without-default-deny-egress"];

test("a namespace covered only by a Calico GlobalNetworkPolicy is not uncovered; without the policy it is", () => {
  const uncovered = (run: ReturnType<typeof kubeward>) => {
    const report = json<Report>(run);
    assert.equal(report.errors, []);
    return report.findings.filter((f) => UNCOVERED.includes(f.rule) && (f.resource.namespace === "payments" || f.resource.name === "payments")).map((f) => `${f.rule} ${f.resource.kind}/${f.resource.name}`);
  };
  assert.equal(uncovered(kubeward(["scan", "examples/mesh", "--bundle", "all", "--format", "json"])), []);
  // The control: the same namespace and ledger Deployment without the Calico policies.
  const text = fs.readFileSync("examples/mesh/calico.yaml", "utf8").split(/^---$/m).filter((d) => /kind: (Namespace|Deployment)/.test(d));
  const input = [fs.readFileSync("examples/mesh/namespaces.yaml", "utf8"), ...text].join("\n---\n");
  assert.equal(uncovered(kubeward(["scan", "-", "--bundle", "all", "--format", "json"], { input })), [
    "namespace-without-default-deny-egress Namespace/payments",
    "namespace-without-default-deny-ingress Namespace/payments",
    "workload-without-network-policy Deployment/ledger",
  ]);
});

test("Cilium's empty rules are a default deny for edge; its workload is covered", () => {
  const report = json<Report>(kubeward(["scan", "examples/mesh", "--bundle", "all", "--format", "json"]));
  assert.ok(!report.findings.some((f) => UNCOVERED.includes(f.rule) && (f.resource.namespace === "edge" || f.resource.name === "edge")));
});

test("PERMISSIVE namespace with a STRICT workload override: storefront has no mTLS finding, orders has", () => {
  const report = json<Report>(kubeward(["scan", "examples/mesh", "--bundle", "all", "--format", "json"]));
  const mtls = report.findings.filter((f) => f.rule === "istio-mtls-not-strict").map((f) => `${f.resource.kind}/${f.resource.name}`);
  assert.equal(mtls, ["Deployment/orders"]);
});

test.run();
