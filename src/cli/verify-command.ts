import os from "node:os";
import path from "node:path";
import { verify } from "../verify.ts";
import { formatVerifyRun, VERIFY_FORMATS } from "../formatters/verify-run.ts";
import { loadExternalDataFile } from "../gatekeeper-policies.ts";
import { KubewardError } from "../errors.ts";
import type { CliIo } from "./io.ts";
import { wantsColor, writeOutput } from "./io.ts";
import { oneOf, parseCommandArgs } from "./main.ts";
import { MSG } from "./messages.ts";
import { createProgress } from "./progress-bar.ts";

export async function runVerify(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    format: { type: "string", short: "f" },
    output: { type: "string", short: "o" },
    color: { type: "boolean" },
    "external-data": { type: "string" },
  });
  if (positionals.length === 0) throw new KubewardError("usage", MSG.verifyNoInput);
  const format = oneOf("--format", values.format, VERIFY_FORMATS, "text");
  const externalData = values["external-data"] === undefined ? undefined : loadExternalDataFile(values["external-data"], io.cwd);
  // Each test's first run compiles its template with opa: seconds each for a whole library of suites.
  const progress = createProgress(io);
  const run = await verify({ paths: positionals, cwd: io.cwd, cacheDir: templateCacheDir(io), ...(externalData ? { externalData } : {}), onProgress: (done, total, label) => progress.update(done, total, label ? `tests · ${label}` : "tests") }).finally(() => progress.finish());
  const color = values.output === undefined && format === "text" && wantsColor(io, io.stdout, values.color === false);
  writeOutput(io, formatVerifyRun(format, run, { color }), values.output);
  if (run.errors.length > 0 || run.errored > 0) return 2;
  return run.failed > 0 ? 1 : 0;
}

/** Compiled foreign templates are cached here: $KUBEWARD_CACHE_DIR, else the system temp folder. */
export function templateCacheDir(io: CliIo): string {
  return path.join(io.env.KUBEWARD_CACHE_DIR || path.join(os.tmpdir(), "kubeward-cache"), "gatekeeper-templates");
}
