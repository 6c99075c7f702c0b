// Bundles: pick a bundle (or compose one: categories, single rules, per-rule parameters checked
// against each rule's parameters schema as you commit them), choose the targets and an optional
// signing key, build with a progress display across every step, and see each artefact: path,
// size, revision, rule count, entrypoints. The targets are the services' list (BUILD_TARGETS).
import { useState } from "react";
import { Box, Text, useInput } from "ink";
import type { RuleMeta } from "../../types.ts";
import type { BuildState } from "../hooks/use-bundle-build.ts";
import type { BuildArtefact, BuildOptions, BuildTargetChoice, BundleChoice } from "../services.ts";
import { Paint } from "../components/theme.tsx";
import { Bar } from "../components/bar.tsx";
import { ErrorBox } from "../components/spinner-line.tsx";
import { secs } from "./tests-view.tsx";

export interface BundlesViewProps {
  bundles: string[];
  categories: string[];
  /** The targets on offer, in order; the first is selected to begin with. */
  targets: BuildTargetChoice[];
  build: BuildState;
  onBuild: (choice: BundleChoice, opts: BuildOptions) => void;
  /** The catalogue, for composing from single rules and editing their parameters. */
  rules?: RuleMeta[];
  /** Problems with a rule's parameters, empty when valid (the bundle files' own check). */
  validateParameters?: (rule: string, parameters: Record<string, unknown>) => string[];
  /** Told while an editor (parameters, signing key) takes keystrokes, so the app's own keys (q, tab) wait. */
  onCapture?: (capturing: boolean) => void;
  active: boolean;
  width: number;
  height: number;
}

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

/** The key hint of each focus; the help view lists the same keys. */
export const BUNDLES_HINTS = {
  list: "enter/b: build · c: compose · t: targets · s: signing key",
  compose: "compose: space selects · l opens · e edits parameters · b builds · c back",
  targets: "targets: ←→/h l move · space toggles · t back · b builds",
} as const;

/** Pure: a size as a person reads it. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}

/**
 * Pure: an artefact's lines, most important first — where it is, size/rules/revision, entrypoints
 * (always shown), then notes and how to run it (shown while there is room).
 */
export function artefactLines(a: BuildArtefact): { core: string[]; extra: string[] } {
  // A content hash reads as its first 12 digits (as git shows commits); OPA's revision is shown whole.
  const revision = /^[0-9a-f]{32,}$/.test(a.revision) ? a.revision.slice(0, 12) : a.revision;
  const files = `${a.files.length} ${a.files.length === 1 ? "file" : "files"}`;
  return {
    core: [
      `✓ ${a.target.padEnd(10)} ${a.displayPath}`,
      `    ${files} · ${formatBytes(a.bytes)} · ${a.rules} rules · revision ${revision}`,
      `    entrypoints ${a.entrypoints.join(", ")}`,
    ],
    extra: [...a.notes.map((n) => `    ${n}`), `    run: ${a.run}`],
  };
}

