import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { KubewardError } from "../../../src/errors.ts";
import { buildPolicyData } from "../../../src/engine/evaluate-documents.ts";
import { loadExternalData, loadSignatures, loadVulnerabilityReports, parseSignatures, parseVulnerabilityReport } from "../../../src/sources/external-data.ts";

// Temporary folders made by this suite, removed when it ends.
const made: string[] = [];
test.after(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function tmp(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-external-"));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), typeof content === "string" ? content : JSON.stringify(content));
  return dir;
}

function throwsWith(fn: () => unknown, code: string, text: RegExp): void {
  try {
    fn();
  } catch (e) {
    assert.instance(e, KubewardError);
    assert.is((e as KubewardError).code, code);
    assert.match((e as Error).message, text);
    return;
  }
  assert.unreachable(`expected an error matching ${text}`);
}

const trivy = {
  SchemaVersion: 2,
  ArtifactName: "nginx:1.25.3",
  Metadata: { RepoDigests: ["nginx@sha256:4c0f"] },
  Results: [
    { Target: "nginx (debian 12.4)", Vulnerabilities: [{ VulnerabilityID: "CVE-1", PkgName: "libexpat1", InstalledVersion: "2.5.0-1", FixedVersion: "2.5.0-1+deb12u1", Severity: "HIGH" }] },
    { Target: "app", Vulnerabilities: null },
    { Target: "lib" },
  ],
};

const grype = {
  matches: [
    { vulnerability: { id: "CVE-2", severity: "Critical", fix: { versions: ["1.2", "1.3"], state: "fixed" } }, artifact: { name: "redis-server", version: "7.0.11" } },
    { vulnerability: { id: "CVE-3", severity: "Negligible" } },
  ],
  source: { type: "image", target: { userInput: "redis:7.0.11", repoDigests: ["redis@sha256:e6f1"] } },
};

test("Trivy: ArtifactName and RepoDigests keys, Results[].Vulnerabilities[] normalised", () => {
  const entry = { report: "trivy t.json", vulnerabilities: [{ id: "CVE-1", severity: "HIGH", package: "libexpat1", installedVersion: "2.5.0-1", fixedVersion: "2.5.0-1+deb12u1" }] };
  assert.equal(parseVulnerabilityReport("t.json", trivy), { "nginx:1.25.3": entry, "nginx@sha256:4c0f": entry });
});

test("Grype: source.target.userInput key, matches[].vulnerability + artifact, severity upper-cased", () => {
  const entry = {
    report: "grype g.json",
    vulnerabilities: [
      { id: "CVE-2", severity: "CRITICAL", package: "redis-server", installedVersion: "7.0.11", fixedVersion: "1.2, 1.3" },
      { id: "CVE-3", severity: "NEGLIGIBLE" },
    ],
  };
  assert.equal(parseVulnerabilityReport("g.json", grype), { "redis:7.0.11": entry, "redis@sha256:e6f1": entry });
});

test("reports: clear errors naming the file and what is wrong", () => {
  throwsWith(() => parseVulnerabilityReport("x.json", []), "parse", /^x\.json: a vulnerability report must be a JSON object/);
  throwsWith(() => parseVulnerabilityReport("x.json", { foo: 1 }), "parse", /^x\.json: not a Trivy or Grype JSON report/);
  throwsWith(() => parseVulnerabilityReport("x.json", { Results: [] }), "parse", /^x\.json: ArtifactName must be a non-empty string/);
  throwsWith(() => parseVulnerabilityReport("x.json", { ArtifactName: "a", Results: {} }), "parse", /^x\.json: Results must be an array/);
  throwsWith(() => parseVulnerabilityReport("x.json", { ArtifactName: "a", Results: [7] }), "parse", /Results\[0\] must be an object/);
  throwsWith(() => parseVulnerabilityReport("x.json", { ArtifactName: "a", Results: [{ Vulnerabilities: [3] }] }), "parse", /Results\[0\]\.Vulnerabilities\[0\] must be an object/);
  throwsWith(() => parseVulnerabilityReport("x.json", { ArtifactName: "a", Results: [{ Vulnerabilities: [{ VulnerabilityID: "CVE-1" }] }] }), "parse", /Results\[0\]\.Vulnerabilities\[0\]\.Severity must be a non-empty string/);
  throwsWith(() => parseVulnerabilityReport("g.json", { matches: [] }), "parse", /^g\.json: source must be an object/);
  throwsWith(() => parseVulnerabilityReport("g.json", { matches: [], source: { target: "dir:." } }), "parse", /source\.target must be an object \(an image scan\)/);
  throwsWith(() => parseVulnerabilityReport("g.json", { matches: [{}], source: { target: { userInput: "a" } } }), "parse", /matches\[0\]\.vulnerability must be an object/);
  throwsWith(() => parseVulnerabilityReport("g.json", { matches: [{ vulnerability: { severity: "High" } }], source: { target: { userInput: "a" } } }), "parse", /matches\[0\]\.vulnerability\.id must be a non-empty string/);
});

test("loading: several reports merge per image, missing and malformed files are errors", () => {
  const dir = tmp({ "a.json": trivy, "b.json": { ...trivy, Results: [{ Vulnerabilities: [{ VulnerabilityID: "CVE-1", PkgName: "libexpat1", Severity: "HIGH" }, { VulnerabilityID: "CVE-9", Severity: "LOW" }] }] }, "bad.json": "{nope" });
  const index = loadVulnerabilityReports(["a.json", "b.json"], dir);
  assert.is(index["nginx:1.25.3"]?.report, "trivy a.json; trivy b.json");
  assert.equal(index["nginx:1.25.3"]?.vulnerabilities.map((v) => v.id), ["CVE-1", "CVE-9"]);
  throwsWith(() => loadVulnerabilityReports(["missing.json"], dir), "io", /cannot read vulnerability report missing\.json: no such file or directory/);
  throwsWith(() => loadVulnerabilityReports(["bad.json"], dir), "parse", /^bad\.json: not valid JSON/);
});

test("signatures: image or digest → attestations with a keyid; errors name the entry", () => {
  assert.equal(parseSignatures("s.json", { "nginx:1.25": [{ keyid: "ci", by: "cosign" }] }), { "nginx:1.25": [{ keyid: "ci", by: "cosign" }] });
  throwsWith(() => parseSignatures("s.json", []), "parse", /^s\.json: signatures must be a JSON object/);
  throwsWith(() => parseSignatures("s.json", { a: {} }), "parse", /^s\.json: "a" must be an array of attestations/);
  throwsWith(() => parseSignatures("s.json", { a: ["x"] }), "parse", /"a"\[0\] must be an object with a keyid/);
  throwsWith(() => parseSignatures("s.json", { a: [{ keyid: 3 }] }), "parse", /"a"\[0\]\.keyid must be a non-empty string/);
  const dir = tmp({ "s.json": { "sha256:abc": [{ keyid: "ci" }] } });
  assert.equal(loadSignatures("s.json", dir), { "sha256:abc": [{ keyid: "ci" }] });
});

test("external data: only what was supplied, the date validated; buildPolicyData adds it additively", () => {
  const dir = tmp({ "t.json": trivy, "s.json": {} });
  assert.equal(loadExternalData({ cwd: dir }), {});
  assert.equal(loadExternalData({ cwd: dir, now: "2026-11-29", signatures: "s.json" }), { now: "2026-11-29", signatures: {} });
  assert.equal(Object.keys(loadExternalData({ cwd: dir, vulnReports: ["t.json"] }).vulnerabilities ?? {}), ["nginx:1.25.3", "nginx@sha256:4c0f"]);
  throwsWith(() => loadExternalData({ cwd: dir, now: "29/11/2026" }), "usage", /YYYY-MM-DD/);
  const withExternal = buildPolicyData({ rules: [] }, [], [], { now: "2026-11-29" });
  // selectors: the Calico selectors kubeward parses beforehand (none here); precompute: false leaves them out.
  assert.equal(withExternal.kubeward, { config: { rules: {} }, external: { now: "2026-11-29" }, selectors: { calico: {} } });
  assert.equal(buildPolicyData({ rules: [] }, [], [], undefined, { precompute: false }).kubeward, { config: { rules: {} } });
});

test.run();
