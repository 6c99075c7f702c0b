// Calico's selector language (`app == 'web' && has(tier)`, `all()`, `k in {'a','b'}`, ...) parsed
// host-side and handed to the library as disjunctive normal form in data.kubeward.selectors.calico.
//
// Why not in Rego: the grammar nests (parentheses, `!`), and Rego has neither recursion nor loops,
// so a parser there would be a fixed-depth unrolling that silently gives up on deeper input. Here
// it is a plain recursive-descent parser; the library then only needs "some clause, every atom",
// which Rego evaluates without recursion. A selector the engine did not precompute (the library
// run by OPA, Gatekeeper or conftest without this data) is reported "not evaluated" by the rules,
// never counted as selecting anything.
import { KubewardError } from "../errors.ts";
import type { Document, KubeObject } from "../types.ts";

/** One test on one label. `negate` flips it, with Calico's meaning: `k != 'v'` also holds when k is absent. */
export interface SelectorAtom {
  op: "in" | "has" | "contains" | "startswith" | "endswith" | "global";
  key?: string;
  values?: string[];
  negate: boolean;
}

/** A parsed selector: it matches when every atom of some clause holds (`[[]]` is all(), `[]` matches nothing). */
export type CompiledSelector = { dnf: SelectorAtom[][] } | { error: string };

/** More clauses than this and the selector is reported as not evaluated rather than expanded further. */
export const MAX_CLAUSES = 256;

type Node =
  | { t: "atom"; atom: SelectorAtom }
  | { t: "const"; value: boolean }
  | { t: "not"; x: Node }
  | { t: "and" | "or"; l: Node; r: Node };

type Token = { kind: "str"; text: string; at: number } | { kind: "word" | "op"; text: string; at: number };

const LABEL = /[A-Za-z0-9_./-]+/y;
const OPERATORS = ["&&", "||", "==", "!=", "!", "(", ")", "{", "}", ","];

/** Thrown inside the parser only; compileCalicoSelector turns it into `{error}`. */
function bad(message: string): KubewardError {
  return new KubewardError("parse", message);
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (/\s/.test(c)) {
      i++;
      continue;
    }
    if (c === "'" || c === '"') {
      const end = text.indexOf(c, i + 1);
      if (end < 0) throw bad(`unterminated string starting at column ${i + 1}`);
      out.push({ kind: "str", text: text.slice(i + 1, end), at: i });
      i = end + 1;
      continue;
    }
    const op = OPERATORS.find((o) => text.startsWith(o, i));
    if (op) {
      out.push({ kind: "op", text: op, at: i });
      i += op.length;
      continue;
    }
    LABEL.lastIndex = i;
    const m = LABEL.exec(text);
    if (!m) throw bad(`unexpected character ${JSON.stringify(c)} at column ${i + 1}`);
    out.push({ kind: "word", text: m[0], at: i });
    i += m[0].length;
  }
  return out;
}

class Parser {
  private pos = 0;
  constructor(private readonly tokens: Token[]) {}

  parse(): Node {
    if (this.tokens.length === 0) return { t: "const", value: true }; // "" is all(), as Calico reads an omitted selector
    const node = this.or();
    const rest = this.tokens[this.pos];
    if (rest) throw bad(`unexpected ${JSON.stringify(rest.text)} at column ${rest.at + 1}`);
    return node;
  }

  private peek(): Token | undefined {
    return this.tokens[this.pos];
  }

  private isOp(text: string): boolean {
    const t = this.peek();
    return t !== undefined && t.kind === "op" && t.text === text;
  }

  private isWord(text: string, offset = 0): boolean {
    const t = this.tokens[this.pos + offset];
    return t !== undefined && t.kind === "word" && t.text === text;
  }

  private expectOp(text: string): void {
    if (!this.isOp(text)) throw bad(`expected ${JSON.stringify(text)} ${this.where()}`);
    this.pos++;
  }

  private where(): string {
    const t = this.peek();
    return t ? `at column ${t.at + 1} (found ${JSON.stringify(t.text)})` : "at the end";
  }

  private or(): Node {
    let node = this.and();
    while (this.isOp("||")) {
      this.pos++;
      node = { t: "or", l: node, r: this.and() };
    }
    return node;
  }

  private and(): Node {
    let node = this.unary();
    while (this.isOp("&&")) {
      this.pos++;
      node = { t: "and", l: node, r: this.unary() };
    }
    return node;
  }

  private unary(): Node {
    if (this.isOp("!")) {
      this.pos++;
      return { t: "not", x: this.unary() };
    }
    if (this.isOp("(")) {
      this.pos++;
      const node = this.or();
      this.expectOp(")");
      return node;
    }
    return this.term();
  }

