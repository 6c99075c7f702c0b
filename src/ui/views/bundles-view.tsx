// Bundles: pick a bundle (or compose one from categories), build it with a progress display, and
// see the artefact: path, size, revision, rule count, entrypoints.
import { useState } from "react";
import { Box, Text, useInput } from "ink";
import type { BuildState } from "../hooks/use-bundle-build.ts";
import { Paint } from "../components/theme.tsx";
import { Bar } from "../components/bar.tsx";
import { ErrorBox } from "../components/spinner-line.tsx";
import { secs } from "./tests-view.tsx";

export interface BundlesViewProps {
  bundles: string[];
  categories: string[];
  build: BuildState;
  onBuild: (choice: { bundle: string } | { categories: string[] }) => void;
  active: boolean;
  width: number;
  height: number;
}

export const TARGETS_NOTE = "target: wasm (opa, gatekeeper and conftest targets are not in this version)";

export function BundlesView(props: BundlesViewProps) {
  const [index, setIndex] = useState(0);
  const [composing, setComposing] = useState(false);
  const [picked, setPicked] = useState<ReadonlySet<string>>(new Set());
  const items = composing ? props.categories : props.bundles;
  const busy = props.build.status === "building";

  useInput((input, key) => {
    if (key.downArrow || input === "j") setIndex((i) => Math.min(items.length - 1, i + 1));
    else if (key.upArrow || input === "k") setIndex((i) => Math.max(0, i - 1));
    else if (input === "c") { setComposing((c) => !c); setIndex(0); }
    else if (composing && input === " ") {
      const cat = items[index];
      if (cat) setPicked((p) => (p.has(cat) ? new Set([...p].filter((x) => x !== cat)) : new Set([...p, cat])));
    } else if (!busy && (key.return || input === "b")) {
      if (composing) { if (picked.size > 0) props.onBuild({ categories: [...picked].sort() }); }
      else if (items[index]) props.onBuild({ bundle: items[index] as string });
    }
  }, { isActive: props.active });

  const b = props.build;
  const listHeight = Math.max(3, Math.min(items.length, props.height - 10));
  const from = Math.max(0, Math.min(index - Math.floor(listHeight / 2), items.length - listHeight));
  return (
    <Box flexDirection="column" height={props.height}>
      <Paint tone="muted">{composing ? "compose: space toggles a category · b builds the selection · c back to bundles" : "enter/b: build the selected bundle · c: compose from categories"}</Paint>
      <Paint tone="muted">{TARGETS_NOTE}</Paint>
      {items.slice(from, from + listHeight).map((name, i) => (
        <Paint key={name} inverse={from + i === index}>{composing ? `${picked.has(name) ? "[x]" : "[ ]"} ${name}` : `  ${name}`}</Paint>
      ))}
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
