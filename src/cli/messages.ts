// Every user-facing sentence of the CLI in one table, so wording stays consistent and reviewable.
export const HELP = {
  main: `kubeward — Kubernetes security policy-as-code

Usage: kubeward <command> [options]

Commands:
  scan [PATH... | -]   scan manifests (files, directories, stdin) against a bundle
  test [PATH]          run the policy library's unit tests and every rule's examples
  build                compile the Rego library to WebAssembly (dist/)
  audit-log [FILE|-]   run the audit-log detections over a Kubernetes audit log
  init                 write a commented kubeward.yaml and a .pre-commit-config.yaml
  new rule CAT/ID      scaffold a rule folder that kubeward test passes until you change it
  serve                the validating admission webhook (HTTPS, POST /validate)
  ui [PATH]            terminal UI: tests, coverage, findings of PATH, bundles
  verify SUITE|DIR...  run Gatekeeper gator Suites in-process (templates, constraints, cases)

Options:
  -h, --help           show help (also: kubeward <command> --help)
  -v, --version        print the version

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it,
2 usage error, unreadable or invalid input, policy or engine error.`,
  scan: `Usage: kubeward scan [PATH... | -] [options]

Scans Kubernetes manifests (.yaml, .yml, .json; directories recursively, honouring
.gitignore and .kubewardignore; - reads stdin) with the compiled policy library.

Options:
  -b, --bundle NAME|FILE   rules and parameters to use (default: recommended; none: only --templates)
  -f, --format FORMAT      text | json | sarif | junit | github | policyreport | html | grafeas
                           (default: text); html is a self-contained compliance report (docs/report.md)
  -o, --output FILE        write the report to FILE instead of stdout
      --fail-on SEVERITY   critical | high | medium | low | info | none (default: low)
      --no-color           never colour text output (NO_COLOR is honoured too)
      --templates DIR      also apply the Gatekeeper ConstraintTemplates and Constraints in DIR
                           (repeatable); findings are named <Kind>/<constraint>, severity from
                           enforcementAction: deny high, warn medium, dryrun info (docs/gatekeeper.md)
      --external-data FILE answers for the templates' external_data calls (see kubeward verify --help)
      --grafeas-project ID the Grafeas project of --format grafeas notes and occurrences
                           (projects/ID/notes/RULE; default: kubeward)
      --vuln-report FILE   Trivy or Grype JSON image report (repeatable), read by
                           image-vulnerability-gate as data.kubeward.external.vulnerabilities
      --signatures FILE    verified image signature attestations, JSON
                           {"<image or digest>": [{"keyid": "..."}]}, read by image-signature-required
                           and portieris-signature-required
      --image-policy FILE  Portieris ImagePolicy / ClusterImagePolicy objects (repeatable):
                           the trusted-registry and signature policy, not themselves reported
  -c, --config FILE        kubeward.yaml to use (default: the nearest one upwards from
                           the current directory; "none" for none). Flags win over it.
      --show-suppressed    also list findings silenced by kubeward.io/ignore annotations
                           or kubeward.yaml exceptions (always in json and sarif;
                           policyreport: as skip results)
      --inventory-from DIR objects of DIR (repeatable) feed data.inventory for
                           cross-resource rules but are not reported (pre-commit: report
                           the staged files, judge them against the whole repository)

Rendered inputs (scanned instead of ".", or besides the PATHs given):
      --helm CHART         render CHART (a directory or .tgz) with the pinned \`helm template\`;
                           findings name the chart template and the line in its rendered output
      --values FILE        a values file for --helm (repeatable, later files win)
      --set K=V            a value for --helm (repeatable); reports name only the keys
      --release NAME       the release name (default: kubeward)
  -n, --namespace NS       the release namespace (default: default); namespaced objects
                           without one are scanned in NS, as helm install would create them
      --kube-version V     Capabilities.KubeVersion for the render (e.g. 1.31.0)
      --kustomize DIR      render DIR with the pinned \`kustomize build --enable-helm\`;
                           findings name kustomize:DIR and the line in the rendered output

A live cluster (docs/inputs.md):
      --cluster            read the objects through the Kubernetes API (all namespaces) and
                           scan them with the whole cluster as data.inventory; findings name
                           cluster://CONTEXT/NAMESPACE/KIND/NAME
      --kubeconfig FILE    the kubeconfig (default: $KUBECONFIG, merged, else ~/.kube/config;
                           in a pod without one, the service account)
      --context NAME       the kubeconfig context (default: its current-context)
  -n, --namespace NS       report only NS's objects (cluster-scoped ones still feed the inventory)
      --kinds LIST         kinds to list, comma-separated, repeatable: "Pod,Deployment" exactly
                           those; "+Kind" / "-Kind" add to / remove from the default (what the
                           bundle's rules and cross-resource rules read); "*" every listable kind

An AdmissionReview (admission.k8s.io/v1) file is scanned as its request: request.object
reviewed with the request's operation, user and namespace; DELETE reviews are allowed.

Exit codes: 0 clean, 1 findings at or above --fail-on, 2 errors (they win over 1).`,
  test: `Usage: kubeward test [PATH] [options]

Runs \`opa test\` on the policy library (default: policies/) and evaluates every rule's
examples through the compiled WebAssembly: a denied example must produce a finding of
its rule, an allowed one must not.

Options:
      --coverage           report line coverage per rule file
      --threshold PCT      fail when total coverage is below PCT (implies --coverage)
  -f, --format FORMAT      text | json | junit (default: text)
  -r, --rule ID            only this rule (repeatable)`,
  build: `Usage: kubeward build [options]

Compiles the Rego library with the pinned opa into WebAssembly (content-hash cached: an
unchanged library is not recompiled) and resolves the bundles scan uses.

Options:
  -b, --bundle NAME|FILE   also write a self-contained artefact for this bundle
  -t, --target TARGET      wasm (default) | opa | conftest | gatekeeper | all
      --out DIR            output directory (default: dist/)
      --force              rebuild even when the library is unchanged

OPA, conftest and Gatekeeper (bundle: --bundle, default recommended; see docs/shipping.md):
      --fail-on SEVERITY   findings at or above it deny (admission) / are conftest deny / are
                           Gatekeeper enforcementAction deny; the rest are warnings (Gatekeeper:
                           warn, info: dryrun): critical | high | medium | low | info | none (default: low)
      --signing-key FILE   sign the OPA bundle (.signatures.json): PEM private key, or HMAC secret file
      --signing-alg ALG    RS256 | ES256 | HS256 (default: from the key)
      --signing-key-id ID  keyid in the signature (default: default)
      --signing-scope S    scope claim in the signature (optional)`,
  auditLog: `Usage: kubeward audit-log [FILE... | -] [options]

Runs the audit-log detections (policies/detections/) over Kubernetes API server audit
logs: audit.k8s.io/v1 Events as JSON lines (one Event per line, what --audit-log-path
writes; streamed in constant memory) or one EventList document (parsed whole, up to
256 MiB). - reads stdin. Each alert names the event's auditID, user, verb, object and
time; a line that is not an Event is reported as an error with its line number.

Options:
  -b, --bundle NAME|FILE   detections and parameters to use (default: audit)
  -f, --format FORMAT      text | json | sarif | junit | github | policyreport | html | grafeas
                           (default: text); html is a self-contained compliance report (docs/report.md)
  -o, --output FILE        write the report to FILE instead of stdout
      --fail-on SEVERITY   critical | high | medium | low | info | none (default: low)
      --no-color           never colour text output (NO_COLOR is honoured too)

Exit codes: 0 no alert at or above --fail-on, 1 alerts at or above it, 2 errors.`,
  init: `Usage: kubeward init [--force]

Writes a commented starter kubeward.yaml (docs/configuration.md) and a
.pre-commit-config.yaml with the kubeward-scan hook (docs/ci.md) into the current
directory. Refuses to overwrite either file without --force.`,
  new: `Usage: kubeward new rule CATEGORY/ID [options]

Scaffolds policies/rules/CATEGORY/ID/: policy.rego with METADATA, policy_test.rego,
examples/allowed and examples/denied, README.md. \`kubeward test --rule ID\` passes on
the scaffold as generated; once examples/denied holds what the rule must catch, it fails
until the rule's real logic is written (docs/authoring.md).

Options:
      --policies DIR       the policies directory (default: ./policies)
      --force              overwrite an existing rule folder`,
  serve: `Usage: kubeward serve --tls-cert FILE --tls-key FILE [options]

A validating admission webhook: POST /validate takes an admission.k8s.io/v1 AdmissionReview
and answers with the same uid, allowed, status.message (the blocking findings) and warnings
(findings below --fail-on). GET /healthz, /readyz, /metrics (Prometheus). Logs are JSON lines
on stderr. SIGHUP reloads the bundle (no request dropped); SIGTERM finishes in-flight requests
and exits. The certificate and key are reloaded when their files change.

Options:
      --tls-cert FILE          PEM certificate (chain) to serve
      --tls-key FILE           its PEM private key
  -p, --port N                 port to listen on (default: 8443; 0 picks a free one)
      --host ADDR              address to listen on (default: 0.0.0.0)
  -b, --bundle NAME|FILE       rules and parameters to use (default: recommended); a FILE
                               is watched and reloaded when it changes
      --fail-on SEVERITY       deny at or above it; below it, warn (default: high)
      --failure-policy P       fail | ignore: when kubeward cannot evaluate a request, deny it
                               (allowed=false, code 500) or allow it with a warning (default: fail)
      --exempt-namespace NS    never evaluated (repeatable; default: kube-system)
      --exempt-user NAME       requests by this user are never evaluated (repeatable)
      --max-body-bytes N       larger bodies get 413 (default: 3145728, 3 MiB)
      --request-timeout MS     a body not received within MS gets 408 (default: 10000)
      --shutdown-grace MS      how long SIGTERM waits for in-flight requests (default: 25000)
      --tls-watch-interval MS  how often the certificate files are checked (default: 2000)

Cross-resource rules with a live data.inventory (docs/admission.md):
      --inventory-from-cluster list and watch the kinds cross-resource rules read and keep
                               data.inventory current; /readyz is 503 until the first lists end
      --kubeconfig FILE        the kubeconfig (default: $KUBECONFIG, else ~/.kube/config; in a pod,
                               the service account)
      --context NAME           the kubeconfig context (default: its current-context)
      --inventory-kinds LIST   widen or narrow the watched kinds, as scan --kinds ("+Kind", "-Kind")
      --inventory-debounce MS  gather watch events this long before swapping the inventory in
                               (default: 250)`,
  ui: `Usage: kubeward ui [PATH] [options]

The terminal UI for policy authors (needs a terminal: not under CI, not piped):
  Tests      the library's opa tests and examples, live, as a tree; / filters;
             a failure shows expected vs actual side by side
  Coverage   per-file coverage from opa test --coverage; enter shows the source
             with covered / uncovered lines; n / N jump between uncovered lines
  Findings   scan PATH (default: .) or re-open the last report; group by
             severity, rule or file; detail with remediation and the snippet
  Bundles    pick or compose a bundle and build it for wasm, OPA,
             Gatekeeper or conftest, optionally signed
Keys: tab / 1-4 switch views, arrows or j/k move, ? help, q quit.

Options:
  -w, --watch              re-run the affected rules' tests when policies/ changes
      --policies DIR       the policy library (default: policies/)
  -b, --bundle NAME|FILE   the bundle Findings scans with (default: recommended)
      --out DIR            where Bundles writes artefacts (default: dist/)
      --no-color           no colour (NO_COLOR is honoured too)`,
  verify: `Usage: kubeward verify SUITE_OR_DIR... [options]

Runs Gatekeeper gator Suites (test.gatekeeper.sh/v1alpha1, kind Suite; a directory is searched
recursively for them) in-process: each ConstraintTemplate is compiled once with the pinned opa to
WebAssembly (v0 Rego with --v0-compatible; cached by content), each case's object is reviewed as
gator reviews it (an AdmissionReview by its request), with its inventory as data.inventory and the
Constraint's match, parameters and assertions (violations: yes | no | N, message: RE2 regex) applied
as gator applies them. See docs/gatekeeper.md.

Options:
  -f, --format FORMAT      text | json | junit (default: text)
  -o, --output FILE        write the results to FILE instead of stdout
      --external-data FILE answers for Gatekeeper's external_data builtin, JSON
                           {"<provider>": {"<key>": {"value": ...} | {"error": "..."}}}
      --no-color           never colour text output (NO_COLOR is honoured too)

Exit codes: 0 every case passed, 1 a case failed its assertions, 2 a suite, template,
constraint or object could not be read or compiled (the other suites still run).`,
} as const;

