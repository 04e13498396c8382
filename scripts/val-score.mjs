#!/usr/bin/env node
// Scores a checkpoint on a labelled JSONL set the way the scanner reads code (its prompt normalizations, its
// windows, the window with the highest P(vulnerable) giving the result), in float32: mean label loss (-ln of the
// probability of the true label, "none" for safe examples), ROC AUC of P(vulnerable), and binary F1, recall and
// false-positive rate at 0.5. The figure the model card's questions compare checkpoints by. Usage (after
// `npm run build`):
//   node scripts/val-score.mjs <checkpoint> [data.jsonl] [--views N] [--readout answer|maxline] [--threshold t]
// --threshold t gives the binary figures at P(vulnerable) >= t instead of 0.5.
// --views N reads each snippet as written and as up to N - 1 rewrites, averaging the answers (src/model/views.ts).
// --readout maxline reads P(vulnerable) as the highest over the snippet's line ends (models trained with line
// supervision) instead of the answer's; label loss, which needs the answer's distribution, is then left out.
// DIST=<dir> reads the code from another build (a frozen copy, so a rebuild cannot change a running comparison).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
/** The value after `--name` (taken out of args, so what is left is positional), or the fallback. */
const flag = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : fallback;
};
const views = Number(flag('--views', 1));
const threshold = Number(flag('--threshold', 0.5));
if (!(threshold > 0 && threshold <= 1)) {
  console.error(`--threshold must be in (0, 1], got ${threshold}`);
  process.exit(2);
}
const readout = flag('--readout', 'answer');
if (readout !== 'answer' && readout !== 'maxline') {
  console.error(`--readout must be answer or maxline, got ${readout}`);
  process.exit(2);
}
const [model, data = 'data/cwe-top25-python/splits/val.jsonl'] = args;
if (!model) {
  console.error(
    'usage: node scripts/val-score.mjs <checkpoint> [data.jsonl] [--views N] [--readout answer|maxline] [--threshold t]',
  );
  process.exit(2);
}
const dist = resolve(process.env.DIST ?? resolve(dirname(fileURLToPath(import.meta.url)), '../dist'));
const { loadDetector } = await import(`${dist}/model/registry.js`);
const records = readFileSync(data, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l));
const { withViews } = await import(`${dist}/model/views.js`);
const detector = withViews(await loadDetector(model, { precision: 'fp32' }), views);
const results = await detector.detect(records.map((r) => r.code));
const lines = readout === 'maxline' ? await detector.lineScores(records.map((r) => r.code)) : null;
await detector.close();

const { thresholdCurves } = await import(`${dist}/eval/curves.js`);
const { binaryMetricsOf } = await import(`${dist}/eval/binary-metrics.js`);
const prob = (scores, label) => scores.find((s) => s.cwe === label)?.probability ?? 0;
const truth = records.map((r) => r.vulnerable);
const pVuln = lines
  ? lines.map((ls) => Math.max(...ls.map((l) => l.vulnerable)))
  : results.map((scores) => 1 - prob(scores, 'none'));
const loss = records.reduce(
  (sum, r, i) => sum - Math.log(Math.max(prob(results[i], r.vulnerable ? r.cwe : 'none'), 1e-12)),
  0,
);
// The evaluator's own metrics: ROC AUC over every threshold, and the binary figures at the threshold.
const binary = binaryMetricsOf(
  truth,
  pVuln.map((p) => p >= threshold),
);
const round = (x, d) => Number(x.toFixed(d));
console.log(
  JSON.stringify({
    model,
    data,
    ...(views > 1 ? { views } : {}),
    ...(lines ? { readout } : {}),
    ...(threshold !== 0.5 ? { threshold } : {}),
    examples: records.length,
    ...(lines ? {} : { label_loss: round(loss / records.length, 4) }),
    roc_auc: round(thresholdCurves(pVuln, truth).rocAuc, 3),
    f1: round(binary.f1, 3),
    recall: round(binary.recall, 3),
    fpr: round(binary.fpr, 3),
  }),
);
