// Splits a YAML stream into its documents by their `---` / `...` marker lines, so that each document
// is loaded on its own: one broken document then costs only itself, and every document knows the
// line it starts at. Splitting on lines is exact: a line starting at column 0 with `---` or `...`
// followed by a space or the line's end is a document marker wherever it appears (YAML forbids it
// inside block and flow scalars alike).

export interface DocumentChunk {
  /** 0-based position of the document in its stream. */
  index: number;
  /** Text handed to the loader: directives, the `---` marker line, the content. */
  text: string;
  /** 1-based line in the file of `text`'s first line. */
  startLine: number;
  /** 1-based line of the first content line (the marker's line when content follows it on that line). */
  contentLine: number;
  /** False when the document holds only comments, directives and blank lines. */
  hasContent: boolean;
}

const MARKER = /^(?:---|\.\.\.)(?=[ \t\r\n]|$)/gm;

interface Segment {
  start: number;
  end: number;
  startLine: number;
  explicit: boolean;
}

export function splitDocuments(text: string): DocumentChunk[] {
  const segments: Segment[] = [];
  let segStart = 0;
  let segLine = 1;
  let segExplicit = false;
  let line = 1;
  let scanned = 0;
  const lineAt = (offset: number): number => {
    for (let i = text.indexOf("\n", scanned); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
    scanned = offset;
    return line;
  };
  MARKER.lastIndex = 0;
  for (let m = MARKER.exec(text); m; m = MARKER.exec(text)) {
    const at = m.index;
    const atLine = lineAt(at);
    segments.push({ start: segStart, end: at, startLine: segLine, explicit: segExplicit });
    if (m[0] === "---") {
      segStart = at;
      segLine = atLine;
      segExplicit = true;
    } else {
      // `...` ends the document; what follows up to the next `---` is a bare segment (comments,
      // directives, or a bare document).
      const eol = text.indexOf("\n", at);
      segStart = eol === -1 ? text.length : eol + 1;
      segLine = eol === -1 ? atLine : atLine + 1;
      segExplicit = false;
    }
  }
  segments.push({ start: segStart, end: text.length, startLine: segLine, explicit: segExplicit });

  const chunks: DocumentChunk[] = [];
  let pending: Segment | undefined;
  for (const seg of segments) {
    const contentLine = firstContentLine(text, seg);
    if (!seg.explicit && contentLine === undefined) {
      // Comments or directives before a `---`: they belong to the next document (a `%YAML` line must
      // reach the loader with its document).
      if (pending === undefined) pending = seg;
      continue;
    }
    const start = pending && hasDirective(text, pending) ? pending.start : seg.start;
    const startLine = start === seg.start ? seg.startLine : (pending as Segment).startLine;
    pending = undefined;
    chunks.push({
      index: chunks.length,
      text: text.slice(start, seg.end),
      startLine,
      contentLine: contentLine ?? seg.startLine,
      hasContent: contentLine !== undefined,
    });
  }
  return chunks;
}

/** The first line of a segment that carries YAML content, or undefined when there is none. */
function firstContentLine(text: string, seg: Segment): number | undefined {
  let line = seg.startLine;
  let pos = seg.start;
  while (pos < seg.end) {
    let eol = text.indexOf("\n", pos);
    if (eol === -1 || eol > seg.end) eol = seg.end;
    let s = text.slice(pos, eol);
    // The `---` marker itself, and a tag or anchor after it, which only decorate the next line's node.
    if (seg.explicit && pos === seg.start) s = s.slice(3).replace(/^(?:\s*[!&][^\s#]*)*/, "");
    const t = s.trim();
    if (t !== "" && t[0] !== "#" && !(t[0] === "%" && !seg.explicit)) return line;
    pos = eol + 1;
    line++;
  }
  return undefined;
}

function hasDirective(text: string, seg: Segment): boolean {
  return /^%/m.test(text.slice(seg.start, seg.end));
}
