// Measures the YAML loaders kubeward could use on the real-manifest corpus: which files each rejects,
// how many documents it yields and how long it takes. The numbers recorded at the top of
// src/parse/index.ts come from here.
//   node scripts/measure-parsers.mjs [--runs N]        (corpus: $KUBEWARD_CORPUS or ../shared/corpus)
import { build } from "esbuild";
import fs from "node:fs";
import path from "node:path";
import * as jsyaml from "js-yaml";
import * as YAML from "yaml";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const corpus = process.env.KUBEWARD_CORPUS ?? path.resolve(root, "..", "shared", "corpus");
const manifests = path.join(corpus, "manifests");
const runsArg = process.argv.indexOf("--runs");
const runs = runsArg === -1 ? 5 : Number(process.argv[runsArg + 1]);

if (!fs.existsSync(manifests)) {
  console.log(`SKIPPED: corpus not found at ${manifests} (set KUBEWARD_CORPUS)`);
  process.exit(0);
}

// Our parser is TypeScript: bundle it once to a temporary module.
// Inside the repository so the bundle resolves js-yaml and yaml from node_modules.
const outfile = path.join(root, ".kubeward-cache", "measure-parsers", "parse.mjs");
await build({ entryPoints: [path.join(root, "src/parse/index.ts")], outfile, bundle: true, platform: "node", format: "esm", target: "node20", packages: "external", logLevel: "error", absWorkingDir: root });
const { parseDocuments } = await import(outfile);

const files = [];
const walk = (dir) => {
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p);
    else if (/\.(ya?ml|json)$/i.test(e.name)) files.push({ rel: path.relative(manifests, p), text: fs.readFileSync(p, "utf8") });
  }
};
walk(manifests);
const bytes = files.reduce((n, f) => n + Buffer.byteLength(f.text), 0);

const yamlPkgAll = (text) => {
  const docs = YAML.parseAllDocuments(text);
  if (!Array.isArray(docs)) return [];
  for (const d of docs) if (d.errors.length) throw d.errors[0];
  return docs.map((d) => d.toJS());
};

let objects = 0;
let skipped = 0;
const parsers = [
  ["js-yaml loadAll (default)", (t) => jsyaml.loadAll(t).length],
  ["js-yaml loadAll json:true", (t) => jsyaml.loadAll(t, { json: true }).length],
  ["yaml parseAllDocuments", (t) => yamlPkgAll(t).length],
  // Counted like the others (YAML documents); Kubernetes objects after List flattening are shown below.
  ["kubeward parseDocuments", (t, rel) => {
    const r = parseDocuments({ path: rel, text: t });
    if (r.errors.length) throw new Error(`${r.errors[0].line}: ${r.errors[0].message}`);
    objects += r.documents.length;
    skipped += r.skipped;
    return new Set(r.documents.map((d) => d.index)).size + r.skipped;
  }],
];

console.log(`corpus: ${manifests}  (${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${runs} runs, median)`);
console.log("");
console.log("| parser | files rejected | documents | ms (median) |");
console.log("|---|---:|---:|---:|");
const details = [];
for (const [name, fn] of parsers) {
  const times = [];
  let rejected = [];
  let documents = 0;
  for (let run = 0; run < runs + 1; run++) {
    rejected = [];
    documents = 0;
    objects = 0;
    skipped = 0;
    const t0 = performance.now();
    for (const f of files) {
      try {
        documents += fn(f.text, f.rel);
      } catch (e) {
        rejected.push(`${f.rel}: ${String(e?.message ?? e).split("\n")[0]}`);
      }
    }
    if (run > 0) times.push(performance.now() - t0); // run 0 warms the JIT
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  console.log(`| ${name} | ${rejected.length} | ${documents} | ${median.toFixed(0)} |`);
  details.push([name, rejected]);
}
console.log(`\nkubeward: ${objects} Kubernetes objects (List items flattened), ${skipped} documents skipped (empty or not Kubernetes)`);
console.log(`kubeward / js-yaml default time: see the table (ratio = js-yaml ms / kubeward ms is the parse-only ceiling fraction)`);
for (const [name, rejected] of details) {
  if (rejected.length === 0) continue;
  console.log(`\n${name} rejects:`);
  for (const r of rejected) console.log(`  ${r}`);
}
