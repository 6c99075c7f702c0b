import { test } from "uvu";
import * as assert from "uvu/assert";
import { parseDocuments } from "../../../src/parse/index.ts";
import { fixture, lineOf } from "./helpers.ts";

test("multi-document stream: each document has its own first line and index; non-Kubernetes documents are skipped and counted", () => {
  const f = fixture("multi-doc.yaml");
  const r = parseDocuments(f);
  assert.equal(r.errors, []);
  assert.equal(r.documents.map((d) => [d.ref.name, d.index, d.line]), [
    ["first", 0, 3],
    ["web", 1, 12],
  ]);
  // an empty document between two `---`, a plain mapping, a sequence
  assert.is(r.skipped, 3);
  assert.equal(r.documents[0]?.ref, { apiVersion: "v1", kind: "ConfigMap", name: "first", namespace: "team-a" });
  assert.equal(r.documents[1]?.ref, { apiVersion: "apps/v1", kind: "Deployment", name: "web" });
  assert.is(r.documents[0]?.file, "fixtures/multi-doc.yaml");
});

test("locate: nested paths and indices resolve to the field's line", () => {
  const f = fixture("multi-doc.yaml");
  const web = parseDocuments(f).documents[1];
  assert.ok(web);
  assert.is(web.locate("spec.template.spec.containers[0].securityContext.privileged"), lineOf(f, "privileged: true"));
  assert.is(web.locate("spec.template.spec.containers[1]"), lineOf(f, "- name: sidecar"));
  assert.is(web.locate("spec.template.spec.containers[1].image"), lineOf(f, "image: envoy"));
  assert.is(web.locate("metadata.name"), lineOf(f, "name: web"));
});

test("locate: resolves as far as the path exists, undefined when the first segment does not", () => {
  const f = fixture("multi-doc.yaml");
  const web = parseDocuments(f).documents[1];
  assert.ok(web);
  assert.is(web.locate("spec.template.spec.containers[0].securityContext.runAsNonRoot"), lineOf(f, "securityContext:"));
  assert.is(web.locate("spec.template.spec.containers[7].image"), lineOf(f, "containers:"));
  assert.is(web.locate("status.phase"), undefined);
  assert.is(web.locate(""), web.line);
});

test("locate: flow mappings and sequences", () => {
  const f = fixture("multi-doc.yaml");
  const web = parseDocuments(f).documents[1];
  assert.ok(web);
  const portsLine = lineOf(f, "ports: [");
  assert.is(web.locate("spec.template.spec.containers[1].ports[1].containerPort"), portsLine);
  assert.is(web.locate("spec.template.spec.containers[1].ports[0].protocol"), portsLine);
});

test("List and *List kinds are flattened to their items, each with its own line and locate", () => {
  const f = fixture("list.yaml");
  const r = parseDocuments(f);
  assert.equal(r.errors, []);
  assert.equal(r.documents.map((d) => [d.ref.kind, d.ref.name, d.index, d.line]), [
    ["Pod", "one", 0, lineOf(f, "- apiVersion: v1")],
    ["Service", "two", 0, lineOf(f, "- apiVersion: v1", 13)],
  ]);
  assert.is(r.skipped, 1); // the scalar item
  const [pod, svc] = r.documents;
  assert.is(pod?.locate("spec.containers[0].image"), lineOf(f, "image: busybox"));
  assert.is(svc?.locate("spec.ports[0].port"), lineOf(f, "port: 80"));
  assert.is(svc?.locate("metadata.namespace"), lineOf(f, "namespace: prod"));
  // a path that does not exist in this item does not leak into the list's own fields
  assert.is(pod?.locate("items"), undefined);
  assert.is(svc?.ref.namespace, "prod");
});

test("kubectl's PodList: items flattened, generateName shown with a trailing *", () => {
  const f = fixture("pod-list.yaml");
  const r = parseDocuments(f);
  assert.is(r.documents.length, 1);
  const d = r.documents[0];
  assert.equal(d?.ref, { apiVersion: "v1", kind: "Pod", name: "worker-*", namespace: "jobs" });
  assert.is(d?.line, 3);
  assert.is(d?.locate("spec.hostNetwork"), lineOf(f, "hostNetwork"));
});

