// Renders an evaluation report as one self-contained HTML page: inline CSS and inline SVG charts, no scripts, no
// fonts or images from anywhere, so it opens offline and can be mailed or archived as a single file.
import { esc } from './charts/svg.js';
import { ci, pct } from './format.js';
import type { ReportCharts } from './report-charts.js';
import type { EvalReport } from './report-model.js';
import { methodNotes, ROBUSTNESS_NOTE } from './report-notes.js';
import {
  banditMappingTable,
  bySourceTable,
  calibrationTable,
  comparisonTable,
  countsTable,
  fprAtRecallTable,
  mistakesTable,
  paperTable,
  perCweTable,
  problemsTable,
  topConfusionsTable,
  twinTable,
  robustnessTable,
  type Table,
} from './report-tables.js';

export const REPORT_CSS = `
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; background: #f5f6f8; color: #1d2330; font: 14px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 64px; }
header h1 { font-size: 24px; margin: 0 0 4px; }
header p { margin: 2px 0; color: #4a5363; }
code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12.5px; background: #eef0f4; padding: 1px 4px; border-radius: 3px; }
.banner { background: #fff4d6; border: 1px solid #e8c96a; padding: 10px 14px; border-radius: 6px; margin: 14px 0; }
.cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(170px, 1fr)); gap: 12px; margin: 18px 0 8px; }
.card { background: #fff; border: 1px solid #dde1e8; border-radius: 8px; padding: 12px 14px; }
.card .k { color: #5b6475; font-size: 12px; text-transform: uppercase; letter-spacing: .04em; }
.card .v { font-size: 26px; font-weight: 650; margin: 2px 0; }
.card .i { color: #6b7385; font-size: 12px; }
section { background: #fff; border: 1px solid #dde1e8; border-radius: 8px; padding: 16px 20px; margin: 18px 0; }
section h2 { font-size: 18px; margin: 0 0 10px; }
section h3 { font-size: 15px; margin: 16px 0 8px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; margin: 6px 0 4px; font-size: 13px; }
th, td { padding: 5px 10px; border-bottom: 1px solid #e7e9ee; vertical-align: top; }
th { text-align: left; background: #f2f4f7; font-weight: 600; white-space: nowrap; }
td.code { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 12px; white-space: pre; }
td.n { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
tr:first-child td { font-weight: 500; }
.charts { display: flex; flex-wrap: wrap; gap: 18px; align-items: flex-start; }
.chart { max-width: 100%; overflow-x: auto; }
.chart svg { max-width: 100%; height: auto; }
ul.notes li { margin: 4px 0; color: #333b48; }
.muted { color: #6b7385; }
details summary { cursor: pointer; color: #2b5da8; }
`;

