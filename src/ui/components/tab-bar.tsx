import { Box } from "ink";
import { Paint } from "./theme.tsx";

export function TabBar(props: { tabs: readonly string[]; active: number; right?: string }) {
  return (
    <Box justifyContent="space-between">
      <Box>
        <Paint bold tone="accent">kubeward </Paint>
        {props.tabs.map((t, i) => (
          <Paint key={t} inverse={i === props.active} bold={i === props.active}>{` ${i + 1} ${t} `}</Paint>
        ))}
      </Box>
      {props.right ? <Paint tone="muted">{props.right}</Paint> : null}
    </Box>
  );
}
