// One hook per stream: a scan of the target path, or the last JSON report re-opened.
import { useCallback, useState } from "react";
import type { JsonReport } from "../../report/json-report.ts";
import type { UiServices } from "../services.ts";

export type FindingsState =
  | { status: "idle" }
  | { status: "loading"; what: "scan" | "report" }
  | { status: "ready"; report: JsonReport; source: "scan" | "report" }
  | { status: "error"; message: string };

export function useFindings(services: Pick<UiServices, "scan" | "openLastReport">) {
  const [state, setState] = useState<FindingsState>({ status: "idle" });
  const load = useCallback((what: "scan" | "report") => {
    setState({ status: "loading", what });
    (what === "scan" ? services.scan() : services.openLastReport()).then(
      (report) => setState({ status: "ready", report, source: what }),
      (e: unknown) => setState({ status: "error", message: e instanceof Error ? e.message : String(e) }),
    );
  }, [services]);
  return { state, scan: () => load("scan"), reopen: () => load("report") };
}
