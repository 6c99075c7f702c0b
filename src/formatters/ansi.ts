// The few ANSI styles the text formatter uses; identity functions when colour is off.
export interface Palette {
  bold(s: string): string;
  dim(s: string): string;
  underline(s: string): string;
  red(s: string): string;
  yellow(s: string): string;
  cyan(s: string): string;
  magenta(s: string): string;
  green(s: string): string;
}

const style = (open: number, close: number) => (s: string) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain = (s: string) => s;

export function palette(color: boolean): Palette {
  if (!color) return { bold: plain, dim: plain, underline: plain, red: plain, yellow: plain, cyan: plain, magenta: plain, green: plain };
  return { bold: style(1, 22), dim: style(2, 22), underline: style(4, 24), red: style(31, 39), yellow: style(33, 39), cyan: style(36, 39), magenta: style(35, 39), green: style(32, 39) };
}
