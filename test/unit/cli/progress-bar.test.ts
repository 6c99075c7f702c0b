// The CLI progress bar: drawn on a terminal's stderr, nothing at all when not a TTY or under CI.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createProgress, renderProgress, scanProgressBar } from "../../../src/cli/progress-bar.ts";
import type { CliIo } from "../../../src/cli/io.ts";

const stream = (isTTY: boolean) => {
  const written: string[] = [];
  return { written, write: (s: string) => written.push(s), isTTY };
};

test("the bar: filled share, count and the label cut to the width", () => {
  assert.is(renderProgress(5, 10, "k8s/app.yaml", 80), "██████████░░░░░░░░░░ 5/10  k8s/app.yaml");
  assert.is(renderProgress(0, 0, "", 80), "░░░░░░░░░░░░░░░░░░░░ 0/0");
  const narrow = renderProgress(1, 3, "a-very-long-file-name.yaml", 34);
  assert.ok(narrow.length <= 34, narrow);
  assert.ok(narrow.endsWith("…"), narrow);
});

test("not a TTY: nothing is written, whatever is reported", () => {
  const stderr = stream(false);
  const p = createProgress({ env: {}, stderr });
  p.update(1, 2, "x");
  p.finish();
  assert.equal(stderr.written, []);
});

test("CI set: nothing is written even on a TTY", () => {
  const stderr = stream(true);
  const p = createProgress({ env: { CI: "true" }, stderr });
  p.update(1, 2, "x");
  p.finish();
  assert.equal(stderr.written, []);
});

test("a TTY: redrawn in place on one line, erased when finished", () => {
  const stderr = stream(true);
  const p = createProgress({ env: {}, stderr }, { columns: 60 });
  p.update(1, 2, "a.yaml");
  p.update(2, 2, "b.yaml");
  p.finish();
  assert.is(stderr.written.length, 3);
  assert.ok(stderr.written.every((w) => w.startsWith("\r\u001b[2K") && !w.includes("\n")));
  assert.match(stderr.written[1] ?? "", /█{20} 2\/2 {2}b\.yaml/);
  assert.is(stderr.written[2], "\r\u001b[2K");
});

const scanIo = (isTTY: boolean, env: Record<string, string> = {}) => {
  const stderr = stream(isTTY);
  const io: CliIo = { argv: [], cwd: "/", env, readStdin: async () => "", stdout: { write: () => true, isTTY: false }, stderr };
  return { io, written: stderr.written };
};

test("scan bar: a redraw per phase change and at a phase's end, at most one per 50 ms in between", () => {
  let clock = 1000;
  const { io, written } = scanIo(true);
  const bar = scanProgressBar(io, { now: () => clock });
  assert.ok(bar);
  bar.scan({ phase: "discover", done: 0, total: 0, label: "k8s/" });
  bar.scan({ phase: "parse", done: 0, total: 3, label: "k8s/a.yaml" });
  bar.scan({ phase: "parse", done: 1, total: 3, label: "k8s/b.yaml" }); // same phase, same instant: skipped
  clock += 60;
  bar.scan({ phase: "parse", done: 2, total: 3, label: "k8s/c.yaml" });
  bar.scan({ phase: "evaluate", done: 0, total: 500 });
  for (let i = 1; i < 500; i++) bar.scan({ phase: "evaluate", done: i, total: 500, label: "k8s/c.yaml" });
  bar.scan({ phase: "evaluate", done: 500, total: 500, label: "k8s/c.yaml" });
  bar.done();
  const lines = written.map((w) => w.replace("\r\u001b[2K", ""));
  assert.equal(lines, [
    "░░░░░░░░░░░░░░░░░░░░ 0/0  finding files · k8s/",
    "░░░░░░░░░░░░░░░░░░░░ 0/3  files · parsing k8s/a.yaml",
    "█████████████░░░░░░░ 2/3  files · parsing k8s/c.yaml",
    "░░░░░░░░░░░░░░░░░░░░ 0/500  documents · evaluating",
    "████████████████████ 500/500  documents · evaluating k8s/c.yaml",
    "",
  ]);
});

test("scan bar: the cluster read and the scan share one line; none when not a TTY or under CI", () => {
  const { io, written } = scanIo(true);
  const bar = scanProgressBar(io, { context: "prod", now: () => 0 });
  bar?.cluster({ kindsDone: 1, kindsTotal: 4, objects: 12, kind: "Pod" });
  bar?.scan({ phase: "parse", done: 0, total: 12, label: "cluster prod: v1/Pod default/web" });
  bar?.done();
  assert.match(written[0] ?? "", /1\/4 {2}kinds · 12 objects from prod · Pod$/);
  assert.match(written[1] ?? "", /0\/12 {2}files · parsing cluster prod/);
  assert.is(written.length, 3);
  assert.is(scanProgressBar(scanIo(false).io), undefined);
  assert.is(scanProgressBar(scanIo(true, { CI: "true" }).io), undefined);
});

test.run();
