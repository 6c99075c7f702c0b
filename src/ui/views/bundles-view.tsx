// Bundles: pick a bundle (or compose one: categories, single rules, per-rule parameters checked
// against each rule's parameters schema as you commit them), build it with a progress display, and
// see the artefact: path, size, revision, rule count, entrypoints.
import { useState } from "react";
import { Box, Text, useInput } from "ink";
import type { RuleMeta } from "../../types.ts";
import type { BuildState } from "../hooks/use-bundle-build.ts";
import type { BundleChoice } from "../services.ts";
import { Paint } from "../components/theme.tsx";
import { Bar } from "../components/bar.tsx";
import { ErrorBox } from "../components/spinner-line.tsx";
import { secs } from "./tests-view.tsx";

export interface BundlesViewProps {
  bundles: string[];
  categories: string[];
  build: BuildState;
  onBuild: (choice: BundleChoice) => void;
  /** The catalogue, for composing from single rules and editing their parameters. */
  rules?: RuleMeta[];
  /** Problems with a rule's parameters, empty when valid (the bundle files' own check). */
  validateParameters?: (rule: string, parameters: Record<string, unknown>) => string[];
  /** Told while the parameter editor takes keystrokes, so the app's own keys (q, tab) wait. */
  onCapture?: (capturing: boolean) => void;
  active: boolean;
  width: number;
  height: number;
}

export const TARGETS_NOTE = "target: wasm (opa, gatekeeper and conftest targets are not in this version)";

type Row = { kind: "category"; name: string } | { kind: "rule"; rule: RuleMeta };

/** Pure: a parameter edit's text as an object, or why it is not one. */
export function parseParameters(text: string): { value?: Record<string, unknown>; problem?: string } {
  if (text.trim() === "") return { value: {} };
  try {
    const value = JSON.parse(text) as unknown;
    if (value === null || typeof value !== "object" || Array.isArray(value)) return { problem: "parameters are a JSON object, e.g. {\"max\": 3}" };
    return { value: value as Record<string, unknown> };
  } catch (e) {
    return { problem: `not JSON: ${(e as Error).message}` };
  }
}

