// The CLI object: parses argv, runs a command and returns the exit code. bin/kubeward.js is the
// only place that calls process.exit-like things (it sets process.exitCode).
import { parseArgs, type ParseArgsConfig } from "node:util";
import { KubewardError } from "../errors.ts";
import pkg from "../../package.json" with { type: "json" };
import { HELP, MSG } from "./messages.ts";
import type { CliIo } from "./io.ts";
import { runScan } from "./scan-command.ts";
import { runBuild } from "./build-command.ts";
import { runTest } from "./test-command.ts";
import { runAuditLog } from "./audit-log-command.ts";
import { runInit } from "./init-command.ts";
import { runNew } from "./new-command.ts";
import { runServe } from "./serve-command.ts";
import { runUi } from "./ui-command.ts";
import { runVerify } from "./verify-command.ts";

export const VERSION: string = pkg.version;

type Command = (io: CliIo, args: string[]) => Promise<number>;
const COMMANDS: Record<string, { run: Command; help: string }> = {
  scan: { run: runScan, help: HELP.scan },
  build: { run: runBuild, help: HELP.build },
  test: { run: runTest, help: HELP.test },
  "audit-log": { run: runAuditLog, help: HELP.auditLog },
  init: { run: runInit, help: HELP.init },
  new: { run: runNew, help: HELP.new },
  serve: { run: runServe, help: HELP.serve },
  ui: { run: runUi, help: HELP.ui },
  verify: { run: runVerify, help: HELP.verify },
};

export async function main(io: CliIo): Promise<number> {
  const [first, ...rest] = io.argv;
  if (first === undefined || first === "-h" || first === "--help" || first === "help") {
    io.stdout.write(`${HELP.main}\n`);
    return first === undefined ? 2 : 0;
  }
  if (first === "-v" || first === "--version" || first === "version") {
    io.stdout.write(`kubeward ${VERSION}\n`);
    return 0;
  }
  const command = COMMANDS[first];
  if (!command) {
    io.stderr.write(`kubeward: ${MSG.unknownCommand(first)}\n`);
    return 2;
  }
  if (rest.includes("-h") || rest.includes("--help")) {
    io.stdout.write(`${command.help}\n`);
    return 0;
  }
  try {
    return await command.run(io, rest);
  } catch (e) {
    return reportFailure(io, e);
  }
}

export function reportFailure(io: CliIo, e: unknown): number {
  if (e instanceof KubewardError) {
    const where = e.file ? `${e.file}${e.line ? `:${e.line}` : ""}: ` : "";
    io.stderr.write(`kubeward: ${where}${e.message}\n`);
    return 2;
  }
  if (e instanceof TypeError && (e as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) {
    io.stderr.write(`kubeward: ${e.message}. Run with --help for usage.\n`);
    return 2;
  }
  io.stderr.write(`kubeward: internal error: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 2;
}

/** parseArgs with kubeward's conventions: strict, positionals allowed, usage errors typed. */
export function parseCommandArgs<T extends NonNullable<ParseArgsConfig["options"]>>(args: string[], options: T) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true, allowNegative: true });
  } catch (e) {
    throw new KubewardError("usage", `${(e as Error).message}. Run with --help for usage.`);
  }
}

export function oneOf<T extends string>(flag: string, value: string | undefined, allowed: readonly T[], fallback: T): T {
  if (value === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(value)) throw new KubewardError("usage", MSG.badChoice(flag, value, allowed));
  return value as T;
}
