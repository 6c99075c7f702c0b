// Watch mode's narrowing of lib edits to the Rego rules that changed: which top-level rules an
// edit touched, which rules and lib tests use them (through other libs too), and the cases where
// the text is not plain enough and the answer must widen rather than miss something.
import fs from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { closure, graphOf, libTestsUsing, readRegoSources } from "../../../src/policy/library-graph.ts";
import { changedRuleNames, codeOnly, libEditImpact, ruleBlocks } from "../../../src/policy/rule-impact.ts";
import { affectedRules } from "../../../src/policy/watch-library.ts";
import { packageRoot } from "../../../src/util/package-root.ts";

const base = `package kubeward.lib.base

# The kind. A comment naming helper() is not a use of it.
kind := input.kind

helper(x) := y if {
	y := x + 1
}

wrap(x) := helper(x) * 2

label := sprintf("%s", ["helper"])
`;

const files: Record<string, string> = {
  "main/main.rego": "package kubeward.main\n\nf := data.kubeward.rules[a][b]\n",
  "lib/base.rego": base,
  "lib/base_test.rego": "package kubeward.lib.base_test\n\nimport data.kubeward.lib.base\n\ntest_kind if base.kind\n",
  "lib/mid.rego": "package kubeward.lib.mid\n\nimport data.kubeward.lib.base\n\nuses_wrap := base.wrap(1)\n\nuses_kind := base.kind\n",
  "lib/mid_test.rego": "package kubeward.lib.mid_test\n\nimport data.kubeward.lib.mid\n\ntest_wrap if mid.uses_wrap == 4\n",
  "rules/c/one/policy.rego": "package kubeward.rules.c.one\n\nimport data.kubeward.lib.mid\n\nviolation contains 1 if mid.uses_wrap\n",
  "rules/c/two/policy.rego": "package kubeward.rules.c.two\n\nimport data.kubeward.lib.base\n\nviolation contains 1 if base.kind\n",
  "rules/c/three/policy.rego": "package kubeward.rules.c.three\n\nviolation contains 1 if data.kubeward.lib.base.label\n",
  "rules/c/four/policy.rego": "package kubeward.rules.c.four\n\nimport data.kubeward.lib.base as b\n\nviolation contains 1 if b[\"helper\"]\n",
};

const impactOf = (file: string, after: string, extra: Record<string, string> = {}) => {
  const sources = new Map(Object.entries({ ...files, ...extra, [file]: after }));
  return libEditImpact(graphOf(sources), sources, [{ file, before: files[file] as string, after }]);
};

test("codeOnly blanks comments and, when asked, string contents, keeping positions", () => {
  const src = 'x := "a # b" # note\ny := `raw "q"`\n';
  assert.is(codeOnly(src), 'x := "a # b"       \ny := `raw "q"`\n');
  assert.is(codeOnly(src, { strings: true }), 'x := "     "       \ny := `       `\n');
  assert.is(codeOnly(src).length, src.length);
  // A template string's expressions are code: they stay.
  assert.is(codeOnly('m := $"{k8s.kind} x"\n', { strings: true }), 'm := $"{k8s.kind} x"\n');
});

test("ruleBlocks groups every definition of a name and ignores comments; changedRuleNames compares them", () => {
  const blocks = ruleBlocks(base) as Map<string, string>;
  assert.equal([...blocks.keys()], ["kind", "helper", "wrap", "label"]);
  assert.ok((blocks.get("helper") as string).includes("y := x + 1"));
  assert.equal([...(changedRuleNames(base, base.replace("# The kind.", "# The object's kind.")) as Set<string>)], []);
  assert.equal([...(changedRuleNames(base, base.replace("x + 1", "x + 2")) as Set<string>)], ["helper"]);
  assert.equal([...(changedRuleNames(base, `${base}\nextra := 1\n`) as Set<string>)], ["extra"]);
  // A column-0 line opa fmt never writes: the file cannot be split, so the caller widens.
  assert.is(ruleBlocks("package p\n\n+ broken\n"), undefined);
});

