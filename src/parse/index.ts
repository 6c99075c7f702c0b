// parse/: SourceFile text → Documents with positions (DESIGN.md §1).
//
// Design, decided from measurements (scripts/measure-parsers.mjs on ../shared/corpus/manifests:
// 1756 files, 25.7 MB; Node 20; median of 5 warm runs on a shared, noisy machine):
//
//   parser                          files rejected  YAML documents   ms
//   js-yaml 5 loadAll (default)           10            4224         2668
//   js-yaml 5 loadAll json:true            2            4238         3256
//   yaml 2 parseAllDocuments + toJS        8            4252         7994
//   kubeward parseDocuments                0            4266         3369
//
// (Document counts differ only by the files each parser rejects. kubeward yields 4193 Kubernetes
// objects after List flattening and skips 109 empty or non-Kubernetes documents.) Run interleaved in
// one process, the spread between runs (2.6–4.3 s) exceeds the difference between js-yaml's loadAll
// and parseDocuments (best runs 2822 vs 2650 ms): splitting costs ~20 ms for the whole corpus, and
// the Go-compatible schema is within noise of js-yaml's default one. The `yaml` package is ~3x slower,
// so it is used only where js-yaml cannot serve.
//
// - Values come from js-yaml (the fastest loader) with GO_YAML_SCHEMA, which reads scalars as
//   Kubernetes does (go-yaml v2, YAML 1.1) and makes duplicate keys last-wins while noticing them.
//   This matters on the corpus: 29 volumes set `defaultMode: 0400`-style octal modes, which js-yaml's
//   default YAML 1.2 schema reads as decimal 400 where the API server stores 256.
// - The stream is split on `---` lines first, so each document loads alone: a broken document is one
//   error, not a lost file, and every document knows its first line without a position-tracking parse.
// - Positions are lazy: only `locate()` (findings are rare) parses that one document again with the
//   `yaml` package, which keeps node ranges; the result is cached per document.
// - When js-yaml rejects a document (e.g. a flow sequence's `]` at the key's indentation, which Go's
//   YAML accepts), the `yaml` package loads it instead; only when both reject it is it an error.
// - `.json` files (and text starting with `{`) go through JSON.parse, much faster still.
import { load, YAMLException } from "js-yaml";
import type { Document, KubeObject, ReportError, SourceFile } from "../types.ts";
import { duplicateKeySeen, GO_YAML_SCHEMA } from "./go-yaml-schema.ts";
import { isKubeObject, listItems, toRef } from "./kube-object.ts";
import { formatRulePath, parseRulePath, type PathSegment } from "./rule-path.ts";
import { splitDocuments, type DocumentChunk } from "./split-documents.ts";
import { YamlAst } from "./yaml-ast.ts";

export interface ParseResult {
  documents: Document[];
  errors: ReportError[];
  /** YAML documents that are not Kubernetes objects (not a mapping, no apiVersion/kind, empty). */
  skipped: number;
}

export { parseRulePath, formatRulePath } from "./rule-path.ts";

