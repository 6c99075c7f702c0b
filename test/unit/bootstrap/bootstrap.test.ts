// scripts/bootstrap.mjs as a newcomer meets it: the exact install instructions when neither the
// tool nor Go is there, a wrong $KUBEWARD_OPA refused, a right opa on PATH used as it is.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { test } from "uvu";
import * as assert from "uvu/assert";

const repo = process.cwd();

/** A copy of the bootstrap in a fresh root whose npm install is already current (so npm is not run). */
function sandbox(): { root: string; emptyBin: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "kw-bootstrap-"));
  fs.mkdirSync(path.join(root, "scripts"));
  fs.copyFileSync(path.join(repo, "scripts", "bootstrap.mjs"), path.join(root, "scripts", "bootstrap.mjs"));
  fs.copyFileSync(path.join(repo, "scripts", "tools.json"), path.join(root, "scripts", "tools.json"));
  fs.writeFileSync(path.join(root, "package-lock.json"), "{}\n");
  fs.mkdirSync(path.join(root, "node_modules"));
  fs.writeFileSync(path.join(root, "node_modules", ".kubeward-lock-sha256"), `${createHash("sha256").update("{}\n").digest("hex")}\n`);
  const emptyBin = path.join(root, "empty-bin");
  fs.mkdirSync(emptyBin);
  return { root, emptyBin };
}

function bootstrap(root: string, env: Record<string, string>, args: string[] = ["--only", "opa"]) {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("KUBEWARD_")));
  return spawnSync(process.execPath, [path.join(root, "scripts", "bootstrap.mjs"), ...args], { encoding: "utf8", env: { ...clean, ...env } });
}

test("without Go and without the tool it stops (exit 2) and says exactly how to install it", () => {
  const { root, emptyBin } = sandbox();
  const r = bootstrap(root, { PATH: emptyBin });
  assert.is(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /opa v1\.22\.4 is needed .* neither it nor Go is installed/);
  assert.match(r.stderr, /go install github\.com\/open-policy-agent\/opa@v1\.22\.4/);
  assert.match(r.stderr, /KUBEWARD_OPA/);
  fs.rmSync(root, { recursive: true, force: true });
});

test("a $KUBEWARD_OPA of the wrong version is refused with both versions named", () => {
  const { root, emptyBin } = sandbox();
  const fake = path.join(emptyBin, "opa");
  fs.writeFileSync(fake, "#!/bin/sh\necho 'Version: 0.70.0'\n", { mode: 0o755 });
  const r = bootstrap(root, { PATH: emptyBin, KUBEWARD_OPA: fake });
  assert.is(r.status, 2, r.stdout + r.stderr);
  assert.match(r.stderr, /reports version v0\.70\.0, but kubeward pins v1\.22\.4/);
  fs.rmSync(root, { recursive: true, force: true });
});

test("an opa of the pinned version on PATH is used as it is, without Go", () => {
  const pinned = path.join(repo, ".tools", "bin", "opa");
  if (!fs.existsSync(pinned)) throw new Error("run npm run bootstrap first: .tools/bin/opa is missing");
  const { root, emptyBin } = sandbox();
  fs.symlinkSync(pinned, path.join(emptyBin, "opa"));
  const r = bootstrap(root, { PATH: emptyBin });
  assert.is(r.status, 0, r.stdout + r.stderr);
  assert.match(r.stdout, /opa v1\.22\.4 found on PATH/);
  assert.not.ok(fs.existsSync(path.join(root, ".tools", "bin", "opa")), "nothing was built");
  fs.rmSync(root, { recursive: true, force: true });
});

test("a second run with everything present does nothing and is quiet", () => {
  const r = spawnSync(process.execPath, [path.join(repo, "scripts", "bootstrap.mjs"), "--only", "opa"], { encoding: "utf8" });
  assert.is(r.status, 0, r.stderr);
  assert.is(r.stdout.trim(), "");
});

test.run();
