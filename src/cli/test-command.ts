import fs from "node:fs";
import path from "node:path";
import { runLibraryTests } from "../policy/run-library-tests.ts";
import { formatTestRun, TEST_FORMATS } from "../formatters/test-run.ts";
import { KubewardError } from "../errors.ts";
import { packageRoot } from "../util/package-root.ts";
import type { CliIo } from "./io.ts";
import { wantsColor } from "./io.ts";
import { oneOf, parseCommandArgs } from "./main.ts";

export async function runTest(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    coverage: { type: "boolean" },
    threshold: { type: "string" },
    format: { type: "string", short: "f" },
    rule: { type: "string", short: "r", multiple: true },
    output: { type: "string", short: "o" },
    color: { type: "boolean" },
  });
  const format = oneOf("--format", values.format, TEST_FORMATS, "text");
  const threshold = values.threshold === undefined ? undefined : Number(values.threshold);
  if (threshold !== undefined && !(threshold >= 0 && threshold <= 100)) {
    throw new KubewardError("usage", `--threshold must be a percentage between 0 and 100 (got "${values.threshold}")`);
  }
  if (positionals.length > 1) throw new KubewardError("usage", "kubeward test takes at most one PATH (the policies directory)");
  const root = packageRoot();
  const policiesDir = path.resolve(io.cwd, positionals[0] ?? path.join(root, "policies"));
  if (!fs.existsSync(policiesDir)) throw new KubewardError("io", `no policies directory at ${policiesDir}`);
  const run = await runLibraryTests({
    policiesDir,
    // The project's own library builds into dist/ (what scan uses); another policies folder
    // builds beside itself, so testing it never replaces the library scan runs.
    libraryDir: policiesDir === path.join(root, "policies") ? path.join(root, "dist", "library") : path.join(path.dirname(policiesDir), ".kubeward-cache", "library"),
    repoRoot: path.dirname(policiesDir),
    coverage: values.coverage === true,
    threshold,
    rules: values.rule,
  });
  const color = values.output === undefined && format === "text" && wantsColor(io, io.stdout, values.color === false);
  const text = formatTestRun(format, run, { color });
  if (values.output) fs.writeFileSync(path.resolve(io.cwd, values.output), text);
  else io.stdout.write(text);
  return run.failed > 0 ? 1 : 0;
}
