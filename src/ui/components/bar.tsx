import { Paint, type Tone } from "./theme.tsx";

/** A horizontal bar of `width` cells for a percentage; the filled part uses █, the rest ░. */
export function Bar(props: { pct: number; width: number; tone?: Tone }) {
  const filled = Math.round((Math.max(0, Math.min(100, props.pct)) / 100) * props.width);
  return (
    <>
      <Paint tone={props.tone}>{"█".repeat(filled)}</Paint>
      <Paint tone="muted">{"░".repeat(props.width - filled)}</Paint>
    </>
  );
}
