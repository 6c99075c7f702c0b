// reviewAdmission's decisions that a live server cannot easily provoke: an engine that fails.
import fs from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { reviewAdmission, type AdmissionOptions } from "../../../src/server/admission.ts";
import type { PolicyState } from "../../../src/server/policy-state.ts";

const broken: PolicyState = {
  engine: { entrypoints: [], setData: () => undefined, evaluate: () => { throw new Error("wasm trap: out of bounds memory access"); } },
  bundle: "recommended",
  revision: "000000000000",
  rules: new Map(),
};
const opts = (failurePolicy: "fail" | "ignore"): AdmissionOptions => ({ failOn: "high", failurePolicy, exemptNamespaces: new Set(["kube-system"]), exemptUsers: new Set() });
const body = JSON.parse(fs.readFileSync("examples/admission/create-compliant-pod.json", "utf8")) as unknown;

test("--failure-policy fail: an internal error denies with code 500 and says why", () => {
  const out = reviewAdmission(body, broken, opts("fail"));
  assert.is(out.kind, "answer");
  if (out.kind !== "answer") return;
  assert.is(out.result, "error");
  assert.equal(out.body.response, { uid: "3f2e1d0c-0001-4000-8000-00000000a001", allowed: false, status: { code: 500, reason: "InternalError", message: "kubeward could not evaluate this request: wasm trap: out of bounds memory access" } });
});

test("--failure-policy ignore: an internal error allows, with a warning", () => {
  const out = reviewAdmission(body, broken, opts("ignore"));
  if (out.kind !== "answer") throw new Error("expected an answer");
  assert.is(out.body.response.allowed, true);
  assert.equal(out.body.response.warnings, ["kubeward could not evaluate this request: wasm trap: out of bounds memory access (allowed: --failure-policy ignore)"]);
});

test("an exempt namespace is never evaluated, even by a broken engine", () => {
  const review = JSON.parse(JSON.stringify(body)) as { request: { namespace: string } };
  review.request.namespace = "kube-system";
  const out = reviewAdmission(review, broken, opts("fail"));
  if (out.kind !== "answer") throw new Error("expected an answer");
  assert.is(out.result, "exempt");
  assert.is(out.body.response.allowed, true);
});

test.run();
