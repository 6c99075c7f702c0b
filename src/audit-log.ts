// The programmatic audit-log run: sources (streamed Events) → engine (detections) → report.
// Returns data; never prints. Memory is constant in the log's length: events are evaluated as they
// are read and only alerts are kept.
import fs from "node:fs";
import type { Readable } from "node:stream";
import { loadCompiledLibrary, loadResolvedBundle, defaultLibraryDir } from "./library.ts";
import { loadEngine } from "./engine/wasm-engine.ts";
import { AuditEvaluator, selectedDetections, type EventAlert } from "./engine/evaluate-events.ts";
import { buildAuditReport } from "./report/build-audit-report.ts";
import { readAuditLog } from "./sources/audit-log.ts";
import { toKubewardError } from "./errors.ts";
import type { Report, ReportError } from "./types.ts";

export interface AuditLogOptions {
  /** Log files; `-` is `stdin`. */
  files: string[];
  /** How each file is shown in the report (defaults to the path given). */
  display?: (file: string) => string;
  bundle?: string;
  libraryDir?: string;
  version: string;
  stdin?: () => Readable;
  maxDocumentBytes?: number;
  /** Told how far reading has got, for a progress display (see AuditLogProgress). */
  onProgress?: (p: AuditLogProgress) => void;
}

/**
 * Where an audit-log run is: `bytes` read of `totalBytes` over all files (0 when unknown: stdin),
 * `events` evaluated so far, `file` the one being read. Reported when a file opens, every
 * PROGRESS_EVERY events and when a file ends.
 */
export interface AuditLogProgress {
  bytes: number;
  totalBytes: number;
  events: number;
  file: string;
}

const PROGRESS_EVERY = 1000;

export async function auditLog(opts: AuditLogOptions): Promise<Report> {
  const library = loadCompiledLibrary(opts.libraryDir ?? defaultLibraryDir());
  const bundle = loadResolvedBundle(library, opts.bundle ?? "audit");
  const catalog = selectedDetections(bundle, library.catalog);
  const engine = await loadEngine(library.wasm).catch((e: unknown) => {
    throw toKubewardError(e, "engine", `loading ${library.dir}/policy.wasm`);
  });
  const evaluator = new AuditEvaluator(engine, bundle, catalog);
  const alerts: { file: string; alert: EventAlert }[] = [];
  const errors: ReportError[] = [];
  let events = 0;
  const progress = opts.onProgress;
  const sizes = progress ? opts.files.map(fileSize) : [];
  const totalBytes = sizes.includes(undefined) ? 0 : sizes.reduce<number>((a, b) => a + (b ?? 0), 0);
  let bytesBefore = 0;
  for (const [i, file] of opts.files.entries()) {
    const shown = file === "-" ? "(stdin)" : (opts.display?.(file) ?? file);
    const stream = file === "-" ? opts.stdin?.() : undefined;
    let input: { bytesRead?: number } | undefined;
    const report = () => progress?.({ bytes: bytesBefore + (input?.bytesRead ?? 0), totalBytes, events, file: shown });
    const readOpts = { maxDocumentBytes: opts.maxDocumentBytes, ...(progress ? { onOpen: (s: Readable) => { input = s as { bytesRead?: number }; } } : {}) };
    report();
    for await (const item of readAuditLog(file === "-" ? shown : file, stream, readOpts)) {
      if ("error" in item) {
        errors.push({ ...item.error, file: shown });
        continue;
      }
      events++;
      if (progress && events % PROGRESS_EVERY === 0) report();
      const r = evaluator.evaluate(item.event, item.line, shown);
      for (const alert of r.alerts) alerts.push({ file: shown, alert });
      errors.push(...r.errors);
    }
    bytesBefore += sizes[i] ?? input?.bytesRead ?? 0;
    input = undefined;
    report();
  }
  return buildAuditReport({ bundle: bundle.name, version: opts.version, files: opts.files.length, events, alerts, errors, catalog });
}

/** A log file's size in bytes; undefined for stdin (unknown), 0 for what cannot be read (the run reports that). */
function fileSize(file: string): number | undefined {
  if (file === "-") return undefined;
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}
