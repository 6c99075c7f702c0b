// Findings: a scan of the target path (s, with its progress while it runs) or the last JSON report
// re-opened (o), grouped by severity, rule or file (g); the detail pane shows the rule's
// description, remediation, controls and the manifest snippet with the finding's line highlighted.
import { useMemo, useState } from "react";
import { Box, Text, useInput } from "ink";
import type { FindingsState } from "../hooks/use-findings.ts";
import { GROUPINGS, groupFindings, snippet, type GroupBy } from "../model/findings-groups.ts";
import { indexOfKey, scrollTop } from "../model/scroll.ts";
import { Paint, type Tone } from "../components/theme.tsx";
import { Busy, ErrorBox } from "../components/spinner-line.tsx";
import { Bar } from "../components/bar.tsx";
import { progressLine } from "../model/scan-progress.ts";

export interface FindingsViewProps {
  state: FindingsState;
  target: string;
  readSource: (file: string) => string;
  onScan: () => void;
  onReopen: () => void;
  active: boolean;
  width: number;
  height: number;
}

const SEVERITY_TONE: Record<string, Tone> = { critical: "fail", high: "fail", medium: "warn", low: "accent", info: "muted" };

export function FindingsView(props: FindingsViewProps) {
  const [by, setBy] = useState<GroupBy>("severity");
  const [selected, setSelected] = useState<string | undefined>(undefined);
  const [top, setTop] = useState(0);
  const findings = props.state.status === "ready" ? props.state.report.findings : [];
  const rows = useMemo(() => groupFindings(findings, by), [findings, by]);
  const keys = rows.map((r) => r.key);
  const index = indexOfKey(keys, selected, 1);
  const wide = props.width >= 120;
  const listHeight = wide ? props.height - 2 : Math.max(4, Math.floor((props.height - 2) * 0.4));

  useInput((input, key) => {
    if (input === "s") props.onScan();
    else if (input === "o") props.onReopen();
    else if (input === "g") setBy((b) => GROUPINGS[(GROUPINGS.indexOf(b) + 1) % GROUPINGS.length] as GroupBy);
    else if (key.downArrow || input === "j") setSelected(keys[Math.min(keys.length - 1, index + 1)]);
    else if (key.upArrow || input === "k") setSelected(keys[Math.max(0, index - 1)]);
    else if (key.pageDown) setSelected(keys[Math.min(keys.length - 1, index + listHeight)]);
    else if (key.pageUp) setSelected(keys[Math.max(0, index - listHeight)]);
  }, { isActive: props.active });

  const s = props.state;
  if (s.status === "idle") return <Paint tone="muted">{`s: scan ${props.target} · o: re-open the last JSON report`}</Paint>;
  if (s.status === "loading") {
    const busy = <Busy text={s.what === "scan" ? `scanning ${props.target}…` : "opening the last report…"} />;
    if (!s.progress) return busy;
    const p = progressLine(s.progress);
    return (
      <Box flexDirection="column">
        {busy}
        <Text wrap="truncate-end">
          <Paint bold>{`${p.phase} `}</Paint>
          {p.pct !== undefined ? <><Bar pct={p.pct} width={20} tone="pass" /><Paint>{` ${p.count}`}</Paint></> : null}
          <Paint tone="muted">{p.label ? `  ${p.label}` : ""}</Paint>
        </Text>
      </Box>
    );
  }
  if (s.status === "error") return <ErrorBox title="could not load findings" message={s.message} maxLines={props.height - 2} />;

  const r = s.report;
  const sum = r.summary;
  const header = (
    <Text wrap="truncate-end">
      <Paint bold>{`${sum.findings} finding${sum.findings === 1 ? "" : "s"}`}</Paint>
      <Paint tone="muted">{` in ${sum.resources} resources, ${sum.files} files · ${sum.errors} errors · bundle ${r.bundle} · ${s.source === "scan" ? `scan of ${props.target}` : "last report"} · by ${by} (g)`}</Paint>
    </Text>
  );
  if (rows.length === 0 && r.errors.length === 0) {
    return <Box flexDirection="column">{header}<Paint tone="pass">✓ no findings</Paint></Box>;
  }
  const t = scrollTop(index, rows.length, listHeight, top);
  if (t !== top) setTop(t);
  const row = rows[index];
  const f = row?.finding;
  const rule = f ? s.rules.find((m) => m.id === f.rule) : undefined;
  const listWidth = wide ? Math.floor(props.width * 0.45) : props.width;
  const list = (
    <Box flexDirection="column" width={listWidth} height={listHeight}>
      {rows.slice(t, t + listHeight).map((x) => x.header ? (
        <Paint key={x.key} bold tone={by === "severity" ? SEVERITY_TONE[x.header.label] : "accent"}>{`${x.header.label} (${x.header.count})`}</Paint>
      ) : (
        <Paint key={x.key} inverse={x.key === row?.key}>{`  ${x.finding?.rule} ${x.finding?.resource.kind}/${x.finding?.resource.name} ${x.finding?.file}:${x.finding?.line}`}</Paint>
      ))}
    </Box>
  );
  const detailHeight = wide ? props.height - 2 : props.height - 2 - listHeight;
  let detail = <Paint tone="muted">select a finding</Paint>;
  if (f) {
    let snip: ReturnType<typeof snippet> = [];
    let snipError: string | undefined;
    try {
      snip = snippet(props.readSource(f.file), f.line, 2);
    } catch (e) {
      snipError = `cannot read ${f.file}: ${(e as Error).message}`;
    }
    detail = (
      <Box flexDirection="column" height={detailHeight}>
        <Text wrap="truncate-end"><Paint tone={SEVERITY_TONE[f.severity]} bold>{`${f.severity.toUpperCase()} `}</Paint><Paint bold>{f.title}</Paint><Paint tone="muted">{` (${f.rule})`}</Paint></Text>
        <Paint wrap="wrap">{f.message}</Paint>
        {rule ? <Paint tone="muted" wrap="truncate-end">{rule.description}</Paint> : null}
        <Paint wrap="truncate-end">{`fix: ${rule?.remediation ?? "(rule not in this library's catalogue)"}`}</Paint>
        <Paint tone="muted" wrap="truncate-end">{`controls: ${f.controls.join(", ") || "—"}`}</Paint>
        <Paint tone="accent">{`${f.file}:${f.line}${f.path ? `  ${f.path}` : ""}`}</Paint>
        {snipError ? <Paint tone="fail">{snipError}</Paint> : snip.map((l) => (
          <Paint key={l.line} inverse={l.hit} tone={l.hit ? "fail" : undefined}>{`${l.hit ? "›" : " "}${String(l.line).padStart(4)} ${l.text}`}</Paint>
        ))}
      </Box>
    );
  }
  return (
    <Box flexDirection="column" height={props.height}>
      {header}
      {r.errors.length > 0 ? <Paint tone="fail">{`✗ ${r.errors[0]?.file}${r.errors[0]?.line ? `:${r.errors[0].line}` : ""}: ${r.errors[0]?.message}${r.errors.length > 1 ? ` (+${r.errors.length - 1} more)` : ""}`}</Paint> : null}
      <Box flexDirection={wide ? "row" : "column"}>
        {list}
        <Box flexDirection="column" marginLeft={wide ? 1 : 0}>{detail}</Box>
      </Box>
    </Box>
  );
}
