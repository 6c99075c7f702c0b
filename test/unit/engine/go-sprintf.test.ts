// sprintf must print exactly what OPA prints: the table is run through the real `opa` (one process)
// and through our implementation, and every line must be identical.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { regoString, sprintf } from "../../../src/engine/go-sprintf.ts";
import { resolveTool } from "../../../src/policy/tools.ts";

const TWO_70 = 2 ** 70; // exactly representable, past int64: *big.Int in OPA

// [format, args]. Numbers are written so that their JSON text is what the wasm path sees (no `1.0`,
// no `1e6` for integers): see the accepted limitations in go-sprintf.ts.
const CASES: [string, unknown[]][] = [
  ["%v", ["x"]],
  ["%v|%v", [5, -17]],
  ["%v|%v|%v|%v", [1.5, 0.1, 1e-7, 123456789.25]],
  ["%v", [{ b: [1, "x"], a: null, c: { z: true, "é": 1, Z: 2 } }]],
  ["%v", [[1, "x", null, false, [], {}]]],
  ["%v %v %v", [null, true, false]],
  ["%s|%s", ["hello", { k: "v" }]],
  ["%q", ['tab\there "quoted" \\ back']],
  ["%q", ["é ✓ \u0001 \u007f \u00a0 😀"]],
  ["%+q|%#q|%#q", ["é✓", "plain", "back`tick"]],
  ["%d|%5d|%-5d|%05d|%+d|% d", [42, 42, 42, -42, 42, 42]],
  ["%x %X %o %b %#x %#o %#b %x", [255, 255, 8, 5, 255, 8, 5, -255]],
  ["%c%c|%q|%U|%#U", [72, 0x1f600, 65, 0x1f600, 65]],
  ["%d", ["str"]],
  ["%s|%t|%t", [3, true, 1.5]],
  ["%f|%.2f|%8.3f|%-8.1f|%08.2f|%+.1f", [3.14159, 3.14159, 2.5, -1.25, -3.14159, 2.25]],
  ["%.0f %.0f %.0f %.1f %.1f %.2f", [0.5, 1.5, 2.5, 0.25, 0.35, 1.005]],
  ["%e|%E|%.3e|%08.3e|%.0e", [123456.789, 0.000123, 1.5, -1234.5, 25000.5]],
  ["%g|%g|%g|%.3g|%G|%.10g", [100000.5, 1234567.5, 0.00001234, 3.14159, 1.5e-10, 2.5]],
  ["%v|%v|%v", [12345678901234.5, 0.000001, 0.0001]],
  ["%d %d %s", [1]],
  ["%s", ["a", "b", 3, 1.5, { x: [1] }]],
  ["%z|%!|%s", [1, 2]],
  ["100%% sure, %5% too", []],
  ["%5.2s|%-6s|%6s|%.0s|%06s", ["abcdef", "ab", "ab", "gone", "ab"]],
  ["%x|% X|%#x|%# x|%.1x", ["hi", "hi", "hi", "hi", "hi"]],
  ["%[2]s %[1]s %s", ["a", "b"]],
  ["%[3]s|%[0]d", ["a"]],
  ["%*d|%-*d|%*s", [5, 42, 4, 7, "x", "y"]],
  ["%.*f|%.*d", [2, 3.14159, 4, 7]],
  ["%T %T %T %T", [1, 1.5, "s", [1]]],
  ["trailing %", []],
  ["%d|%v|%x|%t|%+d", [TWO_70, TWO_70, TWO_70, TWO_70, TWO_70]],
  ["%6.2f%%|%-+6d|", [99.5, 3]],
  ["%s|%v", [[], {}]],
  ["%q|%v", [5, "multi\nline"]],
  ["%-4s|%4s|%.1s|%-3q", ["é", "日本", "日本", "é"]],
  ["%10.4v|%-10v|%10v", [3.14159265, "s", 2.5]],
  ["container %q is privileged (%s)", ["web", "spec.containers[0].securityContext.privileged"]],
  ["%v must be one of %v, got %v", ["runAsUser", [1000, 2000], { runAsUser: 0 }]],
  ["%s has %d issues: %v", ["pod", 3, ["a", "b"]]],
  ["%05d|%-05d|%+05d|%x", [-3, -3, 3, 0]],
  ["%.3d|%8.3d|%.0d|", [7, -7, 0]],
];

// JSON text for the opa side; numbers past 2^53 are written out exactly, as a policy would.
function toJsonText(value: unknown): string {
  return JSON.stringify(value, (_k, v: unknown) => (typeof v === "number" && Number.isInteger(v) && Math.abs(v) > Number.MAX_SAFE_INTEGER ? `@@${BigInt(v)}@@` : v)).replace(/"@@(\d+)@@"/g, "$1");
}

function opaSprintf(cases: [string, unknown[]][]): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kubeward-sprintf-"));
  try {
    fs.writeFileSync(path.join(dir, "cases.json"), `{"cases": ${toJsonText(cases)}}`);
    const r = spawnSync(resolveTool("opa"), ["eval", "--format", "raw", "-d", path.join(dir, "cases.json"), "[sprintf(c[0], c[1]) | some c in data.cases]"], { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`opa eval failed: ${r.stderr}`);
    return JSON.parse(r.stdout) as string[];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test(`identical to the real opa on ${CASES.length} format/argument cases`, () => {
  const expected = opaSprintf(CASES);
  assert.is(expected.length, CASES.length);
  const mismatches = CASES.flatMap(([format, args], i) => {
    const ours = sprintf(format, args);
    return ours === expected[i] ? [] : [`${JSON.stringify(format)}: opa ${JSON.stringify(expected[i])}, ours ${JSON.stringify(ours)}`];
  });
  assert.equal(mismatches, []);
});

test("objects print as Rego values, never [object Object]", () => {
  assert.is(sprintf("%v", [{ b: [1, 2], a: 1 }]), '{"a": 1, "b": [1, 2]}');
  assert.is(regoString({}), "{}");
});

test("sets print as Rego sets when given as a JS Set (the wasm path delivers arrays)", () => {
  assert.is(regoString(new Set([1, 2])), "{1, 2}");
  assert.is(regoString(new Set()), "set()");
});

test("accepted limitation: an integral float arrives as an integer", () => {
  // OPA prints %!d(float64=1) for the literal 1.0; JSON gives the host the number 1.
  assert.is(sprintf("%d", [1.0]), "1");
});

test.run();
