// One hook per stream: `opa test --coverage`, loaded the first time the Coverage view is shown.
import { useEffect, useState } from "react";
import type { Coverage } from "../../policy/opa-test.ts";
import type { UiServices } from "../services.ts";

export type CoverageState = { status: "idle" | "loading" } | { status: "ready"; coverage: Coverage } | { status: "error"; message: string };

export function useCoverage(services: Pick<UiServices, "loadCoverage">, wanted: boolean): CoverageState {
  const [state, setState] = useState<CoverageState>({ status: "idle" });
  useEffect(() => {
    if (!wanted || state.status !== "idle") return;
    setState({ status: "loading" });
    services.loadCoverage().then(
      (coverage) => setState({ status: "ready", coverage }),
      (e: unknown) => setState({ status: "error", message: e instanceof Error ? e.message : String(e) }),
    );
  }, [wanted, state.status, services]);
  return state;
}
