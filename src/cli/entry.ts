// The bundle's entry (dist/kubeward.mjs): the one place that reads the real process.
import { main } from "./main.ts";
import type { CliIo } from "./io.ts";

export function run(argv: string[] = process.argv.slice(2)): Promise<number> {
  const io: CliIo = {
    argv,
    cwd: process.cwd(),
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
      return Buffer.concat(chunks).toString("utf8");
    },
    stdinStream: () => process.stdin,
  };
  return main(io);
}
