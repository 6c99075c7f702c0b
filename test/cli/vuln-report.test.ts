// `kubeward scan --vuln-report/--signatures`: the example reports through the built CLI.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "./helpers.ts";

interface JsonReport { findings: { rule: string; message: string; line: number }[]; errors: unknown[] }

const DIR = "examples/vuln";
const base = ["scan", `${DIR}/deployment.yaml`, "--bundle", `${DIR}/bundle.yaml`, "--format", "json"];
const reports = ["--vuln-report", `${DIR}/trivy-nginx.json`, "--vuln-report", `${DIR}/grype-redis.json`];

test("Trivy and Grype reports and signatures gate the images; dated exceptions hold", () => {
  const run = kubeward([...base, ...reports, "--signatures", `${DIR}/signatures.json`]);
  assert.is(run.status, 1, run.stderr);
  const report = json<JsonReport>(run);
  assert.equal(report.errors, []);
  assert.equal(
    report.findings.map((f) => `${f.line} ${f.rule} ${f.message}`),
    [
      '16 image-vulnerability-gate container "web" uses image "nginx:1.25.3" with 1 known vulnerability at or above HIGH: CVE-2024-45492 (CRITICAL, libexpat1)',
      '18 image-vulnerability-gate container "api" uses image "registry.example.com/shop/api:2.3.0", which no vulnerability report covers',
      '20 image-signature-required container "cache" uses image "redis:7.0.11", which is not signed by the required key(s) shop-ci (pattern "docker.io/library/*")',
      '20 image-vulnerability-gate container "cache" uses image "redis:7.0.11" with 1 known vulnerability at or above HIGH: CVE-2024-31449 (HIGH, redis-server)',
    ],
  );
});

test("without data: every image is unsigned and uncovered", () => {
  const run = kubeward(base);
  assert.is(run.status, 1, run.stderr);
  const report = json<JsonReport>(run);
  assert.is(report.findings.filter((f) => f.rule === "image-signature-required").length, 3);
  assert.is(report.findings.filter((f) => f.message.includes("no vulnerability report covers")).length, 3);
});

test("an unreadable or malformed report is a usage-level error (exit 2) naming the file", () => {
  const missing = kubeward([...base, "--vuln-report", `${DIR}/nope.json`]);
  assert.is(missing.status, 2);
  assert.match(missing.stderr, /cannot read vulnerability report examples\/vuln\/nope\.json: no such file or directory/);
  const wrong = kubeward([...base, "--vuln-report", `${DIR}/signatures.json`]);
  assert.is(wrong.status, 2);
  assert.match(wrong.stderr, /examples\/vuln\/signatures\.json: not a Trivy or Grype JSON report/);
  const badSignatures = kubeward([...base, "--signatures", `${DIR}/trivy-nginx.json`]);
  assert.is(badSignatures.status, 2);
  assert.match(badSignatures.stderr, /trivy-nginx\.json: "SchemaVersion" must be an array of attestations/);
});

test("help lists the flags", () => {
  const run = kubeward(["scan", "--help"]);
  assert.match(run.stdout, /--vuln-report FILE/);
  assert.match(run.stdout, /--signatures FILE/);
});

test.run();
