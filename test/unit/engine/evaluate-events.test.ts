// The host side of the detections, with a stub engine: stages of one request alerted once, and
// the sliding-window burst count (one alert per burst, a new burst after the window clears).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { ALERTS_ENTRYPOINT, AuditEvaluator, buildDetectionData } from "../../../src/engine/evaluate-events.ts";
import type { Engine } from "../../../src/engine/wasm-engine.ts";
import type { AuditEvent } from "../../../src/sources/audit-log.ts";
import type { RuleMeta } from "../../../src/types.ts";

const meta = (id: string, category: string): RuleMeta => ({ id, title: id, description: id, severity: "medium", category, kinds: ["Event"], controls: [], remediation: "-", package: `kubeward.detections.${category}.${id.replaceAll("-", "_")}`, file: `policies/detections/${category}/${id}/policy.rego`, family: "detection" });
const catalog = [meta("pod-exec", "interactive"), meta("unauthorized-request-burst", "access")];

function stub(): Engine & { data?: unknown } {
  const engine: Engine & { data?: unknown } = {
    entrypoints: [],
    setData(d: object) {
      engine.data = d;
    },
    evaluate(input: object, entrypoint?: string) {
      const e = input as AuditEvent;
      if (entrypoint === ALERTS_ENTRYPOINT) return e.objectRef?.subresource === "exec" ? [{ rule: "pod-exec", msg: "exec", details: {} }] : [];
      return e.responseStatus?.code === 403 ? [{ rule: "unauthorized-request-burst", kind: "unauthorized", user: e.user?.username, code: 403 }] : [];
    },
  };
  return engine;
}
const at = (s: number) => new Date(Date.parse("2026-11-28T14:00:00Z") + s * 1000).toISOString();
const refused = (id: string, s: number, user = "eve"): AuditEvent => ({ auditID: id, stage: "ResponseComplete", verb: "list", user: { username: user }, responseStatus: { code: 403 }, stageTimestamp: at(s) });
const config = (threshold: number, windowSeconds: number) => ({ rules: [{ id: "pod-exec", parameters: {} }, { id: "unauthorized-request-burst", parameters: { threshold, windowSeconds } }] });

test("data lists only detections, with their packages and parameters", () => {
  const data = buildDetectionData({ rules: [...config(3, 10).rules] }, catalog);
  assert.equal(data.kubeward.config.detections["unauthorized-request-burst"], { package: ["access", "unauthorized_request_burst"], parameters: { threshold: 3, windowSeconds: 10 } });
});

test("a request logged at two stages is alerted once", () => {
  const ev = new AuditEvaluator(stub(), config(3, 10), catalog);
  const exec = (stage: string): AuditEvent => ({ auditID: "x", stage, verb: "create", objectRef: { resource: "pods", subresource: "exec" }, stageTimestamp: at(0) });
  assert.is(ev.evaluate(exec("ResponseStarted"), 1, "f").alerts.length, 1);
  assert.is(ev.evaluate(exec("ResponseComplete"), 2, "f").alerts.length, 0);
});

test("one alert per burst; quiet longer than the window ends it; users are counted apart", () => {
  const ev = new AuditEvaluator(stub(), config(3, 10), catalog);
  const alerts = (e: AuditEvent, line: number) => ev.evaluate(e, line, "f").alerts.map((a) => `${line}:${a.alert.details?.user}`);
  const got = [
    ...alerts(refused("1", 0), 1),
    ...alerts(refused("2", 4), 2),
    ...alerts(refused("2", 4), 3), // same request again: not counted twice
    ...alerts(refused("3", 8), 4), // third within 10 s: burst
    ...alerts(refused("4", 9), 5), // same burst
    ...alerts(refused("5", 9, "mallory"), 6),
    ...alerts(refused("6", 40), 7), // quiet for 30 s: the window no longer holds a burst
    ...alerts(refused("7", 41), 8),
    ...alerts(refused("8", 42), 9), // a new burst
  ];
  assert.equal(got, ["4:eve", "9:eve"]);
});

test("events without a time are never counted", () => {
  const ev = new AuditEvaluator(stub(), config(2, 10), catalog);
  const bare = (id: string): AuditEvent => ({ auditID: id, verb: "get", user: { username: "eve" }, responseStatus: { code: 403 } });
  assert.is(ev.evaluate(bare("a"), 1, "f").alerts.length + ev.evaluate(bare("b"), 2, "f").alerts.length, 0);
});

test.run();
