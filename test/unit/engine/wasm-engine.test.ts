// The engine through a real wasm build of a tiny library: sprintf on the wasm path, data set once
// per scan, Gatekeeper's input shape and inventory, kinds filtering, per-document error isolation.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { evaluateDocuments, type EngineConfig } from "../../../src/engine/evaluate-documents.ts";
import { DEFAULT_ENTRYPOINT, ENGINE_BUILTINS, hostBuiltinNames, loadEngine, type Engine } from "../../../src/engine/wasm-engine.ts";
import { KubewardError } from "../../../src/errors.ts";
import type { KubeObject, RawViolation } from "../../../src/types.ts";
import { makeDocument, pod } from "../../fixtures/engine/documents.ts";
import { buildTestWasm, testCatalog } from "../../fixtures/engine/policy.ts";

const wasm = buildTestWasm();
const catalog = testCatalog();
const config = (...ids: string[]): EngineConfig => ({ rules: ids.map((id) => ({ id, parameters: id === "echo" ? { greeting: "hi" } : {} })) });

/** Counts setData calls, to prove data is set once per scan. */
function counting(engine: Engine): Engine & { setDataCalls: number; evaluated: string[] } {
  const wrapped = {
    setDataCalls: 0,
    evaluated: [] as string[],
    entrypoints: engine.entrypoints,
    setData(data: object) {
      wrapped.setDataCalls++;
      engine.setData(data);
    },
    evaluate: (input: object, entrypoint?: string, context?: string) => {
      wrapped.evaluated.push((input as { review: { kind: { kind: string } } }).review.kind.kind);
      return engine.evaluate(input, entrypoint, context);
    },
  };
  return wrapped;
}

const msgs = (vs: RawViolation[], rule: string) => vs.filter((v) => v.rule === rule).map((v) => v.msg).sort();

test("loads the module and lists its entrypoints", async () => {
  const engine = await loadEngine(wasm);
  assert.equal(engine.entrypoints, [DEFAULT_ENTRYPOINT]);
});

test("sprintf on the wasm path is OPA's, and the review has Gatekeeper's shape", async () => {
  const engine = await loadEngine(wasm);
  const deploy: KubeObject = { apiVersion: "apps/v1", kind: "Deployment", metadata: { name: "web", namespace: "prod" }, spec: {} };
  const r = evaluateDocuments(engine, [makeDocument(deploy), makeDocument(pod("p"))], { config: config("echo"), catalog });
  assert.equal(r.errors, []);
  assert.is(r.violations.length, 2);
  const [d, p] = r.violations;
  assert.equal(d!.violations, [
    {
      rule: "echo",
      msg: '{"group": "apps", "kind": "Deployment", "version": "v1"}|web|prod|CREATE|{"groups": [], "username": "kubeward"}|null|false|{"greeting": "hi"}',
      details: { path: "metadata.name" },
    },
  ]);
  // core group is "", and a namespaced object without a namespace is reviewed in "default"
  assert.is(p!.violations[0]!.msg.split("|").slice(0, 3).join("|"), '{"group": "", "kind": "Pod", "version": "v1"}|p|default');
});

test("data is set once per scan, however many documents", async () => {
  const engine = counting(await loadEngine(wasm));
  evaluateDocuments(engine, [makeDocument(pod("a")), makeDocument(pod("b")), makeDocument(pod("c"))], { config: config("echo"), catalog });
  assert.is(engine.setDataCalls, 1);
});

test("the inventory has Gatekeeper's layout, cluster-scoped objects apart", async () => {
  const engine = await loadEngine(wasm);
  const docs = [
    makeDocument(pod("a", "team")),
    makeDocument({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "cfg", namespace: "team" } }),
    makeDocument({ apiVersion: "v1", kind: "ConfigMap", metadata: { name: "elsewhere", namespace: "other" } }),
    makeDocument({ apiVersion: "v1", kind: "Namespace", metadata: { name: "team" } }),
  ];
  const r = evaluateDocuments(engine, docs, { config: config("inventory-peek"), catalog });
  assert.equal(r.errors, []);
  assert.is(r.violations.length, 1, "only the Pod is of the rule's kinds");
  assert.equal(msgs(r.violations[0]!.violations, "inventory-peek"), ["cluster: team", "same namespace: ConfigMap cfg"]);
});

