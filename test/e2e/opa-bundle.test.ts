// The OPA bundle in the real OPA: `opa run --server --bundle dist-like/all.tar.gz` on loopback, every
// example of every rule (and examples/) posted as an AdmissionReview to /v1/data/system/main and as
// a review to /v1/data/kubeward/main/findings. OPA's answers must equal kubeward's own, computed
// in-process from the same library, bundle and blocking severity. Each example file is its own
// little cluster: its inventory is PUT to /v1/data/inventory (outside the bundle's roots) first.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadBundleSpec, resolveBundle } from "../../src/config/bundle.ts";
import { buildPolicyData } from "../../src/engine/evaluate-documents.ts";
import { buildReviewInput } from "../../src/engine/review-input.ts";
import { loadEngine } from "../../src/engine/wasm-engine.ts";
import { readTarGz } from "../../src/engine/tar.ts";
import { buildLibrary } from "../../src/policy/build-library.ts";
import { collectExamples } from "../../src/policy/examples.ts";
import { buildOpaBundle } from "../../src/policy/opa-bundle.ts";
import { parseDocuments } from "../../src/parse/index.ts";
import { admissionResponse } from "../../src/report/admission-response.ts";
import type { Document, RawViolation } from "../../src/types.ts";
import { postJson, startOpa } from "./opa-server.ts";

const FAIL_ON = "medium" as const; // so the examples produce both denials and warnings

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

const normalise = (findings: unknown): string[] => ((findings as unknown[] | undefined) ?? []).map(canonical).sort();

// A few requests at a time: hundreds of simultaneous connections make a loaded 2-core machine
// refuse or reset some of them, which would be a failure of the test, not of OPA or kubeward.
async function inBatches<T>(items: T[], work: (item: T) => Promise<void>, size = 8): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

function yamlFilesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((f) => /\.ya?ml$/.test(f)).map((f) => path.join(dir, f)).sort();
}

test("the bundle's layout: manifest, data, wasm, Rego without tests or examples", async () => {
  const library = await buildLibrary(path.resolve("policies"), path.resolve("dist", "library"));
  const bundle = resolveBundle(loadBundleSpec("recommended"), library.catalog);
  const built = buildOpaBundle({ policiesDir: path.resolve("policies"), wasm: fs.readFileSync(library.wasmFile), catalog: library.catalog, libraryHash: library.hash, bundle, failOn: "high", version: "0.0.0-test" });
  const entries = new Map(readTarGz(built.archive).map((e) => [e.path, e.data]));
  const manifest = JSON.parse(entries.get(".manifest")!.toString("utf8")) as Record<string, unknown>;
  assert.equal(manifest.rego_version, 1);
  assert.equal(manifest.wasm, [{ entrypoint: "kubeward/main/findings", module: "/policy.wasm" }]);
  assert.ok((manifest.roots as string[]).includes("system") && (manifest.roots as string[]).includes("kubeward/config"));
  assert.not.ok((manifest.roots as string[]).includes("kubeward"), "data.kubeward.external must stay writable");
  assert.match(String(manifest.revision), /^recommended-[0-9a-f]{16}$/);
  const data = JSON.parse(entries.get("data.json")!.toString("utf8")) as { kubeward: { config: { rules: Record<string, { severity: string }>; admission: { fail_on: string } } } };
  // Audit-log detections are catalogued too, but only rules go into the admission bundle.
  const detections = new Set(library.catalog.filter((r) => r.family === "detection").map((r) => r.id));
  assert.is(Object.keys(data.kubeward.config.rules).length, bundle.rules.filter((r) => !detections.has(r.id)).length);
  assert.is(data.kubeward.config.rules["privileged-container"]?.severity, "high");
  assert.is(data.kubeward.config.admission.fail_on, "high");
  assert.ok(entries.has("policy.wasm") && entries.has("system/main.rego") && entries.has("main/main.rego"));
  assert.not.ok([...entries.keys()].some((p) => p.endsWith("_test.rego") || p.includes("/examples/")));
  // Reproducible: the same inputs give the same bytes.
  const again = buildOpaBundle({ policiesDir: path.resolve("policies"), wasm: fs.readFileSync(library.wasmFile), catalog: library.catalog, libraryHash: library.hash, bundle, failOn: "high", version: "0.0.0-test" });
  assert.ok(again.archive.equals(built.archive));
});

