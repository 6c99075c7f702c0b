import path from "node:path";
import { auditLog } from "../audit-log.ts";
import { exitCodeFor } from "../report/exit-code.ts";
import { FORMAT_NAMES, formatReport, type FormatName } from "../formatters/formatters.ts";
import { KubewardError } from "../errors.ts";
import { SEVERITIES, type Severity } from "../types.ts";
import type { CliIo } from "./io.ts";
import { REPORT_OPTIONS, wantsColor, writeOutput } from "./io.ts";
import { VERSION, oneOf, parseCommandArgs } from "./main.ts";
import { MSG } from "./messages.ts";
import { auditLogProgressBar } from "./progress-bar.ts";

export async function runAuditLog(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...REPORT_OPTIONS,
  });
  const format = oneOf<FormatName>("--format", values.format, FORMAT_NAMES, "text");
  const failOn = oneOf<Severity | "none">("--fail-on", values["fail-on"], [...SEVERITIES, "none"], "low");
  if (positionals.length === 0) throw new KubewardError("usage", MSG.auditLogNoInput);
  const progress = auditLogProgressBar(io);
  const report = await auditLog({
    files: positionals.map((f) => (f === "-" ? f : path.resolve(io.cwd, f))),
    display: (f) => path.relative(io.cwd, f) || f,
    bundle: values.bundle,
    libraryDir: values.library ?? io.env.KUBEWARD_LIBRARY,
    version: VERSION,
    stdin: io.stdinStream,
    ...(progress ? { onProgress: progress.update } : {}),
  }).finally(() => progress?.done());
  const toFile = values.output !== undefined;
  const color = !toFile && format === "text" && wantsColor(io, io.stdout, values.color === false);
  const text = formatReport(format, report, { color, cwd: io.cwd, now: new Date(), inputs: positionals });
  writeOutput(io, text, values.output);
  return exitCodeFor(report, failOn);
}