  private term(): Node {
    const t = this.peek();
    if (!t || t.kind !== "word") throw bad(`expected a label or function ${this.where()}`);
    this.pos++;
    if (this.isOp("(") && (t.text === "has" || t.text === "all" || t.text === "global")) {
      this.pos++;
      if (t.text === "has") {
        const key = this.label();
        this.expectOp(")");
        return { t: "atom", atom: { op: "has", key, negate: false } };
      }
      this.expectOp(")");
      return t.text === "all" ? { t: "const", value: true } : { t: "atom", atom: { op: "global", negate: false } };
    }
    const key = t.text;
    if (this.isOp("==") || this.isOp("!=")) {
      const negate = this.peek()!.text === "!=";
      this.pos++;
      return { t: "atom", atom: { op: "in", key, values: [this.string()], negate } };
    }
    if (this.isWord("in") || (this.isWord("not") && this.isWord("in", 1))) {
      const negate = this.isWord("not");
      this.pos += negate ? 2 : 1;
      return { t: "atom", atom: { op: "in", key, values: this.set(), negate } };
    }
    if (this.isWord("contains")) {
      this.pos++;
      return { t: "atom", atom: { op: "contains", key, values: [this.string()], negate: false } };
    }
    for (const [word, op] of [["starts", "startswith"], ["ends", "endswith"]] as const) {
      if (this.isWord(word) && this.isWord("with", 1)) {
        this.pos += 2;
        return { t: "atom", atom: { op, key, values: [this.string()], negate: false } };
      }
    }
    throw bad(`expected an operator after label ${JSON.stringify(key)} ${this.where()}`);
  }

  private label(): string {
    const t = this.peek();
    if (!t || t.kind !== "word") throw bad(`expected a label ${this.where()}`);
    this.pos++;
    return t.text;
  }

  private string(): string {
    const t = this.peek();
    if (!t || t.kind !== "str") throw bad(`expected a quoted string ${this.where()}`);
    this.pos++;
    return t.text;
  }

  private set(): string[] {
    this.expectOp("{");
    const values: string[] = [];
    if (this.isOp("}")) {
      this.pos++;
      return values;
    }
    values.push(this.string());
    while (this.isOp(",")) {
      this.pos++;
      values.push(this.string());
    }
    this.expectOp("}");
    return values;
  }
}

/** DNF of node, or of its negation (De Morgan, pushing `!` down to the atoms). */
function toDnf(node: Node, negated: boolean): SelectorAtom[][] {
  switch (node.t) {
    case "const":
      return node.value !== negated ? [[]] : [];
    case "atom":
      return [[{ ...node.atom, negate: node.atom.negate !== negated }]];
    case "not":
      return toDnf(node.x, !negated);
    case "and":
    case "or": {
      const l = toDnf(node.l, negated);
      const r = toDnf(node.r, negated);
      const disjunction = (node.t === "or") !== negated;
      if (disjunction) return limit([...l, ...r]);
      return limit(l.flatMap((a) => r.map((b) => [...a, ...b])));
    }
  }
}

function limit(clauses: SelectorAtom[][]): SelectorAtom[][] {
  if (clauses.length > MAX_CLAUSES) throw bad(`more than ${MAX_CLAUSES} alternatives once expanded`);
  return clauses;
}

/** Parses one selector; a malformed or oversized one yields `{error}` with the reason. */
export function compileCalicoSelector(text: string): CompiledSelector {
  try {
    return { dnf: toDnf(new Parser(tokenize(text)).parse(), false) };
  } catch (e) {
    if (e instanceof KubewardError && e.code === "parse") return { error: e.message };
    throw e;
  }
}

const CALICO_GROUPS = new Set(["projectcalico.org", "crd.projectcalico.org"]);
const SELECTOR_FIELDS = ["selector", "namespaceSelector", "serviceAccountSelector", "notSelector"];

/** Whether an object is a Calico policy whose selectors the library evaluates. */
export function isCalicoPolicy(object: KubeObject): boolean {
  const group = typeof object.apiVersion === "string" ? object.apiVersion.split("/")[0]! : "";
  return CALICO_GROUPS.has(group) && (object.kind === "NetworkPolicy" || object.kind === "GlobalNetworkPolicy");
}

/**
 * Every selector text of the scanned Calico policies (the policy's own selector, namespaceSelector
 * and serviceAccountSelector, and those of its rules' source and destination), compiled once each.
 */
export function compileCalicoSelectors(documents: readonly Pick<Document, "object">[]): Record<string, CompiledSelector> {
  const out: Record<string, CompiledSelector> = {};
  const add = (value: unknown): void => {
    if (typeof value === "string" && !(value in out)) out[value] = compileCalicoSelector(value);
  };
  for (const { object } of documents) {
    if (!isCalicoPolicy(object)) continue;
    const spec = (object as { spec?: Record<string, unknown> }).spec;
    if (!spec || typeof spec !== "object") continue;
    for (const field of SELECTOR_FIELDS) add(spec[field]);
    for (const direction of ["ingress", "egress"]) {
      const rules = spec[direction];
      if (!Array.isArray(rules)) continue;
      for (const rule of rules as Record<string, unknown>[]) {
        for (const side of ["source", "destination"]) {
          const entity = rule && typeof rule === "object" ? rule[side] : undefined;
          if (!entity || typeof entity !== "object") continue;
          const e = entity as Record<string, unknown>;
          for (const field of SELECTOR_FIELDS) add(e[field]);
          const sa = e["serviceAccounts"];
          if (sa && typeof sa === "object") add((sa as Record<string, unknown>)["selector"]);
        }
      }
    }
  }
  return out;
}
