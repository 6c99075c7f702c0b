// Evaluates audit Events against the detections (kubeward/audit/alerts and kubeward/audit/signals):
// one `setData` per run, one evaluation per entrypoint per event. Stateless alerts come straight
// from the wasm; stateful detections (bursts of refused requests) are counted here from the
// per-event signals, because WebAssembly evaluations share no state.
//
// Memory stays constant whatever the log's length: an audit request logged at several stages is
// alerted once through a bounded window of recent (detection, auditID) keys, and a burst counter
// keeps at most `threshold` timestamps per user, swept as users fall out of their window.
import { KubewardError } from "../errors.ts";
import type { AuditEvent } from "../sources/audit-log.ts";
import type { RawViolation, ReportError, RuleMeta } from "../types.ts";
import type { EngineConfig } from "./evaluate-documents.ts";
import type { Engine } from "./wasm-engine.ts";

export const ALERTS_ENTRYPOINT = "kubeward/audit/alerts";
export const SIGNALS_ENTRYPOINT = "kubeward/audit/signals";

/** One detection's entry in `data.kubeward.config.detections`, read by kubeward.audit. */
export interface DetectionData {
  package: [string, string];
  parameters: Record<string, unknown>;
}

export interface DetectionPolicyData {
  kubeward: { config: { rules: Record<string, never>; detections: Record<string, DetectionData> } };
}

/** An alert of one detection on one event, before the report dresses it. */
export interface EventAlert {
  alert: RawViolation;
  event: AuditEvent;
  line: number;
}

const RECENT_KEYS = 50_000;
const SWEEP_EVERY = 10_000;

/** `data` for audit-log: the enabled detections with their parameters (rules are not evaluated). */
export function buildDetectionData(config: EngineConfig, catalog: readonly RuleMeta[]): DetectionPolicyData {
  const byId = new Map(catalog.map((r) => [r.id, r]));
  const detections: Record<string, DetectionData> = {};
  for (const rule of config.rules) {
    const meta = byId.get(rule.id);
    if (!meta) throw new KubewardError("bundle", `rule ${rule.id} is enabled but not in the rule catalogue`);
    if (meta.family !== "detection") continue;
    detections[rule.id] = { package: detectionSegments(meta), parameters: rule.parameters ?? {} };
  }
  return { kubeward: { config: { rules: {}, detections } } };
}

