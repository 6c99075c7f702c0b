// The gate's `regal lint policies` stage (scripts/test.mjs) with the repository's .regal/config.yaml:
// a new violation fails it, naming the lint and the line; a clean rule passes. The library itself
// is linted by the gate stage, not here.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const root = process.cwd();
const local = path.join(root, ".tools", "bin", "regal");
const regal = process.env.KUBEWARD_REGAL ?? (fs.existsSync(local) ? local : "regal");
const available = spawnSync(regal, ["version"], { encoding: "utf8" }).status === 0;
if (!available) console.log(`SKIPPED: regal not found (${regal}; run node scripts/bootstrap.mjs) — the lint configuration was not checked`);

function lint(rego: string): { status: number; out: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-regal-"));
  try {
    const file = path.join(dir, "policies", "rules", "workloads", "demo-rule", "policy.rego");
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, rego);
    const r = spawnSync(regal, ["lint", "--fail-level", "warning", "--format", "json", "--config-file", path.join(root, ".regal", "config.yaml"), "policies"], { cwd: dir, encoding: "utf8" });
    return { status: r.status ?? -1, out: `${r.stdout}${r.stderr}` };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const HEADER = `# METADATA
# title: Demo
# description: A demo rule for the lint configuration test.
package kubeward.rules.workloads.demo_rule

import data.kubeward.lib.k8s
`;

test("a rule in the house style passes", () => {
  if (!available) return;
  const r = lint(`${HEADER}
violation contains {"msg": msg, "details": {"path": "spec.replicas"}} if {
	k8s.resource.spec.replicas == 1
	msg := sprintf("%s %q runs one replica", [k8s.kind, k8s.resource.metadata.name])
}
`);
  assert.is(r.status, 0, r.out);
});

test("a shadowed builtin and a single-item set fail, named with their line", () => {
  if (!available) return;
  const r = lint(`${HEADER}
violation contains {"msg": msg} if {
	k8s.kind in {"Deployment"}
	count := k8s.resource.spec.replicas
	count == 1
	msg := "one replica"
}
`);
  assert.is.not(r.status, 0, r.out);
  const found = (JSON.parse(r.out) as { violations: { title: string; location: { row: number } }[] }).violations.map((v) => `${v.title}:${v.location.row}`).sort();
  assert.equal(found, ["single-item-in:9", "var-shadows-builtin:10"]);
});

test.run();
