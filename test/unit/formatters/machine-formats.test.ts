// json, sarif and junit: validated against their schemas or checked for well-formed XML.
import { test } from "uvu";
import * as assert from "uvu/assert";
import fs from "node:fs";
import { Ajv2020 } from "ajv/dist/2020.js";
import addFormatsModule from "ajv-formats";
import { FORMAT_NAMES, FORMATS, formatReport } from "../../../src/formatters/formatters.ts";
import { toJsonReport } from "../../../src/report/json-report.ts";
import { cleanReport, fixtureReport } from "../../fixtures/engine/report.ts";

const ctx = { color: false, cwd: "/work/repo" };
// ajv-formats is CommonJS: its default export arrives wrapped once more under ESM interop.
const addFormats = ((addFormatsModule as unknown as { default?: unknown }).default ?? addFormatsModule) as (ajv: Ajv2020) => Ajv2020;

test("the registry has one formatter per name", () => {
  assert.equal(FORMAT_NAMES, ["text", "json", "sarif", "junit", "github", "policyreport", "html", "grafeas"]);
  for (const name of FORMAT_NAMES) assert.type(FORMATS[name], "function");
});

test("json is the contract report, pretty-printed", () => {
  const out = formatReport("json", fixtureReport(), ctx);
  assert.equal(JSON.parse(out), toJsonReport(fixtureReport()));
  assert.ok(out.startsWith('{\n  "tool": {\n    "name": "kubeward",'));
});

// The schema ships as 2020-12 (see schemas/README.md); the SARIF documents it describes are the same.
const sarifAjv = addFormats(new Ajv2020({ strict: false, allErrors: true, validateFormats: true }));
const validateSarif = sarifAjv.compile(JSON.parse(fs.readFileSync("schemas/sarif-2.1.0.json", "utf8")) as object);

interface SarifRun {
  tool: { driver: { name: string; rules: { id: string; name: string; help: { text: string; markdown: string }; properties: { tags: string[]; "security-severity"?: string }; defaultConfiguration: { level: string } }[] } };
  results: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: { startLine: number } }; logicalLocations: { fullyQualifiedName: string }[] }[] }[];
  invocations: { executionSuccessful: boolean; toolExecutionNotifications: { level: string; message: { text: string }; locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } } }[] }[] }[];
}

test("sarif validates against the official SARIF 2.1.0 schema", () => {
  for (const report of [fixtureReport(), cleanReport()]) {
    const log = JSON.parse(formatReport("sarif", report, ctx)) as unknown;
    assert.ok(validateSarif(log), JSON.stringify(validateSarif.errors, null, 2));
  }
  // and the schema is really checking: a wrong level is rejected
  const log = JSON.parse(formatReport("sarif", fixtureReport(), ctx)) as { runs: SarifRun[] };
  log.runs[0]!.results[0]!.level = "fatal";
  assert.not.ok(validateSarif(log));
});

test("sarif: rule table, levels, locations and notifications", () => {
  const log = JSON.parse(formatReport("sarif", fixtureReport(), ctx)) as { version: string; runs: SarifRun[] };
  const run = log.runs[0]!;
  const rules = run.tool.driver.rules;
  assert.equal(rules.map((r) => r.id), ["host-namespaces", "latest-tag", "privileged-container", "probes", "run-as-non-root"]);
  const priv = rules[2]!;
  assert.is(priv.name, "PrivilegedContainer");
  assert.equal(priv.properties.tags, ["PSS:baseline:privileged", "CIS:5.2.2", "pod-security"]);
  assert.is(priv.properties["security-severity"], "8.0");
  assert.is(priv.defaultConfiguration.level, "error");
  assert.match(priv.help.markdown, /\*\*Remediation:\*\* Fix privileged-container\./);
  assert.equal(run.results.map((r) => [r.ruleId, r.level, rules[r.ruleIndex]!.id]), [
    ["run-as-non-root", "warning", "run-as-non-root"],
    ["privileged-container", "error", "privileged-container"],
    ["latest-tag", "note", "latest-tag"],
    ["probes", "note", "probes"],
    ["host-namespaces", "error", "host-namespaces"],
  ]);
  const loc = run.results[1]!.locations[0]!;
  assert.equal(loc.physicalLocation, { artifactLocation: { uri: "manifests/app.yaml", uriBaseId: "%SRCROOT%" }, region: { startLine: 14 } });
  assert.is(loc.logicalLocations[0]!.fullyQualifiedName, "Deployment/default/web");
  assert.equal(run.invocations[0]!.executionSuccessful, false);
  const n = run.invocations[0]!.toolExecutionNotifications[0]!;
  assert.is(n.level, "error");
  assert.is(n.locations[0]!.physicalLocation.artifactLocation.uri, "broken.yaml");
  assert.equal(n.locations[0]!.physicalLocation.region, { startLine: 3 });
});