export const MSG = {
  externalDataNeedsTemplates: "--external-data answers Gatekeeper templates' external_data calls; give the templates with --templates DIR.",
  verifyNoInput: "kubeward verify needs a gator Suite file or a directory holding suites. Run with --help for usage.",
  unknownCommand: (cmd: string) => `unknown command "${cmd}". Run kubeward --help for the list.`,
  gatekeeperBuilt: (b: { bundle: string; templates: number; synced: number; cases: number; dir: string; omitted: { rule: string; reason: string }[] }) =>
    `gatekeeper ${b.bundle}: ${b.templates} ConstraintTemplates + Constraints, sync of ${b.synced} kinds, gator suite of ${b.cases} cases → ${b.dir}/` +
    ` (apply: kubectl apply -f ${b.dir}/templates/ then -f ${b.dir}/constraints/ -f ${b.dir}/sync.yaml; test: gator verify ${b.dir}/suite.yaml)\n` +
    groupedOmissions(b.omitted),
  auditLogNoInput: "kubeward audit-log needs an audit log file (or - for stdin). Run with --help for usage.",
  helmOnly: (flag: string) => `${flag} applies to a Helm render; give the chart with --helm CHART.`,
  namespaceNeedsSource: "--namespace applies to a Helm render (--helm CHART) or a cluster scan (--cluster).",
  clusterOnly: (flag: string) => `${flag} applies to a cluster scan; add --cluster.`,
  inventoryNeedsCluster: (flag: string) => `${flag} applies to --inventory-from-cluster.`,
  grafeasOnly: "--grafeas-project applies to --format grafeas.",
  badGrafeasProject: (value: string) =>
    `--grafeas-project must be a Grafeas project id: letters, digits, ".", "_" and "-", starting with a letter or digit (got "${value}")`,
  serveNeedsTls: "kubeward serve needs --tls-cert FILE and --tls-key FILE: the API server only calls webhooks over HTTPS (see docs/admission.md).",
  serveNoPaths: (arg: string) => `kubeward serve takes no paths (got "${arg}"); it answers AdmissionReviews on POST /validate.`,
  notAnInteger: (flag: string, value: string) => `${flag} must be a whole number (got "${value}")`,
  uiNeedsTerminal: (ci: boolean) =>
    `kubeward ui is interactive and needs a terminal, but ${ci ? "CI is set" : "stdout is not a terminal"}. ` +
    "Use kubeward test, kubeward scan or kubeward build for plain output.",
  badChoice: (flag: string, value: string, allowed: readonly string[]) =>
    `${flag} must be one of ${allowed.join(", ")} (got "${value}")`,
  initDone: (files: string[]) =>
    `wrote ${files.join(" and ")}. Next: \`pre-commit install\`, then \`kubeward scan\` (docs/configuration.md, docs/ci.md).`,
  newRuleDone: (dir: string, files: string[], id: string) =>
    `created ${dir}/ (${files.join(", ")}).\nNext: edit examples/denied to what ${id} must catch, then write the logic until \`kubeward test --rule ${id}\` passes.`,
} as const;

/** Omissions with the same reason (e.g. the 29 audit-log detections) as one line naming every rule. */
function groupedOmissions(omitted: readonly { rule: string; reason: string }[]): string {
  const byReason = new Map<string, string[]>();
  for (const o of omitted) byReason.set(o.reason, [...(byReason.get(o.reason) ?? []), o.rule]);
  return [...byReason].map(([reason, rules]) => `  left out ${rules.length === 1 ? rules[0] : `${rules.length} rules (${rules.join(", ")})`}: ${reason}\n`).join("");
}
