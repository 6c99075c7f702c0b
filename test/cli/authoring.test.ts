// kubeward init and kubeward new rule, as a user runs them.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { kubeward } from "./helpers.ts";

const opa = fs.existsSync(".tools/bin/opa") ? path.resolve(".tools/bin/opa") : "opa";

test("init writes a commented kubeward.yaml that validates and a pre-commit config; refuses to overwrite without --force", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-init-"));
  const run = kubeward(["init"], { cwd: dir });
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, "wrote kubeward.yaml and .pre-commit-config.yaml");
  const config = fs.readFileSync(path.join(dir, "kubeward.yaml"), "utf8");
  assert.match(config, /^# kubeward\.yaml/);
  assert.match(config, "# exceptions:");
  assert.match(fs.readFileSync(path.join(dir, ".pre-commit-config.yaml"), "utf8"), "id: kubeward-scan");
  fs.copyFileSync("test/fixtures/cli/restricted/pod.yaml", path.join(dir, "pod.yaml"));
  const scan = kubeward(["scan", "pod.yaml"], { cwd: dir });
  assert.is(scan.status, 0, "the starter config is valid: " + scan.stdout + scan.stderr);

  fs.writeFileSync(path.join(dir, "kubeward.yaml"), "failOn: high\n");
  const again = kubeward(["init"], { cwd: dir });
  assert.is(again.status, 2);
  assert.match(again.stderr, "kubeward.yaml and .pre-commit-config.yaml already exist");
  assert.match(again.stderr, "--force");
  assert.is(fs.readFileSync(path.join(dir, "kubeward.yaml"), "utf8"), "failOn: high\n", "left untouched");
  assert.is(kubeward(["init", "--force"], { cwd: dir }).status, 0);
  assert.match(fs.readFileSync(path.join(dir, "kubeward.yaml"), "utf8"), /^# kubeward\.yaml/);
  fs.rmSync(dir, { recursive: true, force: true });
});

test("new rule: the scaffold is formatted, strict-checked and passes kubeward test; it fails once the denied example is real", () => {
  // A policies tree with the library (lib/, main/) and no rules, so the test only builds the scaffold.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-new-"));
  const policies = path.join(dir, "policies");
  fs.mkdirSync(path.join(policies, "rules"), { recursive: true });
  fs.cpSync("policies/main", path.join(policies, "main"), { recursive: true });
  fs.cpSync("policies/lib", path.join(policies, "lib"), { recursive: true, filter: (src) => !src.endsWith("pss_levels_test.rego") });
  fs.copyFileSync("policies/capabilities.json", path.join(policies, "capabilities.json"));

  const bad = kubeward(["new", "rule", "Workloads/x"], { cwd: dir });
  assert.is(bad.status, 2);
  assert.match(bad.stderr, "CATEGORY/ID, both kebab-case");

  const made = kubeward(["new", "rule", "workloads/replicas-too-low"], { cwd: dir });
  assert.is(made.status, 0, made.stderr);
  const ruleDir = path.join(policies, "rules", "workloads", "replicas-too-low");
  for (const f of ["policy.rego", "policy_test.rego", "README.md", "examples/allowed/deployment.yaml", "examples/denied/deployment.yaml"]) {
    assert.ok(fs.existsSync(path.join(ruleDir, f)), f);
  }
  assert.match(fs.readFileSync(path.join(ruleDir, "policy.rego"), "utf8"), "package kubeward.rules.workloads.replicas_too_low");
  const fmt = spawnSync(opa, ["fmt", "--list", ruleDir], { encoding: "utf8" });
  assert.is(fmt.stdout.trim(), "", "opa fmt has nothing to change");
  const check = spawnSync(opa, ["check", "--strict", "--capabilities", path.join(policies, "capabilities.json"), "--ignore", "examples", "--ignore", "capabilities.json", policies], { encoding: "utf8" });
  assert.is(check.status, 0, check.stdout + check.stderr);

  const pass = kubeward(["test", "policies", "--rule", "replicas-too-low", "--no-color"], { cwd: dir });
  assert.is(pass.status, 0, pass.stdout + pass.stderr);
  assert.match(pass.stdout, /\d+ passed, 0 failed/);

  const again = kubeward(["new", "rule", "workloads/replicas-too-low"], { cwd: dir });
  assert.is(again.status, 2);
  assert.match(again.stderr, "already exists; use --force");

  // The author turns the denied example into what the rule must catch (one replica): the
  // placeholder logic does not catch it, so the test fails until the real logic is written.
  const denied = path.join(ruleDir, "examples", "denied", "deployment.yaml");
  fs.writeFileSync(denied, fs.readFileSync(denied, "utf8").replace(/ {2}annotations:\n {4}kubeward\.io\/scaffold: denied\n/, "").replace("replicas: 2", "replicas: 1"));
  const fail = kubeward(["test", "policies", "--rule", "replicas-too-low", "--no-color"], { cwd: dir });
  assert.is(fail.status, 1, fail.stdout + fail.stderr);
  assert.match(fail.stdout, "examples/denied/deployment.yaml");
  fs.rmSync(dir, { recursive: true, force: true });
});

test.run();
