// Which rules a change affects (watch mode re-runs only those), and the watcher on a real folder.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { affectedRules, watchLibrary, type LibraryChange } from "../../../src/policy/watch-library.ts";
import { runPatternFor } from "../../../src/policy/opa-test.ts";

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

test.run();
