import fs from "node:fs";
import path from "node:path";
import type { Readable } from "node:stream";

// What the CLI needs from the outside world, injected so scenarios can run in-process in tests.
export interface CliIo {
  argv: string[];
  cwd: string;
  env: Record<string, string | undefined>;
  stdout: { write(s: string): unknown; isTTY?: boolean };
  stderr: { write(s: string): unknown; isTTY?: boolean };
  readStdin: () => Promise<string>;
  /** stdin as a stream, for inputs read in constant memory (kubeward audit-log -). */
  stdinStream?: () => Readable;
}

/** The options every command that prints a Report takes (scan, audit-log). */
export const REPORT_OPTIONS = {
  bundle: { type: "string", short: "b" },
  format: { type: "string", short: "f" },
  output: { type: "string", short: "o" },
  "fail-on": { type: "string" },
  color: { type: "boolean" },
  library: { type: "string" },
} as const;

/** Writes a formatted report to --output FILE (creating its folder) or else to stdout, newline-terminated. */
export function writeOutput(io: CliIo, text: string, output: string | undefined): void {
  const body = text.endsWith("\n") ? text : `${text}\n`;
  if (output === undefined) {
    io.stdout.write(body);
    return;
  }
  const file = path.resolve(io.cwd, output);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, body);
}

export function wantsColor(io: CliIo, stream: { isTTY?: boolean }, noColorFlag: boolean): boolean {
  if (noColorFlag || (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== "")) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined && force !== "" && force !== "0" && force !== "false") return true;
  return stream.isTTY === true;
}
