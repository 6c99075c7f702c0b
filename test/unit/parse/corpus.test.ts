// Every real manifest in the shared corpus must parse without errors (DESIGN.md §1: parse what
// Kubernetes accepts). The corpus lives next to the repository; KUBEWARD_CORPUS overrides.
import fs from "node:fs";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseDocuments } from "../../../src/parse/index.ts";

function repoRoot(): string {
  for (let dir = process.cwd(); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, "package.json");
    if (fs.existsSync(pkg) && (JSON.parse(fs.readFileSync(pkg, "utf8")) as { name?: string }).name === "kubeward") return dir;
    if (path.dirname(dir) === dir) return process.cwd();
  }
}

const corpus = process.env.KUBEWARD_CORPUS ?? path.resolve(repoRoot(), "..", "shared", "corpus");
const manifests = path.join(corpus, "manifests");

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (/\.(ya?ml|json)$/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

if (!fs.existsSync(manifests)) {
  console.log(`SKIPPED: ../shared/corpus not found (looked in ${manifests}; set KUBEWARD_CORPUS)`);
  test("corpus absent — skipped", () => {});
} else {
  const files = listFiles(manifests);
  const results = new Map(files.map((f) => [path.relative(manifests, f), parseDocuments({ path: path.relative(manifests, f), text: fs.readFileSync(f, "utf8") })]));

  test(`every corpus file parses with zero errors (${files.length} files)`, () => {
    const errors = [...results.values()].flatMap((r) => r.errors).map((e) => `${e.file}:${e.line}: ${e.message}`);
    assert.equal(errors, []);
    const documents = [...results.values()].reduce((n, r) => n + r.documents.length, 0);
    assert.ok(documents > files.length, `only ${documents} documents`);
  });

  test("the files js-yaml rejects: duplicate keys recorded, flow sequences closed at key indent read", () => {
    const tekton = results.get(path.join("tekton-pipeline", "config", "controller.yaml"));
    if (tekton) {
      const deploy = tekton.documents.find((d) => d.ref.kind === "Deployment");
      const args = (deploy?.object.spec as { template: { spec: { containers: { args?: unknown[] }[] } } } | undefined)?.template.spec.containers[0]?.args;
      assert.ok(Array.isArray(args) && args.length > 4);
    }
    const dup = results.get(path.join("kubernetes-examples", "_archived", "volumes", "scaleio", "sc-pvc.yaml"));
    if (dup) assert.ok(dup.documents.some((d) => (d.duplicateKeys ?? []).length > 0));
  });

  // Positions cost a second parse, so a deterministic sample of one file in ten keeps the suite quick.
  test("locate resolves metadata.name on a sample of the corpus", () => {
    [...results.values()].forEach((r, i) => {
      if (i % 10 !== 0) return;
      for (const d of r.documents) {
        if (typeof d.object.metadata?.name !== "string") continue;
        const line = d.locate("metadata.name");
        assert.ok(line !== undefined && line >= d.line, `${d.file} ${d.ref.name}`);
      }
    });
  });
}

test.run();
