// The differential check for the audit-log detections: every event of every detection example and
// of examples/audit/cluster-day.jsonl is evaluated by the compiled wasm in-process AND by the real
// `opa eval` from the Rego sources, for both entrypoints (alerts and signals), with every detection
// enabled. The results must be identical. One opa process evaluates every case.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { loadBundleSpec, resolveBundle } from "../../src/config/bundle.ts";
import { ALERTS_ENTRYPOINT, SIGNALS_ENTRYPOINT, buildDetectionData } from "../../src/engine/evaluate-events.ts";
import { loadEngine } from "../../src/engine/wasm-engine.ts";
import { buildLibrary } from "../../src/policy/build-library.ts";
import { collectExamples } from "../../src/policy/examples.ts";
import { LIBRARY_IGNORES, runOpa } from "../../src/policy/opa.ts";
import { parseAuditEvents } from "../../src/sources/audit-log.ts";

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`).join(",")}}`;
  }
  return JSON.stringify(value);
}
const normalise = (set: unknown): string => ((set as unknown[] | undefined) ?? []).map(canonical).sort().join("\n");

test("wasm in-process and opa eval agree on every detection example and on the example day", async () => {
  const library = await buildLibrary(path.resolve("policies"), path.resolve("dist", "library"));
  const bundle = resolveBundle(loadBundleSpec("all"), library.catalog);
  const data = buildDetectionData(bundle, library.catalog);
  assert.ok(Object.keys(data.kubeward.config.detections).length >= 25);
  const engine = await loadEngine(fs.readFileSync(library.wasmFile));
  engine.setData(data);

  const events: { name: string; event: unknown }[] = [];
  for (const ex of collectExamples(library.catalog.filter((r) => r.family === "detection"), process.cwd())) {
    for (const e of ex.events ?? []) events.push({ name: `${ex.file}:${e.line}`, event: e.event });
  }
  const day = "examples/audit/cluster-day.jsonl";
  for (const item of parseAuditEvents(fs.readFileSync(day, "utf8"), day)) {
    if ("event" in item) events.push({ name: `${day}:${item.line}`, event: item.event });
  }
  const wasm = events.map((e) => [normalise(engine.evaluate(e.event as object, ALERTS_ENTRYPOINT)), normalise(engine.evaluate(e.event as object, SIGNALS_ENTRYPOINT))]);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-diff-audit-"));
  try {
    const dataFile = path.join(tmp, "data.json");
    fs.writeFileSync(dataFile, JSON.stringify({ kubeward: data.kubeward, differential: { events: events.map((e) => e.event) } }));
    const query = "some i; a := data.kubeward.audit.alerts with input as data.differential.events[i]; s := data.kubeward.audit.signals with input as data.differential.events[i]";
    const { stdout } = await runOpa(["eval", "--format", "json", ...LIBRARY_IGNORES, "--ignore", "*_test.rego", "-d", "policies", "-d", dataFile, query], { code: "policy-test" });
    const go: string[][] = [];
    for (const sol of (JSON.parse(stdout) as { result: { bindings: { i: number; a: unknown[]; s: unknown[] } }[] }).result) {
      go[sol.bindings.i] = [normalise(sol.bindings.a), normalise(sol.bindings.s)];
    }
    assert.is(go.length, events.length);
    const mismatches = events.flatMap((e, i) => (go[i]![0] === wasm[i]![0] && go[i]![1] === wasm[i]![1] ? [] : [`${e.name}\n  opa:  ${go[i]!.join(" | ")}\n  wasm: ${wasm[i]!.join(" | ")}`]));
    assert.ok(mismatches.length === 0, `${mismatches.length} of ${events.length} events differ:\n${mismatches.slice(0, 10).join("\n")}`);
    const alerting = go.filter((r) => r[0] !== "").length;
    assert.ok(alerting >= 25, `alerts on at least one event per detection, got ${alerting}`);
    console.log(`  detections differential: ${events.length} events, ${alerting} with alerts, identical`);
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
