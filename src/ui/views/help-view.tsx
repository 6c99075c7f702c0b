import { Box } from "ink";
import { Paint } from "../components/theme.tsx";

export const HELP_LINES: [string, string][] = [
  ["tab / shift-tab, 1-4", "switch view: Tests, Coverage, Findings, Bundles"],
  ["↑ ↓ / j k, pgup pgdn", "move; g / G first / last (Tests)"],
  ["→ ← / l h, enter", "open / close a tree node; enter opens a file (Coverage)"],
  ["/", "filter the test tree (enter keeps it, esc clears)"],
  ["r", "re-run every test (Tests)"],
  ["s", "sort (Coverage) · scan (Findings) · signing key (Bundles)"],
  ["n / N", "next / previous uncovered line (Coverage source)"],
  ["o", "re-open the last JSON report (Findings)"],
  ["g", "group findings by severity, rule or file (Findings)"],
  ["enter / b, c, space", "build a bundle; compose from categories; toggle (Bundles)"],
  ["t, ← → / h l, space", "targets row: focus it, move, toggle a target (Bundles)"],
  ["?", "this help (any key closes it)"],
  ["q, ctrl-c", "quit"],
];

export function HelpView() {
  return (
    <Box flexDirection="column">
      <Paint bold>keys</Paint>
      {HELP_LINES.map(([k, what]) => (
        <Box key={k}>
          <Paint tone="accent">{k.padEnd(22)}</Paint>
          <Paint>{what}</Paint>
        </Box>
      ))}
    </Box>
  );
}