// Plain Errors, not uvu assertions: uvu's assert.throws rethrows its own assertion errors.
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/** A small XML 1.0 well-formedness check: one root, balanced tags, quoted attributes, known entities. */
function assertWellFormedXml(xml: string): void {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, "");
  const stack: string[] = [];
  let roots = 0;
  const token = /<(\/?)([A-Za-z_][\w.-]*)((?:\s+[A-Za-z_][\w.-]*="[^"<]*")*)\s*(\/?)>|([^<]+)/gy;
  let m: RegExpExecArray | null;
  let consumed = 0;
  while ((m = token.exec(body)) !== null) {
    consumed = token.lastIndex;
    const [, close, name, attrs, selfClose, text] = m;
    const entityText = text ?? attrs ?? "";
    for (const amp of entityText.matchAll(/&([^;\s]*);?/g)) {
      check(/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);$/.test(amp[0]), `bad entity ${amp[0]}`);
    }
    if (text !== undefined) {
      check(stack.length > 0 || text.trim() === "", `text outside the root: ${text}`);
      continue;
    }
    if (close) {
      check(stack.pop() === name, `mismatched </${name}>`);
    } else if (!selfClose) {
      if (stack.length === 0) roots++;
      stack.push(name!);
    } else if (stack.length === 0) roots++;
  }
  check(consumed === body.length, `unparsable XML at: ${body.slice(consumed, consumed + 60)}`);
  check(stack.length === 0, `unclosed: ${stack.join(", ")}`);
  check(roots === 1, `${roots} root elements`);
}

test("the XML check itself rejects broken XML", () => {
  for (const bad of ["<a><b></a>", "<a>x & y</a>", '<a b="1"><c/></a><d/>', "<a>1 < 2</a>", "<a b=1/>"]) {
    assert.throws(() => assertWellFormedXml(bad), bad);
  }
  assertWellFormedXml('<a b="&amp;&#10;"><c/>text&lt;</a>');
});

test("junit: well-formed, one suite per rule, failures per resource, errors as <error>", () => {
  const xml = formatReport("junit", fixtureReport(), ctx);
  assertWellFormedXml(xml);
  assert.ok(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="kubeward recommended" tests="6" failures="5" errors="1">'));
  assert.match(xml, /<testsuite name="privileged-container" tests="1" failures="1" errors="0" skipped="0">/);
  assert.match(xml, /<failure message="container &quot;sh&quot; uses image &quot;busybox:latest&quot; &lt;no digest&gt; &amp; no tag" type="low">/);
  assert.match(xml, /<error message="could not parse YAML: bad indentation of a mapping entry" type="parse">broken.yaml:3: /);
  const clean = formatReport("junit", cleanReport(), ctx);
  assertWellFormedXml(clean);
  assert.match(clean, /<testcase classname="probes" name="Liveness and readiness probes: no findings"\/>/);
  assert.match(clean, /tests="5" failures="0" errors="0"/);
});

test("junit escapes control characters and markup in every field", () => {
  const r = fixtureReport();
  const nasty = { ...r, bundle: `a"b<c>&'`, findings: r.findings.map((f) => ({ ...f, message: `x\u0001y\n<z>]]>&` })) };
  const xml = formatReport("junit", nasty, ctx);
  assertWellFormedXml(xml);
  assert.not.ok(xml.includes(String.fromCharCode(1)));
});

test.run();
