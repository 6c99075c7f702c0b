// `kubeward build` shows its progress bar on a terminal's stderr only: with stderr not a TTY the
// output is byte-for-byte what it was; on a TTY the bar is drawn and erased, stdout unchanged.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { runBuild } from "../../../src/cli/build-command.ts";
import type { CliIo } from "../../../src/cli/io.ts";
import { packageRoot } from "../../../src/util/package-root.ts";
import { skipWithoutOpa } from "../../fixtures/pinned-opa.ts";

const io = (out: string, isTTY: boolean) => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const value: CliIo = {
    argv: [], cwd: packageRoot(), env: {}, readStdin: async () => "",
    stdout: { write: (s: string) => stdout.push(s), isTTY },
    stderr: { write: (s: string) => stderr.push(s), isTTY },
  };
  return { value, stdout, stderr, args: ["--out", out] };
};

test("build: no bar when stderr is not a terminal; drawn and erased on one", async () => {
  if (skipWithoutOpa()) return;
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kw-build-progress-"));
  try {
    const plain = io(out, false);
    assert.is(await runBuild(plain.value, plain.args), 0);
    assert.equal(plain.stderr, [], "nothing extra on a non-terminal stderr");
    assert.match(plain.stdout.join(""), /bundle recommended: \d+ rules/);

    const tty = io(out, true);
    assert.is(await runBuild(tty.value, tty.args), 0);
    const drawn = tty.stderr.join("");
    assert.match(drawn, /░+ 0\/\d+ {2}compiling the library to wasm/);
    assert.match(drawn, /resolving bundle recommended/);
    assert.ok(drawn.endsWith("\r\u001b[2K"), "the bar is erased at the end");
    assert.equal(tty.stdout, plain.stdout.map((l) => l.replace(/compiled in \d+ ms/, "unchanged (cache hit)")), "stdout is the same with or without the bar");
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
});

test.run();
