// `kubeward scan` in a real terminal: the built CLI runs in a tmux pane (its stderr a real TTY,
// 80 columns), tmux records every byte the pane receives (pipe-pane), and the finished screen is
// read with capture-pane. What the in-process tests with a fake TTY cannot show: that the real
// process.stderr of the bundle is recognised as a terminal, and that the terminal is left clean.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const socket = `kw-scan-e2e-${process.pid}`;
const tmux = (...args: string[]) => spawnSync("tmux", ["-L", socket, ...args], { encoding: "utf8", timeout: 120_000 });

test("a scan in a tmux pane draws the bar on the terminal and leaves only what it prints", () => {
  if (spawnSync("tmux", ["-V"]).status !== 0) {
    console.log("SKIPPED: tmux is not installed (node scripts/bootstrap.mjs installs it with apt-get)");
    return;
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kw-scan-tmux-"));
  const recorded = path.join(tmp, "pane-bytes");
  const report = path.join(tmp, "report.json");
  try {
    // The pane waits for `go` until pipe-pane records, then scans and says `done`: no sleeps, no race.
    const kw = `${process.execPath} ${path.resolve("bin", "kubeward.js")}`;
    const cmd = `tmux -L ${socket} wait-for go; env -u CI NO_COLOR=1 ${kw} scan examples/app --config none --format json -o ${report}; echo "exit=$?"; tmux -L ${socket} wait-for -S done; sleep 60`;
    assert.is(tmux("new-session", "-d", "-s", "scan", "-x", "80", "-y", "24", "-c", process.cwd(), cmd).status, 0);
    assert.is(tmux("pipe-pane", "-t", "scan", "-o", `cat >> ${recorded}`).status, 0);
    tmux("wait-for", "-S", "go");
    assert.is(tmux("wait-for", "done").status, 0, "the scan finished");
    const screen = tmux("capture-pane", "-p", "-t", "scan").stdout;
    tmux("pipe-pane", "-t", "scan");
    const bytes = fs.readFileSync(recorded, "utf8");

    // Each redraw starts with carriage return + erase-line; marked readably for the patterns.
    const marked = bytes.replaceAll("\r\u001b[2K", "⟨redraw⟩");
    assert.match(marked, /⟨redraw⟩[█░]{20} \d+\/7 {2}files · parsing examples\/app\//, "the bar reached the terminal");
    assert.match(marked, /⟨redraw⟩█{20} (\d+)\/\1 {2}documents · evaluating /);
    // Each drawn line fits the 80-column pane (the bar is cut to the terminal's width, minus one).
    for (const line of bytes.split("\r\u001b[2K").slice(1)) {
      const drawn = line.split(/[\r\n]/)[0] ?? "";
      assert.ok([...drawn].length < 80, `fits the pane: ${JSON.stringify(drawn)}`);
    }
    assert.match(screen, /^exit=1$/m);
    assert.not.match(screen, /[█░]|files · |documents · /, `the bar is gone from the screen:\n${screen}`);
    assert.ok(JSON.parse(fs.readFileSync(report, "utf8")).findings.length > 0);
  } finally {
    tmux("kill-server");
    fs.rmSync(tmp, { recursive: true, force: true });
  }
});

test.run();
