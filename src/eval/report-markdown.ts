// Renders an evaluation report as Markdown: the same tables as the HTML page; charts are linked as SVG files written
// beside it (charts/*.svg) when `chartsDir` is given.
import type { EvalReport } from './report-model.js';
import { methodNotes, ROBUSTNESS_NOTE } from './report-notes.js';
import {
  banditMappingTable,
  bySourceTable,
  calibrationTable,
  comparisonTable,
  countsTable,
  fprAtRecallTable,
  headlineTable,
  mistakesTable,
  paperTable,
  perCweTable,
  problemsTable,
  robustnessTable,
  topConfusionsTable,
  twinTable,
  type Table,
} from './report-tables.js';

const cell = (s: string): string => s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** Example: markdownTable({ header: ['a', 'b'], rows: [['x', '1']] }) -> "| a | b |\n|---|--:|\n| x | 1 |" */
export function markdownTable(t: Table): string {
  const align = t.header.map((_, i) => (i === 0 || t.textColumns?.includes(i) ? '---' : '--:'));
  return [
    `| ${t.header.map(cell).join(' | ')} |`,
    `|${align.join('|')}|`,
    ...t.rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

/** The report as Markdown; `chartsDir` is the relative folder of the SVG files, or null to leave charts out. */
export function renderMarkdown(r: EvalReport, chartsDir: string | null = 'charts'): string {
  const m = r.main;
  const chart = (file: string, alt: string): string => (chartsDir ? `\n![${alt}](${chartsDir}/${file})\n` : '');
  const out: string[] = [];
  out.push(`# cwescan evaluation: ${m.model.name}`);
  out.push('');
  out.push(
    `Model \`${m.model.path}\` (${m.model.modelType}${m.model.precision ? `, ${m.model.precision}` : ''}${m.model.isTestModel ? ', **test model**' : ''}) on \`${r.dataset.path}\`: ` +
      `${r.dataset.examples} examples (${r.dataset.vulnerable} vulnerable, ${r.dataset.safe} not), ${r.dataset.cwes} CWEs, ` +
      `threshold ${r.threshold}. cwescan ${r.version}, ${r.createdAt}. Dataset sha256 \`${r.dataset.sha256.slice(0, 16)}\`.`,
  );
  out.push('', '## Headline', '', markdownTable(headlineTable(m)));
  out.push('', '## Paper vs ours', '', markdownTable(paperTable(m)));
  out.push(
    '',
    '## Models and baselines, scored the same way',
    '',
    markdownTable(comparisonTable(r)),
    '',
    markdownTable(countsTable(r)),
  );
  const slices = bySourceTable(m);
  if (slices) out.push('', '## By example origin', '', markdownTable(slices));
  out.push('', '## Per CWE', chart('f1-bars.svg', 'F1 per CWE'), markdownTable(perCweTable(r)));
  out.push('', '## Confusion matrix', chart('confusion.svg', 'confusion matrix'));
  if (!chartsDir) out.push('(See report.html or metrics.json for the matrix.)');
  const confusions = topConfusionsTable(m);
  if (confusions.rows.length > 0) out.push('', 'Most frequent mix-ups:', '', markdownTable(confusions));
  out.push(
    '',
    '## Threshold behaviour',
    chart('pr-curve.svg', 'precision-recall curve'),
    markdownTable(fprAtRecallTable(r)),
  );
  out.push('', '## Calibration', chart('reliability.svg', 'reliability diagram'), markdownTable(calibrationTable(m)));
  out.push('', '## Twin pairs: the bug and its fix', '', markdownTable(twinTable(r)));
  const robust = robustnessTable(r);
  if (robust)
    out.push('', '## Robustness to semantics-preserving rewrites', '', ROBUSTNESS_NOTE, '', markdownTable(robust));
  out.push('', '## Training');
  if ('log' in r.trainLog) {
    const entries = r.trainLog.log.entries;
    const from = (r.trainLog.log.sources ?? [r.trainLog.log.path]).map((p) => `\`${p}\``).join(' and ');
    out.push(chart('loss-curves.svg', 'training loss curves'), `${entries.length} log entries from ${from}.`);
  } else {
    out.push('', `Training curves omitted: ${r.trainLog.missing}.`);
  }
  const mistakes = mistakesTable(m);
  out.push('', '## Mistakes to inspect first', '');
  out.push(mistakes.rows.length > 0 ? markdownTable(mistakes) : 'No mistakes.');
  if (r.dataset.problems.length > 0) {
    out.push('', '## Malformed records (left out)', '', markdownTable(problemsTable(r)));
    if (r.dataset.problems.length > 50)
      out.push('', `… and ${r.dataset.problems.length - 50} more (see metrics.json).`);
  }
  out.push('', '## Method notes', '', ...methodNotes(r).map((n) => `- ${n}`));
  if (r.bandit) out.push('', '### Bandit test ids and the labels they map to', '', markdownTable(banditMappingTable()));
  return out.join('\n') + '\n';
}
