import { Box, Text } from "ink";
import { Paint } from "./theme.tsx";

/** Expected vs actual in two columns of equal width, wrapping long lines. */
export function SideBySide(props: { left: string[]; right: string[]; width: number; leftTitle?: string; rightTitle?: string }) {
  const col = Math.max(10, Math.floor((props.width - 3) / 2));
  return (
    <Box>
      <Box flexDirection="column" width={col} marginRight={1}>
        <Paint bold tone="pass">{props.leftTitle ?? "expected"}</Paint>
        {props.left.map((l, i) => <Text key={i} wrap="wrap">{l}</Text>)}
      </Box>
      <Box flexDirection="column" width={col}>
        <Paint bold tone="fail">{props.rightTitle ?? "actual"}</Paint>
        {props.right.map((l, i) => <Text key={i} wrap="wrap">{l}</Text>)}
      </Box>
    </Box>
  );
}
