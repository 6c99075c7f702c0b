import path from "node:path";
import { scan } from "../scan.ts";
import { exitCodeFor } from "../report/exit-code.ts";
import { FORMAT_NAMES, formatReport, type FormatName } from "../formatters/formatters.ts";
import { GRAFEAS_PROJECT_PATTERN } from "../formatters/grafeas.ts";
import { SEVERITIES, type Severity } from "../types.ts";
import type { CliIo } from "./io.ts";
import { REPORT_OPTIONS, wantsColor, writeOutput } from "./io.ts";
import { VERSION, oneOf, parseCommandArgs } from "./main.ts";
import { findConfigFile, loadConfigFile, type KubewardConfig } from "../config/config.ts";
import { displayPath } from "../sources/index.ts";
import { KubewardError } from "../errors.ts";
import { MSG } from "./messages.ts";

export async function runScan(io: CliIo, args: string[]): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    ...REPORT_OPTIONS,
    "vuln-report": { type: "string", multiple: true },
    signatures: { type: "string" },
    "grafeas-project": { type: "string" },
    "image-policy": { type: "string", multiple: true },
    config: { type: "string", short: "c" },
    "show-suppressed": { type: "boolean" },
    "inventory-from": { type: "string", multiple: true },
    helm: { type: "string" },
    values: { type: "string", multiple: true },
    set: { type: "string", multiple: true },
    release: { type: "string" },
    namespace: { type: "string", short: "n" },
    "kube-version": { type: "string" },
    kustomize: { type: "string" },
  });
  const config = loadScanConfig(io, values.config);
  const helmOnly = (["values", "set", "release", "namespace", "kube-version"] as const).filter((k) => values[k] !== undefined);
  if (values.helm === undefined && helmOnly.length > 0) throw new KubewardError("usage", MSG.helmOnly(`--${helmOnly[0]}`));
  const rendered = values.helm !== undefined || values.kustomize !== undefined;
  const format = oneOf<FormatName>("--format", values.format, FORMAT_NAMES, "text");
  const grafeasProject = values["grafeas-project"];
  if (grafeasProject !== undefined && format !== "grafeas") throw new KubewardError("usage", MSG.grafeasOnly);
  if (grafeasProject !== undefined && !GRAFEAS_PROJECT_PATTERN.test(grafeasProject)) throw new KubewardError("usage", MSG.badGrafeasProject(grafeasProject));
  // Flags win over kubeward.yaml, which wins over the defaults.
  const failOn = oneOf<Severity | "none">("--fail-on", values["fail-on"], [...SEVERITIES, "none"], config?.failOn ?? "low");
  const report = await scan({
    // With --helm or --kustomize the rendered output is the input; paths are scanned only when given.
    paths: positionals.length > 0 || rendered ? positionals : ["."],
    helm: values.helm === undefined ? undefined : { chart: values.helm, values: values.values, set: values.set, release: values.release, namespace: values.namespace, kubeVersion: values["kube-version"] },
    kustomize: values.kustomize,
    cwd: io.cwd,
    bundle: values.bundle,
    libraryDir: values.library ?? io.env.KUBEWARD_LIBRARY,
    version: VERSION,
    readStdin: io.readStdin,
    vulnReports: values["vuln-report"] ?? [],
    signatures: values.signatures,
    now: today(),
    ...(config ? { config } : {}),
    ...(values["inventory-from"] ? { inventoryFrom: values["inventory-from"] } : {}),
    ...(values["image-policy"] ? { imagePolicies: values["image-policy"] } : {}),
  });
  const toFile = values.output !== undefined;
  const color = !toFile && format === "text" && wantsColor(io, io.stdout, values.color === false);
  const text = formatReport(format, report, { color, cwd: io.cwd, showSuppressed: values["show-suppressed"] === true, ...(grafeasProject ? { grafeasProject } : {}) });
  writeOutput(io, text, values.output);
  return exitCodeFor(report, failOn);
}

/** --config FILE, else the nearest kubeward.yaml upwards from the cwd; `--config none` uses none. */
function loadScanConfig(io: CliIo, flag: string | undefined): KubewardConfig | undefined {
  if (flag === "none") return undefined;
  const file = flag !== undefined ? path.resolve(io.cwd, flag) : findConfigFile(io.cwd);
  return file === undefined ? undefined : loadConfigFile(file, displayPath(io.cwd, file));
}

/** Today's date in UTC, YYYY-MM-DD: vulnerability exceptions expire against it (the library has no clock). */
function today(): string {
  return new Date().toISOString().slice(0, 10);
}
