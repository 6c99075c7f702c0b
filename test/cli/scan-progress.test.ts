// `kubeward scan` of files shows a progress bar on a terminal's stderr, erased before the report,
// and nothing at all when stderr is not a terminal or CI is set: stdout and stderr are then exactly
// what the built CLI prints with its stderr piped (no bar code runs there at all).
import { test } from "uvu";
import * as assert from "uvu/assert";
import { main } from "../../src/cli/main.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { kubeward } from "./helpers.ts";

const ERASE = "\r\u001b[2K";

/** main() in-process with stderr as a terminal (or not), stdout captured. */
async function run(argv: string[], opts: { stderrTTY: boolean; env?: Record<string, string> }) {
  let out = "";
  let err = "";
  const io: CliIo = {
    argv,
    cwd: process.cwd(),
    env: { HOME: process.env.HOME, PATH: process.env.PATH, ...opts.env },
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: opts.stderrTTY },
    readStdin: async () => "",
  };
  const code = await main(io);
  return { code, out, err };
}

// Seven files of examples/app: several files, findings (exit 1), cross-resource rules.
const SCAN = ["scan", "examples/app", "--format", "json", "--config", "none"];

test("a terminal: the bar shows the files parsed and the documents evaluated, then is erased", async () => {
  const tty = await run(SCAN, { stderrTTY: true });
  assert.is(tty.code, 1, tty.err);
  assert.match(tty.err, /\d+\/7 {2}files · parsing examples\/app\/[a-z-]+\.yaml/);
  assert.match(tty.err, /█{20} (\d+)\/\1 {2}documents · evaluating examples\/app\/[a-z-]+\.yaml/);
  assert.not.ok(tty.err.includes("\n"), "the bar never adds a line");
  assert.ok(tty.err.endsWith(ERASE), `the bar is erased at the end: ${JSON.stringify(tty.err.slice(-40))}`);
  // Every redraw starts by erasing the line, so nothing of an earlier state survives.
  assert.ok(tty.err.split(ERASE).every((part, i) => i === 0 ? part === "" : !part.includes("\r")));
  const plain = await run(SCAN, { stderrTTY: false });
  assert.is(tty.out, plain.out, "stdout is the same with or without the bar");
});

test("not a terminal, or CI: stdout and stderr are byte-identical to the piped CLI's", async () => {
  const piped = kubeward(SCAN);
  assert.is(piped.status, 1, piped.stderr);
  assert.is(piped.stderr, "");
  const plain = await run(SCAN, { stderrTTY: false });
  assert.is(plain.err, "");
  assert.is(plain.out, piped.stdout);
  for (const CI of ["true", "1"]) {
    const ci = await run(SCAN, { stderrTTY: true, env: { CI } });
    assert.is(ci.err, "", `CI=${CI}: nothing on stderr`);
    assert.is(ci.out, piped.stdout, `CI=${CI}: stdout unchanged`);
  }
  // The text report too (it is what a person reads in a CI log).
  const text = ["scan", "examples/app", "--config", "none", "--no-color"];
  const pipedText = kubeward(text);
  const ciText = await run(text, { stderrTTY: true, env: { CI: "true" } });
  assert.is(ciText.err, "");
  assert.is(ciText.out, pipedText.stdout);
});

test("a terminal, errors in the input: the bar is erased before the error lines of the report", async () => {
  const tty = await run(["scan", "examples/app", "test/fixtures/cli/does-not-exist.yaml", "--config", "none", "--no-color"], { stderrTTY: true });
  assert.is(tty.code, 2);
  assert.ok(tty.err.endsWith(ERASE));
  assert.match(tty.out, /does-not-exist\.yaml/);
});

test.run();
