import path from "node:path";
import { scaffoldRule } from "../authoring/scaffold-rule.ts";
import { KubewardError } from "../errors.ts";
import type { CliIo } from "./io.ts";
import { parseCommandArgs } from "./main.ts";
import { MSG } from "./messages.ts";

export async function runNew(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, { policies: { type: "string" }, force: { type: "boolean" } });
  const [what, spec, ...extra] = positionals;
  if (what !== "rule" || spec === undefined || extra.length > 0) throw new KubewardError("usage", "usage: kubeward new rule CATEGORY/ID [--policies DIR] [--force]");
  const policiesDir = path.resolve(io.cwd, values.policies ?? "policies");
  const { dir, files } = scaffoldRule(policiesDir, spec, { force: values.force === true });
  io.stdout.write(`${MSG.newRuleDone(path.relative(io.cwd, dir) || dir, files, spec.split("/")[1]!)}\n`);
  return 0;
}