test("an edit reaches the rules using the changed name, through the package and other libs", () => {
  // helper is used by wrap (same package), wrap by mid.uses_wrap, that by rule one and mid's test.
  assert.equal(impactOf("lib/base.rego", base.replace("x + 1", "x + 2")), { rules: ["four", "one"], libTests: ["lib/base_test.rego", "lib/mid_test.rego"] });
  // kind: rule two directly, mid.uses_kind (no rule uses it), the package's own test.
  assert.equal(impactOf("lib/base.rego", base.replace("input.kind", "input.object.kind")), { rules: ["four", "two"], libTests: ["lib/base_test.rego"] });
  // label: rule three by its inline data.… reference; "helper" inside its string is not a use.
  assert.equal(impactOf("lib/base.rego", base.replace('["helper"]', '["helper!"]')), { rules: ["four", "three"], libTests: ["lib/base_test.rego"] });
});

test("a comment-only edit re-runs just the lib's own tests; main/ using a changed name re-runs all", () => {
  assert.equal(impactOf("lib/base.rego", base.replace("# The kind.", "# Kind.")), { rules: [], libTests: ["lib/base_test.rego"] });
  const withMain = { "main/main.rego": "package kubeward.main\n\nimport data.kubeward.lib.base\n\nf := data.kubeward.rules[a][b] if base.kind\n" };
  assert.is(impactOf("lib/base.rego", base.replace("input.kind", "input.k"), withMain)?.rules, "all");
});

test("affectedRules uses the texts when it has them, and widens to the file graph when it cannot split a file", () => {
  const sources = new Map(Object.entries(files));
  const after = base.replace("input.kind", "input.object.kind");
  sources.set("lib/base.rego", after);
  const narrowed = affectedRules(["lib/base.rego"], graphOf(sources), { sources, changes: [{ file: "lib/base.rego", before: base, after }] });
  assert.equal(narrowed.rules, ["four", "two"]);
  assert.equal(narrowed.libTests, ["lib/base_test.rego"]);
  const broken = `${after}\n+ half typed\n`;
  sources.set("lib/base.rego", broken);
  const widened = affectedRules(["lib/base.rego"], graphOf(sources), { sources, changes: [{ file: "lib/base.rego", before: base, after: broken }] });
  assert.equal(widened.rules, ["four", "one", "three", "two"]);
});

test("the real library: an edit to k8s.container_label re-runs fewer rules than the file graph, and every rule calling it", () => {
  const policiesDir = path.join(packageRoot(), "policies");
  const sources = readRegoSources(policiesDir);
  const file = "lib/k8s.rego";
  const before = sources.get(file) as string;
  const after = before.replace('container_label(c) := sprintf("%s %q"', 'container_label(c) := sprintf("%s: %q"');
  assert.ok(after !== before, "lib/k8s.rego still defines container_label as this test expects");
  const edited = new Map(sources).set(file, after);
  const graph = graphOf(edited);
  const narrow = affectedRules([file], graph, { sources: edited, changes: [{ file, before, after }] });
  const wide = affectedRules([file], graph);
  assert.ok(Array.isArray(narrow.rules) && Array.isArray(wide.rules), "both narrowed to rule lists");
  const narrowRules = narrow.rules as string[];
  assert.ok(narrowRules.length < (wide.rules as string[]).length, `${narrowRules.length} < ${(wide.rules as string[]).length}`);
  // Every rule folder whose code mentions k8s.container_label is in the set.
  const direct = [...edited].filter(([f, t]) => f.startsWith("rules/") && /\bk8s\.container_label\b/.test(codeOnly(t))).map(([f]) => f.split("/")[2] as string);
  assert.ok(direct.length > 0);
  for (const id of direct) assert.ok(narrowRules.includes(id), `${id} calls k8s.container_label`);
  assert.ok(narrow.libTests?.includes("lib/k8s_test.rego"));
  assert.ok(fs.existsSync(path.join(policiesDir, file)));
});

test("the real library: a pod-security rule edit also re-runs the test that checks the PSS levels agree with Kubernetes", () => {
  const graph = graphOf(readRegoSources(path.join(packageRoot(), "policies")));
  const tests = libTestsUsing(graph, ["privileged-container"]);
  assert.ok(tests.includes("lib/pss_levels_test.rego"), tests.join(", "));
  assert.not.ok(tests.includes("lib/k8s_test.rego"));
  assert.equal(libTestsUsing(graph, ["image-mutable-tag"]), []);
  // It loads the category's rules, not their own tests (a category reference means the rules).
  const loaded = closure(graph, ["lib/pss_levels_test.rego"], { tests: true });
  assert.ok(loaded.includes("rules/pod-security/privileged-container/policy.rego"));
  assert.not.ok(loaded.some((f) => f.startsWith("rules/") && f.endsWith("_test.rego")), loaded.filter((f) => f.endsWith("_test.rego")).join(", "));
});

test.run();
