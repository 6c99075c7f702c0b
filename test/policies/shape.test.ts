// The library's shape, enforced cheaply (gatekeeper-library style): every rule folder has all its
// pieces and its names agree, so a rule can never be half-added.
import fs from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const rulesDir = path.resolve("policies", "rules");

function ruleFolders(): { category: string; id: string; dir: string }[] {
  const out: { category: string; id: string; dir: string }[] = [];
  for (const category of fs.readdirSync(rulesDir).sort()) {
    const catDir = path.join(rulesDir, category);
    if (!fs.statSync(catDir).isDirectory()) continue;
    for (const id of fs.readdirSync(catDir).sort()) {
      if (fs.statSync(path.join(catDir, id)).isDirectory()) out.push({ category, id, dir: path.join(catDir, id) });
    }
  }
  return out;
}

const folders = ruleFolders();

test("the library has rules", () => {
  assert.ok(folders.length >= 12, `expected at least the 12 PSS Baseline rules, found ${folders.length}`);
});

test("every rule folder has policy, tests, README and both kinds of example", () => {
  const problems: string[] = [];
  for (const { dir } of folders) {
    const rel = path.relative(process.cwd(), dir);
    for (const f of ["policy.rego", "policy_test.rego", "README.md"]) {
      if (!fs.existsSync(path.join(dir, f))) problems.push(`${rel}: missing ${f}`);
    }
    for (const kind of ["allowed", "denied"]) {
      const ex = path.join(dir, "examples", kind);
      const files = fs.existsSync(ex) ? fs.readdirSync(ex).filter((f) => /\.(ya?ml|json)$/.test(f) && !f.endsWith(".external.json")) : [];
      if (files.length === 0) problems.push(`${rel}: no examples/${kind}/*.yaml`);
    }
  }
  assert.equal(problems, []);
});

test("names agree: folder == custom.id == last package segment; tests in the _test package", () => {
  const problems: string[] = [];
  for (const { category, id, dir } of folders) {
    const rel = path.relative(process.cwd(), dir);
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(id)) problems.push(`${rel}: id must be kebab-case`);
    const pkg = `kubeward.rules.${category.replaceAll("-", "_")}.${id.replaceAll("-", "_")}`;
    const policy = fs.existsSync(path.join(dir, "policy.rego")) ? fs.readFileSync(path.join(dir, "policy.rego"), "utf8") : "";
    const tests = fs.existsSync(path.join(dir, "policy_test.rego")) ? fs.readFileSync(path.join(dir, "policy_test.rego"), "utf8") : "";
    if (!new RegExp(`^package ${pkg.replaceAll(".", "\\.")}$`, "m").test(policy)) problems.push(`${rel}/policy.rego: package must be ${pkg}`);
    if (!new RegExp(`^package ${pkg.replaceAll(".", "\\.")}_test$`, "m").test(tests)) problems.push(`${rel}/policy_test.rego: package must be ${pkg}_test`);
    if (!new RegExp(`^#\\s+id: ${id}\\s*$`, "m").test(policy)) problems.push(`${rel}/policy.rego: METADATA custom.id must be ${id}`);
    if (!new RegExp(`^#\\s+category: ${category}\\s*$`, "m").test(policy)) problems.push(`${rel}/policy.rego: METADATA custom.category must be ${category}`);
  }
  assert.equal(problems, []);
});

test("every bundle file is named after its name field", () => {
  for (const f of fs.readdirSync("bundles").filter((x) => x.endsWith(".yaml"))) {
    const text = fs.readFileSync(path.join("bundles", f), "utf8");
    assert.match(text, new RegExp(`^name: ${f.replace(/\.yaml$/, "")}$`, "m"), `bundles/${f}`);
  }
});

test.run();
