#!/bin/sh
# Any CI system: scan the manifests, keep machine-readable reports, fail on findings.
#   KUBEWARD       the command (default: kubeward)
#   KUBEWARD_OUT   where the reports go (default: kubeward-reports)
# Exit status: kubeward's — 0 clean, 1 findings at or above failOn, 2 errors. docs/ci.md.
set -eu
kubeward=${KUBEWARD:-kubeward}
out=${KUBEWARD_OUT:-kubeward-reports}
mkdir -p "$out"
# shellcheck disable=SC2086 # KUBEWARD may be "node path/to/bin/kubeward.js"
$kubeward scan "$@" --format sarif --output "$out/kubeward.sarif" --fail-on none
# shellcheck disable=SC2086
$kubeward scan "$@" --format junit --output "$out/kubeward-junit.xml" --fail-on none
# The gate last, in the log people read; kubeward.yaml's failOn applies unless --fail-on is passed.
status=0
# shellcheck disable=SC2086
$kubeward scan "$@" || status=$?
echo "kubeward: reports in $out/ (exit $status)"
exit $status