/** The detections a bundle enables, in id order. */
export function selectedDetections(config: EngineConfig, catalog: readonly RuleMeta[]): RuleMeta[] {
  const enabled = new Set(config.rules.map((r) => r.id));
  return catalog.filter((r) => enabled.has(r.id) && r.family === "detection").sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

interface BurstState {
  /** The latest timestamps (ms), at most `threshold` of them. */
  times: number[];
  /** An alert was raised for the burst in progress; cleared when the window no longer holds one. */
  alerted: boolean;
  last: number;
}

/**
 * Feed events in log order; each call returns the alerts that event completes (its own, and a
 * burst alert when it is the one that crosses a threshold). Errors are per event.
 */
export class AuditEvaluator {
  private readonly recent = new Map<string, true>();
  private readonly bursts = new Map<string, BurstState>();
  private readonly burstParams = new Map<string, { threshold: number; windowMs: number }>();
  private readonly hasSignals: boolean;
  private seen = 0;

  constructor(private readonly engine: Engine, config: EngineConfig, catalog: readonly RuleMeta[]) {
    const data = buildDetectionData(config, catalog);
    engine.setData(data);
    for (const [id, d] of Object.entries(data.kubeward.config.detections)) {
      const threshold = Number(d.parameters.threshold);
      const windowSeconds = Number(d.parameters.windowSeconds);
      if (Number.isFinite(threshold) && Number.isFinite(windowSeconds)) this.burstParams.set(id, { threshold: Math.max(1, threshold), windowMs: windowSeconds * 1000 });
    }
    this.hasSignals = this.burstParams.size > 0;
  }

  evaluate(event: AuditEvent, line: number, file: string): { alerts: EventAlert[]; errors: ReportError[] } {
    const context = `evaluating audit event ${event.auditID ?? "(no auditID)"} (${file}:${line})`;
    const alerts: EventAlert[] = [];
    try {
      for (const a of toRaw(this.engine.evaluate(event, ALERTS_ENTRYPOINT, context), context)) {
        if (this.firstTime(`${a.rule}\0${event.auditID ?? line}\0${a.msg}`)) alerts.push({ alert: a, event, line });
      }
      if (this.hasSignals) {
        for (const s of toRaw(this.engine.evaluate(event, SIGNALS_ENTRYPOINT, context), context, true)) {
          if (!this.firstTime(`${s.rule}\0signal\0${event.auditID ?? line}`)) continue;
          const burst = this.count(s, event);
          if (burst) alerts.push({ alert: burst, event, line });
        }
      }
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      return { alerts, errors: [{ file, line, message, code: e instanceof KubewardError ? e.code : "engine" }] };
    }
    if (++this.seen % SWEEP_EVERY === 0) this.sweep(eventTime(event));
    return { alerts, errors: [] };
  }

  /** Bounded memory of recently alerted keys: stages of one request are logged close together. */
  private firstTime(key: string): boolean {
    if (this.recent.has(key)) return false;
    this.recent.set(key, true);
    if (this.recent.size > RECENT_KEYS) this.recent.delete(this.recent.keys().next().value as string);
    return true;
  }

  private count(signal: RawViolation & { user?: unknown }, event: AuditEvent): RawViolation | undefined {
    const params = this.burstParams.get(signal.rule);
    const t = eventTime(event);
    if (!params || t === undefined) return undefined;
    const who = typeof signal.user === "string" ? signal.user : "(unknown)";
    const key = `${signal.rule}\0${who}`;
    const state = this.bursts.get(key) ?? { times: [], alerted: false, last: t };
    state.times.push(t);
    state.last = Math.max(state.last, t);
    if (state.times.length > params.threshold) state.times.splice(0, state.times.length - params.threshold);
    this.bursts.set(key, state);
    const inWindow = state.times.length >= params.threshold && t - state.times[0]! <= params.windowMs;
    if (!inWindow) {
      state.alerted = false;
      return undefined;
    }
    if (state.alerted) return undefined;
    state.alerted = true;
    const seconds = Math.round(params.windowMs / 1000);
    const label = who.startsWith("(") ? who : JSON.stringify(who);
    return {
      rule: signal.rule,
      msg: `user ${label} was refused ${params.threshold} requests (401/403) within ${seconds}s, from ${new Date(state.times[0]!).toISOString()} to ${new Date(t).toISOString()}`,
      details: { user: who, count: params.threshold, windowSeconds: seconds },
    };
  }

  private sweep(now: number | undefined): void {
    if (now === undefined) return;
    for (const [key, state] of this.bursts) {
      const params = this.burstParams.get(key.split("\0")[0]!);
      if (!params || now - state.last > params.windowMs) this.bursts.delete(key);
    }
  }
}

/** The event's time in ms: when the stage was logged, else when the request arrived. */
export function eventTime(event: AuditEvent): number | undefined {
  for (const v of [event.stageTimestamp, event.requestReceivedTimestamp, event.timestamp]) {
    if (typeof v === "string") {
      const t = Date.parse(v);
      if (Number.isFinite(t)) return t;
    }
  }
  return undefined;
}

function detectionSegments(meta: RuleMeta): [string, string] {
  const m = /^kubeward\.detections\.([a-z0-9_]+)\.([a-z0-9_]+)$/.exec(meta.package);
  if (!m) throw new KubewardError("bundle", `detection ${meta.id}: package ${meta.package} is not kubeward.detections.<category>.<id>`, { file: meta.file });
  return [m[1]!, m[2]!];
}

function toRaw(value: unknown, context: string, signals = false): (RawViolation & Record<string, unknown>)[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new KubewardError("engine", `${context}: the entrypoint returned ${typeof value}, not a set`);
  return value.map((v) => {
    const o = v as Record<string, unknown> | null;
    if (!o || typeof o !== "object" || typeof o.rule !== "string" || (!signals && typeof o.msg !== "string")) {
      throw new KubewardError("engine", `${context}: a detection returned ${signals ? "a signal" : "an alert"} without ${signals ? "a rule" : "a string msg"}: ${JSON.stringify(v)}`);
    }
    return { ...o, rule: o.rule, msg: typeof o.msg === "string" ? o.msg : "" } as RawViolation & Record<string, unknown>;
  });
}
