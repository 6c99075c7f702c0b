// One hook per stream: a scan of the target path (with its progress), or the last JSON report re-opened.
import { useCallback, useRef, useState } from "react";
import type { JsonReport } from "../../report/json-report.ts";
import type { ScanProgress } from "../../scan.ts";
import type { RuleMeta } from "../../types.ts";
import type { UiServices } from "../services.ts";

export type FindingsState =
  | { status: "idle" }
  | { status: "loading"; what: "scan" | "report"; progress?: ScanProgress }
  | { status: "ready"; report: JsonReport; rules: RuleMeta[]; source: "scan" | "report" }
  | { status: "error"; message: string };

/**
 * Whether a progress report is worth a re-render: a new phase, a phase's end, or at least 1 % more
 * of it. The scan reports every file it parses; the screen needs far fewer frames than that.
 */
export function progressWorthShowing(shown: ScanProgress | undefined, next: ScanProgress): boolean {
  if (!shown || shown.phase !== next.phase || next.done >= next.total) return true;
  return next.done - shown.done >= Math.max(1, next.total / 100);
}

export function useFindings(services: Pick<UiServices, "scan" | "openLastReport">) {
  const [state, setState] = useState<FindingsState>({ status: "idle" });
  const generation = useRef(0);
  const load = useCallback((what: "scan" | "report") => {
    const mine = ++generation.current;
    let shown: ScanProgress | undefined;
    const onProgress = (p: ScanProgress) => {
      if (mine !== generation.current || !progressWorthShowing(shown, p)) return;
      shown = p;
      setState({ status: "loading", what, progress: p });
    };
    setState({ status: "loading", what });
    (what === "scan" ? services.scan(onProgress) : services.openLastReport()).then(
      ({ report, rules }) => {
        if (mine === generation.current) setState({ status: "ready", report, rules, source: what });
      },
      (e: unknown) => {
        if (mine === generation.current) setState({ status: "error", message: e instanceof Error ? e.message : String(e) });
      },
    );
  }, [services]);
  return { state, scan: () => load("scan"), reopen: () => load("report") };
}
