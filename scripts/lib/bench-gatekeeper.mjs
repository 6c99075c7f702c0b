// Section 5 of `npm run bench`: kubeward against the pinned gator on Gatekeeper policies, whole
// processes, one run each (bounded by timeouts), figures as ratios of the same run:
//   a. `kubeward verify` vs `gator verify` on test/fixtures/gatekeeper/library (the same suites),
//      kubeward once with an empty template cache (opa compiles every template) and once warm;
//   b. `kubeward scan --templates --bundle none` vs `gator test` with the same templates and
//      constraints over the corpus manifests (skipped with a message when the corpus is absent).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

/** One whole process, timed: its result and wall milliseconds (bounded by a 15-minute timeout). */
export function timed(cmd, args, opts) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1024 * 1024 * 1024, timeout: 900_000, ...opts });
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, r };
}

/** Copies only the ConstraintTemplates and Constraints of the fixture library into one folder. */
function policiesOnly(library, out) {
  let n = 0;
  for (const suite of fs.readdirSync(library)) {
    for (const f of fs.readdirSync(path.join(library, suite))) {
      if (/^(template|constraint.*)\.yaml$/.test(f)) {
        fs.copyFileSync(path.join(library, suite, f), path.join(out, `${suite}-${f}`));
        n++;
      }
    }
  }
  return n;
}

export function gatekeeperRows({ root, corpus }) {
  const gator = process.env.KUBEWARD_GATOR ?? path.join(root, ".tools", "bin", "gator");
  if (!fs.existsSync(gator)) return [["gatekeeper: kubeward vs gator", "gator not installed — SKIPPED", "", ""]];
  const kubeward = path.join(root, "bin", "kubeward.js");
  const library = path.join(root, "test", "fixtures", "gatekeeper", "library");
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-bench-gk-"));
  const rows = [];
  try {
    const env = { ...process.env, KUBEWARD_CACHE_DIR: path.join(tmp, "cache") };
    const cold = timed(process.execPath, [kubeward, "verify", library, "--format", "json"], { cwd: root, env });
    const warm = timed(process.execPath, [kubeward, "verify", library, "--format", "json"], { cwd: root, env });
    const gv = timed(gator, ["verify", `${library}/...`], { cwd: root });
    const run = JSON.parse(warm.r.stdout);
    const cases = run.passed + run.failed + run.errored + run.skipped;
    const rate = `${run.passed}/${cases} cases pass`;
    rows.push(["gatekeeper: gator verify, fixture suites", `exit ${gv.r.status}, ${run.suites.length} suites in ${gv.ms.toFixed(0)} ms`, "", ""]);
    rows.push(["gatekeeper: kubeward verify, cold cache", `exit ${cold.r.status}, ${rate} in ${cold.ms.toFixed(0)} ms`, "", `${(gv.ms / cold.ms).toFixed(2)}× gator`]);
    rows.push(["gatekeeper: kubeward verify, warm cache", `exit ${warm.r.status}, ${rate} in ${warm.ms.toFixed(0)} ms`, "", `${(gv.ms / warm.ms).toFixed(2)}× gator`]);

    if (!fs.existsSync(corpus)) {
      rows.push(["gatekeeper: scan --templates vs gator test", `corpus not found at ${corpus} — SKIPPED`, "", ""]);
      return rows;
    }
    const policies = path.join(tmp, "policies");
    fs.mkdirSync(policies);
    const files = policiesOnly(library, policies);
    const kw = timed(process.execPath, [kubeward, "scan", corpus, "--templates", policies, "--bundle", "none", "--format", "json", "--fail-on", "none"], { cwd: root, env });
    let docs = "?";
    let findings = "?";
    try {
      const report = JSON.parse(kw.r.stdout);
      docs = report.summary.resources;
      findings = report.summary.findings;
    } catch {
      // no JSON: the time and exit code still say what happened
    }
    const gt = timed(gator, ["test", "-f", policies, "-f", corpus, "-o", "json"], { cwd: root });
    let gatorFindings = "?";
    try {
      gatorFindings = JSON.parse(gt.r.stdout).length;
    } catch {
      // gator wrote no JSON (it stops at the first object it cannot read)
    }
    const gatorNote = gt.r.error ? `did not finish: ${gt.r.error.message}` : `exit ${gt.r.status}, ${gatorFindings} violations in ${gt.ms.toFixed(0)} ms${gt.r.status > 1 ? `: ${(gt.r.stderr || "").trim().split("\n").pop()}` : ""}`;
    rows.push(["gatekeeper: kubeward scan --templates, corpus", `${files} policy files; exit ${kw.r.status}, ${docs} docs, ${findings} findings in ${kw.ms.toFixed(0)} ms`, typeof docs === "number" ? `${((docs / kw.ms) * 1000).toFixed(0)} docs/s` : "", ""]);
    rows.push(["gatekeeper: gator test, same policies, corpus", gatorNote, "", `kubeward ${(gt.ms / kw.ms).toFixed(2)}× gator`]);
    return rows;
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}
