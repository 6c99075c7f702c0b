// The RBAC scenario (examples/rbac): the cross-resource rbac rules join workloads → service
// accounts → bindings → roles and name each subject with its path of grants.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "./helpers.ts";

interface Finding { rule: string; category: string; file: string; line: number; message: string; path?: string; resource: { kind: string; name: string } }

test("examples/rbac: every rbac finding with its subject and path of grants", () => {
  const run = kubeward(["scan", "examples/rbac", "--bundle", "all", "--format", "json"]);
  assert.is(run.status, 1, run.stderr);
  const report = json<{ findings: Finding[]; errors: unknown[] }>(run);
  assert.equal(report.errors, []);
  assert.equal(
    report.findings.filter((f) => f.category === "rbac").map((f) => `${f.file}:${f.line} ${f.rule} ${f.resource.kind}/${f.resource.name} ${f.path} | ${f.message}`),
    [
      'examples/rbac/ops-agent.yaml:17 cluster-admin-binding ClusterRoleBinding/ops-agent subjects[0] | ServiceAccount ops/ops-agent can do anything (every verb on every resource in every API group) cluster-wide: ClusterRoleBinding ops-agent → ClusterRole "cluster-admin" → rules[0] (* on *)',
      'examples/rbac/ops-agent.yaml:40 workload-cluster-admin-service-account Deployment/ops-agent spec.template.spec.serviceAccountName | Deployment "ops-agent" runs as ServiceAccount ops/ops-agent, which can do anything (every verb on every resource in every API group): ClusterRoleBinding ops-agent → ClusterRole "cluster-admin" → rules[0] (* on *)',
      'examples/rbac/orders.yaml:29 binding-role-not-found RoleBinding/orders-api roleRef.name | RoleBinding "orders-api" refers to Role "orders-reader", which is not in namespace "shop" of the scanned objects',
      'examples/rbac/orders.yaml:37 role-secrets-read ClusterRole/orders-support aggregationRule.clusterRoleSelectors[0] | ClusterRole "orders-support" lets its subjects read secrets: aggregated ClusterRole "orders-support-secrets" rules[0] (get, list on secrets)',
      'examples/rbac/orders.yaml:48 role-secrets-read ClusterRole/orders-support-secrets rules[0] | ClusterRole "orders-support-secrets" lets its subjects read secrets: rules[0] (get, list on secrets)',
      'examples/rbac/orders.yaml:57 subject-secrets-read ClusterRoleBinding/orders-support subjects[0] | Group "shop-support" can read secrets cluster-wide: ClusterRoleBinding orders-support → ClusterRole "orders-support" → aggregated ClusterRole "orders-support-secrets" rules[0] (get, list on secrets)',
      'examples/rbac/status-page.yaml:6 binding-to-unauthenticated ClusterRoleBinding/status-page-public subjects[0] | ClusterRoleBinding "status-page-public" binds ClusterRole "view" to User "system:anonymous": every unauthenticated request gets its permissions',
    ],
  );
});

test("each file alone is its own cluster: without the binding, the Deployment's service account holds nothing", () => {
  const run = kubeward(["scan", "-", "--bundle", "all", "--format", "json"], {
    input: "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: ops-agent, namespace: ops}\nspec:\n  selector: {matchLabels: {app: a}}\n  template:\n    metadata: {labels: {app: a}}\n    spec:\n      serviceAccountName: ops-agent\n      containers: [{name: a, image: registry.example.com/a:1}]\n",
  });
  const report = json<{ findings: Finding[] }>(run);
  assert.equal(report.findings.filter((f) => f.category === "rbac").map((f) => f.rule), ["workload-service-account-missing"]);
});

test.run();
