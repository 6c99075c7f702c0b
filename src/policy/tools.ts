// Resolves the pinned external tools at run time, in the same order as scripts/bootstrap.mjs:
// $KUBEWARD_<TOOL>, then .tools/bin/<tool>, then <tool> on PATH.
import fs from "node:fs";
import path from "node:path";
import toolsManifest from "../../scripts/tools.json" with { type: "json" };
import { KubewardError } from "../errors.ts";
import { packageRoot } from "../util/package-root.ts";

export type ToolName = "opa" | "helm" | "kustomize" | "conftest" | "gator" | "regal";

interface ToolSpec { name: string; version: string; env: string; package: string; why: string }

export function toolSpec(name: ToolName): ToolSpec {
  const spec = (toolsManifest.tools as ToolSpec[]).find((t) => t.name === name);
  if (!spec) throw new KubewardError("internal", `unknown tool ${name}`);
  return spec;
}

export function resolveTool(name: ToolName): string {
  const spec = toolSpec(name);
  const fromEnv = process.env[spec.env];
  if (fromEnv) return fromEnv;
  const local = path.join(packageRoot(), ".tools", "bin", name);
  if (fs.existsSync(local)) return local;
  for (const dir of (process.env.PATH ?? "").split(path.delimiter)) {
    if (dir && fs.existsSync(path.join(dir, name))) return path.join(dir, name);
  }
  throw new KubewardError(
    "tool-missing",
    `${name} ${spec.version} is needed to ${spec.why}. Run \`npm run bootstrap\` (builds it with Go into .tools/bin), ` +
      `or set $${spec.env} to a ${name} ${spec.version} binary.`,
  );
}
