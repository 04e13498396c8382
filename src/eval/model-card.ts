// The figures of a model card, generated from an evaluation so that no figure in the card is typed by hand. Two
// sections between markers: the model's own figures on the test split (deterministic inference, so CI re-runs the
// evaluation and compares this section byte for byte) and the comparison with the baselines (written when the card is
// made; CI re-runs the untuned checkpoint alone and checks its rows, see missingBaselineRows). Timings are left out of
// both.
import type { SectionMarkers } from '../marked-section.js';
import { markdownTable } from './report-markdown.js';
import type { EvalReport } from './report-model.js';
import { comparisonTable, countsTable, headlineTable, perCweTable, type Table } from './report-tables.js';

export const CARD_MODEL: SectionMarkers = { begin: '<!-- eval:model:begin -->', end: '<!-- eval:model:end -->' };
export const CARD_BASELINES: SectionMarkers = {
  begin: '<!-- eval:baselines:begin -->',
  end: '<!-- eval:baselines:end -->',
};

/** Without the last column (seconds: timing differs from run to run and machine to machine). */
const withoutSeconds = (t: Table): Table => ({
  ...t,
  header: t.header.slice(0, -1),
  rows: t.rows.map((r) => r.slice(0, -1)),
});

/** The model's section: headline figures with intervals, counts, and per-CWE figures. */
export function cardModelSection(r: EvalReport, command: string): string {
  const alone: EvalReport = { ...r, baselines: [] };
  return [
    `Produced by \`${command}\` on ${r.dataset.path} (${r.dataset.examples} examples, sha256 ${r.dataset.sha256.slice(0, 12)}, threshold ${r.threshold}).`,
    '',
    markdownTable(headlineTable(r.main)),
    '',
    markdownTable(countsTable(alone)),
    '',
    markdownTable(perCweTable(alone)),
    '',
  ].join('\n');
}

/** The comparison with the baselines (untuned checkpoint, classical model, Bandit) run in the same evaluation. */
export function cardBaselinesSection(r: EvalReport, command: string): string {
  const skipped = r.skipped.map((s) => `- ${s.role}: not run (${s.reason})`);
  return [
    `Produced by \`${command}\`.`,
    '',
    markdownTable(withoutSeconds(comparisonTable(r))),
    '',
    markdownTable(countsTable(r)),
    ...(skipped.length > 0 ? ['', ...skipped] : []),
    '',
  ].join('\n');
}

/**
 * The table rows of a rendered baselines section that the card's baselines section does not hold as they are. A check
 * can run some baselines only (the untuned checkpoint, without the classical baseline's training or Bandit), so it
 * compares row by row: every row this evaluation renders, the header rows and the model's own row included, must be
 * in the card.
 */
export function missingBaselineRows(cardSection: string, rendered: string): string[] {
  const have = new Set(cardSection.split('\n'));
  return rendered.split('\n').filter((line) => line.startsWith('| ') && !have.has(line));
}
