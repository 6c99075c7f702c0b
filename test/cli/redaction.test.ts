// No output format may carry a secret's value: every secrets finding names the field and a
// redacted form ([REDACTED, N chars]), never the value or a long part of it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { json, kubeward } from "./helpers.ts";

const FIXTURE = "test/fixtures/secrets/leaky.yaml";

// Every credential in the fixture, exactly as written there.
const SECRETS = [
  "sk_live_Q7wX2mZ9pL4vK8rT3nB6yH1c",
  "Zq-Vortex-Lantern-4471",
  "AKIAQX7TZPL2MWV9KR3B",
  "Umbra-Quokka-9312",
  "u8Kd3Rw9Zq2Lm5Xv7Tn1Pb4Hy6Gc0Jf",
  "Glacier-Marmot-5820",
  "ghp_R4nd0mT0k3nV4lu3F0rT3st1ng0000000042",
  "xoxb-804215937261-Nimbus7Heron2Fjord",
  "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgOcelotTapir8833",
  "Saffron-Ibex-2749",
  "Wm9kaWFjLVBlbGljYW4tNjYxOC1rZXktbWF0ZXJpYWw=",
];

// Shorter windows would match ordinary words and names; 8 characters of a credential is
// already more than any finding should give away.
const WINDOW = 8;

function leaks(output: string): string[] {
  const found: string[] = [];
  for (const secret of SECRETS) {
    for (let i = 0; i + WINDOW <= secret.length; i++) {
      const part = secret.slice(i, i + WINDOW);
      if (output.includes(part)) {
        found.push(`${secret} (via "${part}")`);
        break;
      }
    }
  }
  return found;
}

interface Finding { rule: string; message: string }

const EXPECTED_RULES = [
  "args-hardcoded-secret",
  "configmap-hardcoded-secret",
  "encryption-key-committed",
  "env-hardcoded-secret",
  "high-entropy-value",
  "secret-data-committed",
  "tls-secret-private-key-committed",
];

test("the fixture really contains the secrets the test looks for", () => {
  const text = fs.readFileSync(FIXTURE, "utf8");
  for (const secret of SECRETS) assert.ok(text.includes(secret), secret);
});

test("json: every secret is found, none is printed", () => {
  const run = kubeward(["scan", FIXTURE, "--bundle", "all", "--format", "json"]);
  assert.is(run.status, 1, run.stderr);
  assert.equal(leaks(run.stdout + run.stderr), []);
  const findings = json<{ findings: Finding[] }>(run).findings.filter((f) => EXPECTED_RULES.includes(f.rule));
  assert.equal([...new Set(findings.map((f) => f.rule))].sort(), EXPECTED_RULES);
  // 2 args, 3 env, 1 entropy, 2 ConfigMap, 1 TLS key, 1 Secret data, 1 encryption key.
  assert.is(findings.length, 11);
  for (const f of findings.filter((x) => x.rule !== "secret-data-committed")) {
    assert.match(f.message, /\[REDACTED, \d+ chars\]/);
  }
  const github = findings.find((f) => f.message.includes(`"GITHUB_TOKEN"`));
  assert.ok(github?.message.includes("a GitHub token"), github?.message);
});

for (const format of ["text", "sarif", "junit"]) {
  test(`${format}: findings are there, no secret is printed`, () => {
    const run = kubeward(["scan", FIXTURE, "--bundle", "all", "--format", format, "--no-color"]);
    assert.is(run.status, 1, run.stderr);
    assert.equal(leaks(run.stdout + run.stderr), []);
    for (const rule of EXPECTED_RULES) assert.ok(run.stdout.includes(rule), `${format} output lacks ${rule}`);
    assert.ok(run.stdout.includes("[REDACTED, 20 chars]"), `${format} output lacks the redacted AWS key`);
  });
}

test("--output FILE: the written report carries no secret either", () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-redaction-"));
  try {
    for (const format of ["text", "json", "sarif", "junit"]) {
      const out = path.join(dir, `report.${format}`);
      const run = kubeward(["scan", FIXTURE, "--bundle", "all", "--format", format, "--output", out]);
      assert.is(run.status, 1, run.stderr);
      const written = fs.readFileSync(out, "utf8");
      assert.ok(written.includes("env-hardcoded-secret"), format);
      assert.equal(leaks(written + run.stdout + run.stderr), [], format);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test.run();
