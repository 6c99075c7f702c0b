// The HTML report's stylesheet and script, inlined into the page (the report is one file an auditor
// can mail or archive; it loads nothing). The page's Content-Security-Policy allows exactly these two
// by hash, so nothing else can run or load even if escaping were ever wrong.

export const REPORT_CSS = `
:root { --fg: #1d2330; --muted: #5b6478; --line: #dfe3ea; --bg: #f6f7f9; --card: #fff;
  --critical: #7b1fa2; --high: #c62828; --medium: #e65100; --low: #1565c0; --info: #607d8b;
  --failed: #c62828; --passed: #2e7d32; --na: #9aa3b2; }
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: var(--fg); background: var(--bg); }
header { background: #1d2330; color: #fff; padding: 18px 28px; }
header h1 { margin: 0; font-size: 20px; font-weight: 600; }
header p { margin: 4px 0 0; color: #c6ccd8; }
main { padding: 20px 28px 40px; max-width: 1400px; }
h2 { font-size: 16px; margin: 28px 0 10px; }
section.card, .card { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 14px 16px; }
.tiles { display: flex; flex-wrap: wrap; gap: 10px; }
.tile { background: var(--card); border: 1px solid var(--line); border-radius: 8px; padding: 10px 14px; min-width: 118px; }
.tile .n { font-size: 24px; font-weight: 650; display: block; }
.tile .k { color: var(--muted); font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.tile.sev-critical .n { color: var(--critical); } .tile.sev-high .n { color: var(--high); }
.tile.sev-medium .n { color: var(--medium); } .tile.sev-low .n { color: var(--low); } .tile.sev-info .n { color: var(--info); }
.frameworks { display: grid; grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px; }
.framework h3 { margin: 0 0 6px; font-size: 15px; }
.framework .counts { display: flex; gap: 14px; margin: 6px 0 8px; }
.framework .counts span { font-size: 12px; color: var(--muted); }
.framework .counts b { font-size: 18px; display: block; }
.framework .counts .failed b { color: var(--failed); } .framework .counts .passed b { color: var(--passed); } .framework .counts .na b { color: var(--na); }
.status-bar rect.failed { fill: var(--failed); } .status-bar rect.passed { fill: var(--passed); }
.status-bar rect.not-applicable, .status-bar rect.empty { fill: var(--na); }
details summary { cursor: pointer; color: var(--muted); margin-top: 6px; }
table { border-collapse: collapse; width: 100%; background: var(--card); }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
th { font-size: 12px; color: var(--muted); text-transform: uppercase; letter-spacing: .04em; }
table.controls td, table.controls th { padding: 3px 6px; font-size: 12px; }
.status { font-weight: 600; } .status.failed { color: var(--failed); } .status.passed { color: var(--passed); } .status.not-applicable { color: var(--na); }
.charts { display: flex; flex-wrap: wrap; gap: 12px; }
.chart .bar-label { font-size: 12px; fill: var(--fg); } .chart .bar-value { font-size: 12px; fill: var(--muted); font-weight: 600; }
.chart rect { fill: #5c6bc0; }
.chart .sev-critical rect { fill: var(--critical); } .chart .sev-high rect { fill: var(--high); }
.chart .sev-medium rect { fill: var(--medium); } .chart .sev-low rect { fill: var(--low); } .chart .sev-info rect { fill: var(--info); }
.filters { display: flex; flex-wrap: wrap; gap: 8px; align-items: end; margin-bottom: 10px; }
.filters label { display: flex; flex-direction: column; font-size: 12px; color: var(--muted); gap: 2px; }
.filters select, .filters input, .filters button { font: inherit; padding: 4px 6px; border: 1px solid var(--line); border-radius: 5px; background: #fff; }
.filters input[type=search] { min-width: 220px; }
.shown { color: var(--muted); margin: 0 0 8px; }
.badge { display: inline-block; border-radius: 4px; padding: 1px 6px; font-size: 11px; font-weight: 700; text-transform: uppercase; color: #fff; }
.badge.sev-critical { background: var(--critical); } .badge.sev-high { background: var(--high); } .badge.sev-medium { background: var(--medium); }
.badge.sev-low { background: var(--low); } .badge.sev-info { background: var(--info); } .badge.suppressed { background: #fff; color: var(--muted); border: 1px solid var(--muted); }
tr.suppressed td { background: #fafafa; color: var(--muted); }
code, .mono { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: 12px; }
.rule-title { color: var(--muted); font-size: 12px; }
.fix { margin-top: 4px; font-size: 12px; color: var(--muted); }
.fix b { color: var(--fg); font-weight: 600; }
.why { margin-top: 4px; font-size: 12px; }
.note { color: var(--muted); font-size: 12px; }
.warn { border-left: 4px solid var(--high); padding: 8px 12px; background: #fff5f5; margin: 12px 0; }
dl.meta { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0; }
dl.meta dt { color: var(--muted); } dl.meta dd { margin: 0; }
footer { color: var(--muted); font-size: 12px; padding: 0 28px 28px; }
@media print {
  body { background: #fff; font-size: 11px; }
  header { background: #fff; color: #000; border-bottom: 2px solid #000; padding: 0 0 8px; }
  header p { color: #333; }
  main { padding: 0; max-width: none; }
  .filters, .no-print { display: none !important; }
  .card, .tile, table { border-color: #999; }
  section { break-inside: auto; }
  tr, .framework, .tile, .chart { break-inside: avoid; }
  thead { display: table-header-group; }
  details > summary { display: none; }
  a { color: inherit; text-decoration: none; }
  * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
}
`;

// Filters hide rows in place (the rows are rendered server-side, so the page reads and prints
// without script). Printing opens every <details> so the control lists reach the paper.
export const REPORT_JS = `
(function () {
  "use strict";
  var rows = Array.prototype.slice.call(document.querySelectorAll("#findings tbody tr[data-row]"));
  var bar = document.getElementById("filters");
  if (!bar) return;
  bar.hidden = false;
  var fields = ["severity", "category", "rule", "file", "status"].map(function (k) { return { key: k, el: document.getElementById("filter-" + k) }; })
    .filter(function (f) { return f.el; });
  var text = document.getElementById("filter-text");
  var shown = document.getElementById("shown-count");
  var none = document.getElementById("no-match");
  function apply() {
    var q = text.value.trim().toLowerCase();
    var n = 0;
    rows.forEach(function (r) {
      var ok = fields.every(function (f) { return f.el.value === "" || r.getAttribute("data-" + f.key) === f.el.value; }) &&
        (q === "" || r.textContent.toLowerCase().indexOf(q) >= 0);
      r.hidden = !ok;
      if (ok) n++;
    });
    shown.textContent = String(n);
    none.hidden = n !== 0 || rows.length === 0;
  }
  fields.forEach(function (f) { f.el.addEventListener("change", apply); });
  text.addEventListener("input", apply);
  document.getElementById("filter-reset").addEventListener("click", function () {
    fields.forEach(function (f) { f.el.value = ""; });
    text.value = "";
    apply();
  });
  window.addEventListener("beforeprint", function () {
    Array.prototype.forEach.call(document.querySelectorAll("details"), function (d) { d.open = true; });
  });
  apply();
})();
`;
