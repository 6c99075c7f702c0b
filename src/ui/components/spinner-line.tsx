import { Paint } from "./theme.tsx";

/** A status line for something in progress. No animation: frames stay stable for tests and tmux. */
export function Busy(props: { text: string }) {
  return <Paint tone="accent">{`… ${props.text}`}</Paint>;
}

export function ErrorBox(props: { title: string; message: string; maxLines: number }) {
  const lines = props.message.split("\n").slice(0, props.maxLines);
  return (
    <>
      <Paint tone="fail" bold>{`✗ ${props.title}`}</Paint>
      {lines.map((l, i) => <Paint key={i} wrap="wrap">{l}</Paint>)}
    </>
  );
}
