#!/usr/bin/env node
// `npm run demo`: a real scan of examples/ with the recommended bundle. Findings are the point of
// the demo, so exit 1 from the scan (findings) is success here; exit 2 (an error) is not.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
console.log("\n$ kubeward scan examples/\n");
const r = spawnSync(process.execPath, [path.join(root, "bin", "kubeward.js"), "scan", "examples/"], { cwd: root, stdio: "inherit" });
if (r.status === 2 || r.status === null) {
  console.error("\ndemo: the scan failed (exit 2); see the errors above.");
  process.exit(2);
}
console.log(`
The scan exited ${r.status} (${r.status === 1 ? "findings at or above --fail-on low" : "no findings"}). Next:
  node bin/kubeward.js scan examples/ --format json      # the JSON report (DESIGN.md §5)
  node bin/kubeward.js scan examples/ --format sarif -o kubeward.sarif
  node bin/kubeward.js test                              # the library's tests and examples
  node bin/kubeward.js scan examples/rbac                # RBAC: who can do what, with the path of grants
  node bin/kubeward.js scan examples/network             # network exposure across objects
  node bin/kubeward.js scan examples/cis --bundle cis    # CIS control plane and nodes
  node bin/kubeward.js audit-log examples/audit/cluster-day.jsonl   # a day of audit log with an intrusion
  node bin/kubeward.js scan --helm examples/helm/shop --values examples/helm/shop/values-insecure.yaml
`);
process.exit(0);
