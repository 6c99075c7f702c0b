#!/usr/bin/env node
// Sets up everything kubeward's two commands need, with Node builtins only, so it can run before
// `npm ci`. Idempotent and fast when everything is present: node_modules is reinstalled only when
// package-lock.json changed, and a Go tool is rebuilt only when its pinned version differs.
//
//   node scripts/bootstrap.mjs            # everything
//   node scripts/bootstrap.mjs --only opa # one tool
//
// Tool resolution order (the same as src/policy/tools.ts): $KUBEWARD_<TOOL>, .tools/bin/<tool>,
// then <tool> on PATH — each used only if it reports the pinned version.
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const toolsDir = path.join(root, ".tools", "bin");
const stampFile = path.join(toolsDir, ".versions.json");
const { tools } = JSON.parse(fs.readFileSync(path.join(root, "scripts", "tools.json"), "utf8"));
const args = process.argv.slice(2);
const only = args.includes("--only") ? args[args.indexOf("--only") + 1] : undefined;
const quiet = args.includes("--quiet");

const log = (msg) => { if (!quiet) console.log(`bootstrap: ${msg}`); };
const fail = (msg) => { console.error(`bootstrap: ${msg}`); process.exit(2); };

function run(cmd, cmdArgs, opts = {}) {
  return spawnSync(cmd, cmdArgs, { encoding: "utf8", ...opts });
}

function sha256(file) {
  return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
}

// --- npm dependencies -------------------------------------------------------------------------
function ensureNodeModules() {
  const lock = path.join(root, "package-lock.json");
  const stamp = path.join(root, "node_modules", ".kubeward-lock-sha256");
  const want = sha256(lock);
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8").trim() === want) return;
  // A git worktree may share another checkout's install through a symlink; `npm ci` would wipe the
  // install that checkout is using, so leave it to the owner of the real directory.
  const modules = path.join(root, "node_modules");
  if (fs.existsSync(modules) && fs.lstatSync(modules).isSymbolicLink()) {
    log(`node_modules is a symlink to ${fs.realpathSync(modules)} and its lock stamp differs: not reinstalling; run npm ci there`);
    return;
  }
  log("installing npm dependencies (npm ci)…");
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const r = run(npm, ["ci", "--no-audit", "--no-fund"], { cwd: root, stdio: "inherit" });
  if (r.status !== 0) fail("`npm ci` failed; see the output above (the npm registry must be reachable).");
  fs.writeFileSync(stamp, `${want}\n`);
}

// --- Go tools ---------------------------------------------------------------------------------
function readStamps() {
  try { return JSON.parse(fs.readFileSync(stampFile, "utf8")); } catch { return {}; }
}

/** The version a Go binary was built from, read from its embedded build info (needs Go). */
function goBuildVersion(bin, module) {
  const r = run("go", ["version", "-m", bin]);
  if (r.status !== 0) return undefined;
  const fields = r.stdout.split("\n").map((l) => l.trim().split(/\s+/));
  const mod = fields.find((f) => (f[0] === "mod" || f[0] === "dep") && f[1] === module);
  const tags = fields.find((f) => f[0] === "build" && f[1]?.startsWith("-tags="))?.[1]?.slice("-tags=".length);
  return mod ? stampOf(mod[2], tags ? tags.split(",") : []) : undefined;
}

/** What a build is recorded as: its version, plus its build tags when it has any. */
function stampOf(version, tags = []) {
  return tags.length > 0 ? `${version}+${[...tags].sort().join(",")}` : version;
}

/**
 * The version a binary reports, for tools outside .tools/bin (KUBEWARD_<TOOL> or PATH). A user's
 * own build counts whatever its build tags: only the version must match.
 */
function reportedVersion(bin, tool) {
  if (fs.existsSync(bin) && hasGo()) {
    const v = goBuildVersion(bin, tool.module)?.split("+")[0];
    if (v && v !== "(devel)") return v;
  }
  if (tool.versionArgs && tool.versionPattern) {
    const r = run(bin, tool.versionArgs);
    if (r.status === 0) {
      const m = new RegExp(tool.versionPattern, "m").exec(r.stdout);
      if (m) return m[1].startsWith("v") ? m[1] : `v${m[1]}`;
    }
  }
  return undefined;
}

let goChecked;
function hasGo() {
  if (goChecked === undefined) goChecked = run("go", ["version"]).status === 0;
  return goChecked;
}

function onPath(name) {
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    const candidate = path.join(dir, name);
    if (dir && fs.existsSync(candidate)) return candidate;
  }
  return undefined;
}

