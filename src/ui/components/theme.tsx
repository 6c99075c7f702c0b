// Colour is a hint, never the only signal: every state also has a symbol (✓ ✗ ○ ▌). With NO_COLOR
// the same frames render without any colour. Only the basic ANSI colours are used, which read on
// dark and light backgrounds alike; selection uses inverse video.
import { createContext, useContext, type ReactNode } from "react";
import { Text } from "ink";

export const ColorContext = createContext<boolean>(true);

export type Tone = "pass" | "fail" | "skip" | "accent" | "muted" | "warn";
const TONES: Record<Tone, string> = { pass: "green", fail: "red", skip: "yellow", accent: "cyan", muted: "gray", warn: "yellow" };

export function Paint(props: { tone?: Tone; bold?: boolean; inverse?: boolean; children?: ReactNode; wrap?: "truncate-end" | "wrap" }) {
  const color = useContext(ColorContext);
  const c = color && props.tone ? TONES[props.tone] : undefined;
  const dim = !color && props.tone === "muted" ? false : undefined;
  return (
    <Text color={c} bold={props.bold} inverse={props.inverse} dimColor={dim} wrap={props.wrap ?? "truncate-end"}>
      {props.children}
    </Text>
  );
}

export const MARK: Record<"pass" | "fail" | "error" | "skip", string> = { pass: "✓", fail: "✗", error: "✗", skip: "○" };
export const toneOf = (o: "pass" | "fail" | "error" | "skip"): Tone => (o === "pass" ? "pass" : o === "skip" ? "skip" : "fail");
