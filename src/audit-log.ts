// The programmatic audit-log run: sources (streamed Events) → engine (detections) → report.
// Returns data; never prints. Memory is constant in the log's length: events are evaluated as they
// are read and only alerts are kept.
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
}

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
  for (const file of opts.files) {
    const shown = file === "-" ? "(stdin)" : (opts.display?.(file) ?? file);
    const stream = file === "-" ? opts.stdin?.() : undefined;
    for await (const item of readAuditLog(file === "-" ? shown : file, stream, { maxDocumentBytes: opts.maxDocumentBytes })) {
      if ("error" in item) {
        errors.push({ ...item.error, file: shown });
        continue;
      }
      events++;
      const r = evaluator.evaluate(item.event, item.line, shown);
      for (const alert of r.alerts) alerts.push({ file: shown, alert });
      errors.push(...r.errors);
    }
  }
  return buildAuditReport({ bundle: bundle.name, version: opts.version, files: opts.files.length, events, alerts, errors, catalog });
}