export function parseDocuments(file: SourceFile): ParseResult {
  const text = file.text.charCodeAt(0) === 0xfeff ? file.text.slice(1) : file.text;
  const result: ParseResult = { documents: [], errors: [], skipped: 0 };

  const json = looksLikeJson(file.path, text);
  if (json) {
    let value: unknown;
    let ok = true;
    try {
      value = JSON.parse(text);
    } catch {
      ok = false; // not strict JSON: YAML (a superset) gets the last word and the error's line
    }
    if (ok) {
      const chunk: DocumentChunk = { index: 0, text, startLine: 1, contentLine: firstLineOf(text), hasContent: true };
      addValue(result, file.path, chunk, value, new LazyPositions(chunk, true), []);
      return result;
    }
  }

  for (const chunk of splitDocuments(text)) {
    if (!chunk.hasContent) {
      result.skipped++;
      continue;
    }
    const positions = new LazyPositions(chunk, false);
    let value: unknown;
    let duplicates: { segments: PathSegment[]; line: number }[] = [];
    duplicateKeySeen.value = false;
    try {
      value = load(chunk.text, { schema: GO_YAML_SCHEMA, json: true });
      if (duplicateKeySeen.value) duplicates = positions.duplicateKeys(); // rare: pay for positions now
    } catch (thrown) {
      const ast = positions.ast();
      const js = thrown instanceof YAMLException && thrown.mark ? { line: thrown.mark.line + 1, column: thrown.mark.column + 1, message: thrown.reason } : undefined;
      let mark = ast.error;
      if (!mark) {
        try {
          value = ast.toJS();
        } catch (e) {
          // e.g. an alias to a missing anchor, which `yaml` notices only when building values
          mark = js ?? { line: chunk.contentLine - chunk.startLine + 1, column: 1, message: e instanceof Error ? e.message : String(e) };
        }
      } else if (js && js.line > mark.line) {
        // Each parser notices a problem no earlier than where it is, and the earlier of the two lines
        // is typically the start of the enclosing node, so the later one is reported, with its wording.
        mark = js;
      }
      if (mark) {
        result.errors.push({ file: file.path, line: chunk.startLine + mark.line - 1, message: `invalid ${file.path.toLowerCase().endsWith(".json") ? "JSON" : "YAML"}: ${mark.message} (column ${mark.column})`, code: "parse" });
        continue;
      }
      duplicates = positions.duplicateKeys();
    }
    addValue(result, file.path, chunk, value, positions, duplicates);
  }
  return result;
}

function addValue(result: ParseResult, file: string, chunk: DocumentChunk, value: unknown, positions: LazyPositions, duplicates: { segments: PathSegment[]; line: number }[]): void {
  if (!isKubeObject(value)) {
    result.skipped++;
    return;
  }
  const items = listItems(value);
  if (items === undefined) {
    result.documents.push(makeDocument(file, chunk, value, positions, [], duplicates));
    return;
  }
  items.forEach((item, i) => {
    if (isKubeObject(item)) result.documents.push(makeDocument(file, chunk, item, positions, ["items", i], duplicates));
    else result.skipped++;
  });
}

function makeDocument(file: string, chunk: DocumentChunk, object: KubeObject, positions: LazyPositions, prefix: PathSegment[], allDuplicates: { segments: PathSegment[]; line: number }[]): Document {
  let line: number | undefined = prefix.length === 0 ? chunk.contentLine : undefined;
  const doc: Document = {
    file,
    index: chunk.index,
    // A list item's line needs positions; computed on first read so plain files never pay for it.
    get line(): number {
      line ??= positions.resolve(prefix).line ?? chunk.contentLine;
      return line;
    },
    object,
    ref: toRef(object),
    locate(path: string): number | undefined {
      const segments = parseRulePath(path);
      if (segments.length === 0) return doc.line;
      const { depth, line: at } = positions.resolve([...prefix, ...segments]);
      return depth > prefix.length ? at : undefined;
    },
  };
  const own = allDuplicates.filter((d) => prefix.every((p, i) => d.segments[i] === p) && d.segments.length > prefix.length);
  if (own.length > 0) doc.duplicateKeys = own.map((d) => ({ path: formatRulePath(d.segments.slice(prefix.length)), line: d.line }));
  return doc;
}

/** The `yaml` package's parse of one document, made on first need and kept. Lines are file lines. */
class LazyPositions {
  private cached: YamlAst | undefined;
  constructor(
    private readonly chunk: DocumentChunk,
    private readonly json: boolean,
  ) {}

  ast(): YamlAst {
    this.cached ??= new YamlAst(this.chunk.text, this.json);
    return this.cached;
  }

  resolve(segments: readonly PathSegment[]): { depth: number; line: number | undefined } {
    const r = this.ast().resolve(segments);
    return { depth: r.depth, line: r.line === undefined ? undefined : r.line + this.chunk.startLine - 1 };
  }

  duplicateKeys(): { segments: PathSegment[]; line: number }[] {
    return this.ast().duplicateKeys().map((d) => ({ segments: d.segments, line: d.line + this.chunk.startLine - 1 }));
  }
}

function looksLikeJson(path: string, text: string): boolean {
  if (path.toLowerCase().endsWith(".json")) return true;
  const m = /\S/.exec(text);
  return m !== null && m[0] === "{";
}

function firstLineOf(text: string): number {
  const m = /\S/.exec(text);
  if (!m) return 1;
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < m.index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}
