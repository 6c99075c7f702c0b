// Reads Kubernetes audit logs: audit.k8s.io/v1 Events as the API server's log backend writes them
// (JSON lines, one Event per line) or as one EventList document (`{"kind":"EventList","items":[…]}`).
//
// JSON lines stream through node:readline, one line at a time, so a 1 GB log is read in constant
// memory; a line that is not an Event becomes a report error with its line number and the rest
// continue. A document that is not JSON lines (an EventList, or one pretty-printed Event) has to be
// parsed whole: JSON.parse needs the complete text. It is accepted up to `maxDocumentBytes`
// (256 MiB by default) and refused above with an error that says to convert it to JSON lines
// (`jq -c '.items[]'`), rather than exhausting memory. Never throws for bad input.
import fs from "node:fs";
import readline from "node:readline";
import type { Readable } from "node:stream";
import type { ReportError } from "../types.ts";

/** One audit Event as logged; only what kubeward reads is typed. */
export interface AuditEvent {
  kind?: string;
  apiVersion?: string;
  auditID?: string;
  stage?: string;
  verb?: string;
  requestURI?: string;
  user?: { username?: string; groups?: string[] };
  impersonatedUser?: { username?: string; groups?: string[] };
  sourceIPs?: string[];
  objectRef?: { resource?: string; subresource?: string; namespace?: string; name?: string; apiGroup?: string; apiVersion?: string };
  responseStatus?: { code?: number };
  requestObject?: unknown;
  requestReceivedTimestamp?: string;
  stageTimestamp?: string;
  /** Events of the pre-v1 era (e.g. Falco's trace files) carry `timestamp`. */
  timestamp?: string;
  [k: string]: unknown;
}

/** What the reader yields: an Event with the 1-based line it starts on, or an error for a line. */
export type AuditLogItem = { event: AuditEvent; line: number } | { error: ReportError };

export const DEFAULT_MAX_DOCUMENT_BYTES = 256 * 1024 * 1024;

export interface ReadAuditLogOptions {
  /** Largest EventList (or pretty-printed) document parsed whole. */
  maxDocumentBytes?: number;
  /**
   * Handed the input once it is open, so a caller can show how far reading has got (a file's
   * stream counts `bytesRead`) without the reader paying anything per line.
   */
  onOpen?: (input: Readable) => void;
}

/** Streams the Events of `file` (a path) or of `stream` (stdin), reported under the name `file`. */
export async function* readAuditLog(file: string, stream?: Readable, opts: ReadAuditLogOptions = {}): AsyncGenerator<AuditLogItem> {
  const maxDocumentBytes = opts.maxDocumentBytes ?? DEFAULT_MAX_DOCUMENT_BYTES;
  let input: Readable;
  try {
    input = stream ?? (await openFile(file));
    opts.onOpen?.(input);
  } catch (e) {
    yield { error: { file, message: `cannot read the audit log: ${(e as Error).message}`, code: "io" } };
    return;
  }
  const lines = readline.createInterface({ input, crlfDelay: Infinity });
  let lineNo = 0;
  // Document mode: the first non-blank line did not parse on its own, so the text is one JSON
  // document spread over lines; collected (up to the guard) and parsed at the end.
  let doc: string[] | undefined;
  let docBytes = 0;
  let docStart = 1;
  let tooLarge = false;
  // Only the first non-blank line may open a multi-line document.
  let sawContent = false;
  try {
    for await (const text of lines) {
      lineNo++;
      if (doc) {
        if (tooLarge) continue;
        docBytes += Buffer.byteLength(text) + 1;
        if (docBytes > maxDocumentBytes) {
          tooLarge = true;
          doc = [];
          continue;
        }
        doc.push(text);
        continue;
      }
      const trimmed = text.trim();
      if (trimmed === "") continue;
      const first = !sawContent;
      sawContent = true;
      let value: unknown;
      try {
        value = JSON.parse(trimmed);
      } catch (e) {
        if (first && trimmed.startsWith("{")) {
          doc = [text];
          docStart = lineNo;
          docBytes = Buffer.byteLength(text) + 1;
          continue;
        }
        yield { error: { file, line: lineNo, message: `not a JSON audit Event: ${(e as Error).message}`, code: "parse" } };
        continue;
      }
      yield* eventsOf(value, file, lineNo);
    }
  } catch (e) {
    yield { error: { file, line: lineNo || undefined, message: `cannot read the audit log: ${(e as Error).message}`, code: "io" } };
    return;
  }
  if (doc) {
    if (tooLarge) {
      yield { error: { file, line: docStart, message: `the audit log is one JSON document larger than ${Math.round(maxDocumentBytes / 1048576)} MiB; convert it to JSON lines (jq -c '.items[]') to stream it`, code: "parse" } };
      return;
    }
    yield* documentEvents(doc, file, docStart);
  }
}

function openFile(file: string): Promise<Readable> {
  return new Promise((resolve, reject) => {
    const s = fs.createReadStream(file);
    s.once("open", () => resolve(s));
    s.once("error", reject);
  });
}

function* eventsOf(value: unknown, file: string, line: number, itemLines?: number[]): Generator<AuditLogItem> {
  if (isObject(value) && value.kind === "EventList") {
    const items = Array.isArray(value.items) ? value.items : [];
    for (const [i, item] of items.entries()) yield* eventsOf(item, file, itemLines?.[i] ?? line);
    return;
  }
  if (!isObject(value)) {
    yield { error: { file, line, message: "not an audit Event: expected a JSON object", code: "parse" } };
    return;
  }
  if (typeof value.auditID !== "string" && value.kind !== "Event") {
    yield { error: { file, line, message: `not an audit Event: no auditID (kind ${JSON.stringify(value.kind ?? null)})`, code: "parse" } };
    return;
  }
  yield { event: value as AuditEvent, line };
}

function* documentEvents(lines: string[], file: string, startLine: number): Generator<AuditLogItem> {
  const text = lines.join("\n");
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    yield { error: { file, line: startLine, message: `neither JSON lines nor one JSON document: ${(e as Error).message}`, code: "parse" } };
    return;
  }
  // Line of each item of a pretty-printed EventList: the n-th `"auditID"` key starts near the
  // n-th item; good enough to point a reader at the event (falls back to line 1).
  const itemLines: number[] = [];
  lines.forEach((l, i) => {
    if (/^\s*"auditID"\s*:/.test(l)) itemLines.push(startLine + i);
  });
  yield* eventsOf(value, file, startLine, itemLines);
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** The Events of a small text already in memory (rule examples, tests): same rules as the stream. */
export function parseAuditEvents(text: string, file: string): AuditLogItem[] {
  const out: AuditLogItem[] = [];
  const lines = text.split(/\r?\n/);
  const first = lines.findIndex((l) => l.trim() !== "");
  if (first === -1) return out;
  try {
    JSON.parse(lines[first]!.trim());
  } catch {
    if (lines[first]!.trim().startsWith("{")) return [...documentEvents(lines.slice(first), file, first + 1)];
  }
  lines.forEach((l, i) => {
    const trimmed = l.trim();
    if (trimmed === "") return;
    try {
      out.push(...eventsOf(JSON.parse(trimmed), file, i + 1));
    } catch (e) {
      out.push({ error: { file, line: i + 1, message: `not a JSON audit Event: ${(e as Error).message}`, code: "parse" } });
    }
  });
  return out;
}
