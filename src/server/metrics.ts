// Prometheus text exposition (format 0.0.4) for the webhook, with no client library: a handful of
// counters, one histogram and one info gauge. Every name is prefixed `kubeward_`.
export type RequestResult = "allowed" | "denied" | "warned" | "exempt" | "error" | "malformed" | "too_large" | "timeout";

/** Seconds. A webhook answer within 5 ms is the target; the API server gives up at 10 s by default. */
const BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

export class Metrics {
  private readonly requests = new Map<RequestResult, number>();
  private readonly findings = new Map<string, number>();
  private readonly bucketCounts = BUCKETS.map(() => 0);
  private latencyCount = 0;
  private latencySum = 0;
  bundle = { name: "", revision: "" };
  bundleReloads = 0;
  bundleReloadFailures = 0;
  tlsReloads = 0;
  inFlight = 0;
  /** serve --inventory-from-cluster: read at render time. */
  inventory: (() => { ready: boolean; swaps: number; kinds: { kind: string; objects: number; restarts: number; relists: number }[] }) | undefined;

  countRequest(result: RequestResult, seconds?: number): void {
    this.requests.set(result, (this.requests.get(result) ?? 0) + 1);
    if (seconds === undefined) return;
    this.latencyCount++;
    this.latencySum += seconds;
    BUCKETS.forEach((b, i) => {
      if (seconds <= b) this.bucketCounts[i] = (this.bucketCounts[i] ?? 0) + 1;
    });
  }

  countFinding(rule: string, severity: string): void {
    const key = `rule="${rule}",severity="${severity}"`;
    this.findings.set(key, (this.findings.get(key) ?? 0) + 1);
  }

  render(): string {
    const out: string[] = [];
    const family = (name: string, type: string, help: string) => out.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`);
    family("kubeward_admission_requests_total", "counter", "Admission requests by result.");
    for (const [result, n] of [...this.requests].sort()) out.push(`kubeward_admission_requests_total{result="${result}"} ${n}`);
    family("kubeward_admission_request_duration_seconds", "histogram", "Time from the request's first byte to the answer.");
    BUCKETS.forEach((b, i) => out.push(`kubeward_admission_request_duration_seconds_bucket{le="${b}"} ${this.bucketCounts[i]}`));
    out.push(`kubeward_admission_request_duration_seconds_bucket{le="+Inf"} ${this.latencyCount}`);
    out.push(`kubeward_admission_request_duration_seconds_sum ${this.latencySum}`, `kubeward_admission_request_duration_seconds_count ${this.latencyCount}`);
    family("kubeward_findings_total", "counter", "Findings in admission requests, by rule and severity.");
    for (const [labels, n] of [...this.findings].sort()) out.push(`kubeward_findings_total{${labels}} ${n}`);
    family("kubeward_bundle_info", "gauge", "The bundle being served and its revision (content hash of the wasm and the resolved bundle).");
    out.push(`kubeward_bundle_info{bundle="${this.bundle.name}",revision="${this.bundle.revision}"} 1`);
    family("kubeward_bundle_reloads_total", "counter", "Successful bundle reloads (SIGHUP).");
    out.push(`kubeward_bundle_reloads_total ${this.bundleReloads}`);
    family("kubeward_bundle_reload_failures_total", "counter", "Bundle reloads that failed (the previous bundle stays in service).");
    out.push(`kubeward_bundle_reload_failures_total ${this.bundleReloadFailures}`);
    family("kubeward_tls_reloads_total", "counter", "Certificate/key pairs loaded after a change on disk.");
    out.push(`kubeward_tls_reloads_total ${this.tlsReloads}`);
    family("kubeward_admission_in_flight_requests", "gauge", "Requests being handled.");
    out.push(`kubeward_admission_in_flight_requests ${this.inFlight}`);
    const inv = this.inventory?.();
    if (inv) {
      family("kubeward_inventory_ready", "gauge", "1 once every inventory kind has been listed (serve --inventory-from-cluster).");
      out.push(`kubeward_inventory_ready ${inv.ready ? 1 : 0}`);
      family("kubeward_inventory_objects", "gauge", "Objects held in data.inventory, by kind.");
      for (const k of inv.kinds) out.push(`kubeward_inventory_objects{kind="${k.kind}"} ${k.objects}`);
      family("kubeward_inventory_watch_restarts_total", "counter", "Watches resumed or restarted (stream ended, error, 410 Gone), by kind.");
      for (const k of inv.kinds) out.push(`kubeward_inventory_watch_restarts_total{kind="${k.kind}"} ${k.restarts}`);
      family("kubeward_inventory_relists_total", "counter", "Full lists after a 410 Gone, by kind.");
      for (const k of inv.kinds) out.push(`kubeward_inventory_relists_total{kind="${k.kind}"} ${k.relists}`);
      family("kubeward_inventory_swaps_total", "counter", "Times a changed inventory was swapped into the policy.");
      out.push(`kubeward_inventory_swaps_total ${inv.swaps}`);
    }
    return `${out.join("\n")}\n`;
  }
}
