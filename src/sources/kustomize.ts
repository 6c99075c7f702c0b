// sources/kustomize: a kustomization directory → one SourceFile, rendered by the pinned `kustomize
// build`. helmCharts render through the pinned helm (`--enable-helm --helm-command`), so they are
// scanned, never skipped. kustomize keeps no record of which base or patch produced which line, so
// findings point into the rendered stream: file `kustomize:DIR`, line in that output.
import fs from "node:fs";
import path from "node:path";
import { KubewardError } from "../errors.ts";
import { resolveTool } from "../policy/tools.ts";
import type { ReportError, SourceFile } from "../types.ts";
import { displayPath } from "./index.ts";
import { runTool } from "./run-tool.ts";

export function kustomizeFileName(dir: string): string {
  return `kustomize:${dir}`;
}

export async function renderKustomization(opts: { dir: string; cwd: string }): Promise<{ files: SourceFile[]; errors: ReportError[] }> {
  const abs = path.resolve(opts.cwd, opts.dir);
  const shown = displayPath(opts.cwd, abs);
  const file = kustomizeFileName(shown);
  if (!fs.existsSync(abs)) return { files: [], errors: [{ file: shown, message: `cannot render kustomization ${shown}: no such file or directory`, code: "io" }] };
  let helm: string;
  try {
    helm = resolveTool("helm");
  } catch (e) {
    return { files: [], errors: [{ file, message: e instanceof KubewardError ? e.message : String(e), code: "tool-missing" }] };
  }
  let run;
  try {
    run = await runTool("kustomize", ["build", abs, "--enable-helm", "--helm-command", helm], { cwd: opts.cwd });
  } catch (e) {
    return { files: [], errors: [{ file, message: e instanceof Error ? e.message : String(e), code: "tool-missing" }] };
  }
  if (run.status !== 0) {
    const reason = run.stderr.split("\n").filter((l) => l.trim() !== "").map((l) => l.replace(/^Error: /, "")).join("\n") || "kustomize exited without a message";
    return { files: [], errors: [{ file, message: `kustomize build failed for ${shown}: ${reason}`, code: "render" }] };
  }
  return { files: [{ path: file, text: run.stdout, origin: `rendered by kustomize build ${shown}; lines are lines of the rendered output` }], errors: [] };
}
