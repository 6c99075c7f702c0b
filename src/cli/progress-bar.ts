// The cluster scan's progress on a terminal: one line on stderr, redrawn in place, erased when
// done. Not a TTY, or CI set: nothing at all (logs and pipes get no control characters).
import type { ClusterProgress } from "../sources/kube/read-cluster.ts";
import type { CliIo } from "./io.ts";

const WIDTH = 24;

export function clusterProgressBar(io: CliIo, context: string): { update: (p: ClusterProgress) => void; done: () => void } | undefined {
  const ci = io.env.CI !== undefined && io.env.CI !== "" && io.env.CI !== "false" && io.env.CI !== "0";
  if (io.stderr.isTTY !== true || ci) return undefined;
  let drawn = false;
  return {
    update(p) {
      const filled = p.kindsTotal === 0 ? WIDTH : Math.round((p.kindsDone / p.kindsTotal) * WIDTH);
      const bar = `${"█".repeat(filled)}${"░".repeat(WIDTH - filled)}`;
      const last = p.kind ? ` · ${p.kind}` : "";
      io.stderr.write(`\r\x1b[K${bar} ${p.kindsDone}/${p.kindsTotal} kinds · ${p.objects} objects from ${context}${last}`);
      drawn = true;
    },
    done() {
      if (drawn) io.stderr.write("\r\x1b[K");
    },
  };
}
