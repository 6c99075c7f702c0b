// kubeward.yaml: discovery upwards, validation with file + line + key + what is allowed.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { findConfigFile, parseConfig } from "../../../src/config/config.ts";
import { KubewardError } from "../../../src/errors.ts";

function problem(text: string): KubewardError {
  try {
    parseConfig(text, "/repo/kubeward.yaml", "kubeward.yaml");
  } catch (e) {
    if (e instanceof KubewardError) return e;
    throw e;
  }
  throw new Error("expected a configuration error");
}

test("a full valid config parses, exceptions carry their lines", () => {
  const c = parseConfig(
    [
      "bundle: pss-baseline",
      "failOn: high",
      "rules:",
      "  enable: [latest-tag]",
      "  disable: [host-pid]",
      "severity:",
      "  latest-tag: critical",
      "parameters:",
      "  privileged-container: {version: v1.29}",
      "paths:",
      "  include: ['k8s/**']",
      "  exclude: ['k8s/generated/**']",
      "exceptions:",
      "  - rule: privileged-container",
      "    resource: {kind: DaemonSet, namespace: kube-system, name: 'cni-*'}",
      "    reason: the CNI agent needs the host network stack",
      "    expires: 2027-01-31",
    ].join("\n"),
    "/repo/kubeward.yaml",
    "kubeward.yaml",
  );
  assert.is(c.bundle, "pss-baseline");
  assert.is(c.failOn, "high");
  assert.equal(c.rules, { enable: ["latest-tag"], disable: ["host-pid"] });
  assert.is(c.exceptions?.[0]?.line, 14);
  assert.is(c.lineOf(["severity", "latest-tag"]), 7);
});

test("an unknown top-level key: its line, the key and the allowed keys", () => {
  const e = problem("bundle: all\n\nsevrity:\n  host-pid: low\n");
  assert.is(e.code, "config");
  assert.is(e.line, 3);
  assert.match(e.message, "kubeward.yaml:3: sevrity: unknown key (allowed: bundle, failOn, rules, severity, parameters, paths, inventory, exceptions)");
});

test("a bad enum value names what is allowed and what was given, at the value's key line", () => {
  const e = problem("rules:\n  disable: []\nfailOn: hgh\n");
  assert.is(e.line, 3);
  assert.match(e.message, 'failOn: must be one of critical, high, medium, low, info, none (got "hgh")');
});

test("nested problems: a severity override, an exception's date and a missing key, each at its own line", () => {
  const e = problem("severity:\n  host-pid: urgent\nexceptions:\n  - resource: {kind: Pod}\n  - rule: x\n    expires: 31/01/2027\n");
  assert.match(e.message, "kubeward.yaml:2: severity.host-pid: must be one of critical, high, medium, low, info");
  assert.match(e.message, 'kubeward.yaml:4: exceptions[0]: the key "rule" is required');
  assert.match(e.message, "kubeward.yaml:6: exceptions[1].expires: must match");
});

test("an impossible calendar date is refused", () => {
  const e = problem("exceptions:\n  - rule: x\n    reason: r\n    expires: 2027-02-30\n");
  assert.is(e.line, 4);
  assert.match(e.message, "not a calendar date");
});

test("broken YAML names its line", () => {
  const e = problem("bundle: all\nrules:\n  enable: [a, b\nfailOn: low\n");
  assert.is(e.code, "config");
  assert.ok((e.line ?? 0) >= 3, `line ${e.line}`);
});

test("findConfigFile walks up from the cwd", () => {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kw-config-"));
  const deep = path.join(root, "a", "b");
  fs.mkdirSync(deep, { recursive: true });
  fs.writeFileSync(path.join(root, "kubeward.yaml"), "bundle: all\n");
  assert.is(findConfigFile(deep), path.join(root, "kubeward.yaml"));
  fs.rmSync(root, { recursive: true, force: true });
});

test.run();
