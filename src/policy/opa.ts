// The only place that runs the opa binary. Its failures carry opa's stderr.
import { spawn } from "node:child_process";
import { KubewardError, type ErrorCode } from "../errors.ts";
import { resolveTool } from "./tools.ts";

/** Files in policies/ that are not Rego and must not be loaded as data by opa. */
export const LIBRARY_IGNORES = ["--ignore", "examples", "--ignore", "capabilities.json", "--ignore", "*.md"];

export interface OpaResult { stdout: string; stderr: string; status: number }

export function runOpa(args: string[], opts: { cwd?: string; input?: string; code?: ErrorCode; allowFailure?: boolean } = {}): Promise<OpaResult> {
  const opa = resolveTool("opa");
  return new Promise((resolve, reject) => {
    const child = spawn(opa, args, { cwd: opts.cwd, stdio: ["pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (e) => reject(new KubewardError("tool-missing", `cannot run ${opa}: ${e.message}`, { cause: e })));
    child.on("close", (status) => {
      const result = { stdout: Buffer.concat(out).toString("utf8"), stderr: Buffer.concat(err).toString("utf8"), status: status ?? 1 };
      if (result.status !== 0 && !opts.allowFailure) {
        const detail = (result.stderr || result.stdout).trim();
        reject(new KubewardError(opts.code ?? "policy-build", `opa ${args[0]} failed:\n${detail}`, { detail }));
      } else resolve(result);
    });
    // opa may exit before reading its stdin (most commands never read it): that EPIPE is not an
    // error of ours, and the exit status above reports whatever went wrong.
    child.stdin.on("error", () => undefined);
    child.stdin.end(opts.input ?? "");
  });
}
