import { writeStarterFiles } from "../authoring/starter-files.ts";
import type { CliIo } from "./io.ts";
import { VERSION, parseCommandArgs } from "./main.ts";
import { KubewardError } from "../errors.ts";
import { MSG } from "./messages.ts";

export async function runInit(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { force: { type: "boolean" } });
  if (positionals.length > 0) throw new KubewardError("usage", "kubeward init takes no arguments; it writes into the current directory");
  const { written } = writeStarterFiles(io.cwd, { force: values.force === true, version: VERSION });
  io.stdout.write(`${MSG.initDone(written)}\n`);
  return 0;
}
