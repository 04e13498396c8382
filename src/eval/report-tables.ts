// The report's tables as data (header + rows of plain text), shared by the Markdown and HTML renderers so both always
// show the same figures.
import { getCwe } from '../cwe/catalog.js';
import type { Label } from '../model/labels.js';
import { BANDIT_RULES, banditLabel } from './baselines/bandit-map.js';
import { binaryMetrics } from './binary-metrics.js';
import type { Evaluation } from './evaluate.js';
import { ci, num, pct } from './format.js';
import { PAPER } from './paper.js';
import type { EvalReport } from './report-model.js';

export interface Table {
  readonly header: readonly string[];
  readonly rows: readonly (readonly string[])[];
  /** Columns after the first are right-aligned (figures) unless listed here. */
  readonly textColumns?: readonly number[];
  /** Columns that hold source code (monospace in HTML). */
  readonly codeColumns?: readonly number[];
}

const cweName = (l: Label): string => (l === 'none' ? 'not vulnerable' : (getCwe(l)?.short ?? l));

/** Every evaluation of the report, the main model first. */
export const allEvaluations = (r: EvalReport): Evaluation[] => [r.main, ...r.baselines];

/** Headline figures of the main model with their 95% intervals. */
export function headlineTable(ev: Evaluation): Table {
  const b = ev.binary;
  return {
    header: ['metric', 'value', '95% interval', 'based on'],
    rows: [
      ['accuracy', pct(b.accuracy), ci(b.intervals.accuracy), `${b.tp + b.tn} of ${b.n} examples right (Wilson)`],
      [
        'precision',
        pct(b.precision),
        ci(b.intervals.precision),
        `${b.tp} of ${b.tp + b.fp} flagged are vulnerable (Wilson)`,
      ],
      ['recall', pct(b.recall), ci(b.intervals.recall), `${b.tp} of ${b.tp + b.fn} vulnerable are flagged (Wilson)`],
      ['F1', pct(b.f1), ci(b.intervals.f1), 'bootstrap over examples, 1,000 resamples'],
      [
        'false-positive rate',
        pct(b.fpr),
        ci(b.intervals.fpr),
        `${b.fp} of ${b.fp + b.tn} safe examples flagged (Wilson)`,
      ],
      [
        'CWE top-1 accuracy',
        pct(ev.cweTop1Accuracy),
        ci(ev.cweTop1Interval),
        'vulnerable examples given their own CWE (Wilson)',
      ],
      [
        'macro-F1 (CWE level)',
        pct(ev.multiclass.macroF1),
        ci(ev.multiclass.macroF1Interval),
        `mean F1 over ${ev.multiclass.macroF1Classes} classes present (bootstrap)`,
      ],
      [
        'twin-pair accuracy',
        pct(ev.twinPairs.accuracy),
        ci(ev.twinPairs.interval),
        `${ev.twinPairs.correct} of ${ev.twinPairs.pairs} (bug, fix) pairs judged right (Wilson)`,
      ],
      ...(ev.localization
        ? [
            [
              'finding on a marked line',
              pct(ev.localization.accuracy),
              ci(ev.localization.interval),
              `${ev.localization.hits} of ${ev.localization.examples} flagged vulnerable examples, placed by ${ev.localization.method} (Wilson)`,
            ],
          ]
        : []),
      ['expected calibration error', pct(ev.calibration.ece), '', '10 equal-width bins of P(vulnerable)'],
    ],
    textColumns: [3],
  };
}

/** The paper's published figures, the same figures recomputed from its counts, and ours. */
export function paperTable(ev: Evaluation): Table {
  const p = binaryMetrics(PAPER.counts);
  const b = ev.binary;
  const c = PAPER.counts;
  return {
    header: ['metric', 'paper (published)', 'paper counts, recomputed', `ours (${b.n} examples)`, 'ours, 95% interval'],
    rows: [
      ['accuracy', pct(PAPER.published.accuracy), pct(p.accuracy), pct(b.accuracy), ci(b.intervals.accuracy)],
      ['precision', pct(PAPER.published.precision), pct(p.precision), pct(b.precision), ci(b.intervals.precision)],
      ['recall', pct(PAPER.published.recall), pct(p.recall), pct(b.recall), ci(b.intervals.recall)],
      ['F1', pct(PAPER.published.f1), pct(p.f1), pct(b.f1), ci(b.intervals.f1)],
      ['accuracy 95% interval', '(not given)', ci(p.intervals.accuracy), ci(b.intervals.accuracy), ''],
      [
        'TP / FP / TN / FN',
        '(not given)',
        `${c.tp} / ${c.fp} / ${c.tn} / ${c.fn}`,
        `${b.tp} / ${b.fp} / ${b.tn} / ${b.fn}`,
        '',
      ],
      ['CWE top-1 accuracy', '(not reported)', '', pct(ev.cweTop1Accuracy), ci(ev.cweTop1Interval)],
      ['twin-pair accuracy', '(not reported)', '', pct(ev.twinPairs.accuracy), ci(ev.twinPairs.interval)],
    ],
  };
}

