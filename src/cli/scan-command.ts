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
import { templateCacheDir } from "./verify-command.ts";
import { loadExternalDataFile } from "../gatekeeper-policies.ts";
import os from "node:os";
import type { ClusterScanOptions } from "../scan.ts";
import { loadKubeConnection } from "../sources/kube/kubeconfig.ts";
import { KubeClient } from "../sources/kube/client.ts";
import { scanProgressBar } from "./progress-bar.ts";

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
    templates: { type: "string", multiple: true },
    "external-data": { type: "string" },
    cluster: { type: "boolean" },
    context: { type: "string" },
    kubeconfig: { type: "string" },
    kinds: { type: "string", multiple: true },
  });
  const config = loadScanConfig(io, values.config);
  const helmOnly = (["values", "set", "release", "kube-version"] as const).filter((k) => values[k] !== undefined);
  if (values.helm === undefined && helmOnly.length > 0) throw new KubewardError("usage", MSG.helmOnly(`--${helmOnly[0]}`));
  if (values["external-data"] !== undefined && values.templates === undefined) throw new KubewardError("usage", MSG.externalDataNeedsTemplates);
  if (values.namespace !== undefined && values.helm === undefined && values.cluster !== true) throw new KubewardError("usage", MSG.namespaceNeedsSource);
  const clusterOnly = (["context", "kubeconfig", "kinds"] as const).filter((k) => values[k] !== undefined);
  if (values.cluster !== true && clusterOnly.length > 0) throw new KubewardError("usage", MSG.clusterOnly(`--${clusterOnly[0]}`));
  const cluster = values.cluster === true ? connectCluster(io, values) : undefined;
  const rendered = values.helm !== undefined || values.kustomize !== undefined || cluster !== undefined;
  const format = oneOf<FormatName>("--format", values.format, FORMAT_NAMES, "text");
  const grafeasProject = values["grafeas-project"];
  if (grafeasProject !== undefined && format !== "grafeas") throw new KubewardError("usage", MSG.grafeasOnly);
  if (grafeasProject !== undefined && !GRAFEAS_PROJECT_PATTERN.test(grafeasProject)) throw new KubewardError("usage", MSG.badGrafeasProject(grafeasProject));
  // Flags win over kubeward.yaml, which wins over the defaults.
  const failOn = oneOf<Severity | "none">("--fail-on", values["fail-on"], [...SEVERITIES, "none"], config?.failOn ?? "low");
  const progress = scanProgressBar(io, cluster ? { context: cluster.client.connection.context } : {});
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
    ...(values.templates ? { templates: values.templates, templateCacheDir: templateCacheDir(io) } : {}),
    ...(values["external-data"] !== undefined ? { externalData: loadExternalDataFile(values["external-data"], io.cwd) } : {}),
    ...(values["image-policy"] ? { imagePolicies: values["image-policy"] } : {}),
    ...(cluster ? { cluster: { ...cluster, ...(progress ? { onProgress: progress.cluster } : {}) } } : {}),
    ...(progress ? { onProgress: progress.scan } : {}),
  }).finally(() => {
    progress?.done();
    cluster?.client.close();
  });
  const toFile = values.output !== undefined;
  const color = !toFile && format === "text" && wantsColor(io, io.stdout, values.color === false);
  const inputs = [
    ...(positionals.length > 0 || rendered ? positionals : ["."]),
    ...(values.helm !== undefined ? [`helm chart ${values.helm}`] : []),
    ...(values.kustomize !== undefined ? [`kustomization ${values.kustomize}`] : []),
  ];
  const text = formatReport(format, report, { color, cwd: io.cwd, showSuppressed: values["show-suppressed"] === true, now: new Date(), inputs, ...(grafeasProject ? { grafeasProject } : {}) });
  writeOutput(io, text, values.output);
  // The text report lists warnings itself; other formats and files get them on stderr too, so a
  // person watching a CI log sees that the scan was partial.
  if (toFile || format !== "text") for (const w of report.warnings ?? []) io.stderr.write(`kubeward: warning: ${w}\n`);
  return exitCodeFor(report, failOn);
}

/** --cluster: the kubeconfig (or the pod's service account) and a client for it; the report options for scan. */
function connectCluster(io: CliIo, values: { context?: string; kubeconfig?: string; namespace?: string; kinds?: string[] }): ClusterScanOptions {
  const connection = loadKubeConnection({ file: values.kubeconfig, context: values.context, env: io.env, home: io.env.HOME ?? os.homedir(), cwd: io.cwd });
  const client = new KubeClient(connection, { env: io.env, now: () => Date.now() });
  const out: ClusterScanOptions = { client };
  if (values.namespace !== undefined) out.namespace = values.namespace;
  if (values.kinds !== undefined) out.kinds = values.kinds;
  return out;
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
