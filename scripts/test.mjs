#!/usr/bin/env node
// `npm test`'s gate, identical locally and in CI (STYLE.md rule 10): typecheck, lint, opa fmt,
// opa check --strict and regal lint on the library, `kubeward test` (opa unit tests with coverage + every rule's
// examples through the compiled wasm), then every uvu suite (unit, policy shape, differential
// wasm-vs-opa, CLI scenarios), and the real kube-apiserver end-to-end. Every stage runs even when an earlier one fails, and the last line
// is the count: "N passed, N failed".
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { runUvuSuites } from "./lib/uvu-suites.mjs";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// Same order as bootstrap and src/policy/tools.ts: $KUBEWARD_OPA, .tools/bin/opa, opa on PATH.
const localOpa = path.join(root, ".tools", "bin", "opa");
const opa = process.env.KUBEWARD_OPA ?? (fs.existsSync(localOpa) ? localOpa : "opa");
const localRegal = path.join(root, ".tools", "bin", "regal");
const regal = process.env.KUBEWARD_REGAL ?? (fs.existsSync(localRegal) ? localRegal : "regal");
const bin = (name) => path.join(root, "node_modules", ".bin", name);
const filter = process.argv[2];
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

function stage(name, cmd, args, { judge } = {}) {
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, encoding: "utf8", env: { ...process.env, FORCE_COLOR: "0" }, maxBuffer: 64 * 1024 * 1024 });
  const output = `${r.stdout ?? ""}${r.stderr ?? ""}`.trim();
  const ok = judge ? judge(r, output) : r.status === 0;
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  console.log(`${ok ? "ok  " : "FAIL"} ${name} (${secs} s)`);
  if (!ok) {
    console.log(output.replace(/^/gm, "     | "));
    failures.push(name);
  }
  totals[ok ? "passed" : "failed"] += 1;
  return { r, output };
}

if (!filter) {
  stage("typecheck (tsc --noEmit, strict)", bin("tsc"), ["--noEmit", "-p", "."]);
  stage("lint (eslint)", bin("eslint"), ["--max-warnings", "0", "."]);
  stage("opa fmt --list policies (no unformatted Rego)", opa, ["fmt", "--list", "policies"], { judge: (r, out) => r.status === 0 && out === "" });
  stage("opa check --strict with the pinned capabilities", opa, ["check", "--strict", "--capabilities", "policies/capabilities.json", "--ignore", "examples", "--ignore", "capabilities.json", "policies"]);
  // .regal/config.yaml says why each disabled lint is off; anything else regal reports, at
  // warning level or above, fails the gate.
  stage("regal lint policies (.regal/config.yaml)", regal, ["lint", "--fail-level", "warning", "--format", "compact", "policies"]);
  stage("policies/capabilities.json matches the engine's builtins", process.execPath, ["scripts/gen-capabilities.mjs", "--check"]);
  stage("docs/rule-reference.md matches the rules' METADATA", process.execPath, ["scripts/gen-rule-docs.mjs", "--check"]);
  // The library's unit tests once more under conftest's embedded OPA (an older release than the
  // pinned opa): Gatekeeper and conftest users run older OPAs, and OPA releases have disagreed
  // (1.21 answers false for `x in {"*", y}`), so a rule must hold on both.
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "kw-policies-"));
  fs.cpSync(path.join(root, "policies"), copy, { recursive: true, filter: (src) => !/\/examples($|\/)|capabilities\.json$|\.md$/.test(src) });
  stage("the library's unit tests under conftest's embedded OPA (conftest verify)", path.join(root, ".tools", "bin", "conftest"), ["verify", "--no-color", "--policy", copy], { judge: (r, out) => r.status === 0 && / 0 failures/.test(out) });
  fs.rmSync(copy, { recursive: true, force: true });
  // kubeward test's own counts join the totals: each opa test and each example is one test.
  const { r } = stage("kubeward test --coverage --threshold 95 (opa unit tests + examples through wasm)", process.execPath, [path.join(root, "bin", "kubeward.js"), "test", "--coverage", "--threshold", "95", "--format", "text", "--no-color"]);
  const m = /^(\d+) passed, (\d+) failed/m.exec(r.stdout ?? "");
  if (m) {
    totals.passed += Number(m[1]);
    totals.failed += Number(m[2]);
    console.log(`     ${m[0]} in kubeward test`);
    const cov = /^coverage ([\d.]+)%/m.exec(r.stdout ?? "");
    if (cov) console.log(`     Rego line coverage ${cov[1]}%`);
  }
}

const uvu = await runUvuSuites(root, { filter });
totals.passed += uvu.passed;
totals.failed += uvu.failed;
totals.skipped += uvu.skipped;
if (uvu.failed > 0) failures.push("uvu suites");

// The real-API-server end-to-end (kube-apiserver, etcd and kubectl built from the Go module proxy
// by scripts/e2e-tools.mjs, cached; docs/admission.md): part of the gate, not an optional extra.
// A build that fails fails the gate. KUBEWARD_SKIP_KUBE_E2E=1 skips it, saying so.
if (!filter) {
  if (process.env.KUBEWARD_SKIP_KUBE_E2E === "1") {
    console.log("SKIPPED the kube-apiserver end-to-end (KUBEWARD_SKIP_KUBE_E2E=1)");
    totals.skipped += 1;
  } else {
    stage("kube-apiserver end-to-end: kubeward serve as a real webhook, scan --cluster (npm run test:e2e)", process.execPath, ["scripts/test-e2e.mjs"]);
  }
}

if (failures.length) console.log(`\nfailed: ${failures.join(", ")}`);
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ""}`);
process.exit(totals.failed > 0 ? 1 : 0);