test("duplicate keys: the last one wins (as the API server reads it) and is recorded on the Document", () => {
  const f = fixture("duplicate-keys.yaml");
  const r = parseDocuments(f);
  assert.equal(r.errors, []);
  const d = r.documents[0];
  assert.ok(d);
  assert.is((d.object.metadata?.labels as Record<string, string>).app, "second");
  const container = (d.object.spec as { containers: { securityContext: { privileged: boolean } }[] }).containers[0];
  assert.is(container?.securityContext.privileged, true);
  assert.equal(d.duplicateKeys, [
    { path: "metadata.labels.app", line: lineOf(f, "app: second") },
    { path: "spec.containers[0].securityContext.privileged", line: lineOf(f, "privileged: true") },
  ]);
  // locate points at the winning key too
  assert.is(d.locate("spec.containers[0].securityContext.privileged"), lineOf(f, "privileged: true"));
});

test("no duplicateKeys property on ordinary documents", () => {
  const d = parseDocuments(fixture("list.yaml")).documents[0];
  assert.is(d && "duplicateKeys" in d, false);
});

test("a flow sequence closed at its key's indentation (tekton, istio) parses as Go's YAML reads it", () => {
  const f = fixture("closing-bracket-at-key-indent.yaml");
  const r = parseDocuments(f);
  assert.equal(r.errors, []);
  const d = r.documents[0];
  assert.ok(d);
  const c = (d.object.spec as { template: { spec: { containers: { args: string[] }[] } } }).template.spec.containers[0];
  assert.equal(c?.args, ["-a", "one", "-b", "two"]);
  assert.is(d.locate("spec.template.spec.containers[0].securityContext.runAsNonRoot"), lineOf(f, "runAsNonRoot"));
});

test("invalid YAML: one error with the problem's line; the file's other documents still parse", () => {
  const f = fixture("invalid-middle.yaml");
  const r = parseDocuments(f);
  assert.equal(r.documents.map((d) => [d.ref.name, d.index, d.line]), [
    ["before", 0, 1],
    ["after", 2, 14],
  ]);
  assert.is(r.errors.length, 1);
  const e = r.errors[0];
  assert.is(e?.file, "fixtures/invalid-middle.yaml");
  assert.is(e?.code, "parse");
  // the unterminated flow mapping opened on line 10 fails where the next key appears
  assert.is(e?.line, lineOf(f, "labels: {a: 1") + 1);
  assert.match(e?.message ?? "", /^invalid YAML: Flow map .* end with a \}/);
});

