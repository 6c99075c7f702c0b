// `kubeward audit-log` shows how much of the log is read on a terminal's stderr (MiB of the total,
// events evaluated), erased before the report; nothing when stderr is not a terminal or CI is set.
import fs from "node:fs";
import { test } from "uvu";
import * as assert from "uvu/assert";
import { main } from "../../src/cli/main.ts";
import { auditLog, type AuditLogProgress } from "../../src/audit-log.ts";
import type { CliIo } from "../../src/cli/io.ts";
import { kubeward } from "./helpers.ts";

const LOG = "examples/audit/cluster-day.jsonl";
const ERASE = "\r\u001b[2K";

async function run(argv: string[], opts: { stderrTTY: boolean; env?: Record<string, string> }) {
  let out = "";
  let err = "";
  const io: CliIo = {
    argv, cwd: process.cwd(), env: { HOME: process.env.HOME, PATH: process.env.PATH, ...opts.env }, readStdin: async () => "",
    stdout: { write: (s: string) => (out += s), isTTY: false },
    stderr: { write: (s: string) => (err += s), isTTY: opts.stderrTTY },
  };
  return { code: await main(io), out, err };
}

test("the run reports bytes read of the log's size and the events so far, ending at the whole file", async () => {
  const seen: AuditLogProgress[] = [];
  const report = await auditLog({ files: [LOG], version: "test", onProgress: (p) => seen.push(p) });
  const size = fs.statSync(LOG).size;
  assert.equal(seen[0], { bytes: 0, totalBytes: size, events: 0, file: LOG });
  assert.equal(seen.at(-1), { bytes: size, totalBytes: size, events: report.summary.resources, file: LOG });
  // One report per 1000 events between the first and the last.
  assert.is(seen.length, 2 + Math.floor(report.summary.resources / 1000));
  assert.ok(seen.every((p, i) => i === 0 || p.bytes >= (seen[i - 1]?.bytes ?? 0)));
});

test("a terminal: the bar is drawn and erased; stdout as without it", async () => {
  const args = ["audit-log", LOG, "--format", "json"];
  const tty = await run(args, { stderrTTY: true });
  assert.match(tty.err, /\d+\.\d\/\d+\.\d MiB {2}[\d,]+ events · examples\/audit\/cluster-day\.jsonl/);
  assert.ok(tty.err.endsWith(ERASE));
  assert.not.ok(tty.err.includes("\n"));
  const piped = kubeward(args);
  assert.is(piped.stderr, "");
  assert.is(tty.out, piped.stdout);
  const plain = await run(args, { stderrTTY: false });
  assert.is(plain.err, "");
  assert.is(plain.out, piped.stdout);
  const ci = await run(args, { stderrTTY: true, env: { CI: "true" } });
  assert.is(ci.err, "");
  assert.is(ci.out, piped.stdout);
});

test.run();