/** Example: htmlTable({ header: ['a'], rows: [['x']] }) -> '<table>...</table>' */
export function htmlTable(t: Table, caption?: string): string {
  const numeric = (i: number) => i > 0 && !t.textColumns?.includes(i);
  const head = `<tr>${t.header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  const body = t.rows
    .map(
      (row) =>
        `<tr>${row
          .map((c, i) => {
            const cls = t.codeColumns?.includes(i) ? ' class="code"' : numeric(i) ? ' class="n"' : '';
            return `<td${cls}>${esc(c)}</td>`;
          })
          .join('')}</tr>`,
    )
    .join('');
  return `<div class="scroll"><table>${caption ? `<caption class="muted">${esc(caption)}</caption>` : ''}<thead>${head}</thead><tbody>${body}</tbody></table></div>`;
}

const card = (k: string, v: string, i: string): string =>
  `<div class="card"><div class="k">${esc(k)}</div><div class="v">${esc(v)}</div><div class="i">${esc(i)}</div></div>`;

const chartBox = (svg: string): string => `<div class="chart">${svg}</div>`;

/** The report as a standalone HTML page. */
export function renderHtml(r: EvalReport, charts: ReportCharts): string {
  const m = r.main;
  const b = m.binary;
  const title = `cwescan evaluation: ${m.model.name}`;
  const parts: string[] = [];
  parts.push(
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title><style>${REPORT_CSS}</style></head><body><main>`,
  );
  parts.push(
    `<header><h1>${esc(title)}</h1>`,
    `<p>Model <code>${esc(m.model.path)}</code> (${esc(m.model.modelType)}) on <code>${esc(r.dataset.path)}</code>: ${r.dataset.examples} examples ` +
      `(${r.dataset.vulnerable} vulnerable, ${r.dataset.safe} not), ${r.dataset.cwes} CWEs, threshold ${r.threshold}.</p>`,
    `<p class="muted">cwescan ${esc(r.version)} · ${esc(r.createdAt)} · dataset sha256 <code>${esc(r.dataset.sha256.slice(0, 16))}</code></p></header>`,
  );
  if (m.model.isTestModel) {
    parts.push(
      `<div class="banner"><strong>Test model.</strong> This checkpoint is a deterministic test double: its figures say nothing about detection quality.</div>`,
    );
  }
  if (r.dataset.problems.length > 0) {
    parts.push(
      `<div class="banner">${r.dataset.problems.length} malformed records were left out; see <a href="#dataset">Malformed records</a>.</div>`,
    );
  }
  parts.push(
    '<div class="cards">',
    card('accuracy', pct(b.accuracy, 1), `95% ${ci(b.intervals.accuracy, 1)}`),
    card('precision', pct(b.precision, 1), `95% ${ci(b.intervals.precision, 1)}`),
    card('recall', pct(b.recall, 1), `95% ${ci(b.intervals.recall, 1)}`),
    card('F1', pct(b.f1, 1), `95% ${ci(b.intervals.f1, 1)}`),
    card('CWE top-1', pct(m.cweTop1Accuracy, 1), `95% ${ci(m.cweTop1Interval, 1)}`),
    card('macro-F1', pct(m.multiclass.macroF1, 1), `${m.multiclass.macroF1Classes} classes`),
    card('twin pairs', pct(m.twinPairs.accuracy, 1), `${m.twinPairs.correct} of ${m.twinPairs.pairs} pairs`),
    card('calibration (ECE)', pct(m.calibration.ece, 1), `Brier ${m.calibration.brier?.toFixed(3) ?? 'n/a'}`),
    '</div>',
  );
  parts.push(`<section id="paper"><h2>Paper vs ours</h2>${htmlTable(paperTable(m))}</section>`);
  parts.push(
    `<section id="models"><h2>Models and baselines, scored the same way</h2>${htmlTable(comparisonTable(r))}${htmlTable(countsTable(r))}</section>`,
  );
  const slices = bySourceTable(m);
  if (slices) parts.push(`<section id="by-source"><h2>By example origin</h2>${htmlTable(slices)}</section>`);
  parts.push(`<section id="per-cwe"><h2>Per CWE</h2>${chartBox(charts.f1Bars)}${htmlTable(perCweTable(r))}</section>`);
  const confusions = topConfusionsTable(m);
  parts.push(
    `<section id="confusion"><h2>Confusion matrix</h2><div class="charts">${chartBox(charts.confusion)}${
      confusions.rows.length > 0 ? `<div><h3>Most frequent mix-ups</h3>${htmlTable(confusions)}</div>` : ''
    }</div></section>`,
  );
  parts.push(
    `<section id="threshold"><h2>Threshold behaviour</h2><div class="charts">${chartBox(charts.prCurve)}<div><h3>False-positive rate at a given recall</h3>${htmlTable(fprAtRecallTable(r))}</div></div></section>`,
  );
  parts.push(
    `<section id="calibration"><h2>Calibration</h2><div class="charts">${chartBox(charts.reliability)}<div>${htmlTable(calibrationTable(m))}</div></div></section>`,
  );
  parts.push(`<section id="twins"><h2>Twin pairs: the bug and its fix</h2>${htmlTable(twinTable(r))}</section>`);
  const robust = robustnessTable(r);
  if (robust)
    parts.push(
      `<section id="robustness"><h2>Robustness to semantics-preserving rewrites</h2><p>${esc(ROBUSTNESS_NOTE)}</p>${htmlTable(robust)}</section>`,
    );
  parts.push(
    `<section id="training"><h2>Training</h2>${
      charts.lossCurves && 'log' in r.trainLog
        ? chartBox(charts.lossCurves) +
          `<p class="muted">${r.trainLog.log.entries.length} log entries from ${(r.trainLog.log.sources ?? [r.trainLog.log.path]).map((p) => `<code>${esc(p)}</code>`).join(' and ')}.</p>`
        : `<p class="muted">Training curves omitted: ${esc('missing' in r.trainLog ? r.trainLog.missing : '')}.</p>`
    }</section>`,
  );
  const mistakes = mistakesTable(m);
  parts.push(
    `<section id="mistakes"><h2>Mistakes to inspect first</h2>${mistakes.rows.length > 0 ? htmlTable(mistakes) : '<p>No mistakes.</p>'}</section>`,
  );
  if (r.dataset.problems.length > 0) {
    parts.push(`<section id="dataset"><h2>Malformed records (left out)</h2>${htmlTable(problemsTable(r))}</section>`);
  }
  parts.push(
    `<section id="notes"><h2>Method notes</h2><ul class="notes">${methodNotes(r)
      .map((n) => `<li>${esc(n)}</li>`)
      .join('')}</ul>${
      r.bandit
        ? `<details><summary>Bandit test ids and the labels they map to</summary>${htmlTable(banditMappingTable())}</details>`
        : ''
    }</section>`,
  );
  parts.push('</main></body></html>\n');
  return parts.join('\n');
}