export function BundlesView(props: BundlesViewProps) {
  const [index, setIndex] = useState(0);
  const [composing, setComposing] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const [pickedRules, setPickedRules] = useState<ReadonlySet<string>>(new Set());
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [params, setParams] = useState<Readonly<Record<string, Record<string, unknown>>>>({});
  const [editing, setEditing] = useState<{ rule: string; text: string; problems: string[] } | undefined>(undefined);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(() => new Set(props.targets.slice(0, 1).map((t) => t.name)));
  const [onTargets, setOnTargets] = useState(false);
  const [targetIndex, setTargetIndex] = useState(0);
  const [signingKey, setSigningKey] = useState("");
  const [keyText, setKeyText] = useState<string | undefined>(undefined);
  const [notice, setNotice] = useState<string | undefined>(undefined);
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
  const editKey = (next: string | undefined) => {
    setKeyText(next);
    props.onCapture?.(next !== undefined);
  };
  const signers = props.targets.filter((t) => t.signs).map((t) => t.name);
  const keyUnused = signingKey !== "" && !signers.some((t) => chosen.has(t));

  const startBuild = () => {
    const targets = props.targets.map((t) => t.name).filter((t) => chosen.has(t));
    if (targets.length === 0) {
      setNotice("no target selected: press t, then space on one");
      return;
    }
    let choice: BundleChoice | undefined;
    if (composing) {
      if (picked.size > 0 || pickedRules.size > 0) {
        choice = {
          categories: [...picked].sort(),
          ...(pickedRules.size > 0 ? { rules: [...pickedRules].sort() } : {}),
          ...(Object.keys(params).length > 0 ? { parameters: { ...params } } : {}),
        };
      }
    } else if (row) choice = { bundle: row.kind === "category" ? row.name : row.rule.id };
    if (!choice) return;
    setNotice(undefined);
    props.onBuild(choice, { targets, ...(signingKey !== "" ? { signingKey } : {}) });
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
    if (keyText !== undefined) {
      if (key.escape) editKey(undefined);
      else if (key.return) {
        setSigningKey(keyText.trim());
        editKey(undefined);
      } else if (key.backspace || key.delete) setKeyText(keyText.slice(0, -1));
      else if (input && !key.ctrl && !key.meta) setKeyText(keyText + input);
      return;
    }
    if (onTargets) {
      if (key.leftArrow || input === "h") setTargetIndex((i) => Math.max(0, i - 1));
      else if (key.rightArrow || input === "l") setTargetIndex((i) => Math.min(props.targets.length - 1, i + 1));
      else if (input === " " && props.targets[targetIndex]) {
        setChosen((c) => toggle(c, props.targets[targetIndex]!.name));
        setNotice(undefined);
      } else if (input === "t" || key.escape) setOnTargets(false);
      else if (!busy && (key.return || input === "b")) startBuild();
      return;
    }
    if (key.downArrow || input === "j") setIndex((i) => Math.min(rows.length - 1, i + 1));
    else if (key.upArrow || input === "k") setIndex((i) => Math.max(0, i - 1));
    else if (input === "c") { setComposing((c) => !c); setIndex(0); }
    else if (input === "t") setOnTargets(true);
    else if (input === "s") editKey(signingKey);
    else if (composing && row?.kind === "category" && (key.rightArrow || input === "l" || key.leftArrow || input === "h")) setOpen((o) => toggle(o, row.name));
    else if (composing && input === " " && row) {
      if (row.kind === "category") setPicked((p) => toggle(p, row.name));
      else setPickedRules((p) => toggle(p, row.rule.id));
    } else if (composing && input === "e" && row?.kind === "rule") {
      edit({ rule: row.rule.id, text: params[row.rule.id] ? JSON.stringify(params[row.rule.id]) : "", problems: [] });
    } else if (!busy && (key.return || input === "b")) startBuild();
  }, { isActive: props.active });

  const label = (r: Row) => {
    if (!composing) return `  ${r.kind === "category" ? r.name : r.rule.id}`;
    if (r.kind === "category") return `${picked.has(r.name) ? "[x]" : "[ ]"} ${open.has(r.name) ? "▾" : "▸"} ${r.name}`;
    const p = params[r.rule.id];
    const hint = p ? ` ${JSON.stringify(p)}` : r.rule.parameters ? " (e: parameters)" : "";
    return `    ${pickedRules.has(r.rule.id) || picked.has(r.rule.category) ? "[x]" : "[ ]"} ${r.rule.id}${hint}`;
  };
  const b = props.build;
  const focused = props.targets[targetIndex];
  const signerNames = signers.join(", ") || "no target";

  // Lines above the list, then the build block; the list gets what is left (at least 3 rows), and
  // an artefact's notes and run command only show while they fit.
  const top = 4 + (onTargets ? 1 : 0) + (keyText !== undefined ? 1 : 0) + (editing ? 2 + editing.problems.length : 0) + (notice ? 1 : 0);
  // Artefacts show as they are written, and stay when a later target fails: a failure hides nothing.
  const shown = b.artefacts.map(artefactLines);
  const errorLines = b.status === "error" ? 1 + Math.min(4, (b.error ?? "").split("\n").length) : 0;
  const logLines = b.status === "building" || b.status === "error" ? b.log.length : 0;
  const blockCore = b.status === "idle" ? 0 : 1 + logLines + errorLines + shown.reduce((n, a) => n + a.core.length, 0);
  const listHeight = Math.max(3, Math.min(rows.length, props.height - top - blockCore));
  let spare = Math.max(0, props.height - top - listHeight - blockCore);
  const artefactBlocks = shown.map((a) => {
    const extra = a.extra.slice(0, spare);
    spare -= extra.length;
    return [...a.core, ...extra];
  });
  const from = Math.max(0, Math.min(index - Math.floor(listHeight / 2), rows.length - listHeight));
  return (
    <Box flexDirection="column" height={props.height} width={props.width}>
      <Paint tone="muted">{onTargets ? BUNDLES_HINTS.targets : composing ? BUNDLES_HINTS.compose : BUNDLES_HINTS.list}</Paint>
      <Text wrap="truncate-end">
        <Paint bold>{"targets:"}</Paint>
        {props.targets.map((t, i) => (
          <Text key={t.name}>
            {" "}
            <Paint inverse={onTargets && i === targetIndex} tone={chosen.has(t.name) ? "accent" : undefined}>{`${chosen.has(t.name) ? "[x]" : "[ ]"} ${t.name}`}</Paint>
          </Text>
        ))}
      </Text>
      {onTargets && focused ? <Paint tone="muted">{`  ${focused.name}: ${focused.summary}`}</Paint> : null}
      {keyText !== undefined ? (
        <>
          <Text wrap="truncate-end"><Paint bold>{"signing key: "}</Paint>{`${keyText}▏`}</Text>
          <Paint tone="muted">{"  a PEM private key (RS256/ES256) or HMAC secret file · enter keeps · esc cancels"}</Paint>
        </>
      ) : signingKey === "" ? (
        <Paint tone="muted">{`signing key: none (s sets one; it signs ${signerNames})`}</Paint>
      ) : keyUnused ? (
        <Paint tone="warn">{`signing key: ${signingKey} — only ${signerNames} is signed: select it (t)`}</Paint>
      ) : (
        <Text wrap="truncate-end"><Paint bold>{"signing key: "}</Paint>{`${signingKey} (signs ${signerNames})`}</Text>
      )}
      {notice ? <Paint tone="warn">{`! ${notice}`}</Paint> : null}
      {rows.slice(from, from + listHeight).map((r, i) => (
        <Text key={r.kind === "category" ? `c:${r.name}` : `r:${r.rule.id}`} wrap="truncate-end"><Paint inverse={!onTargets && from + i === index}>{label(r)}</Paint></Text>
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
            <Bar pct={(b.stepIndex / b.stepTotal) * 100} width={16} tone={b.status === "error" ? "fail" : "pass"} />
            <Paint tone="muted">{` ${b.status === "building" ? `${b.stepIndex + 1}/${b.stepTotal} ${b.step ?? "starting"}…` : b.status === "done" ? `done: ${b.artefacts.length} ${b.artefacts.length === 1 ? "artefact" : "artefacts"}` : "failed"}${b.elapsedMs !== undefined ? ` in ${secs(b.elapsedMs)}` : ""}`}</Paint>
          </Text>
          {logLines > 0 ? b.log.map((l, i) => <Paint key={i} tone="muted">{`  ${l}`}</Paint>) : null}
          {artefactBlocks.flatMap((lines, i) => lines.map((l, j) => <Paint key={`${i}:${j}`} tone={j === 0 ? "pass" : undefined}>{l}</Paint>))}
          {b.status === "error" ? <ErrorBox title="build failed" message={b.error ?? ""} maxLines={4} /> : null}
        </Box>
      )}
    </Box>
  );
}
