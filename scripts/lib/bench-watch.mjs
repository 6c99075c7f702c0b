// Watch mode's edit→result latency against the full rebuild, in one process: a temporary copy of
// policies/ (never the checkout's own), a forced full library build (what watch mode did before),
// then a rule edit and a lib edit re-run through the narrowed path the UI uses. Prints one JSON line.
//   node scripts/lib/bench-watch.mjs
import { build } from "esbuild";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-bench-watch-"));
try {
  // The library modules are TypeScript: bundle the two entry points the UI uses for this run.
  const entry = path.join(tmp, "entry.ts");
  fs.writeFileSync(entry, `export { streamLibraryTests } from ${JSON.stringify(path.join(root, "src/policy/run-library-tests.ts"))};\nexport { buildLibrary } from ${JSON.stringify(path.join(root, "src/policy/build-library.ts"))};\nexport { affectedRules } from ${JSON.stringify(path.join(root, "src/policy/watch-library.ts"))};\nexport { graphOf, readRegoSources } from ${JSON.stringify(path.join(root, "src/policy/library-graph.ts"))};\n`);
  // Inside the checkout (dist/ is build output) so the bundle resolves its packages from node_modules.
  const bundle = path.join(root, "dist", `.bench-watch-${process.pid}.mjs`);
  fs.mkdirSync(path.dirname(bundle), { recursive: true });
  await build({ entryPoints: [entry], bundle: true, platform: "node", format: "esm", outfile: bundle, packages: "external", logLevel: "error" });
  const kw = await import(bundle);
  fs.rmSync(bundle, { force: true });

  const policiesDir = path.join(tmp, "policies");
  fs.cpSync(path.join(root, "policies"), policiesDir, { recursive: true });
  const libraryDir = path.join(tmp, "library");
  const drain = async (change) => {
    let failed = 0;
    let tests = 0;
    for await (const e of kw.streamLibraryTests({ policiesDir, libraryDir, repoRoot: tmp, rules: change.rules === "all" ? undefined : change.rules, libTests: change.libTests, examplesOnly: change.examplesOnly, fast: true, now: () => performance.now() })) {
      if (e.type === "done") {
        failed = e.run.failed;
        tests = e.run.opa.length + e.run.examples.length;
      }
    }
    return { failed, tests };
  };
  const t0 = performance.now();
  await kw.buildLibrary(policiesDir, libraryDir, { force: true });
  const full = performance.now() - t0;

  // Real edits to code, as an author makes them (a comment-only edit re-runs only the lib's own
  // tests, which would flatter the figures). Affected rules come from the texts before and after,
  // as watch mode compares them.
  const timeEdit = async (rel, find, replace) => {
    const before = kw.readRegoSources(policiesDir);
    const file = path.join(policiesDir, rel);
    const text = fs.readFileSync(file, "utf8");
    if (!text.includes(find)) throw new Error(`${rel} no longer contains ${find}: update scripts/lib/bench-watch.mjs`);
    fs.writeFileSync(file, text.replace(find, replace));
    const started = performance.now();
    const sources = kw.readRegoSources(policiesDir);
    const change = kw.affectedRules([rel], kw.graphOf(sources), { sources, changes: [{ file: rel, before: before.get(rel), after: sources.get(rel) }] });
    const r = await drain(change);
    const ms = performance.now() - started;
    // Undone unmeasured, so each row's failures are its own edit's (the edits change messages).
    fs.writeFileSync(file, text);
    await drain(change);
    return { ms, rules: change.rules === "all" ? "all" : change.rules.length, ...r };
  };
  // The run watch mode starts with fills the caches a long-lived UI has (parsed examples, schemas).
  await drain({ rules: "all", examplesOnly: false });
  const rule = await timeEdit("rules/pod-security/privileged-container/policy.rego", "violation contains", "# edited\nviolation contains");
  const lib = await timeEdit("lib/quantity.rego", '_sign(num) := "-" if startswith(num, "-")', '_sign(num) := "-" if startswith(num, "-") == true');
  const secrets = await timeEdit("lib/secrets.rego", 'redact(value) := sprintf("[REDACTED, %d chars]"', 'redact(value) := sprintf("[REDACTED: %d chars]"');
  // A helper of the most shared lib, used by about 60 rules directly or through other libs.
  const k8s = await timeEdit("lib/k8s.rego", 'container_label(c) := sprintf("%s %q"', 'container_label(c) := sprintf("%s  %q"');
  // The worst case: how every accessor finds the pod template, which nearly every rule reaches.
  const k8sCore = await timeEdit("lib/k8s.rego", '_template := resource if kind == "Pod"', '_template := resource if "Pod" == kind');
  console.log(JSON.stringify({ full, rule, lib, secrets, k8s, k8sCore }));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