export function BundlesView(props: BundlesViewProps) {
  const [index, setIndex] = useState(0);
  const [composing, setComposing] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [pickedRules, setPickedRules] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [params, setParams] = useState<Readonly<Record<string, Record<string, unknown>>>>({});
  const [editing, setEditing] = useState<{ rule: string; text: string; problems: string[] } | undefined>(undefined);
  const rows: Row[] = composing
    ? props.categories.flatMap((name): Row[] => [{ kind: "category", name }, ...(open.has(name) ? (props.rules ?? []).filter((r) => r.category === name).map((rule): Row => ({ kind: "rule", rule })) : [])])
    : props.bundles.map((name) => ({ kind: "category", name }));
  const busy = props.build.status === "building";
  const row = rows[Math.min(index, rows.length - 1)];
  const toggle = (set: ReadonlySet<string>, x: string) => (set.has(x) ? new Set([...set].filter((y) => y !== x)) : new Set([...set, x]));
  const edit = (next: typeof editing) => {
    setEditing(next);
    props.onCapture?.(next !== undefined);
  };

  useInput((input, key) => {
    if (editing) {
      if (key.escape) edit(undefined);
      else if (key.return) {
        const parsed = parseParameters(editing.text);
        const problems = parsed.problem ? [parsed.problem] : (props.validateParameters?.(editing.rule, parsed.value ?? {}) ?? []);
        if (problems.length > 0) setEditing({ ...editing, problems });
        else {
          const value = parsed.value ?? {};
          setParams((p) => {
            const { [editing.rule]: _old, ...rest } = p;
            return Object.keys(value).length > 0 ? { ...rest, [editing.rule]: value } : rest;
          });
          setPickedRules((p) => new Set([...p, editing.rule]));
          edit(undefined);
        }
      } else if (key.backspace || key.delete) setEditing({ ...editing, text: editing.text.slice(0, -1) });
      else if (input && !key.ctrl && !key.meta) setEditing({ ...editing, text: editing.text + input });
      return;
    }
    if (key.downArrow || input === "j") setIndex((i) => Math.min(rows.length - 1, i + 1));
    else if (key.upArrow || input === "k") setIndex((i) => Math.max(0, i - 1));
    else if (input === "c") { setComposing((c) => !c); setIndex(0); }
    else if (composing && row?.kind === "category" && (key.rightArrow || input === "l" || key.leftArrow || input === "h")) setOpen((o) => toggle(o, row.name));
    else if (composing && input === " " && row) {
      if (row.kind === "category") setPicked((p) => toggle(p, row.name));
      else setPickedRules((p) => toggle(p, row.rule.id));
    } else if (composing && input === "e" && row?.kind === "rule") {
      edit({ rule: row.rule.id, text: params[row.rule.id] ? JSON.stringify(params[row.rule.id]) : "", problems: [] });
    } else if (!busy && (key.return || input === "b")) {
      if (composing) {
        if (picked.size > 0 || pickedRules.size > 0) {
          props.onBuild({
            categories: [...picked].sort(),
            ...(pickedRules.size > 0 ? { rules: [...pickedRules].sort() } : {}),
            ...(Object.keys(params).length > 0 ? { parameters: { ...params } } : {}),
          });
        }
      } else if (row) props.onBuild({ bundle: row.kind === "category" ? row.name : row.rule.id });
    }
  }, { isActive: props.active });

  const label = (r: Row) => {
    if (!composing) return `  ${r.kind === "category" ? r.name : r.rule.id}`;
    if (r.kind === "category") return `${picked.has(r.name) ? "[x]" : "[ ]"} ${open.has(r.name) ? "▾" : "▸"} ${r.name}`;
    const p = params[r.rule.id];
    const hint = p ? ` ${JSON.stringify(p)}` : r.rule.parameters ? " (e: parameters)" : "";
    return `    ${pickedRules.has(r.rule.id) || picked.has(r.rule.category) ? "[x]" : "[ ]"} ${r.rule.id}${hint}`;
  };
  const b = props.build;
  const listHeight = Math.max(3, Math.min(rows.length, props.height - 10 - (editing ? 2 + editing.problems.length : 0)));
  const from = Math.max(0, Math.min(index - Math.floor(listHeight / 2), rows.length - listHeight));
  return (
    <Box flexDirection="column" height={props.height}>
      <Paint tone="muted">{composing ? "compose: space selects · l opens a category · e edits a rule's parameters · b builds · c back" : "enter/b: build the selected bundle · c: compose from categories and rules"}</Paint>
      <Paint tone="muted">{TARGETS_NOTE}</Paint>
      {rows.slice(from, from + listHeight).map((r, i) => (
        <Text key={r.kind === "category" ? `c:${r.name}` : `r:${r.rule.id}`} wrap="truncate-end"><Paint inverse={from + i === index}>{label(r)}</Paint></Text>
      ))}
      {editing ? (
        <Box flexDirection="column">
          <Text wrap="truncate-end"><Paint bold>{`parameters of ${editing.rule}: `}</Paint>{`${editing.text}▏`}</Text>
          {editing.problems.map((p, i) => <Paint key={i} tone="fail">{`  ✗ ${p}`}</Paint>)}
          <Paint tone="muted">{"  JSON object · enter checks it against the rule's schema · esc cancels"}</Paint>
        </Box>
      ) : null}
      <Text> </Text>
      {b.status === "idle" ? null : (
        <Box flexDirection="column">
          <Text wrap="truncate-end">
            <Paint bold>{`build ${b.bundle} `}</Paint>
            <Bar pct={(b.stepIndex / b.stepTotal) * 100} width={20} tone={b.status === "error" ? "fail" : "pass"} />
            <Paint tone="muted">{` ${b.status === "building" ? `${b.step ?? "starting"}…` : b.status}${b.elapsedMs !== undefined ? ` in ${secs(b.elapsedMs)}` : ""}`}</Paint>
          </Text>
          {b.log.map((l, i) => <Paint key={i} tone="muted">{`  ${l}`}</Paint>)}
          {b.status === "error" ? <ErrorBox title="build failed" message={b.error ?? ""} maxLines={4} /> : null}
          {b.artefact ? (
            <Box flexDirection="column">
              <Paint tone="pass">{`✓ ${b.artefact.target} artefact ${b.artefact.dir}`}</Paint>
              {b.artefact.files.map((f) => <Paint key={f.path}>{`  ${f.path.slice(b.artefact!.dir.length + 1).padEnd(24)} ${(f.size / 1024).toFixed(1).padStart(8)} KiB`}</Paint>)}
              <Paint>{`  revision ${b.artefact.revision.slice(0, 12)} · ${b.artefact.rules} rules · entrypoints ${b.artefact.entrypoints.join(", ")}`}</Paint>
            </Box>
          ) : null}
        </Box>
      )}
    </Box>
  );
}
