// `kubeward init`: a commented starter kubeward.yaml and a .pre-commit-config.yaml that runs the
// kubeward hooks. Refuses to overwrite either file without --force.
import fs from "node:fs";
import path from "node:path";
import { KubewardError } from "../errors.ts";

export const STARTER_CONFIG = `# kubeward.yaml — read by \`kubeward scan\` from this directory and every directory below it.
# Reference: docs/configuration.md. Flags on the command line win over this file.

# Which rules run: recommended (default), all, pss-baseline, pss-restricted, cis, nsa, or a bundle file.
bundle: recommended

# Exit 1 when a finding is at or above this severity: critical | high | medium | low | info | none.
failOn: low

# rules:
#   enable: [pdb-missing]          # add rules to the bundle's selection
#   disable: [latest-tag]          # remove rules from it

# severity:                        # report a rule's findings at another severity
#   run-as-non-root: high

# parameters:                      # per rule id; checked against the rule's own schema
#   privileged-container: {version: latest}

# paths:                           # gitignore-style globs, relative to this file
#   include: ["k8s/**"]
#   exclude: ["k8s/generated/"]

# inventory:                       # cross-resource rules see these objects even when only some files are scanned
#   from: ["."]

# exceptions:                      # accepted findings; a reason is required (else a finding of its own)
#   - rule: privileged-container
#     resource: {kind: DaemonSet, namespace: kube-system, name: "cni-*"}
#     reason: the CNI agent programs the host network (SEC-142)
#     expires: 2027-01-31
`;

export function starterPreCommitConfig(rev: string): string {
  return `# pre-commit (https://pre-commit.com): \`pre-commit install\` once, then every commit is scanned.
# Reference: docs/ci.md.
repos:
  - repo: https://github.com/kubeward/kubeward
    rev: ${rev}
    hooks:
      - id: kubeward-scan          # staged manifests, judged against the whole repository
      # - id: kubeward-helm        # renders charts/ with helm and scans the result
      # - id: kubeward-test        # for policy authors: opa tests + rule examples
`;
}

export interface InitResult {
  written: string[];
}

export function writeStarterFiles(dir: string, opts: { force?: boolean; version: string }): InitResult {
  const files: Record<string, string> = {
    "kubeward.yaml": STARTER_CONFIG,
    ".pre-commit-config.yaml": starterPreCommitConfig(`v${opts.version}`),
  };
  const existing = Object.keys(files).filter((f) => fs.existsSync(path.join(dir, f)));
  if (existing.length > 0 && !opts.force) {
    throw new KubewardError("usage", `${existing.join(" and ")} already ${existing.length === 1 ? "exists" : "exist"} in ${dir}; use --force to overwrite`, { file: path.join(dir, existing[0]!) });
  }
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return { written: Object.keys(files) };
}
