// The `yaml` package's view of one document: the fallback loader for what js-yaml rejects (flow
// sequences whose closing `]` sits at the key's indentation, accepted by Go's YAML), and the source
// of node positions. It is only reached for those rare documents and when a finding needs a line,
// so the common path never pays for its slower, position-tracking parse.
import { isAlias, isMap, isScalar, isSeq, LineCounter, parseDocument, visit, type Document as YamlDocument, type Node, type Pair, type ParseOptions, type DocumentOptions, type SchemaOptions } from "yaml";
import type { PathSegment } from "./rule-path.ts";

type Options = ParseOptions & DocumentOptions & SchemaOptions;

// Go's YAML 1.1 as sigs.k8s.io/yaml uses it: timestamps and base-60 numbers stay strings.
const YAML11: Options = {
  version: "1.1",
  merge: true,
  uniqueKeys: false,
  customTags: (tags) => tags.filter((t) => !(typeof t === "object" && (t.tag === "tag:yaml.org,2002:timestamp" || t.format === "TIME"))),
};
const JSON_LIKE: Options = { version: "1.2", uniqueKeys: false };

export interface YamlParseError {
  /** 1-based, relative to the parsed text. */
  line: number;
  column: number;
  message: string;
}

export class YamlAst {
  readonly doc: YamlDocument.Parsed;
  private readonly lines = new LineCounter();

  constructor(text: string, json = false) {
    this.doc = parseDocument(text, { ...(json ? JSON_LIKE : YAML11), lineCounter: this.lines });
  }

  get error(): YamlParseError | undefined {
    const e = this.doc.errors[0];
    if (!e) return undefined;
    const pos = e.linePos?.[0] ?? this.lines.linePos(e.pos[0]);
    const message = (e.message.split("\n")[0] ?? e.message).replace(/ at line \d+, column \d+:?$/, "");
    return { line: pos.line, column: pos.col, message };
  }

  toJS(): unknown {
    return this.doc.toJS({ maxAliasCount: -1 });
  }

  /** 1-based line (relative to the parsed text) of a node offset. */
  lineOf(offset: number): number {
    return this.lines.linePos(offset).line;
  }

  /**
   * Walks `segments` from the root as far as they exist. Returns how many resolved and the line of
   * the deepest one (a mapping entry's key line, a sequence item's first line).
   */
  resolve(segments: readonly PathSegment[]): { depth: number; line: number | undefined } {
    let node: unknown = this.doc.contents;
    let line: number | undefined = rangeStart(node) === undefined ? undefined : this.lineOf(rangeStart(node) as number);
    let depth = 0;
    for (const seg of segments) {
      node = this.deref(node);
      if (isMap(node)) {
        const pair = this.findPair(node.items as Pair[], String(seg), 0);
        if (!pair) break;
        const at = rangeStart(pair.key) ?? rangeStart(pair.value);
        if (at !== undefined) line = this.lineOf(at);
        node = pair.value;
      } else if (isSeq(node) && typeof seg === "number") {
        const item = node.items[seg];
        if (item === undefined) break;
        const at = rangeStart(item);
        if (at !== undefined) line = this.lineOf(at);
        node = item;
      } else break;
      depth++;
    }
    return { depth, line };
  }

  /** Every mapping key that repeats an earlier key of the same mapping, with the later key's line. */
  duplicateKeys(): { segments: PathSegment[]; line: number }[] {
    const out: { segments: PathSegment[]; line: number }[] = [];
    visit(this.doc, {
      Map: (_key, map, path) => {
        const seen = new Set<string>();
        for (const pair of map.items as Pair[]) {
          const k = keyString(pair.key);
          if (k === undefined) continue;
          if (seen.has(k)) {
            const at = rangeStart(pair.key);
            out.push({ segments: [...segmentsOf(path), k], line: at === undefined ? 1 : this.lineOf(at) });
          }
          seen.add(k);
        }
      },
    });
    return out;
  }

  private deref(node: unknown): unknown {
    for (let i = 0; i < 100 && isAlias(node); i++) node = node.resolve(this.doc);
    return node;
  }

  // The last matching key wins, as in the API server; keys merged in with `<<` come after own keys.
  private findPair(items: Pair[], key: string, depth: number): Pair | undefined {
    for (let i = items.length - 1; i >= 0; i--) {
      const pair = items[i] as Pair;
      if (keyString(pair.key) === key) return pair;
    }
    if (depth > 10) return undefined;
    for (const pair of items) {
      if (keyString(pair.key) !== "<<") continue;
      const sources = this.deref(pair.value);
      const maps = isSeq(sources) ? sources.items.map((s) => this.deref(s)) : [sources];
      for (const m of maps) {
        if (!isMap(m)) continue;
        const found = this.findPair(m.items as Pair[], key, depth + 1);
        if (found) return found;
      }
    }
    return undefined;
  }
}

function rangeStart(node: unknown): number | undefined {
  return node && typeof node === "object" && "range" in node && Array.isArray((node as Node).range) ? ((node as Node).range as [number, number, number])[0] : undefined;
}

function keyString(key: unknown): string | undefined {
  if (isScalar(key)) return typeof key.value === "symbol" ? (key.source ?? "<<") : String(key.value); // `<<` is a symbol with merge on
  if (key === null || typeof key !== "object") return key === undefined ? undefined : String(key);
  return undefined;
}

/** Rebuilds the rule path of a node from the ancestry `yaml`'s visitor passes (pairs and collections). */
function segmentsOf(path: readonly unknown[]): PathSegment[] {
  const out: PathSegment[] = [];
  for (let i = 0; i < path.length; i++) {
    const parent = path[i];
    const child = path[i + 1];
    if (isMap(parent) && child && typeof child === "object" && "key" in child) {
      const k = keyString((child as Pair).key);
      if (k !== undefined) out.push(k);
    } else if (isSeq(parent) && child !== undefined) {
      out.push(parent.items.indexOf(child as never));
    }
  }
  return out;
}
