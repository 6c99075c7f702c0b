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
  fs.writeFileSync(entry, `export { streamLibraryTests } from ${JSON.stringify(path.join(root, "src/policy/run-library-tests.ts"))};\nexport { buildLibrary } from ${JSON.stringify(path.join(root, "src/policy/build-library.ts"))};\nexport { affectedRules } from ${JSON.stringify(path.join(root, "src/policy/watch-library.ts"))};\nexport { readLibraryGraph } from ${JSON.stringify(path.join(root, "src/policy/library-graph.ts"))};\n`);
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
    for await (const e of kw.streamLibraryTests({ policiesDir, libraryDir, repoRoot: tmp, rules: change.rules === "all" ? undefined : change.rules, examplesOnly: change.examplesOnly, fast: true, now: () => performance.now() })) {
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

  // An edit that changes the compiled module (a comment would, too: the hash is over content).
  const edit = (rel) => fs.appendFileSync(path.join(policiesDir, rel), `\n# bench edit ${Date.now()}\n`);
  const timeEdit = async (rel) => {
    edit(rel);
    const started = performance.now();
    const change = kw.affectedRules([rel], kw.readLibraryGraph(policiesDir));
    const r = await drain(change);
    return { ms: performance.now() - started, rules: change.rules === "all" ? "all" : change.rules.length, ...r };
  };
  const rule = await timeEdit("rules/pod-security/privileged-container/policy.rego");
  const lib = await timeEdit("lib/quantity.rego");
  const secrets = await timeEdit("lib/secrets.rego");
  // The most shared lib: most rules reach it, so this is close to a full run.
  const k8s = await timeEdit("lib/k8s.rego");
  console.log(JSON.stringify({ full, rule, lib, secrets, k8s }));
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
