// The UI's root: four views behind tabs, global keys (tab, 1-4, ?, q), and the hooks that turn
// kubeward's typed streams into state. Views only draw what they are given.
import { useCallback, useRef, useState } from "react";
import { Box, useApp, useInput, useStdout } from "ink";
import type { UiServices } from "./services.ts";
import { ColorContext } from "./components/theme.tsx";
import { TabBar } from "./components/tab-bar.tsx";
import { Paint } from "./components/theme.tsx";
import { useTestStream } from "./hooks/use-test-stream.ts";
import { useLibraryWatch } from "./hooks/use-library-watch.ts";
import { useCoverage } from "./hooks/use-coverage.ts";
import { useFindings } from "./hooks/use-findings.ts";
import { useBundleBuild } from "./hooks/use-bundle-build.ts";
import { TestsView } from "./views/tests-view.tsx";
import { CoverageView } from "./views/coverage-view.tsx";
import { FindingsView } from "./views/findings-view.tsx";
import { BundlesView } from "./views/bundles-view.tsx";
import { HelpView } from "./views/help-view.tsx";

export const TABS = ["Tests", "Coverage", "Findings", "Bundles"] as const;
export type TabName = (typeof TABS)[number];

export interface AppProps {
  services: UiServices;
  color: boolean;
  initialTab?: TabName;
  /** Fixed size for tests; the terminal's size otherwise (at least 80×24 is assumed). */
  size?: { columns: number; rows: number };
}

export function App(props: AppProps) {
  const { services } = props;
  const { exit } = useApp();
  const { stdout } = useStdout();
  const columns = props.size?.columns ?? Math.max(40, stdout.columns || 80);
  const rows = props.size?.rows ?? Math.max(10, stdout.rows || 24);
  const [tab, setTab] = useState(Math.max(0, TABS.indexOf(props.initialTab ?? "Tests")));
  const [help, setHelp] = useState(false);
  const [capturing, setCapturingState] = useState(false);
  // Read by the input handler, which may run before a re-render: a ref sees the change at once.
  const capturingRef = useRef(false);
  const setCapturing = useCallback((on: boolean) => {
    capturingRef.current = on;
    setCapturingState(on);
  }, []);

  const tests = useTestStream(services);
  const watch = useLibraryWatch(services, useCallback((change) => {
    tests.run(change.rules, change.examplesOnly, change.libTests);
  }, [tests.run]));
  const coverage = useCoverage(services, TABS[tab] === "Coverage", watch.changes);
  const findings = useFindings(services);
  const build = useBundleBuild(services);
  const [catalog] = useState(() => services.catalog());
  const [bundles] = useState(() => services.listBundles());
  const [targets] = useState(() => services.buildTargets());
  const categories = [...new Set(catalog.map((r) => r.category))].sort();

  const switchTo = (i: number) => {
    setTab(i);
    if (TABS[i] === "Findings" && findings.state.status === "idle") findings.scan();
  };
  useInput((input, key) => {
    if (help) { setHelp(false); return; }
    if (key.ctrl && input === "c") { exit(); return; }
    if (capturingRef.current) return;
    if (input === "q") exit();
    else if (input === "?") setHelp(true);
    else if (key.tab) switchTo((tab + (key.shift ? TABS.length - 1 : 1)) % TABS.length);
    else if (/^[1-4]$/.test(input)) switchTo(Number(input) - 1);
  });

  const height = rows - 2;
  const active = !help;
  const name = TABS[tab];
  return (
    <ColorContext.Provider value={props.color}>
      <Box flexDirection="column" width={columns} height={rows}>
        <TabBar tabs={TABS} active={tab} right="? help · q quit" />
        <Box height={1} />
        {help ? <HelpView /> : null}
        <Box display={help ? "none" : "flex"} flexDirection="column">
          {name === "Tests" ? (
            <TestsView state={tests.state} watching={watch.watching} lastChange={watch.last} active={active} width={columns} height={height - 1} onCapture={setCapturing} onRerun={() => tests.run("all")} />
          ) : name === "Coverage" ? (
            <CoverageView state={coverage} readSource={services.readSource} active={active} width={columns} height={height - 1} />
          ) : name === "Findings" ? (
            <FindingsView state={findings.state} target={services.scanTarget} readSource={services.readSource} onScan={findings.scan} onReopen={findings.reopen} active={active} width={columns} height={height - 1} />
          ) : (
            <BundlesView bundles={bundles} categories={categories} targets={targets} build={build.state} active={active} width={columns} height={height - 1}
              onBuild={build.build} rules={catalog} validateParameters={services.validateParameters} onCapture={setCapturing} />
          )}
        </Box>
        {capturing ? <Paint tone="muted">{name === "Bundles" ? "typing: enter keeps it (parameters are checked first), esc cancels" : "typing a filter: enter keeps it, esc clears it"}</Paint> : null}
      </Box>
    </ColorContext.Provider>
  );
}
