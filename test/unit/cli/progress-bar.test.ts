// The CLI progress bar: drawn on a terminal's stderr, nothing at all when not a TTY or under CI.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { createProgress, renderProgress } from "../../../src/cli/progress-bar.ts";

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

test.run();
