// A progress bar for long CLI operations, on stderr, only when stderr is a terminal and CI is not
// set: piped or captured output (CI logs, `--format json > file`) never gets control characters
// or extra lines. The bar redraws one line in place and erases it when done, so what the command
// prints afterwards reads exactly as without it.
import type { ClusterProgress } from "../sources/kube/read-cluster.ts";
import type { ScanPhase, ScanProgress } from "../scan.ts";
import type { AuditLogProgress } from "../audit-log.ts";
import type { CliIo } from "./io.ts";

export interface Progress {
  /** `done` of `total` steps; `label` says what is being worked on; `count` replaces the `done/total` text. */
  update(done: number, total: number, label?: string, count?: string): void;
  /** Erases the bar (when one was drawn). */
  finish(): void;
}

const NONE: Progress = { update: () => undefined, finish: () => undefined };

/** Pure: the bar's text for a terminal `columns` wide; `count` replaces the `done/total` text. */
export function renderProgress(done: number, total: number, label: string, columns: number, count = `${done}/${total}`): string {
  const width = 20;
  const ratio = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0;
  const filled = Math.round(ratio * width);
  const head = `${"█".repeat(filled)}${"░".repeat(width - filled)} ${count}`;
  const room = Math.max(0, columns - head.length - 2);
  const tail = label.length > room ? `${label.slice(0, Math.max(0, room - 1))}…` : label;
  return room > 0 && tail ? `${head}  ${tail}` : head;
}

/** Whether a bar may be drawn: stderr is a terminal and CI is not set. */
export function progressWanted(io: Pick<CliIo, "env" | "stderr">): boolean {
  const ci = io.env.CI !== undefined && io.env.CI !== "" && io.env.CI !== "0" && io.env.CI !== "false";
  return io.stderr.isTTY === true && !ci;
}

export function createProgress(io: Pick<CliIo, "env" | "stderr">, opts: { columns?: number } = {}): Progress {
  if (!progressWanted(io)) return NONE;
  const columns = opts.columns ?? ((io.stderr as { columns?: number }).columns || 80);
  let drawn = false;
  return {
    update(done, total, label = "", count) {
      io.stderr.write(`\r\u001b[2K${renderProgress(done, total, label, columns - 1, count)}`);
      drawn = true;
    },
    finish() {
      if (drawn) io.stderr.write("\r\u001b[2K");
      drawn = false;
    },
  };
}

/** What each scan phase's bar says: the unit counted, then what is being worked on. */
export function describeScanProgress(p: ScanProgress): string {
  const what = p.label ?? "";
  const words: Record<ScanPhase, string> = {
    discover: `finding files · ${what}`,
    render: `rendering · ${what}`,
    parse: `files · parsing ${what}`,
    inventory: `reading the inventory · ${what}`,
    evaluate: `documents · evaluating ${what}`,
    templates: `templates · applying ${what}`,
  };
  return words[p.phase].replace(/( ·)? $/, "");
}

/** How often the scan bar may redraw: a terminal cannot show more, and each write costs. */
const SCAN_REDRAW_MS = 50;

/**
 * `kubeward scan`: one bar for the whole scan, the cluster read included (both feed the same line,
 * so they never draw over each other). A redraw happens on a phase change, at a phase's last step,
 * or when SCAN_REDRAW_MS have passed. Undefined when no bar is wanted.
 */
export function scanProgressBar(io: CliIo, opts: { context?: string; now?: () => number } = {}): { scan: (p: ScanProgress) => void; cluster: (p: ClusterProgress) => void; done: () => void } | undefined {
  if (!progressWanted(io)) return undefined;
  const { draw, bar } = throttled(io, opts.now ?? Date.now);
  return {
    scan: (p) => draw(p.phase, p.done, p.total, describeScanProgress(p)),
    cluster: (p) => draw("cluster", p.kindsDone, p.kindsTotal, `kinds · ${p.objects} objects from ${opts.context ?? "the cluster"}${p.kind ? ` · ${p.kind}` : ""}`),
    done: () => bar.finish(),
  };
}

/** A bar that redraws on a new `key` (phase), at a phase's last step, or every SCAN_REDRAW_MS. */
function throttled(io: CliIo, now: () => number) {
  const bar = createProgress(io);
  let phase = "";
  let last = -Infinity;
  const draw = (key: string, done: number, total: number, label: string, count?: string) => {
    const t = now();
    if (key === phase && (total === 0 || done < total) && t - last < SCAN_REDRAW_MS) return;
    phase = key;
    last = t;
    bar.update(done, total, label, count);
  };
  return { draw, bar };
}

const mib = (bytes: number) => (bytes / 1048576).toFixed(1);

/**
 * `kubeward audit-log`: MiB read of the logs' total size (stdin has no size: MiB read only), the
 * events evaluated, the file being read. Undefined when no bar is wanted.
 */
export function auditLogProgressBar(io: CliIo, opts: { now?: () => number } = {}): { update: (p: AuditLogProgress) => void; done: () => void } | undefined {
  if (!progressWanted(io)) return undefined;
  const { draw, bar } = throttled(io, opts.now ?? Date.now);
  return {
    update: (p) => draw(p.file, p.bytes, p.totalBytes, `${p.events.toLocaleString("en-US")} events · ${p.file}`, p.totalBytes > 0 ? `${mib(p.bytes)}/${mib(p.totalBytes)} MiB` : `${mib(p.bytes)} MiB`),
    done: () => bar.finish(),
  };
}