test("invalid YAML in a single-document file reports the exact line", () => {
  const r = parseDocuments({ path: "bad.yaml", text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: x\n   bad: indentation\n" });
  assert.is(r.documents.length, 0);
  assert.equal(r.errors.map((e) => [e.file, e.line, e.code]), [["bad.yaml", 5, "parse"]]);
});

test("JSON files: value and locate, including bracket-quoted keys with dots and slashes", () => {
  const f = fixture("pod.json");
  const r = parseDocuments(f);
  assert.equal(r.errors, []);
  const d = r.documents[0];
  assert.ok(d);
  assert.is(d.line, 1);
  assert.equal(d.ref, { apiVersion: "v1", kind: "Pod", name: "json-pod" });
  assert.is(d.locate("spec.containers[0].securityContext.privileged"), lineOf(f, '"privileged"'));
  assert.is(d.locate('metadata.annotations["container.apparmor.security.beta.kubernetes.io/web"]'), lineOf(f, "apparmor"));
  assert.is(d.locate("metadata.annotations['container.apparmor.security.beta.kubernetes.io/web']"), lineOf(f, "apparmor"));
  assert.is(d.locate('metadata.annotations["missing"]'), lineOf(f, '"annotations"'));
});

test("broken JSON is reported with its line", () => {
  const r = parseDocuments({ path: "x.json", text: '{\n  "apiVersion": "v1",\n  "kind": "Pod",\n  "metadata": {"name": "x"\n}\n' });
  assert.is(r.documents.length, 0);
  assert.is(r.errors.length, 1);
  assert.is(r.errors[0]?.code, "parse");
  // the unclosed `{` is noticed at the end of the text
  assert.is(r.errors[0]?.line, 6);
  assert.match(r.errors[0]?.message ?? "", /^invalid JSON: /);
});

test("quoted keys in YAML too", () => {
  const text = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  annotations:\n    "a.b/c": x\n    plain: y\n';
  const d = parseDocuments({ path: "p.yaml", text }).documents[0];
  assert.is(d?.locate('metadata.annotations["a.b/c"]'), 6);
  assert.is(d?.locate("metadata.annotations.plain"), 7);
});

test("document markers: %YAML directive, `--- !!map`, `...` ends, `--- {inline}`, `---` inside an indented block scalar", () => {
  const f = fixture("markers.yaml");
  const r = parseDocuments(f);
  assert.equal(r.errors, []);
  assert.equal(r.documents.map((d) => [d.ref.name, d.index, d.line]), [
    ["directive", 0, 3],
    ["tagged-start", 1, lineOf(f, "--- !!map") + 1],
    ["inline", 2, lineOf(f, "--- {apiVersion")],
  ]);
  const data = r.documents[1]?.object.data as { script: string };
  assert.is(data.script, 'echo "--- not a marker, indented"\n--- also not a marker\n');
  assert.is(r.documents[1]?.locate("data.script"), lineOf(f, "script: |"));
  assert.is(r.skipped, 0);
});

test("comments only, empty text, and a BOM", () => {
  assert.equal(parseDocuments({ path: "c.yaml", text: "# nothing here\n\n" }), { documents: [], errors: [], skipped: 0 });
  assert.equal(parseDocuments({ path: "e.yaml", text: "" }), { documents: [], errors: [], skipped: 0 });
  const r = parseDocuments({ path: "bom.yaml", text: "\uFEFFapiVersion: v1\nkind: Namespace\nmetadata:\n  name: ns\n" });
  assert.is(r.documents[0]?.ref.name, "ns");
  assert.is(r.documents[0]?.locate("metadata.name"), 4);
});

test("CRLF line endings keep lines right", () => {
  const text = "apiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: a\r\n---\r\napiVersion: v1\r\nkind: ConfigMap\r\nmetadata:\r\n  name: b\r\n";
  const r = parseDocuments({ path: "crlf.yaml", text });
  assert.equal(r.documents.map((d) => [d.ref.name, d.line, d.locate("metadata.name")]), [
    ["a", 1, 4],
    ["b", 6, 9],
  ]);
});

test("scalars read as Kubernetes reads them (go-yaml v2, YAML 1.1)", () => {
  const text = [
    "apiVersion: v1",
    "kind: Pod",
    "metadata: {name: s}",
    "spec:",
    "  mode: 0644",
    "  hex: 0x1F",
    "  dec: 1_000",
    "  yes: yes",
    "  off: off",
    "  time: 12:30",
    "  date: 2024-01-02",
    "  float: 1.5",
    "  nil: ~",
    "  str: '0644'",
  ].join("\n");
  const d = parseDocuments({ path: "s.yaml", text }).documents[0];
  assert.equal(d?.object.spec, { mode: 420, hex: 31, dec: 1000, true: true, false: false, time: "12:30", date: "2024-01-02", float: 1.5, nil: null, str: "0644" });
});

test("merge keys and anchors", () => {
  const text = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: m\n  labels: &l\n    a: x\ndata:\n  <<: *l\n  b: z\n";
  const d = parseDocuments({ path: "m.yaml", text }).documents[0];
  assert.equal(d?.object.data, { a: "x", b: "z" });
  assert.is(d?.duplicateKeys, undefined);
  assert.is(d?.locate("data.a"), 6); // through the merge to the anchored mapping
});

test("the fallback loader keeps Kubernetes' scalar reading and records duplicates", () => {
  const text = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: f\nspec:\n  mode: 0644\n  when: 2024-01-02\n  args: [\n    a,\n  ]\n  mode: 0600\n";
  const r = parseDocuments({ path: "f.yaml", text });
  assert.equal(r.errors, []);
  const d = r.documents[0];
  assert.equal(d?.object.spec, { mode: 384, when: "2024-01-02", args: ["a"] });
  assert.equal(d?.duplicateKeys, [{ path: "spec.mode", line: 11 }]);
});

test("text starting with `{` is read as JSON even without a .json name (stdin)", () => {
  const r = parseDocuments({ path: "<stdin>", text: '{"apiVersion":"v1","kind":"List","items":[\n{"apiVersion":"v1","kind":"Pod","metadata":{"name":"a"}},\n{"apiVersion":"v1","kind":"Pod","metadata":{"name":"b"}}]}' });
  assert.equal(r.documents.map((d) => [d.ref.name, d.line, d.locate("metadata.name")]), [
    ["a", 2, 2],
    ["b", 3, 3],
  ]);
});

test("a mapping without apiVersion or kind, or a scalar document, is skipped, not an error", () => {
  const r = parseDocuments({ path: "x.yaml", text: "kind: Pod\n---\napiVersion: v1\n---\nhello\n---\n[1, 2]\n---\nnull\n" });
  assert.equal(r, { documents: [], errors: [], skipped: 5 });
});

test("an alias to a missing anchor is one parse error, not an exception", () => {
  const r = parseDocuments({ path: "a.yaml", text: "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: ok}\n---\napiVersion: v1\nkind: ConfigMap\ndata: *nowhere\n" });
  assert.equal(r.documents.map((d) => d.ref.name), ["ok"]);
  assert.equal(r.errors.map((e) => [e.code, e.line]), [["parse", 7]]);
});

test.run();