test("an object of a kind no enabled rule lists is not evaluated at all (kubeward.main would find nothing)", async () => {
  const engine = counting(await loadEngine(wasm));
  const crd: KubeObject = { apiVersion: "apiextensions.k8s.io/v1", kind: "CustomResourceDefinition", metadata: { name: "widgets.example.com" } };
  const r = evaluateDocuments(engine, [makeDocument(crd), makeDocument(pod("p"))], { config: config("echo"), catalog });
  assert.equal(engine.evaluated, ["Pod"]);
  assert.is(r.violations.length, 1);
  // Another entrypoint may gate otherwise: every document goes to it.
  const other = counting(await loadEngine(wasm));
  evaluateDocuments(other, [makeDocument(crd)], { config: config("echo"), catalog, entrypoint: DEFAULT_ENTRYPOINT.replace("findings", "alerts") });
  assert.equal(other.evaluated, ["CustomResourceDefinition"]);
});

test("kinds filter which rules see a document", async () => {
  const engine = await loadEngine(wasm);
  const svc: KubeObject = { apiVersion: "v1", kind: "Service", metadata: { name: "s" } };
  const r = evaluateDocuments(engine, [makeDocument(svc)], { config: config("echo", "inventory-peek"), catalog });
  assert.equal(r, { violations: [], errors: [] });
});

test("an engine error on one document is a report error for it; the others still evaluate", async () => {
  const engine = await loadEngine(wasm);
  const docs = [
    makeDocument(pod("first")),
    makeDocument(pod("bad", "ns", { boom: "yes" }), { file: "bad.yaml", line: 7 }),
    makeDocument(pod("last")),
  ];
  const r = evaluateDocuments(engine, docs, { config: config("echo", "boom"), catalog });
  assert.is(r.errors.length, 1);
  const e = r.errors[0]!;
  assert.is(e.file, "bad.yaml");
  assert.is(e.line, 7);
  assert.is(e.code, "engine");
  assert.match(e.message, /^evaluating Pod ns\/bad \(bad\.yaml:7\): /);
  assert.match(e.message, /conflict/);
  assert.equal(r.violations.map((v) => v.doc.ref.name), ["first", "last"]);
});

test("engine failures are KubewardErrors naming the caller's context", async () => {
  const engine = await loadEngine(wasm);
  try {
    engine.evaluate({}, "no/such/entrypoint", "rule x on a.yaml");
    assert.unreachable();
  } catch (e) {
    assert.instance(e, KubewardError);
    assert.is((e as KubewardError).code, "engine");
    assert.match((e as Error).message, /^rule x on a\.yaml: entrypoint no\/such\/entrypoint is not in the policy/);
  }
  try {
    await loadEngine(Buffer.from("not wasm"));
    assert.unreachable();
  } catch (e) {
    assert.instance(e, KubewardError);
    assert.match((e as Error).message, /^compiling policy\.wasm: /);
  }
});

test("a rule enabled but missing from the catalogue is a bundle error", async () => {
  const engine = await loadEngine(wasm);
  assert.throws(() => evaluateDocuments(engine, [], { config: { rules: [{ id: "nope" }] }, catalog }), (e: unknown) => e instanceof KubewardError && e.code === "bundle");
});

test("a resolved bundle is accepted as `bundle`", async () => {
  const engine = await loadEngine(wasm);
  const bundle = { name: "x", description: "", rules: [{ id: "echo", parameters: {} }] };
  const r = evaluateDocuments(engine, [makeDocument(pod("a"))], { bundle, catalog });
  assert.is(r.violations.length, 1);
});

test("the builtin registry lists sprintf, and the SDK's sprintf-js is gone", async () => {
  await loadEngine(wasm); // patches on first load
  assert.ok("sprintf" in ENGINE_BUILTINS);
  assert.equal(hostBuiltinNames(), ["json.is_valid", "regex.split", "sprintf", "yaml.is_valid", "yaml.marshal", "yaml.unmarshal"]);
});

test.run();
