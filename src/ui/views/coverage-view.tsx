// Coverage: a sortable per-file table with bars, and the source of the selected file with a
// covered / uncovered / not-executable gutter; n / N jump between uncovered lines.
import { useMemo, useState } from "react";
import { Box, Text, useInput } from "ink";
import type { CoverageState } from "../hooks/use-coverage.ts";
import { COVERAGE_SORTS, coverageLabel, gutterLines, nextUncovered, sortCoverage, type CoverageSort, type SourceLine } from "../model/coverage-lines.ts";
import { scrollTop } from "../model/scroll.ts";
import { Paint } from "../components/theme.tsx";
import { Bar } from "../components/bar.tsx";
import { Busy, ErrorBox } from "../components/spinner-line.tsx";

export interface CoverageViewProps {
  state: CoverageState;
  readSource: (file: string) => string;
  active: boolean;
  width: number;
  height: number;
}

const GUTTER: Record<SourceLine["mark"], string> = { covered: "▌", uncovered: "✗", none: " " };

export function CoverageView(props: CoverageViewProps) {
  const [sort, setSort] = useState<CoverageSort>("coverage");
  const [index, setIndex] = useState(0);
  const [top, setTop] = useState(0);
  const [openFile, setOpenFile] = useState<string | undefined>(undefined);
  const [cursor, setCursor] = useState(0);
  const [srcTop, setSrcTop] = useState(0);

  const files = useMemo(() => (props.state.status === "ready" ? sortCoverage(props.state.coverage, sort) : []), [props.state, sort]);
  const file = files.find((f) => f.file === openFile);
  const lines = useMemo(() => {
    if (!file) return [];
    try {
      return gutterLines(props.readSource(file.file), file);
    } catch (e) {
      return [{ line: 1, text: `cannot read ${file.file}: ${(e as Error).message}`, mark: "none" as const }];
    }
  }, [file, props]);
  const bodyHeight = Math.max(3, props.height - 3);

  useInput((input, key) => {
    if (file) {
      if (key.escape || key.backspace || key.leftArrow || input === "h") setOpenFile(undefined);
      else if (key.downArrow || input === "j") setCursor((c) => Math.min(lines.length - 1, c + 1));
      else if (key.upArrow || input === "k") setCursor((c) => Math.max(0, c - 1));
      else if (key.pageDown) setCursor((c) => Math.min(lines.length - 1, c + bodyHeight));
      else if (key.pageUp) setCursor((c) => Math.max(0, c - bodyHeight));
      else if (input === "n" || input === "N") {
        const next = nextUncovered(lines, cursor, input === "n" ? 1 : -1);
        if (next >= 0) setCursor(next);
      }
      return;
    }
    if (key.downArrow || input === "j") setIndex((i) => Math.min(files.length - 1, i + 1));
    else if (key.upArrow || input === "k") setIndex((i) => Math.max(0, i - 1));
    else if (key.pageDown) setIndex((i) => Math.min(files.length - 1, i + bodyHeight));
    else if (key.pageUp) setIndex((i) => Math.max(0, i - bodyHeight));
    else if (input === "s") setSort((s) => COVERAGE_SORTS[(COVERAGE_SORTS.indexOf(s) + 1) % COVERAGE_SORTS.length] as CoverageSort);
    else if (key.return || key.rightArrow || input === "l") {
      const f = files[index];
      if (f) {
        setOpenFile(f.file);
        const first = nextUncovered(f.notCovered.length ? gutterLines(props.readSource(f.file), f) : [], -1, 1);
        setCursor(Math.max(0, first));
      }
    }
  }, { isActive: props.active });

  const s = props.state;
  if (s.status === "error") return <ErrorBox title="opa test --coverage failed" message={s.message} maxLines={props.height - 2} />;
  if (s.status !== "ready") return <Busy text="running opa test --coverage (the whole library; this takes a while)…" />;
  if (files.length === 0) return <Paint tone="muted">opa reported no coverage (no policy files?)</Paint>;

  if (file) {
    const t = scrollTop(cursor, lines.length, bodyHeight, srcTop);
    if (t !== srcTop) setSrcTop(t);
    const uncovered = lines.filter((l) => l.mark === "uncovered").length;
    return (
      <Box flexDirection="column" height={props.height}>
        <Text wrap="truncate-end">
          <Paint bold>{coverageLabel(file.file)}</Paint>
          <Paint tone="muted">{`  ${file.coverage.toFixed(1)}% · ${uncovered} uncovered line${uncovered === 1 ? "" : "s"} · n/N jump · esc back`}</Paint>
        </Text>
        <Paint tone="muted">{"▌ covered  ✗ not covered  (blank) not executable"}</Paint>
        {lines.slice(t, t + bodyHeight).map((l, i) => (
          <Text key={l.line} wrap="truncate-end" inverse={t + i === cursor}>
            <Paint tone={l.mark === "covered" ? "pass" : l.mark === "uncovered" ? "fail" : undefined}>{GUTTER[l.mark]}</Paint>
            <Paint tone="muted">{`${String(l.line).padStart(4)} `}</Paint>
            <Paint tone={l.mark === "uncovered" ? "fail" : undefined}>{l.text}</Paint>
          </Text>
        ))}
      </Box>
    );
  }

  const t = scrollTop(index, files.length, bodyHeight, top);
  if (t !== top) setTop(t);
  const barWidth = Math.max(10, Math.min(30, props.width - 60));
  const nameWidth = Math.max(20, props.width - barWidth - 24);
  return (
    <Box flexDirection="column" height={props.height}>
      <Text wrap="truncate-end">
        <Paint bold>{`total ${s.coverage.total.toFixed(1)}%`}</Paint>
        <Paint tone="muted">{`  ${files.length} files${s.reused ? " · cached" : ""} · sorted by ${sort} (s) · enter: source`}</Paint>
      </Text>
      <Paint tone="muted">{`${"file".padEnd(nameWidth)} ${"cover".padStart(6)}  ${"bar".padEnd(barWidth)} uncov`}</Paint>
      {files.slice(t, t + bodyHeight).map((f, i) => {
        const name = coverageLabel(f.file);
        const tone = f.coverage >= 95 ? "pass" : f.coverage >= 80 ? "warn" : "fail";
        return (
          <Text key={f.file} wrap="truncate-end">
            <Paint inverse={t + i === index}>{(name.length > nameWidth ? `${name.slice(0, nameWidth - 1)}…` : name).padEnd(nameWidth)}</Paint>
            <Paint tone={tone}>{` ${f.coverage.toFixed(1).padStart(5)}%  `}</Paint>
            <Bar pct={f.coverage} width={barWidth} tone={tone} />
            <Paint tone="muted">{` ${String(f.notCoveredLines).padStart(4)}`}</Paint>
          </Text>
        );
      })}
    </Box>
  );
}
