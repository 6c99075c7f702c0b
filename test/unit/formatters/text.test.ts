// Golden tests: the exact text people read, with and without colour.
import { test } from "uvu";
import * as assert from "uvu/assert";
import { formatReport } from "../../../src/formatters/formatters.ts";
import { cleanReport, fixtureReport } from "../../fixtures/engine/report.ts";

const ctx = { color: false, cwd: "/work/repo" };

test("plain text: grouped by file, aligned, errors section, summary", () => {
  assert.fixture(
    formatReport("text", fixtureReport(), ctx),
    `manifests/app.yaml
  10  MEDIUM  run-as-non-root       container "web" may run as root  (Deployment default/web)
  14  HIGH    privileged-container  container "web" is privileged    (Deployment default/web)

manifests/pod.yaml
  1  LOW       latest-tag       container "sh" uses image "busybox:latest" <no digest> & no tag  (Pod kube-system/debug)
  1  INFO      probes           container "sh" has no readiness probe                            (Pod kube-system/debug)
  6  CRITICAL  host-namespaces  pod shares the host's PID namespace                              (Pod kube-system/debug)

Errors
  broken.yaml:3  could not parse YAML: bad indentation of a mapping entry

3 files, 3 resources (1 non-Kubernetes document skipped): 5 findings (1 critical, 1 high, 1 medium, 1 low, 1 info), 1 error
`,
  );
});

test("plain text: a clean scan is one line", () => {
  assert.fixture(formatReport("text", cleanReport(), ctx), "3 files, 3 resources: no findings, 0 errors\n");
});

test("coloured text: same layout, ANSI styles only around the words", () => {
  const c = (n: number) => `\u001b[${n}m`;
  assert.fixture(
    formatReport("text", fixtureReport(), { ...ctx, color: true }),
    `${c(4)}manifests/app.yaml${c(24)}
  ${c(2)}10${c(22)}  ${c(33)}MEDIUM${c(39)}  ${c(2)}run-as-non-root     ${c(22)}  container "web" may run as root  ${c(2)}(Deployment default/web)${c(22)}
  ${c(2)}14${c(22)}  ${c(31)}HIGH  ${c(39)}  ${c(2)}privileged-container${c(22)}  container "web" is privileged    ${c(2)}(Deployment default/web)${c(22)}

${c(4)}manifests/pod.yaml${c(24)}
  ${c(2)}1${c(22)}  ${c(36)}LOW     ${c(39)}  ${c(2)}latest-tag     ${c(22)}  container "sh" uses image "busybox:latest" <no digest> & no tag  ${c(2)}(Pod kube-system/debug)${c(22)}
  ${c(2)}1${c(22)}  ${c(2)}INFO    ${c(22)}  ${c(2)}probes         ${c(22)}  container "sh" has no readiness probe                            ${c(2)}(Pod kube-system/debug)${c(22)}
  ${c(2)}6${c(22)}  ${c(1)}${c(35)}CRITICAL${c(39)}${c(22)}  ${c(2)}host-namespaces${c(22)}  pod shares the host's PID namespace                              ${c(2)}(Pod kube-system/debug)${c(22)}

${c(1)}${c(31)}Errors${c(39)}${c(22)}
  broken.yaml:3  could not parse YAML: bad indentation of a mapping entry

3 files, 3 resources (1 non-Kubernetes document skipped): ${c(1)}5 findings (1 critical, 1 high, 1 medium, 1 low, 1 info)${c(22)}, ${c(1)}${c(31)}1 error${c(39)}${c(22)}
`,
  );
  assert.fixture(formatReport("text", cleanReport(), { ...ctx, color: true }), `3 files, 3 resources: ${c(32)}no findings${c(39)}, 0 errors\n`);
});

test("absolute paths under cwd are shown relative", () => {
  const r = fixtureReport();
  const abs = { ...r, findings: r.findings.map((f) => ({ ...f, file: `/work/repo/${f.file}` })), errors: [] };
  assert.ok(formatReport("text", abs, ctx).startsWith("manifests/app.yaml\n"));
});

test.run();