const rowName = (ev: Evaluation): string => `${ev.model.role}: ${ev.model.name}`;

/** One row per model and baseline, scored the same way. */
export function comparisonTable(r: EvalReport): Table {
  return {
    header: [
      'model',
      'accuracy',
      'precision',
      'recall',
      'F1',
      'FPR',
      'CWE top-1',
      'macro-F1',
      'twin pairs',
      'AP',
      'ECE',
      'seconds',
    ],
    rows: allEvaluations(r).map((ev) => [
      rowName(ev),
      pct(ev.binary.accuracy, 1),
      pct(ev.binary.precision, 1),
      pct(ev.binary.recall, 1),
      pct(ev.binary.f1, 1),
      pct(ev.binary.fpr, 1),
      pct(ev.cweTop1Accuracy, 1),
      pct(ev.multiclass.macroF1, 1),
      pct(ev.twinPairs.accuracy, 1),
      pct(ev.curves.averagePrecision, 1),
      pct(ev.calibration.ece, 1),
      ev.seconds.toFixed(1),
    ]),
  };
}

export function countsTable(r: EvalReport): Table {
  return {
    header: ['model', 'TP', 'FP', 'TN', 'FN', 'ROC AUC', 'Brier'],
    rows: allEvaluations(r).map((ev) => [
      rowName(ev),
      String(ev.binary.tp),
      String(ev.binary.fp),
      String(ev.binary.tn),
      String(ev.binary.fn),
      num(ev.curves.rocAuc, 3),
      num(ev.calibration.brier, 3),
    ]),
  };
}

/** CWEs with any vulnerable or fixed example, or any prediction, in the test set. */
export function cwesInPlay(ev: Evaluation): Label[] {
  return ev.perCwe.filter((c) => c.support > 0 || c.safeSupport > 0 || c.predicted > 0).map((c) => c.cwe);
}

export function perCweTable(r: EvalReport): Table {
  const evs = allEvaluations(r);
  const main = r.main;
  return {
    header: [
      'CWE',
      'name',
      'vulnerable',
      'fixed',
      'precision',
      'recall',
      'F1',
      'fixed flagged',
      ...evs.slice(1).map((e) => `F1 ${e.model.role}`),
    ],
    rows: cwesInPlay(main).map((cwe) => {
      const c = main.perCwe.find((x) => x.cwe === cwe)!;
      return [
        cwe,
        cweName(cwe),
        String(c.support),
        String(c.safeSupport),
        pct(c.precision, 1),
        pct(c.recall, 1),
        pct(c.f1, 1),
        c.safeSupport > 0 ? `${c.safeFlagged} of ${c.safeSupport}` : '',
        ...evs.slice(1).map((e) => pct(e.perCwe.find((x) => x.cwe === cwe)?.f1, 1)),
      ];
    }),
    textColumns: [1],
  };
}

export function fprAtRecallTable(r: EvalReport): Table {
  const evs = allEvaluations(r);
  const targets = r.main.curves.fprAtRecall.map((f) => f.target);
  return {
    header: ['recall at least', ...evs.map((e) => `FPR ${e.model.role} (threshold)`)],
    rows: targets.map((t, i) => [
      pct(t, 0),
      ...evs.map((e) => {
        const f = e.curves.fprAtRecall[i];
        return f && f.fpr !== null ? `${pct(f.fpr, 1)} (${num(f.threshold, 3)})` : 'not reached';
      }),
    ]),
  };
}

export function twinTable(r: EvalReport): Table {
  return {
    header: [
      'model',
      'pairs',
      'bug flagged, fix passed',
      'same, with the right CWE',
      'both flagged',
      'neither flagged',
      'fix flagged, bug passed',
    ],
    rows: allEvaluations(r).map((ev) => {
      const t = ev.twinPairs;
      return [
        rowName(ev),
        String(t.pairs),
        `${t.correct} (${pct(t.accuracy, 1)})`,
        `${t.correctCwe} (${pct(t.accuracyCwe, 1)})`,
        String(t.bothFlagged),
        String(t.neitherFlagged),
        String(t.inverted),
      ];
    }),
  };
}

export function calibrationTable(ev: Evaluation): Table {
  return {
    header: ['P(vulnerable) bin', 'examples', 'mean predicted', 'observed vulnerable', 'gap'],
    rows: ev.calibration.bins
      .filter((b) => b.count > 0)
      .map((b) => [
        `${b.low.toFixed(1)}–${b.high.toFixed(1)}`,
        String(b.count),
        pct(b.meanPredicted, 1),
        pct(b.observed, 1),
        pct(b.observed !== null && b.meanPredicted !== null ? Math.abs(b.observed - b.meanPredicted) : null, 1),
      ]),
  };
}

