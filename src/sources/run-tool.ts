// Runs a pinned renderer (helm, kustomize) with an argument array — never through a shell, so chart
// paths and --set values are data, not code. Bounded in time and output.
import { spawn } from "node:child_process";
import { KubewardError } from "../errors.ts";
import { resolveTool, type ToolName } from "../policy/tools.ts";

export interface ToolRun {
  status: number;
  stdout: string;
  stderr: string;
}

/** A render that takes longer than this is stuck (a chart's `lookup` never resolves offline, for example). */
const DEFAULT_TIMEOUT_MS = 120_000;
/** Enough for very large renders (the corpus' biggest chart renders to < 1 MB). */
const MAX_OUTPUT_BYTES = 256 * 1024 * 1024;

export function runTool(name: ToolName, args: string[], opts: { cwd: string; timeoutMs?: number }): Promise<ToolRun> {
  const bin = resolveTool(name);
  return new Promise((resolve, reject) => {
    const child = spawn(bin, args, { cwd: opts.cwd, stdio: ["ignore", "pipe", "pipe"], timeout: opts.timeoutMs ?? DEFAULT_TIMEOUT_MS });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    let size = 0;
    const collect = (into: Buffer[]) => (b: Buffer) => {
      size += b.length;
      if (size > MAX_OUTPUT_BYTES) child.kill("SIGKILL");
      else into.push(b);
    };
    child.stdout.on("data", collect(out));
    child.stderr.on("data", collect(err));
    child.on("error", (e) => reject(new KubewardError("tool-missing", `cannot run ${bin}: ${e.message}`, { cause: e })));
    child.on("close", (status, signal) => {
      const stderr = Buffer.concat(err).toString("utf8");
      const killed = signal ? `\n(${name} was stopped by ${signal}: it ran longer than ${(opts.timeoutMs ?? DEFAULT_TIMEOUT_MS) / 1000} s or printed more than ${MAX_OUTPUT_BYTES} bytes)` : "";
      resolve({ status: status ?? 1, stdout: Buffer.concat(out).toString("utf8"), stderr: stderr + killed });
    });
  });
}
