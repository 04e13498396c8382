// The report's method notes: how each figure is defined and what each baseline was, in plain sentences shared by the
// Markdown and HTML renderers.
import { pct } from './format.js';
import { PAPER, paperF1Note } from './paper.js';
import type { EvalReport } from './report-model.js';

export function methodNotes(r: EvalReport): string[] {
  const notes: string[] = [];
  notes.push(
    `Decision rule: an example is flagged when P(vulnerable) = 1 − P(none) ≥ ${r.threshold}. A flagged example's predicted ` +
      `class is its most likely CWE; an unflagged one is "none". Binary metrics, the confusion matrix and per-CWE ` +
      `figures all use this one rule.`,
  );
  notes.push(
    'CWE top-1 accuracy: the share of vulnerable examples whose predicted class is their own CWE (a miss counts as ' +
      'wrong). Ranked top-1 and top-3 (in metrics.json) ignore the threshold and ask only whether the right CWE is ranked first or in the first three.',
  );
  notes.push(
    'Macro-F1: the mean of per-class F1 = 2TP / (2TP + FP + FN) over the 26 classes (25 CWEs and "none"), leaving out ' +
      'classes that occur neither in the truth nor in the predictions (their F1 is undefined).',
  );
  notes.push(
    'Twin-pair accuracy: the share of (vulnerable, fixed) pairs, linked by the dataset\'s "twin" field, where the ' +
      'vulnerable one is flagged and the fixed one is not. A detector that reacts to the topic of the code rather than the weakness flags both.',
  );
  notes.push(
    'Intervals: 95% Wilson score intervals for proportions; F1 and macro-F1 use a seeded percentile bootstrap over ' +
      'examples (1,000 resamples). Calibration: expected calibration error over 10 equal-width bins of P(vulnerable).',
  );
  notes.push(
    `Paper: ${PAPER.citation}; its test set: ${PAPER.testSet}. Our test set is not theirs, so "paper vs ours" compares reports, not models on the same data.`,
  );
  notes.push(paperF1Note().text);
  if (r.classical) {
    const c = r.classical;
    notes.push(
      `Classical baseline: bag of tokens (${c.vocabularySize} most frequent identifier/number/symbol tokens, binary ` +
        `presence, L2-normalised) + one-vs-rest logistic regression (ml-logistic-regression, ${c.steps} gradient steps; ` +
        `settings chosen on the validation split of data/cwe-top25-python; P(none) is the none-vs-rest classifier's own ` +
        `score and the CWEs share the rest), trained on ` +
        `${c.examples} examples of ${c.path} (sha256 ${c.sha256.slice(0, 12)}) in ${c.seconds.toFixed(1)} s. ` +
        (c.overlapIds + c.overlapCode > 0
          ? `Warning: ${c.overlapIds} training ids and ${c.overlapCode} training snippets also occur in the test set.`
          : 'No training id or snippet occurs in the test set.'),
    );
  }
  if (r.bandit) {
    const s = r.bandit.stats;
    const unmapped = Object.entries(s.unmapped)
      .sort((a, b) => b[1] - a[1])
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ');
    notes.push(
      `Bandit (${r.bandit.version}): each snippet written to its own file in a temp dir and scanned with Bandit's ` +
        `default tests. Findings are mapped to labels by test id (table below); a snippet is flagged when it has a ` +
        `mapped finding, scored 0.5 + 0.5 × severity × confidence / 9 (an ordinal, not a probability, so its calibration ` +
        `figures mean little). ${s.findings} findings in all` +
        (unmapped ? `; outside the Top 25 and not scored: ${unmapped}` : '') +
        (s.parseErrors ? `; ${s.parseErrors} snippets Bandit could not parse` : '') +
        '.',
    );
  }
  for (const s of r.skipped) notes.push(`Not run: ${s.role}: ${s.reason}`);
  if (r.main.model.isTestModel) {
    notes.push(
      'The evaluated checkpoint is a test model (a deterministic test double): its figures say nothing about detection quality.',
    );
  }
  const missing = 'missing' in r.trainLog ? r.trainLog.missing : null;
  if (missing) notes.push(`Training curves omitted: ${missing}.`);
  if (r.dataset.problems.length > 0) {
    notes.push(
      `${r.dataset.problems.length} malformed records of the dataset were left out (listed below with their line numbers).`,
    );
  }
  notes.push(
    `Share of vulnerable examples in the test set: ${pct(r.dataset.vulnerable / Math.max(1, r.dataset.examples), 1)} (a detector that flags everything gets this precision).`,
  );
  return notes;
}

/** What the robustness table measures, above it in both renderers. */
export const ROBUSTNESS_NOTE =
  'Each rewrite (src/python/rewrite.ts) changes how the code is written, not what it does: local names, quotes, ' +
  'import order, a call argument moved into a variable, a variable read once put in place of its name, a ' +
  'docstring added to each function, a comment (some of ' +
  'them reassuring) above each statement with a call, or all of them in a row. Each row compares the model on the ' +
  'examples a rewrite applies to with itself on their originals, so every changed decision is a mistake; a ' +
  'detection that is not kept is an evasion that worked.';