/** The main model's most confident mistakes: what to read first. */
export function mistakesTable(ev: Evaluation, limit = 20): Table {
  const wrong = ev.predictions
    .filter((p) => p.predicted !== p.truth)
    .map((p) => {
      const kind = !p.vulnerable ? 'false positive' : !p.flagged ? 'missed' : 'wrong CWE';
      // How sure the model was of its mistake: P(vulnerable) for a false alarm, 1 - P for a miss.
      const confidence = kind === 'missed' ? 1 - p.pVulnerable : p.pVulnerable;
      return { p, kind, confidence };
    })
    .sort((a, b) => b.confidence - a.confidence || (a.p.id < b.p.id ? -1 : 1))
    .slice(0, limit);
  return {
    header: ['example', 'kind', 'true', 'predicted', 'P(vulnerable)', 'top CWEs'],
    rows: wrong.map(({ p, kind }) => [p.id, kind, p.truth, p.predicted, num(p.pVulnerable, 3), p.topCwes.join(', ')]),
    textColumns: [1, 2, 3, 5],
  };
}

export function banditMappingTable(): Table {
  return {
    header: ['Bandit test', 'name', "Bandit's CWE", 'cwescan label', 'why it differs'],
    rows: BANDIT_RULES.map((rule) => [
      rule.id,
      rule.name,
      rule.banditCwe,
      banditLabel(rule.id) ?? '(outside the Top 25: not scored)',
      rule.override?.why ?? '',
    ]),
    textColumns: [1, 2, 3, 4],
  };
}

export function problemsTable(r: EvalReport, limit = 50): Table {
  return {
    header: ['line', 'problem'],
    rows: r.dataset.problems.slice(0, limit).map((p) => [String(p.line), p.message]),
    textColumns: [1],
  };
}

/** The main model's binary figures by example origin (authored, llm, rewrite:<kind>); null with a single origin. */
export function bySourceTable(ev: Evaluation): Table | null {
  if (ev.bySource.length === 0) return null;
  return {
    header: ['source', 'examples', 'accuracy', 'precision', 'recall', 'F1', 'accuracy 95% interval', 'CWE top-1'],
    rows: ev.bySource.map((x) => [
      x.slice,
      String(x.binary.n),
      pct(x.binary.accuracy, 1),
      pct(x.binary.precision, 1),
      pct(x.binary.recall, 1),
      pct(x.binary.f1, 1),
      ci(x.binary.intervals.accuracy, 1),
      pct(x.cweTop1Accuracy, 1),
    ]),
  };
}

/** The most frequent off-diagonal cells of the main model's confusion matrix: which mix-ups to look at first. */
export function topConfusionsTable(ev: Evaluation, limit = 10): Table {
  const { labels, confusion } = ev.multiclass;
  const cells: { t: Label; p: Label; n: number }[] = [];
  confusion.forEach((row, i) =>
    row.forEach((n, j) => {
      if (i !== j && n > 0) cells.push({ t: labels[i] as Label, p: labels[j] as Label, n });
    }),
  );
  cells.sort(
    (a, b) => b.n - a.n || labels.indexOf(a.t) - labels.indexOf(b.t) || labels.indexOf(a.p) - labels.indexOf(b.p),
  );
  return {
    header: ['true class', 'predicted', 'examples', 'share of the true class'],
    rows: cells.slice(0, limit).map((c) => {
      const total = (confusion[labels.indexOf(c.t)] ?? []).reduce((a, b) => a + b, 0);
      return [`${c.t} (${cweName(c.t)})`, `${c.p} (${cweName(c.p)})`, String(c.n), pct(c.n / total, 1)];
    }),
    textColumns: [1],
  };
}

/** The model on rewritten copies of the set, against itself on the originals (eval --robustness); null if not run. */
export function robustnessTable(r: EvalReport): Table | null {
  if (!r.robustness) return null;
  const shift = (v: number | null): string => (v === null ? 'n/a' : `${v >= 0 ? '+' : ''}${v.toFixed(3)}`);
  return {
    header: [
      'rewrite',
      'examples',
      'F1 before -> after',
      'recall before -> after',
      'FPR before -> after',
      'detections kept',
      'decisions changed',
      'mean P(vulnerable) shift, vulnerable',
    ],
    textColumns: [0],
    rows: r.robustness.map((x) => [
      x.edit === 'all' ? 'all, one after another' : x.edit,
      `${x.examples} (${x.vulnerable} vulnerable)`,
      `${pct(x.before.f1, 1)} -> ${pct(x.after.f1, 1)}`,
      `${pct(x.before.recall, 1)} -> ${pct(x.after.recall, 1)}`,
      `${pct(x.before.fpr, 1)} -> ${pct(x.after.fpr, 1)}`,
      `${x.detectedKept} of ${x.detected}`,
      `${x.decisionsChanged} (${pct(x.examples > 0 ? x.decisionsChanged / x.examples : null, 1)})`,
      shift(x.meanVulnerableShift),
    ]),
  };
}
