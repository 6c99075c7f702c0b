// Watch mode's narrowed re-run: which rules an edit affects (from the import graph), which files a
// one-rule compile needs, and the real thing — a rule compiled alone with opa, its tests and
// examples run, an edit that breaks it seen as failures.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { subsetFiles } from "../../../src/policy/build-rule-subset.ts";
import { closure, parseRegoFile, readLibraryGraph, rulesAffectedBy, type LibraryGraph } from "../../../src/policy/library-graph.ts";
import { streamLibraryTests, type TestRun } from "../../../src/policy/run-library-tests.ts";
import { affectedRules } from "../../../src/policy/watch-library.ts";
import { packageRoot } from "../../../src/util/package-root.ts";
import { skipWithoutOpa } from "../../fixtures/pinned-opa.ts";

const root = packageRoot();

const graph: LibraryGraph = {
  files: [
    parseRegoFile("main/main.rego", "package kubeward.main\nf := data.kubeward.rules[a][b]\n"),
    parseRegoFile("lib/base.rego", "package kubeward.lib.base\nx := 1\n"),
    parseRegoFile("lib/mid.rego", "package kubeward.lib.mid\n\nimport data.kubeward.lib.base\ny := base.x\n"),
    parseRegoFile("lib/fixtures_test.rego", "package kubeward.test.fixtures\npod := {}\n"),
    parseRegoFile("rules/c/one/policy.rego", "package kubeward.rules.c.one\n\nimport data.kubeward.lib.mid\nviolation contains 1 if mid.y\n"),
    parseRegoFile("rules/c/one/policy_test.rego", "package kubeward.rules.c.one_test\n\nimport data.kubeward.test.fixtures as fx\n"),
    parseRegoFile("rules/c/two/policy.rego", "package kubeward.rules.c.two\nviolation contains 1 if data.kubeward.lib.base.x\n"),
    parseRegoFile("rules/c/three/policy.rego", "package kubeward.rules.c.three\nviolation contains 1 if true\n"),
  ],
};

test("a lib edit affects the rules that reach it, through other libs and test fixtures", () => {
  assert.equal(rulesAffectedBy(graph, ["lib/base.rego"]), ["one", "two"]);
  assert.equal(rulesAffectedBy(graph, ["lib/mid.rego"]), ["one"]);
  assert.equal(rulesAffectedBy(graph, ["lib/fixtures_test.rego"]), ["one"]);
  assert.equal(rulesAffectedBy(graph, ["rules/c/three/policy.rego"]), ["three"]);
  assert.is(rulesAffectedBy(graph, ["main/main.rego"]), "all");
});

test("affectedRules with the graph narrows lib edits; a lib test no rule uses re-runs all", () => {
  assert.equal(affectedRules(["lib/mid.rego"], graph).rules, ["one"]);
  assert.equal(affectedRules(["lib/mid.rego", "rules/c/three/examples/denied/p.yaml"], graph).rules, ["one", "three"]);
  assert.is(affectedRules(["lib/base_test.rego"], graph).rules, "all");
  assert.is(affectedRules(["capabilities.json"], graph).rules, "all");
  assert.equal(affectedRules(["detections/access/pod-exec/policy.rego"], graph).rules, ["pod-exec"]);
});

test("a one-rule compile loads main/, the rule and the libs it reaches — no tests, no other rule", () => {
  assert.equal(closure(graph, ["rules/c/one/policy.rego"]), ["lib/base.rego", "lib/mid.rego", "rules/c/one/policy.rego"]);
  const s = subsetFiles(graph, ["one"]);
  assert.equal(s.files, ["lib/base.rego", "lib/mid.rego", "main/main.rego", "rules/c/one/policy.rego"]);
  assert.equal(s.testFiles, ["lib/base.rego", "lib/fixtures_test.rego", "lib/mid.rego", "rules/c/one/policy.rego", "rules/c/one/policy_test.rego"]);
});

test("the real library: lib/quantity.rego affects exactly the rules importing it", () => {
  const real = readLibraryGraph(path.join(root, "policies"));
  assert.equal(rulesAffectedBy(real, ["lib/quantity.rego"]), ["qos-not-guaranteed", "requests-exceed-limits"]);
});

const drain = async (opts: Parameters<typeof streamLibraryTests>[0]) => {
  const rules = new Set<string>();
  let run: TestRun | undefined;
  for await (const e of streamLibraryTests(opts)) {
    if (e.type === "catalog") for (const r of e.rules) rules.add(r.id);
    if (e.type === "done") run = e.run;
  }
  return { rules: [...rules], run: run as TestRun };
};

test("a narrowed run compiles one rule alone, passes, and sees an edit that breaks it", async () => {
  if (skipWithoutOpa()) return;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-subset-"));
  try {
    const policiesDir = path.join(tmp, "policies");
    fs.cpSync(path.join(root, "policies"), policiesDir, { recursive: true });
    const opts = { policiesDir, libraryDir: path.join(tmp, "library"), repoRoot: tmp, rules: ["privileged-container"], fast: true };
    const good = await drain(opts);
    assert.equal(good.rules, ["privileged-container"]);
    assert.ok(good.run.opa.length > 0 && good.run.examples.length > 0, "opa tests and examples both ran");
    assert.is(good.run.failed, 0);
    const file = path.join(policiesDir, "rules/pod-security/privileged-container/policy.rego");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("privileged == true", "privileged == \"never\""));
    const bad = await drain(opts);
    assert.ok(bad.run.failed > 0, "the broken rule's tests and denied examples fail");
    assert.ok(bad.run.examples.some((e) => e.expect === "denied" && !e.ok));
    assert.ok(fs.readdirSync(path.join(tmp, "library", "subsets")).length === 2, "each content gets its own cached build");
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