function ensureTool(tool, stamps) {
  const local = path.join(toolsDir, tool.name);
  const want = stampOf(tool.version, tool.buildTags);
  const fromEnv = process.env[tool.env];
  if (fromEnv) {
    const v = reportedVersion(fromEnv, tool);
    if (v === tool.version) return log(`${tool.name} ${v} from $${tool.env}`);
    fail(`$${tool.env}=${fromEnv} reports version ${v ?? "unknown"}, but kubeward pins ${tool.version}. Unset it or point it at ${tool.name} ${tool.version}.`);
  }
  if (fs.existsSync(local) && stamps[tool.name] === want) return;
  // A binary built by hand (or before the stamp existed) counts when its build info says so.
  if (fs.existsSync(local) && hasGo() && goBuildVersion(local, tool.module) === want) {
    stamps[tool.name] = want;
    fs.writeFileSync(stampFile, `${JSON.stringify(stamps, null, 2)}\n`);
    return;
  }
  const system = onPath(tool.name);
  if (system && !system.startsWith(toolsDir) && reportedVersion(system, tool) === tool.version) {
    return log(`${tool.name} ${tool.version} found on PATH at ${system}`);
  }
  if (!hasGo()) {
    const msg = `${tool.name} ${tool.version} is needed (${tool.why}), and neither it nor Go is installed.\n` +
      `  Install Go 1.24 or newer (https://go.dev/doc/install, or your package manager: apt-get install golang-go), then run\n` +
      `  npm run bootstrap — or install it yourself with\n` +
      `  GOBIN=${toolsDir} go install ${tool.package}@${tool.version}\n` +
      `  or point $${tool.env} at an existing ${tool.name} ${tool.version} binary.`;
    if (tool.required) fail(msg);
    return log(`optional ${msg}`);
  }
  log(`building ${tool.name} ${tool.version} with go install (first time only; a few minutes)…`);
  const started = Date.now();
  fs.mkdirSync(toolsDir, { recursive: true });
  // A tool with a wrapper module is built from that module's go.mod/go.sum (see its tools.go for why);
  // the others with a plain `go install module@version`.
  const env = { ...process.env, GOBIN: toolsDir, GOFLAGS: "-mod=mod", CGO_ENABLED: process.env.CGO_ENABLED ?? "0" };
  const tagArgs = tool.buildTags?.length ? ["-tags", tool.buildTags.join(",")] : [];
  const r = tool.wrapperModule
    ? run("go", ["build", ...tagArgs, "-o", local, tool.package], { cwd: path.join(root, tool.wrapperModule), env, stdio: ["ignore", "inherit", "pipe"] })
    : run("go", ["install", ...tagArgs, `${tool.package}@${tool.version}`], { cwd: root, env, stdio: ["ignore", "inherit", "pipe"] });
  if (r.status !== 0) {
    const stderr = r.stderr.split("\n").filter((l) => !l.startsWith("go: downloading")).join("\n").trim();
    if (tool.required) fail(`go install ${tool.package}@${tool.version} failed:\n${stderr}`);
    log(`optional tool ${tool.name} could not be installed (${tool.why}):\n  ${stderr.split("\n").slice(-2).join("\n  ")}`);
    return;
  }
  stamps[tool.name] = want;
  fs.writeFileSync(stampFile, `${JSON.stringify(stamps, null, 2)}\n`);
  log(`${tool.name} ${tool.version} ready in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

// --- Debian packages (tools.json debianPackages) ---------------------------------------------
// Installed with apt-get when their command is missing and apt-get can run (root); otherwise the
// bootstrap says what to install, and the tests that need them fail saying so.
let aptUpdated = false;
function ensureDebianPackage(pkg) {
  if (onPath(pkg.command)) return;
  const canApt = onPath("apt-get") && typeof process.getuid === "function" && process.getuid() === 0;
  if (!canApt) return log(`${pkg.command} is missing (${pkg.why}); install the Debian package ${pkg.name} (apt-get install ${pkg.name}).`);
  if (!aptUpdated) {
    log("apt-get update…");
    run("apt-get", ["update"], { stdio: ["ignore", "ignore", "inherit"] });
    aptUpdated = true;
  }
  log(`installing ${pkg.name} with apt-get (${pkg.why})…`);
  const r = run("apt-get", ["install", "-y", "--no-install-recommends", pkg.name], { stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" } });
  if (r.status !== 0) log(`apt-get install ${pkg.name} failed; the tests that need ${pkg.command} will say so.`);
}

if (!only) ensureNodeModules();
if (!only) for (const pkg of JSON.parse(fs.readFileSync(path.join(root, "scripts", "tools.json"), "utf8")).debianPackages ?? []) ensureDebianPackage(pkg);
const stamps = readStamps();
for (const tool of tools) {
  if (only && tool.name !== only) continue;
  ensureTool(tool, stamps);
}
