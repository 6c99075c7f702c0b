// Tests: the live category → rule → test tree, counts, a `/` filter and expected-vs-actual for a
// failure. Selection is held by key, so re-runs (watch mode) keep it and the scroll position.
import { useMemo, useRef, useState } from "react";
import { Box, Text, useInput } from "ink";
import type { LibraryChange } from "../../policy/watch-library.ts";
import { countLeaves, treeRows, type TestTreeState } from "../model/test-tree.ts";
import { indexOfKey, scrollTop } from "../model/scroll.ts";
import { MARK, Paint, toneOf } from "../components/theme.tsx";
import { SideBySide } from "../components/side-by-side.tsx";
import { ErrorBox } from "../components/spinner-line.tsx";

export interface TestsViewProps {
  state: TestTreeState;
  watching: boolean;
  lastChange?: LibraryChange;
  active: boolean;
  width: number;
  height: number;
  onCapture?: (capturing: boolean) => void;
  onRerun?: () => void;
}

const PHASE: Record<TestTreeState["phase"], string> = {
  idle: "waiting",
  compile: "compiling the library…",
  opa: "running opa unit tests…",
  examples: "running examples through the wasm…",
  coverage: "measuring coverage…",
  done: "done",
};

export function secs(ms: number): string {
  return ms >= 1000 ? `${(ms / 1000).toFixed(1)} s` : `${ms.toFixed(ms < 10 ? 1 : 0)} ms`;
}

/** Pure: the watch line — what changed and what it re-runs (kept after the run, unlike the header's scope). */
export function describeChange(change: LibraryChange): string {
  const tests = change.libTests?.length ?? 0;
  const libTests = tests > 0 ? ` + ${tests} lib test file${tests === 1 ? "" : "s"}` : "";
  const what = change.rules === "all" ? "every rule"
    : change.rules.length > 0 ? `${change.rules.length} rule${change.rules.length === 1 ? "" : "s"}${libTests}${change.examplesOnly ? " (examples only)" : ""}`
    : tests > 0 ? `lib tests only (${tests} file${tests === 1 ? "" : "s"}): no rule's code changed`
    : "nothing: no rule's code changed";
  return `changed: ${change.files.join(", ")} → ${what}`;
}