test("real opa run --server agrees with kubeward on every example: admission decision and findings", async () => {
  const library = await buildLibrary(path.resolve("policies"), path.resolve("dist", "library"));
  const bundle = resolveBundle(loadBundleSpec("all"), library.catalog);
  const severity = new Map(library.catalog.map((r) => [r.id, r.severity]));
  const engine = await loadEngine(fs.readFileSync(library.wasmFile));
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-opa-"));
  const file = path.join(tmp, "all.tar.gz");
  fs.writeFileSync(file, buildOpaBundle({ policiesDir: path.resolve("policies"), wasm: fs.readFileSync(library.wasmFile), catalog: library.catalog, libraryHash: library.hash, bundle, failOn: FAIL_ON, version: "0.0.0-test" }).archive);

  const groups: { name: string; documents: Document[] }[] = collectExamples(library.catalog, process.cwd()).filter((ex) => ex.rule.family !== "detection").map((ex) => ({ name: ex.file, documents: ex.documents }));
  for (const f of yamlFilesUnder("examples")) groups.push({ name: f, documents: parseDocuments({ path: f, text: fs.readFileSync(f, "utf8") }).documents });
  assert.ok(groups.length >= 30);

  // Every example of every rule goes through opa twice; on a busy 2-core machine that takes minutes,
  // so the safety kill must not fire first (it did at the default 3 minutes).
  const opa = await startOpa(["--bundle", file], { hardTimeoutMs: 20 * 60_000 });
  const mismatches: string[] = [];
  let documents = 0;
  let denied = 0;
  let warned = 0;
  try {
    for (const group of groups) {
      // As OPA sees it: without the Calico selectors only kubeward's engine parses beforehand.
      const data = buildPolicyData(bundle, library.catalog, group.documents, undefined, { precompute: false });
      engine.setData(data);
      const put = await postJson(`${opa.url}/v1/data/inventory`, data.inventory, "PUT");
      assert.is(put.status, 204, `PUT inventory: ${JSON.stringify(put.json)}`);
      await inBatches(
        group.documents,
        async (doc) => {
          documents += 1;
          const review = buildReviewInput(doc);
          const uid = `${group.name}#${doc.index}#${doc.line}`;
          const ours = (engine.evaluate(review) as RawViolation[] | undefined) ?? [];
          const expected = admissionResponse(uid, ours, (id) => severity.get(id)!, FAIL_ON);
          if (!expected.allowed) denied += 1;
          if (expected.warnings) warned += 1;
          const admission = await postJson(`${opa.url}/v1/data/system/main`, { input: { apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", request: { uid, ...review.review } } });
          const got = (admission.json.result as { apiVersion: string; kind: string; response: unknown } | undefined);
          if (!got || got.apiVersion !== "admission.k8s.io/v1" || got.kind !== "AdmissionReview" || canonical(got.response) !== canonical(expected)) {
            mismatches.push(`${uid} system/main\n  opa:      ${JSON.stringify(got?.response ?? admission.json)}\n  kubeward: ${JSON.stringify(expected)}`);
          }
          const findings = await postJson(`${opa.url}/v1/data/kubeward/main/findings`, { input: review });
          if (canonical(normalise(findings.json.result)) !== canonical(normalise(ours))) {
            mismatches.push(`${uid} kubeward/main/findings\n  opa:      ${JSON.stringify(findings.json.result)}\n  kubeward: ${JSON.stringify(ours)}`);
          }
        },
      );
    }
    // The findings entrypoint is answered by the bundle's policy.wasm (OPA's external resolver), not the Rego.
    const probe = await postJson(`${opa.url}/v1/data/kubeward/main/findings?metrics=true`, { input: buildReviewInput(groups[0]!.documents[0]!) });
    assert.ok("timer_rego_external_resolve_ns" in ((probe.json.metrics as Record<string, number> | undefined) ?? {}), `no wasm resolver in ${JSON.stringify(probe.json.metrics)}`);
    // A DELETE creates nothing: allowed, whatever the old object was.
    const del = await postJson(`${opa.url}/v1/data/system/main`, { input: { apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", request: { uid: "d", operation: "DELETE", kind: { group: "", version: "v1", kind: "Pod" }, object: null, oldObject: { apiVersion: "v1", kind: "Pod", metadata: { name: "p" }, spec: { containers: [{ name: "c", image: "x:latest", securityContext: { privileged: true } }] } } } } });
    assert.equal((del.json.result as { response: unknown }).response, { uid: "d", allowed: true });
    // Not an AdmissionReview: a clear refusal, not an empty answer.
    const bad = await postJson(`${opa.url}/v1/data/system/main`, { input: { hello: "world" } });
    assert.is(((bad.json.result as { response: { status: { code: number } } }).response.status.code), 400);
  } finally {
    await opa.stop();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
  assert.ok(mismatches.length === 0, `${mismatches.length} answers differ:\n${mismatches.slice(0, 8).join("\n")}`);
  assert.ok(denied >= 20 && warned >= 20, `the comparison must exercise denials and warnings (denied ${denied}, warned ${warned})`);
  console.log(`  opa server: ${documents} documents from ${groups.length} files, ${denied} denied, ${warned} with warnings — identical to kubeward`);
});

test.run();
