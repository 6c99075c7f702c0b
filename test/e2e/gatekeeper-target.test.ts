// The Gatekeeper target in the real, pinned gator: `kubeward build --target gatekeeper --bundle all`
// must write templates that gator accepts, a Suite from every rule's examples that `gator verify`
// passes (each case asserts kubeward's exact violation count), and `gator test` of the templates
// and constraints on examples/app must find what `kubeward scan` finds there.
//
// gator 3.23 evaluates a template's legacy `rego`/`libs` when they are present, so the suite runs
// twice: as shipped (the v0 path older Gatekeepers take) and with the legacy fields removed (the
// Rego v1 `code` source newer Gatekeepers take).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse, stringify } from "yaml";
import { resolveTool } from "../../src/policy/tools.ts";
import { json, kubeward } from "../cli/helpers.ts";

let gator: string | undefined;
try {
  gator = resolveTool("gator");
} catch (e) {
  console.log(`SKIPPED gatekeeper target e2e: ${(e as Error).message}`);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-gatekeeper-"));
const out = path.join(tmp, "dist");
const dir = path.join(out, "gatekeeper", "all");
const OMITTED = ["image-signature-required", "image-vulnerability-gate", "portieris-signature-required", "portieris-signature-unverified"];
// Counted from the catalogue the build writes, so a new rule does not break the test.
const catalog = (): { id: string; family?: string }[] => JSON.parse(fs.readFileSync(path.join(out, "library", "catalog.json"), "utf8"));
const detections = () => catalog().filter((r) => r.family === "detection").length;
const templates = () => catalog().length - detections() - OMITTED.length;

function runGator(args: string[], cwd: string): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(gator!, args, { cwd, encoding: "utf8", timeout: 600_000, maxBuffer: 256 * 1024 * 1024 });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

test("build --target gatekeeper writes templates, constraints, sync, suite and lists what it leaves out", () => {
  const r = kubeward(["build", "--target", "gatekeeper", "--bundle", "all", "--out", out, "--fail-on", "high"]);
  assert.is(r.status, 0, r.stderr);
  assert.match(r.stdout, new RegExp(`gatekeeper all: ${templates()} ConstraintTemplates \\+ Constraints`));
  assert.ok(templates() >= 200, `only ${templates()} templates`);
  // Rules left out for the same reason are listed together: "left out 3 rules (a, b, c): reads …".
  for (const id of OMITTED) assert.match(r.stdout, new RegExp(`left out [^\\n]*\\b${id}\\b[^\\n]*: reads data\\.kubeward\\.external`));
  assert.match(r.stdout, new RegExp(`left out ${detections()} rules \\(.*pod-exec.*\\): an audit-log detection`));

  const template = parse(fs.readFileSync(path.join(dir, "templates", "privileged-container.yaml"), "utf8"));
  assert.is(template.apiVersion, "templates.gatekeeper.sh/v1");
  assert.is(template.metadata.name, "kwprivilegedcontainer");
  assert.is(template.spec.crd.spec.names.kind, "KwPrivilegedContainer");
  const target = template.spec.targets[0];
  assert.is(target.target, "admission.k8s.gatekeeper.sh");
  assert.is(target.code[0].engine, "Rego");
  assert.is(target.code[0].source.version, "v1");
  assert.match(target.code[0].source.rego, /import data\.lib\.kubeward\.k8s/);
  assert.ok(target.code[0].source.libs.some((l: string) => l.startsWith("# ") && /package lib\.kubeward\.k8s/.test(l)));
  assert.match(target.rego, /import future\.keywords\.if/);
  // additionalProperties: false is not structural; the property itself stays typed.
  assert.equal(template.spec.crd.spec.validation.openAPIV3Schema, { type: "object", properties: { version: { type: "string", pattern: "^(latest|v1\\.[0-9]+)$", default: "latest" } } });

  const constraint = parse(fs.readFileSync(path.join(dir, "constraints", "privileged-container.yaml"), "utf8"));
  assert.is(constraint.kind, "KwPrivilegedContainer");
  assert.is(constraint.spec.enforcementAction, "deny"); // high, --fail-on high
  assert.equal(constraint.spec.match.kinds[0], { apiGroups: [""], kinds: ["Pod", "PodTemplate", "ReplicationController"] });
  assert.equal(constraint.spec.parameters, { version: "latest" });
  const medium = parse(fs.readFileSync(path.join(dir, "constraints", "readiness-probe-missing.yaml"), "utf8"));
  assert.is(medium.spec.enforcementAction, "warn");

  const sync = parse(fs.readFileSync(path.join(dir, "sync.yaml"), "utf8"));
  const synced = sync.spec.sync.syncOnly.map((s: { group: string; kind: string }) => `${s.group}/${s.kind}`);
  for (const k of ["/Namespace", "/Service", "/Pod", "apps/Deployment", "networking.k8s.io/NetworkPolicy", "rbac.authorization.k8s.io/ClusterRole"]) assert.ok(synced.includes(k), `sync.yaml lacks ${k}`);
  const kustomization = parse(fs.readFileSync(path.join(dir, "kustomization.yaml"), "utf8"));
  assert.is(kustomization.resources.length, templates() * 2 + 1);
  assert.match(fs.readFileSync(path.join(dir, "README.md"), "utf8"), /image-vulnerability-gate: reads data\.kubeward\.external/);
  // No builtin Gatekeeper refuses in templates (it has no network and no runtime for policies).
  for (const f of fs.readdirSync(path.join(dir, "templates"))) {
    const text = fs.readFileSync(path.join(dir, "templates", f), "utf8");
    assert.not.match(text, /\b(http\.send|net\.lookup_ip_addr|opa\.runtime)\(/, f);
    assert.not.match(text, /\bdata\.kubeward\./, `${f} still references data.kubeward`);
  }
});

test("gator verify passes the suite of every rule's examples (legacy rego path)", () => {
  if (!gator) return console.log("SKIPPED gator verify: gator not installed");
  const suite = parse(fs.readFileSync(path.join(dir, "suite.yaml"), "utf8"));
  assert.is(suite.kind, "Suite");
  const tests = suite.tests as { name: string; cases: { assertions: { violations: string | number }[] }[] }[];
  assert.is(tests.length, templates());
  // Every rule is tested on both sides: some case finds violations, some finds none.
  for (const t of tests) {
    const counts = t.cases.map((c) => c.assertions[0]!.violations);
    assert.ok(counts.some((n) => typeof n === "number" && n > 0), `${t.name}: no case expects a violation`);
    assert.ok(counts.includes("no"), `${t.name}: no case expects none`);
  }
  const r = runGator(["verify", "suite.yaml"], dir);
  assert.is(r.status, 0, `${r.stdout.split("\n").filter((l) => /FAIL|got|want/.test(l)).slice(0, 40).join("\n")}\n${r.stderr}`);
  assert.match(r.stdout, /^ok\s+suite\.yaml/m);
});

test("gator verify passes the suite on the Rego v1 code source alone", () => {
  if (!gator) return console.log("SKIPPED gator verify (v1): gator not installed");
  const v1 = path.join(tmp, "v1");
  fs.cpSync(dir, v1, { recursive: true });
  for (const f of fs.readdirSync(path.join(v1, "templates"))) {
    const file = path.join(v1, "templates", f);
    const t = parse(fs.readFileSync(file, "utf8"));
    delete t.spec.targets[0].rego;
    delete t.spec.targets[0].libs;
    fs.writeFileSync(file, stringify(t));
  }
  const r = runGator(["verify", "suite.yaml"], v1);
  assert.is(r.status, 0, `${r.stdout.split("\n").filter((l) => /FAIL|got|want/.test(l)).slice(0, 40).join("\n")}\n${r.stderr}`);
});

test("gator test of the templates on examples/app finds what kubeward scan finds", () => {
  if (!gator) return console.log("SKIPPED gator test: gator not installed");
  const app = path.resolve("examples", "app");
  const r = runGator(["test", "-f", path.join(dir, "templates"), "-f", path.join(dir, "constraints"), "-f", app, "-o", "json"], process.cwd());
  assert.ok(r.status === 0 || r.status === 1, r.stderr);
  type GatorResult = { msg: string; constraint: { metadata: { annotations: Record<string, string> } }; violatingObject: { kind: string; metadata: { name: string; namespace?: string } } };
  const fromGator = (JSON.parse(r.stdout) as GatorResult[]).map(
    (v) => `${v.constraint.metadata.annotations["kubeward.dev/rule"]} ${v.violatingObject.kind} ${v.violatingObject.metadata.namespace ?? "-"}/${v.violatingObject.metadata.name}: ${v.msg}`,
  );
  const scan = json<{ findings: { rule: string; message: string; resource: { kind: string; namespace?: string; name: string } }[] }>(kubeward(["scan", app, "--bundle", "all", "--format", "json", "--fail-on", "none"]));
  const fromScan = scan.findings
    .filter((f) => !OMITTED.includes(f.rule))
    .map((f) => `${f.rule} ${f.resource.kind} ${f.resource.namespace ?? "-"}/${f.resource.name}: ${f.message}`);
  assert.ok(fromScan.length > 50, `only ${fromScan.length} findings on examples/app`);
  assert.equal([...new Set(fromGator)].sort(), [...new Set(fromScan)].sort());
});

test.after(() => fs.rmSync(tmp, { recursive: true, force: true }));

test.run();
