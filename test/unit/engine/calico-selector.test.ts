// Calico's selector language, parsed to the disjunctive normal form the library evaluates. Each
// case is checked by evaluating the DNF on label sets, as the Rego side does, so a wrong
// precedence or a lost negation shows up as a wrong verdict rather than a differently shaped tree.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { compileCalicoSelector, compileCalicoSelectors, MAX_CLAUSES, type SelectorAtom } from "../../../src/engine/calico-selector.ts";
import type { Document } from "../../../src/types.ts";

type Labels = Record<string, string>;

/** The same reading as policies/lib/calico.rego: some clause whose atoms all hold; pods are never global(). */
function holds(atom: SelectorAtom, labels: Labels): boolean {
  const v = atom.key === undefined ? undefined : labels[atom.key];
  let r: boolean;
  switch (atom.op) {
    case "global": r = false; break;
    case "has": r = v !== undefined; break;
    case "in": r = v !== undefined && atom.values!.includes(v); break;
    case "contains": r = v !== undefined && v.includes(atom.values![0]!); break;
    case "startswith": r = v !== undefined && v.startsWith(atom.values![0]!); break;
    case "endswith": r = v !== undefined && v.endsWith(atom.values![0]!); break;
  }
  return atom.negate ? !r : r;
}

function matches(selector: string, labels: Labels): boolean {
  const c = compileCalicoSelector(selector);
  if ("error" in c) throw new Error(`${selector}: ${c.error}`);
  return c.dnf.some((clause) => clause.every((a) => holds(a, labels)));
}

const web = { app: "web", tier: "front", "projectcalico.org/namespace": "shop" };
const db = { app: "db", "projectcalico.org/namespace": "shop" };

const CASES: [string, Labels, boolean][] = [
  ["", web, true],
  ["all()", db, true],
  ["!all()", db, false],
  ["global()", web, false],
  ["!global()", web, true],
  ["app == 'web'", web, true],
  ['app == "web"', db, false],
  ["app != 'web'", db, true],
  ["missing != 'x'", web, true],
  ["app in {'web', 'api'}", web, true],
  ["app in {}", web, false],
  ["app not in {'web','api'}", db, true],
  ["missing not in {'x'}", web, true],
  ["has(tier)", web, true],
  ["!has(tier)", db, true],
  ["app == 'web' && has(tier)", web, true],
  ["app == 'web' && has(tier)", db, false],
  ["app == 'db' || tier == 'front'", web, true],
  ["app == 'db' || app == 'web' && has(nope)", web, false],
  ["(app == 'db' || app == 'web') && has(tier)", web, true],
  ["!(app == 'web' && has(tier))", web, false],
  ["!(app == 'web' && has(tier))", db, true],
  ["!!has(app)", db, true],
  ["app contains 'e'", web, true],
  ["app starts with 'w'", web, true],
  ["app ends with 'b'", db, true],
  ["!(app ends with 'db')", web, true],
  ["projectcalico.org/namespace == 'shop'", db, true],
  ["has(projectcalico.org/namespace) && pcns.team not in {'x'}", web, true],
];

test("valid selectors match as Calico reads them", () => {
  for (const [selector, labels, want] of CASES) {
    assert.is(matches(selector, labels), want, `${selector} on ${JSON.stringify(labels)}`);
  }
});

test("malformed selectors are errors that say where", () => {
  const bad: [string, RegExp][] = [
    ["app == web", /expected a quoted string at column 8/],
    ["app = 'web'", /unexpected character "=" at column 5/],
    ["app == 'web", /unterminated string starting at column 8/],
    ["(app == 'web'", /expected "\)" at the end/],
    ["app == 'web' &&", /expected a label or function at the end/],
    ["has(app", /expected "\)" at the end/],
    ["app in {'a' 'b'}", /expected "}" at column 13/],
    ["app", /expected an operator after label "app" at the end/],
    ["app == 'web' app == 'db'", /unexpected "app" at column 14/],
    ["app ~ 'x'", /unexpected character "~"/],
  ];
  for (const [selector, want] of bad) {
    const c = compileCalicoSelector(selector);
    assert.ok("error" in c, `${selector} must not parse`);
    if ("error" in c) assert.match(c.error, want, selector);
  }
});

test("a selector that expands past the clause limit is an error, not a truncation", () => {
  const part = (i: number) => `(a${i} == 'x' || b${i} == 'y')`;
  const sel = Array.from({ length: 9 }, (_, i) => part(i)).join(" && "); // 2^9 = 512 clauses
  const c = compileCalicoSelector(sel);
  assert.ok("error" in c);
  if ("error" in c) assert.match(c.error, new RegExp(`more than ${MAX_CLAUSES}`));
  assert.ok("dnf" in compileCalicoSelector(Array.from({ length: 8 }, (_, i) => part(i)).join(" && ")));
});

test("every selector of the scanned Calico policies is compiled once; other kinds are ignored", () => {
  const doc = (object: unknown): Document => ({ object } as unknown as Document);
  const out = compileCalicoSelectors([
    doc({ apiVersion: "projectcalico.org/v3", kind: "GlobalNetworkPolicy", metadata: { name: "g" }, spec: { selector: "all()", namespaceSelector: "team == 'a'", ingress: [{ action: "Allow", source: { selector: "app == 'x'", serviceAccounts: { selector: "bad ==" } } }] } }),
    doc({ apiVersion: "crd.projectcalico.org/v1", kind: "NetworkPolicy", metadata: { name: "n" }, spec: { selector: "all()" } }),
    doc({ apiVersion: "networking.k8s.io/v1", kind: "NetworkPolicy", metadata: { name: "k" }, spec: { selector: "ignored == 'x'" } }),
  ]);
  assert.equal(Object.keys(out).sort(), ["all()", "app == 'x'", "bad ==", "team == 'a'"]);
  assert.ok("error" in out["bad =="]!);
});

test.run();
