// The scan's progress hook: phases in order, counts that reach their totals, a bounded number of
// calls from the evaluation loop, and a report identical to a scan without the hook.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { scan, type ScanProgress } from "../../../src/scan.ts";
import { evaluateDocuments, evaluateDocumentsYielding, PROGRESS_STEPS } from "../../../src/engine/evaluate-documents.ts";
import { parseDocuments } from "../../../src/parse/index.ts";
import type { Engine } from "../../../src/engine/wasm-engine.ts";
import type { Document } from "../../../src/types.ts";

const base = { paths: ["examples/app"], cwd: process.cwd(), version: "test", now: "2026-01-01" };

test("scan of files: discover, then each file parsed, then each document evaluated", async () => {
  const seen: ScanProgress[] = [];
  const withHook = await scan({ ...base, onProgress: (p) => seen.push(p) });
  const without = await scan(base);
  assert.equal(withHook, without, "the hook changes nothing in the report");
  const phases = seen.map((p) => p.phase).filter((p, i, all) => all[i - 1] !== p);
  assert.equal(phases, ["discover", "parse", "evaluate"]);
  const parse = seen.filter((p) => p.phase === "parse");
  assert.equal(parse.map((p) => p.done), [0, 1, 2, 3, 4, 5, 6]);
  assert.ok(parse.every((p) => p.total === 7 && /^examples\/app\/[a-z-]+\.yaml$/.test(p.label ?? "")));
  const evaluate = seen.filter((p) => p.phase === "evaluate");
  const last = evaluate.at(-1);
  assert.is(last?.done, without.summary.resources);
  assert.is(last?.total, without.summary.resources);
  assert.is(evaluate[0]?.done, 0, "the phase is announced before the first document");
});

// A stand-in engine: the wasm is beside the point when counting progress calls.
const fakeEngine: Engine = { entrypoints: ["kubeward/main/findings"], setData: () => undefined, evaluate: () => [] };
const manyDocuments = (n: number): Document[] => {
  const text = Array.from({ length: n }, (_, i) => `apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c${i}}\n`).join("---\n");
  return parseDocuments({ path: "many.yaml", text }).documents;
};

test("evaluation progress: at most PROGRESS_STEPS calls plus the last, whatever the number of documents", async () => {
  const docs = manyDocuments(1000);
  assert.is(docs.length, 1000);
  const calls: number[] = [];
  evaluateDocuments(fakeEngine, docs, { bundle: { rules: [] }, catalog: [], onProgress: (done, total) => {
    assert.is(total, 1000);
    calls.push(done);
  } });
  assert.ok(calls.length <= PROGRESS_STEPS + 1, `${calls.length} calls`);
  assert.ok(calls.length >= PROGRESS_STEPS / 2, `${calls.length} calls`);
  assert.is(calls.at(-1), 1000);
  assert.equal(calls, [...calls].sort((a, b) => a - b));
  const few: number[] = [];
  evaluateDocuments(fakeEngine, docs.slice(0, 3), { bundle: { rules: [] }, catalog: [], onProgress: (done) => few.push(done) });
  assert.equal(few, [1, 2, 3], "few documents: every one is reported");
});

test("the yielding evaluation hands the event loop back while it runs, with the same results", async () => {
  const docs = manyDocuments(300);
  let ticks = 0;
  const timer = setInterval(() => ticks++, 0);
  const engine: Engine = { ...fakeEngine, evaluate: () => {
    const until = performance.now() + 0.05; // a little work per document, as the wasm does
    while (performance.now() < until) { /* busy */ }
    return [];
  } };
  try {
    const yielding = await evaluateDocumentsYielding(engine, docs, { bundle: { rules: [] }, catalog: [], yieldEvery: 16 });
    assert.equal(yielding, evaluateDocuments(engine, docs, { bundle: { rules: [] }, catalog: [] }));
  } finally {
    clearInterval(timer);
  }
  assert.ok(ticks > 0, "a timer ran during the evaluation");
});

test.run();
