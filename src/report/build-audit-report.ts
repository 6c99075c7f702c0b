// Turns audit-log alerts into the Report every formatter already prints: one Finding per alert,
// `file` the log, `line` the event's line, `resource` from the event's objectRef, and the event's
// auditID, user, verb, object and timestamp both in the message and in the additive `event` field.
import { ruleFields } from "./build-report.ts";
import type { EventAlert } from "../engine/evaluate-events.ts";
import type { AuditEvent } from "../sources/audit-log.ts";
import { SEVERITIES, type AuditEventRef, type Finding, type Report, type ReportError, type ResourceRef, type RuleMeta, type Severity } from "../types.ts";
import { compareErrors, compareFindings } from "./order.ts";

export interface BuildAuditReportInput {
  bundle: string;
  version: string;
  /** Logs read. */
  files: number;
  /** Events evaluated (the report's `resources`). */
  events: number;
  alerts: readonly { file: string; alert: EventAlert }[];
  errors: readonly ReportError[];
  /** The detections that ran. */
  catalog: readonly RuleMeta[];
}

export function buildAuditReport(input: BuildAuditReportInput): Report {
  const byId = new Map(input.catalog.map((r) => [r.id, r]));
  const errors: ReportError[] = [...input.errors];
  const findings: Finding[] = [];
  for (const { file, alert } of input.alerts) {
    const meta = byId.get(alert.alert.rule);
    if (!meta) {
      errors.push({ file, line: alert.line, code: "engine", message: `the policy returned an alert of ${alert.alert.rule}, which is not an evaluated detection` });
      continue;
    }
    const event = eventRef(alert.event);
    const finding: Finding = {
      ...ruleFields(meta),
      message: `${alert.alert.msg} [${event.verb} ${event.object} by ${event.user} at ${event.timestamp}, auditID ${event.auditID}]`,
      file,
      line: alert.line,
      resource: resourceOf(alert.event),
      event,
    };
    const path = alert.alert.details?.path;
    if (typeof path === "string" && path !== "") finding.path = path;
    findings.push(finding);
  }
  const bySeverity = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) bySeverity[f.severity]++;
  findings.sort(compareFindings);
  errors.sort(compareErrors);
  return {
    tool: { name: "kubeward", version: input.version },
    bundle: input.bundle,
    summary: { files: input.files, resources: input.events, findings: findings.length, errors: errors.length, bySeverity, skipped: 0, suppressed: 0 },
    findings,
    // Audit events carry no suppression annotations; the field keeps one Report shape for every formatter.
    suppressed: [],
    errors,
    rules: [...input.catalog].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)),
    // Detections declare `kinds: [Event]`: every audit event is one evaluated object of that kind.
    scannedKinds: input.events > 0 ? { Event: input.events } : {},
  };
}

export function eventRef(e: AuditEvent): AuditEventRef {
  const ref: AuditEventRef = {
    auditID: typeof e.auditID === "string" ? e.auditID : "",
    timestamp: [e.stageTimestamp, e.requestReceivedTimestamp, e.timestamp].find((t): t is string => typeof t === "string") ?? "",
    user: typeof e.user?.username === "string" && e.user.username !== "" ? e.user.username : "(unauthenticated)",
    verb: typeof e.verb === "string" ? e.verb : "",
    object: objectLabel(e),
  };
  if (typeof e.stage === "string") ref.stage = e.stage;
  if (Array.isArray(e.sourceIPs)) ref.sourceIPs = e.sourceIPs.filter((ip): ip is string => typeof ip === "string");
  return ref;
}

function objectLabel(e: AuditEvent): string {
  const o = e.objectRef;
  if (!o?.resource) return typeof e.requestURI === "string" ? e.requestURI : "";
  const res = o.subresource ? `${o.resource}/${o.subresource}` : o.resource;
  const name = o.name ?? requestName(e);
  if (o.namespace) return name ? `${res} ${o.namespace}/${name}` : `${res} in namespace ${o.namespace}`;
  return name ? `${res} ${name}` : res;
}

// Kinds of the resources detections look at; others fall back to the request body's kind.
const KINDS: Record<string, string> = {
  pods: "Pod", services: "Service", secrets: "Secret", configmaps: "ConfigMap", serviceaccounts: "ServiceAccount",
  namespaces: "Namespace", nodes: "Node", deployments: "Deployment", daemonsets: "DaemonSet", statefulsets: "StatefulSet",
  replicasets: "ReplicaSet", jobs: "Job", cronjobs: "CronJob", ingresses: "Ingress", roles: "Role", clusterroles: "ClusterRole",
  rolebindings: "RoleBinding", clusterrolebindings: "ClusterRoleBinding", certificatesigningrequests: "CertificateSigningRequest",
  mutatingwebhookconfigurations: "MutatingWebhookConfiguration", validatingwebhookconfigurations: "ValidatingWebhookConfiguration",
};

function resourceOf(e: AuditEvent): ResourceRef {
  const o = e.objectRef;
  if (!o?.resource) return { apiVersion: "", kind: "NonResourceURL", name: typeof e.requestURI === "string" ? e.requestURI.split("?")[0]! : "" };
  const body = e.requestObject as { kind?: unknown } | undefined;
  const kind = KINDS[o.resource] ?? (typeof body?.kind === "string" ? body.kind : o.resource);
  const version = o.apiVersion ?? "v1";
  const ref: ResourceRef = { apiVersion: o.apiGroup ? `${o.apiGroup}/${version}` : version, kind, name: o.name ?? requestName(e) ?? "" };
  if (o.namespace) ref.namespace = o.namespace;
  return ref;
}

function requestName(e: AuditEvent): string | undefined {
  const name = (e.requestObject as { metadata?: { name?: unknown } } | undefined)?.metadata?.name;
  return typeof name === "string" && name !== "" ? name : undefined;
}
