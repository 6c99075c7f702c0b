#!/bin/sh
# pre-commit hook: for every Helm chart a staged file belongs to (the nearest directory above it
# with a Chart.yaml), render it with `helm template` and scan the result with kubeward. Extra hook
# args before `--` go to kubeward scan (e.g. --fail-on high). Exit status: the worst of the scans.
# KUBEWARD (default: kubeward on PATH) and KUBEWARD_HELM (default: helm) name the commands.
set -u
kubeward=${KUBEWARD:-kubeward}
helm=${KUBEWARD_HELM:-helm}
args=""
while [ $# -gt 0 ] && [ "$1" != "--" ]; do
  case "$1" in
    -*) args="$args $1"; if [ $# -gt 1 ] && [ "${2#-}" = "$2" ] && [ ! -e "$2" ]; then args="$args $2"; shift; fi ;;
    *) break ;;
  esac
  shift
done
[ "${1:-}" = "--" ] && shift
charts=""
for f in "$@"; do
  d=$(dirname "$f")
  while [ "$d" != "." ] && [ "$d" != "/" ] && [ ! -f "$d/Chart.yaml" ]; do d=$(dirname "$d"); done
  if [ -f "$d/Chart.yaml" ]; then
    case " $charts " in *" $d "*) ;; *) charts="$charts $d" ;; esac
  fi
done
status=0
for chart in $charts; do
  echo "kubeward: helm template $chart"
  rendered=$(mktemp)
  if ! $helm template kubeward-check "$chart" > "$rendered"; then
    echo "kubeward: helm template $chart failed" >&2
    rm -f "$rendered"; status=2; continue
  fi
  # shellcheck disable=SC2086 # args are split on purpose
  $kubeward scan - $args < "$rendered"
  s=$?
  rm -f "$rendered"
  [ $s -gt $status ] && status=$s
done
exit $status
