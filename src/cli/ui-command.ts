// `kubeward ui`: the Ink terminal UI. It needs a real terminal; without one (or under CI) it says
// so and exits 2. Ink and React are imported only here, lazily, so other commands never pay for them.
import fs from "node:fs";
import path from "node:path";
import { KubewardError } from "../errors.ts";
import { packageRoot } from "../util/package-root.ts";
import type { CliIo } from "./io.ts";
import { wantsColor } from "./io.ts";
import { MSG } from "./messages.ts";
import { VERSION, parseCommandArgs } from "./main.ts";

export async function runUi(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    policies: { type: "string" },
    bundle: { type: "string", short: "b" },
    out: { type: "string" },
    watch: { type: "boolean", short: "w" },
    color: { type: "boolean" },
    library: { type: "string" },
  });
  if (positionals.length > 1) throw new KubewardError("usage", "kubeward ui takes at most one PATH (what the Findings view scans)");
  const ci = io.env.CI !== undefined && io.env.CI !== "" && io.env.CI !== "0" && io.env.CI !== "false";
  if (!io.stdout.isTTY || ci) {
    io.stderr.write(`kubeward: ${MSG.uiNeedsTerminal(ci)}\n`);
    return 2;
  }
  const root = packageRoot();
  const policiesDir = path.resolve(io.cwd, values.policies ?? path.join(root, "policies"));
  if (!fs.existsSync(policiesDir)) throw new KubewardError("io", `no policies directory at ${policiesDir}`);
  const ownLibrary = policiesDir === path.join(root, "policies");
  const outDir = path.resolve(io.cwd, values.out ?? (ownLibrary ? path.join(root, "dist") : path.join(path.dirname(policiesDir), ".kubeward-cache", "dist")));
  const { startUi } = await import("../ui/start-ui.tsx");
  await startUi({
    policiesDir,
    // As `kubeward test` does: another policies folder never replaces the library scan uses.
    libraryDir: ownLibrary ? path.join(root, "dist", "library") : path.join(path.dirname(policiesDir), ".kubeward-cache", "library"),
    outDir,
    cwd: io.cwd,
    scanTarget: positionals[0] ?? ".",
    lastReportFile: path.join(io.cwd, ".kubeward-cache", "ui-last-report.json"),
    scanLibraryDir: values.library ?? io.env.KUBEWARD_LIBRARY,
    bundle: values.bundle,
    watch: values.watch === true,
    version: VERSION,
    now: () => performance.now(),
    today: new Date().toISOString().slice(0, 10),
    color: wantsColor(io, io.stdout, values.color === false),
    stdout: process.stdout,
    stdin: process.stdin,
  });
  return 0;
}
