// `kubeward test` as a policy author meets it: green on the library, red — naming the example —
// when a rule stops catching what its denied example shows.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { kubeward } from "./helpers.ts";

test("the library's tests and examples pass, with counts and coverage", () => {
  const run = kubeward(["test", "--coverage", "--threshold", "90"]);
  assert.is(run.status, 0, run.stdout + run.stderr);
  assert.match(run.stdout, /ok {3}privileged-container {2}\d+ allowed, \d+ denied/);
  assert.match(run.stdout, /^coverage \d+\.\d%/m);
  assert.match(run.stdout, /^\d+ passed, 0 failed$/m);
});

test("a rule whose logic no longer matches its denied example fails, naming the example", () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-test-"));
  try {
    fs.cpSync("policies", path.join(tmp, "policies"), { recursive: true });
    const rule = path.join(tmp, "policies", "rules", "pod-security", "privileged-container", "policy.rego");
    // Break the rule: it now looks for a field no example sets.
    fs.writeFileSync(rule, fs.readFileSync(rule, "utf8").replace(".privileged == true", ".privilegedd == true"));
    const run = kubeward(["test", path.join(tmp, "policies"), "--format", "text"]);
    assert.is(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /FAIL privileged-container/);
    assert.match(run.stdout, /examples\/denied\/deployment\.yaml: expected a finding of privileged-container, got none/);
    assert.not.match(run.stdout, /^\d+ passed, 0 failed$/m);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test("junit output of kubeward test is a testsuites document", () => {
  const run = kubeward(["test", "--format", "junit", "--rule", "pss-host-ports"]);
  assert.is(run.status, 0, run.stderr);
  assert.match(run.stdout, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="kubeward test"/);
  assert.match(run.stdout, /classname="pss-host-ports"/);
  assert.not.match(run.stdout, /classname="privileged-container"/);
});

test.run();
