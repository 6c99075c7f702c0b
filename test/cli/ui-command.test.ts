// `kubeward ui` outside a terminal: it explains and exits 2, without loading Ink.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { kubeward } from "./helpers.ts";

test("not a TTY: explains that it needs a terminal and exits 2", () => {
  const run = kubeward(["ui"], { env: { CI: "" } });
  assert.is(run.status, 2);
  assert.match(run.stderr, /kubeward ui is interactive and needs a terminal, but stdout is not a terminal/);
  assert.is(run.stdout, "");
});

test("CI set: the same, naming CI", () => {
  const run = kubeward(["ui"], { env: { CI: "true" } });
  assert.is(run.status, 2);
  assert.match(run.stderr, /but CI is set/);
});

test("ui has help, and the main help lists it", () => {
  assert.match(kubeward(["ui", "--help"]).stdout, /^Usage: kubeward ui \[PATH\]/);
  assert.match(kubeward(["--help"]).stdout, /ui \[PATH\] +terminal UI/);
});

test.run();
