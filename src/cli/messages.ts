// Every user-facing sentence of the CLI in one table, so wording stays consistent and reviewable.
export const HELP = {
  main: `kubeward — Kubernetes security policy-as-code

Usage: kubeward <command> [options]

Commands:
  scan [PATH... | -]   scan manifests (files, directories, stdin) against a bundle
  test [PATH]          run the policy library's unit tests and every rule's examples
  build                compile the Rego library to WebAssembly (dist/)
  ui [PATH]            terminal UI: tests, coverage, findings of PATH, bundles

Options:
  -h, --help           show help (also: kubeward <command> --help)
  -v, --version        print the version

Exit codes: 0 no finding at or above --fail-on, 1 findings at or above it,
2 usage error, unreadable or invalid input, policy or engine error.`,
  scan: `Usage: kubeward scan [PATH... | -] [options]

Scans Kubernetes manifests (.yaml, .yml, .json; directories recursively, honouring
.gitignore and .kubewardignore; - reads stdin) with the compiled policy library.

Options:
  -b, --bundle NAME|FILE   rules and parameters to use (default: recommended)
  -f, --format FORMAT      text | json | sarif | junit | github (default: text)
  -o, --output FILE        write the report to FILE instead of stdout
      --fail-on SEVERITY   critical | high | medium | low | info | none (default: low)
      --no-color           never colour text output (NO_COLOR is honoured too)
      --vuln-report FILE   Trivy or Grype JSON image report (repeatable), read by
                           image-vulnerability-gate as data.kubeward.external.vulnerabilities
      --signatures FILE    verified image signature attestations, JSON
                           {"<image or digest>": [{"keyid": "..."}]}, read by image-signature-required

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
  -t, --target TARGET      wasm (default)
      --out DIR            output directory (default: dist/)
      --force              rebuild even when the library is unchanged`,
  ui: `Usage: kubeward ui [PATH] [options]

The terminal UI for policy authors (needs a terminal: not under CI, not piped):
  Tests      the library's opa tests and examples, live, as a tree; / filters;
             a failure shows expected vs actual side by side
  Coverage   per-file coverage from opa test --coverage; enter shows the source
             with covered / uncovered lines; n / N jump between uncovered lines
  Findings   scan PATH (default: .) or re-open the last report; group by
             severity, rule or file; detail with remediation and the snippet
  Bundles    pick or compose a bundle and build its wasm artefact
Keys: tab / 1-4 switch views, arrows or j/k move, ? help, q quit.

Options:
  -w, --watch              re-run the affected rules' tests when policies/ changes
      --policies DIR       the policy library (default: policies/)
  -b, --bundle NAME|FILE   the bundle Findings scans with (default: recommended)
      --out DIR            where Bundles writes artefacts (default: dist/)
      --no-color           no colour (NO_COLOR is honoured too)`,
} as const;

export const MSG = {
  unknownCommand: (cmd: string) => `unknown command "${cmd}". Run kubeward --help for the list.`,
  targetNotYet: (target: string) =>
    `target ${target} is not available yet in this version of kubeward; use --target wasm.`,
  uiNeedsTerminal: (ci: boolean) =>
    `kubeward ui is interactive and needs a terminal, but ${ci ? "CI is set" : "stdout is not a terminal"}. ` +
    "Use kubeward test, kubeward scan or kubeward build for plain output.",
  badChoice: (flag: string, value: string, allowed: readonly string[]) =>
    `${flag} must be one of ${allowed.join(", ")} (got "${value}")`,
} as const;
