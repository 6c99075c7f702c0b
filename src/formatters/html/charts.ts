// Inline SVG charts for the HTML report: no script, no external asset, readable when printed in
// black and white (every bar carries its number as text, not only a colour).
import { escapeHtml as esc } from "./escape.ts";

export interface Bar {
  label: string;
  value: number;
  /** A CSS class (severity colours live in the stylesheet, so print can restyle them). */
  tone?: string;
}

const ROW = 26;
const LABEL_W = 170;
const BAR_W = 300;
const VALUE_W = 60;

/** A horizontal bar chart: one labelled row per bar, bars scaled to the largest value. */
export function barChart(title: string, bars: Bar[], metric: string): string {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW + 8;
  const width = LABEL_W + BAR_W + VALUE_W;
  const rows = bars.map((b, i) => {
    const y = i * ROW + 4;
    const w = b.value === 0 ? 0 : Math.max(2, Math.round((b.value / max) * BAR_W));
    return (
      `<g class="bar ${esc(b.tone ?? "")}" data-chart-label="${esc(b.label)}">` +
      `<text x="${LABEL_W - 8}" y="${y + 16}" text-anchor="end" class="bar-label">${esc(truncate(b.label, 26))}</text>` +
      `<rect x="${LABEL_W}" y="${y + 3}" width="${w}" height="${ROW - 8}" rx="3"><title>${esc(b.label)}: ${b.value}</title></rect>` +
      `<text x="${LABEL_W + w + 6}" y="${y + 16}" class="bar-value" data-metric="${esc(metric)}" data-key="${esc(b.label)}">${b.value}</text>` +
      `</g>`
    );
  });
  if (bars.length === 0) rows.push(`<text x="8" y="20" class="bar-label">nothing to chart</text>`);
  return (
    `<svg class="chart" role="img" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<title>${esc(title)}</title>${rows.join("")}</svg>`
  );
}

/** One stacked bar of control statuses (failed | passed | not applicable) for a framework card. */
export function statusBar(parts: { tone: string; value: number; label: string }[]): string {
  const total = parts.reduce((n, p) => n + p.value, 0);
  const width = 240;
  let x = 0;
  const rects = parts
    .filter((p) => p.value > 0)
    .map((p) => {
      const w = (p.value / total) * width;
      const r = `<rect class="${esc(p.tone)}" x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="14"><title>${esc(p.label)}: ${p.value}</title></rect>`;
      x += w;
      return r;
    });
  if (total === 0) rects.push(`<rect class="empty" x="0" y="0" width="${width}" height="14"/>`);
  return `<svg class="status-bar" role="img" viewBox="0 0 ${width} 14" width="${width}" height="14" xmlns="http://www.w3.org/2000/svg" aria-label="control statuses">${rects.join("")}</svg>`;
}

function truncate(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}
