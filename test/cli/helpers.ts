// Runs the built CLI (bin/kubeward.js → dist/kubeward.mjs) as a user would, in a subprocess.
import { spawnSync } from "node:child_process";
import path from "node:path";

export interface CliRun { status: number; stdout: string; stderr: string }

export function kubeward(args: string[], opts: { input?: string; cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const r = spawnSync(process.execPath, [path.resolve("bin", "kubeward.js"), ...args], {
    cwd: opts.cwd ?? process.cwd(),
    input: opts.input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...opts.env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function json<T = Record<string, unknown>>(run: CliRun): T {
  try {
    return JSON.parse(run.stdout) as T;
  } catch {
    throw new Error(`not JSON (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}
