// Which rules a change affects (watch mode re-runs only those), and the watcher on a real folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { affectedRules, watchLibrary, type LibraryChange } from "../../../src/policy/watch-library.ts";
import { runPatternFor } from "../../../src/policy/opa-test.ts";
import { mergeScopes } from "../../../src/ui/hooks/use-test-stream.ts";

test("a rule's files affect that rule; examples alone need no opa run; lib affects all", () => {
  assert.equal(affectedRules(["rules/pod-security/privileged-container/policy.rego"]), { files: ["rules/pod-security/privileged-container/policy.rego"], rules: ["privileged-container"], examplesOnly: false });
  assert.equal(affectedRules(["rules/images/image-mutable-tag/examples/denied/pod.yaml"]).examplesOnly, true);
  assert.equal(affectedRules(["lib/k8s.rego", "rules/images/x/policy.rego"]).rules, "all");
});

test("opa --run pattern selects exactly the rules' test packages", () => {
  const re = new RegExp(runPatternFor(["kubeward.rules.a.b", "kubeward.rules.c.d"]));
  assert.ok(re.test("data.kubeward.rules.a.b_test.test_x"));
  assert.ok(re.test("data.kubeward.rules.c.d_test.test_y"));
  assert.not.ok(re.test("data.kubeward.rules.a.bb_test.test_x"));
});

test("watchLibrary reports one change per burst of edits", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-watch-"));
  const ruleDir = path.join(dir, "rules", "images", "demo");
  fs.mkdirSync(ruleDir, { recursive: true });
  const changes: LibraryChange[] = [];
  const stop = watchLibrary(dir, (c) => changes.push(c), { settleMs: 100 });
  try {
    fs.writeFileSync(path.join(ruleDir, "policy.rego"), "package x\n");
    fs.writeFileSync(path.join(ruleDir, "policy.rego"), "package x\n\n");
    const deadline = Date.now() + 3000;
    while (changes.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.is(changes.length, 1);
    assert.equal(changes[0]?.rules, ["demo"]);
  } finally {
    stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("watchLibrary narrows a lib edit by the text it saw before: only the rule using the edited function", async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kw-watch-lib-"));
  const write = (rel: string, text: string) => {
    fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    fs.writeFileSync(path.join(dir, rel), text);
  };
  write("lib/util.rego", "package kubeward.lib.util\n\nfirst(x) := x\n\nsecond(x) := x\n");
  write("lib/util_test.rego", "package kubeward.lib.util_test\n\nimport data.kubeward.lib.util\n\ntest_first if util.first(1) == 1\n");
  write("rules/c/uses-first/policy.rego", "package kubeward.rules.c.uses_first\n\nimport data.kubeward.lib.util\n\nviolation contains 1 if util.first(1)\n");
  write("rules/c/uses-second/policy.rego", "package kubeward.rules.c.uses_second\n\nimport data.kubeward.lib.util\n\nviolation contains 1 if util.second(1)\n");
  const changes: LibraryChange[] = [];
  const stop = watchLibrary(dir, (c) => changes.push(c), { settleMs: 100 });
  try {
    write("lib/util.rego", "package kubeward.lib.util\n\nfirst(x) := x\n\nsecond(x) := x + 0\n");
    const deadline = Date.now() + 3000;
    while (changes.length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    assert.equal(changes[0]?.rules, ["uses-second"]);
    assert.equal(changes[0]?.libTests, ["lib/util_test.rego"]);
  } finally {
    stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a run that replaces an unfinished one keeps the rules that one was re-running", () => {
  const a = { rules: ["one"], examplesOnly: true, libTests: [] };
  assert.equal(mergeScopes(undefined, a), a);
  assert.equal(mergeScopes(a, { rules: ["two"], examplesOnly: false, libTests: ["lib/x_test.rego"] }), { rules: ["one", "two"], examplesOnly: false, libTests: ["lib/x_test.rego"] });
  assert.is(mergeScopes(a, { rules: "all", examplesOnly: false, libTests: [] }).rules, "all");
});

test.run();
