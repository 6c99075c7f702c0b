// `kubeward new rule CATEGORY/ID`: a rule folder that passes `kubeward test` as generated and fails
// as soon as its denied example shows what the rule must really catch. The placeholder logic only
// matches a marker annotation the generated denied example carries; replacing that example with a
// real bad object (and dropping the marker) makes the test fail until the real logic is written.
import fs from "node:fs";
import path from "node:path";
import { KubewardError } from "../errors.ts";

export const SCAFFOLD_MARKER = "kubeward.io/scaffold";
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export interface ScaffoldResult {
  dir: string;
  files: string[];
}

/** Writes policies/rules/CATEGORY/ID/ under `policiesDir`; refuses an existing folder unless `force`. */
export function scaffoldRule(policiesDir: string, spec: string, opts: { force?: boolean } = {}): ScaffoldResult {
  const m = /^([^/]+)\/([^/]+)$/.exec(spec);
  if (!m || !ID.test(m[1]!) || !ID.test(m[2]!)) {
    throw new KubewardError("usage", `new rule takes CATEGORY/ID, both kebab-case (e.g. workloads/replicas-too-low); got "${spec}"`);
  }
  const [category, id] = [m[1]!, m[2]!];
  if (!fs.existsSync(policiesDir)) throw new KubewardError("io", `no policies directory at ${policiesDir} (use --policies DIR)`);
  const dir = path.join(policiesDir, "rules", category, id);
  if (fs.existsSync(dir) && !opts.force) throw new KubewardError("usage", `${dir} already exists; use --force to overwrite it`, { file: dir });
  const files = ruleFiles(category, id);
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  }
  return { dir, files: Object.keys(files) };
}

const snake = (s: string) => s.replace(/-/g, "_");

export function ruleFiles(category: string, id: string): Record<string, string> {
  const pkg = `kubeward.rules.${snake(category)}.${snake(id)}`;
  const title = id.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());
  const policy = `# METADATA
# title: ${title}
# description: >-
#   TODO: what this rule finds, and why it matters (the attack or outage it prevents).
# custom:
#   id: ${id}
#   severity: medium
#   category: ${category}
#   kinds: [Pod, Deployment, StatefulSet, DaemonSet, Job, CronJob]
#   controls: []
#   remediation: >-
#     TODO: how to fix a finding, as a concrete change to the manifest.
package ${pkg}

import data.kubeward.lib.k8s

# TODO: replace this placeholder with the rule's real logic. It only matches the
# ${SCAFFOLD_MARKER} annotation of the generated denied example, so \`kubeward test --rule ${id}\`
# passes as generated and fails once examples/denied shows what the rule must really catch.
violation contains {"msg": msg, "details": {"path": path}} if {
	k8s.resource.metadata.annotations["${SCAFFOLD_MARKER}"] == "denied"
	path := \`metadata.annotations["${SCAFFOLD_MARKER}"]\`
	msg := sprintf("%s %q: TODO describe the problem", [k8s.kind, k8s.resource.metadata.name])
}
`;
  const test = `package ${pkg}_test

import data.${pkg} as rule

# Tests assert the exact result: message and path. Rewrite them with the real logic.
test_denied if {
	v := rule.violation with input as _review({"name": "web", "annotations": {"${SCAFFOLD_MARKER}": "denied"}})
	v == {{"msg": \`Deployment "web": TODO describe the problem\`, "details": {"path": \`metadata.annotations["${SCAFFOLD_MARKER}"]\`}}}
}

test_allowed if {
	v := rule.violation with input as _review({"name": "web"})
	v == set()
}

_review(metadata) := {"review": {
	"kind": {"group": "apps", "version": "v1", "kind": "Deployment"},
	"object": {"apiVersion": "apps/v1", "kind": "Deployment", "metadata": metadata, "spec": {"template": {"spec": {"containers": [{"name": "web", "image": "registry.example/web:1.0"}]}}}},
}}
`;
  const deployment = (annotations: string) => `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
  namespace: shop
${annotations}spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      containers:
        - name: web
          image: registry.example/shop/web:1.0.0
`;
  const denied = `# TODO: make this an object ${id} must catch, and remove the ${SCAFFOLD_MARKER} annotation.
# Until the rule's real logic catches it, \`kubeward test --rule ${id}\` fails on this file.
${deployment(`  annotations:\n    ${SCAFFOLD_MARKER}: denied\n`)}`;
  const allowed = `# TODO: make this a realistic object ${id} must accept.
${deployment("")}`;
  const readme = `# ${title} (\`${id}\`)

TODO: what the rule finds, why it matters, and how to fix a finding.

## Writing it

1. \`policy.rego\`: fill in the METADATA (title, description, severity, kinds, controls,
   remediation) and replace the placeholder \`violation\` with the real logic.
2. \`examples/denied/\`: objects the rule must catch; \`examples/allowed/\`: objects it must accept.
   Remove the \`${SCAFFOLD_MARKER}\` annotation from the denied example.
3. \`policy_test.rego\`: assert the exact findings (message and path).
4. \`kubeward test --rule ${id}\` until it passes; see docs/authoring.md.
`;
  return {
    "policy.rego": policy,
    "policy_test.rego": test,
    "examples/denied/deployment.yaml": denied,
    "examples/allowed/deployment.yaml": allowed,
    "README.md": readme,
  };
}
