// examples/ci/: the shell recipe runs against this checkout; the workflow files parse and use what
// docs/ci.md says they use.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { parse as parseYaml } from "yaml";

const kubewardCmd = `${process.execPath} ${path.resolve("bin", "kubeward.js")}`;

test("kubeward-ci.sh writes SARIF and JUnit and exits with the gate's code", () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kw-ci-"));
  const bad = spawnSync("sh", ["examples/ci/kubeward-ci.sh", "test/fixtures/cli/privileged-pod.yaml"], { encoding: "utf8", env: { ...process.env, KUBEWARD: kubewardCmd, KUBEWARD_OUT: out, NO_COLOR: "1" } });
  assert.is(bad.status, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout, "privileged-container");
  const sarif = JSON.parse(fs.readFileSync(path.join(out, "kubeward.sarif"), "utf8")) as { version: string };
  assert.is(sarif.version, "2.1.0");
  assert.match(fs.readFileSync(path.join(out, "kubeward-junit.xml"), "utf8"), "<testsuites");
  const good = spawnSync("sh", ["examples/ci/kubeward-ci.sh", "test/fixtures/cli/restricted/pod.yaml"], { encoding: "utf8", env: { ...process.env, KUBEWARD: kubewardCmd, KUBEWARD_OUT: out } });
  assert.is(good.status, 0, good.stdout + good.stderr);
  fs.rmSync(out, { recursive: true, force: true });
});

test("the GitHub Actions workflow uploads SARIF to code scanning and keeps the JUnit report", () => {
  const wf = parseYaml(fs.readFileSync("examples/ci/github-actions.yml", "utf8")) as { permissions: Record<string, string>; jobs: { scan: { steps: { uses?: string; run?: string; with?: Record<string, string> }[] } } };
  const steps = wf.jobs.scan.steps;
  assert.is(wf.permissions["security-events"], "write");
  assert.is(steps.find((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@"))?.with?.sarif_file, "kubeward.sarif");
  assert.ok(steps.some((s) => s.run?.includes("--format sarif --output kubeward.sarif")));
  assert.ok(steps.some((s) => s.uses?.startsWith("actions/upload-artifact@") && s.with?.path === "kubeward-junit.xml"));
  assert.ok(steps.some((s) => s.run?.includes("--format github")));
});

test("the GitLab job publishes the JUnit report", () => {
  const job = (parseYaml(fs.readFileSync("examples/ci/gitlab-ci.yml", "utf8")) as Record<string, { script: string[]; artifacts: { reports: { junit: string } } }>).kubeward!;
  assert.is(job.artifacts.reports.junit, "kubeward-junit.xml");
  assert.ok(job.script.some((s) => s.includes("--format junit --output kubeward-junit.xml")));
});

test.run();