export function TestsView(props: TestsViewProps) {
  const { state } = props;
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [filter, setFilter] = useState("");
  const [editing, setEditingState] = useState(false);
  // Keys typed right after "/" arrive before React re-subscribes the input handler; a ref lets
  // that handler see the mode switch at once, so no typed character is taken for a command.
  const editingRef = useRef(false);
  const setEditing = (on: boolean) => {
    editingRef.current = on;
    setEditingState(on);
  };
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(new Set());
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [top, setTop] = useState(0);

  const rows = useMemo(() => treeRows(state, filter, expanded, collapsed), [state, filter, expanded, collapsed]);
  const keys = rows.map((r) => r.key);
  const index = indexOfKey(keys, selected, 0);
  const row = rows[index];
  const failure = row?.leaf && row.leaf.outcome !== "pass" && row.leaf.outcome !== "skip" ? row.leaf : undefined;
  const detailHeight = failure ? Math.min(8, Math.max(4, (failure.actual?.length ?? 1) + 3)) : 0;
  const listHeight = Math.max(3, props.height - 3 - (editing || filter ? 1 : 0) - detailHeight);
  const windowTop = scrollTop(index, rows.length, listHeight, top);
  if (windowTop !== top) setTop(windowTop);

  const select = (i: number) => {
    const k = keys[Math.max(0, Math.min(keys.length - 1, i))];
    if (k !== undefined) setSelected(k);
  };
  const toggle = (open: boolean) => {
    if (!row || row.leaf) return;
    const add = (s: ReadonlySet<string>) => new Set([...s, row.key]);
    const del = (s: ReadonlySet<string>) => new Set([...s].filter((k) => k !== row.key));
    if (open) { setExpanded(add); setCollapsed(del); } else { setCollapsed(add); setExpanded(del); }
  };

  useInput((input, key) => {
    if (editingRef.current) {
      // A fast typist or a paste delivers several characters, Enter included, in one chunk.
      const ends = key.return || key.escape || /[\r\n]/.test(input);
      const text = key.return || key.escape ? "" : input.replace(/[\r\n][\s\S]*$/, "");
      if (key.backspace || key.delete) setFilter((f) => f.slice(0, -1));
      else if (text && !key.ctrl && !key.meta) setFilter((f) => f + text);
      if (ends) {
        if (key.escape) setFilter("");
        setEditing(false);
        props.onCapture?.(false);
      }
      return;
    }
    if (input === "/") { setEditing(true); props.onCapture?.(true); return; }
    if (key.downArrow || input === "j") select(index + 1);
    else if (key.upArrow || input === "k") select(index - 1);
    else if (key.pageDown) select(index + listHeight);
    else if (key.pageUp) select(index - listHeight);
    else if (input === "g") select(0);
    else if (input === "G") select(rows.length - 1);
    else if (key.rightArrow || input === "l" || input === " " || key.return) toggle(row?.collapsed ?? false);
    else if (key.leftArrow || input === "h") toggle(false);
    else if (key.escape && filter) setFilter("");
    else if (input === "r") props.onRerun?.();
  }, { isActive: props.active });

  const all = countLeaves(Object.values(state.leaves));
  const running = state.phase !== "done" && state.phase !== "idle";
  const scope = state.scope.length === 0 ? "" : state.scope.length <= 3 ? ` (re-running ${state.scope.join(", ")})` : ` (re-running ${state.scope.length} rules)`;
  return (
    <Box flexDirection="column" height={props.height}>
      {/* One line of text, so a long status is cut at its end rather than squeezing the counts. */}
      <Text wrap="truncate-end">
        <Paint tone="pass">{`${MARK.pass} ${all.pass} passed  `}</Paint>
        <Paint tone={all.fail ? "fail" : undefined} bold={all.fail > 0}>{`${MARK.fail} ${all.fail} failed  `}</Paint>
        <Paint tone="skip">{`${MARK.skip} ${all.skip} skipped  `}</Paint>
        <Paint tone="muted">{`${secs(all.durationMs)} · ${running ? PHASE[state.phase] + scope : PHASE[state.phase]}${props.watching ? " · watching" : ""}`}</Paint>
      </Text>
      {props.watching && props.lastChange ? <Paint tone="muted">{describeChange(props.lastChange)}</Paint> : <Text> </Text>}
      {editing || filter ? <Paint tone="accent">{`/${filter}${editing ? "▏" : ""}`}</Paint> : null}
      {state.error ? (
        <ErrorBox title="opa could not run the tests" message={state.error} maxLines={listHeight} />
      ) : rows.length === 0 ? (
        <Paint tone="muted">{running ? PHASE[state.phase] : filter ? `no test matches "${filter}"` : "no tests found"}</Paint>
      ) : (
        <Box flexDirection="column" height={listHeight}>
          {rows.slice(windowTop, windowTop + listHeight).map((r) => {
            const status = r.counts.fail ? "fail" : r.counts.pass === 0 && r.counts.skip ? "skip" : "pass";
            const icon = r.leaf ? MARK[r.leaf.outcome] : r.collapsed ? "▸" : "▾";
            const counts = r.leaf ? secs(r.leaf.durationMs) : `${r.counts.pass}/${r.counts.pass + r.counts.fail}${r.counts.skip ? ` ○${r.counts.skip}` : ""}  ${secs(r.counts.durationMs)}`;
            const label = `${"  ".repeat(r.depth)}${icon} ${r.label}`;
            const room = Math.max(8, props.width - counts.length - 2);
            return (
              <Box key={r.key}>
                <Paint inverse={r.key === row?.key} tone={toneOf(status)}>{label.length > room ? `${label.slice(0, room - 1)}…` : label.padEnd(room)}</Paint>
                <Paint tone="muted">{`  ${counts}`}</Paint>
              </Box>
            );
          })}
        </Box>
      )}
      {failure ? (
        <Box flexDirection="column" width={props.width} borderStyle="single" borderLeft={false} borderRight={false} borderBottom={false}>
          <Paint tone="muted">{`${failure.rule} › ${failure.name}${failure.where ? `  (${failure.where})` : ""}`}</Paint>
          <SideBySide left={failure.expected ?? []} right={(failure.actual ?? []).slice(0, 5)} width={props.width} />
        </Box>
      ) : null}
    </Box>
  );
}
