// The worker-thread evaluator against the same evaluation in this thread: identical answers, and
// reloads that swap the policy inside the worker (or keep the old one when the new does not load).
// Needs the built worker (node scripts/build.mjs).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { evaluateBody, failedEvaluation } from "../../../src/server/evaluation.ts";
import { loadPolicyState } from "../../../src/server/policy-state.ts";
import { startWorkerEvaluator } from "../../../src/server/worker-evaluator.ts";

const WORKER = path.resolve("dist", "admission-worker.mjs");
const BUILT = fs.existsSync(WORKER);
const opts = { failOn: "high" as const, failurePolicy: "fail" as const, exemptNamespaces: new Set(["kube-system"]), exemptUsers: new Set<string>() };
const review = (name: string) => fs.readFileSync(path.join("examples", "admission", name), "utf8");

function needBuild(): boolean {
  if (!BUILT) console.log("SKIPPED: dist/admission-worker.mjs is not built (node scripts/build.mjs)");
  return BUILT;
}

test("the worker answers exactly as an evaluation in this thread: allowed, denied, DELETE, not JSON, malformed", async () => {
  if (!needBuild()) return;
  const policy = await loadPolicyState({ bundle: "recommended" });
  const evaluator = await startWorkerEvaluator(WORKER, { bundle: "recommended" }, opts);
  try {
    assert.is(evaluator.bundle, "recommended");
    assert.is(evaluator.revision, policy.revision);
    const bodies = [...fs.readdirSync(path.join("examples", "admission")).sort().map(review), "{not json", JSON.stringify({ apiVersion: "admission.k8s.io/v1", kind: "AdmissionReview", request: { uid: "u" } })];
    const answers = await Promise.all(bodies.map((b) => evaluator.review(b)));
    assert.equal(answers, bodies.map((b) => evaluateBody(b, policy, opts)));
    assert.equal(answers.map((a) => a.kind), ["answer", "answer", "answer", "answer", "not-json", "malformed"]);
    assert.equal(answers.slice(0, 4).map((a) => (a.kind === "answer" ? a.allowed : undefined)), [true, false, true, false]);
  } finally {
    await evaluator.close();
  }
});

test("reload swaps the policy inside the worker; a bundle that does not load keeps the old one", async () => {
  if (!needBuild()) return;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-worker-"));
  const file = path.join(tmp, "bundle.yaml");
  fs.writeFileSync(file, fs.readFileSync(path.join("bundles", "pss-baseline.yaml"), "utf8"));
  const evaluator = await startWorkerEvaluator(WORKER, { bundle: file }, opts);
  const allowed = async () => {
    const a = await evaluator.review(review("create-privileged-pod.json"));
    return a.kind === "answer" ? a.allowed : undefined;
  };
  try {
    assert.is(await allowed(), false);
    const before = evaluator.revision;
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace(/exclude:\n {2}ids: \[\]/, "exclude:\n  ids: [privileged-container]"));
    await evaluator.reload();
    assert.is.not(evaluator.revision, before);
    assert.is(await allowed(), true);
    const good = evaluator.revision;
    fs.writeFileSync(file, "select: [this is not a bundle\n");
    let failed: unknown;
    await evaluator.reload().catch((e: unknown) => (failed = e));
    assert.ok(failed instanceof Error, "a bundle that does not load rejects the reload");
    assert.is(evaluator.revision, good);
    assert.is(await allowed(), true, "the previous policy stays in service");
  } finally {
    await evaluator.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test("a worker that cannot start is an error naming why; a dead worker's request gets the failure-policy answer", async () => {
  let failed: unknown;
  await startWorkerEvaluator(path.join(os.tmpdir(), "no-such-admission-worker.mjs"), { bundle: "recommended" }, opts).catch((e: unknown) => (failed = e));
  assert.ok(failed instanceof Error);
  assert.match((failed as Error).message, "the evaluation thread failed");
  const answer = failedEvaluation(review("create-compliant-pod.json"), "the evaluation thread exited (1)", opts);
  assert.equal(answer.kind === "answer" ? JSON.parse(answer.body) : answer, {
    apiVersion: "admission.k8s.io/v1",
    kind: "AdmissionReview",
    response: { uid: "3f2e1d0c-0001-4000-8000-00000000a001", allowed: false, status: { code: 500, reason: "InternalError", message: "kubeward could not evaluate this request: the evaluation thread exited (1)" } },
  });
});

test.run();
