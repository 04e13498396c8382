#!/usr/bin/env node
// Scores a checkpoint on a labelled JSONL set the way the scanner reads code (its prompt normalizations, its
// windows, the window with the highest P(vulnerable) giving the result), in float32: mean label loss (-ln of the
// probability of the true label, "none" for safe examples), ROC AUC of P(vulnerable), and binary F1, recall and
// false-positive rate at 0.5. The figure the model card's questions compare checkpoints by. Usage (after
// `npm run build`):
//   node scripts/val-score.mjs <checkpoint> [data.jsonl]      (default: the validation split)
// DIST=<dir> reads the code from another build (a frozen copy, so a rebuild cannot change a running comparison).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [model, data = 'data/cwe-top25-python/splits/val.jsonl'] = process.argv.slice(2);
if (!model) {
  console.error('usage: node scripts/val-score.mjs <checkpoint> [data.jsonl]');
  process.exit(2);
}
const dist = resolve(process.env.DIST ?? resolve(dirname(fileURLToPath(import.meta.url)), '../dist'));
const { loadDetector } = await import(`${dist}/model/registry.js`);
const records = readFileSync(data, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l));
const detector = await loadDetector(model, { precision: 'fp32' });
const results = await detector.detect(records.map((r) => r.code));
await detector.close();

const prob = (scores, label) => scores.find((s) => s.cwe === label)?.probability ?? 0;
let loss = 0;
const c = { tp: 0, fp: 0, fn: 0 };
const pos = [];
const neg = [];
records.forEach((r, i) => {
  const scores = results[i];
  loss -= Math.log(Math.max(prob(scores, r.vulnerable ? r.cwe : 'none'), 1e-12));
  const pVuln = 1 - prob(scores, 'none');
  (r.vulnerable ? pos : neg).push(pVuln);
  if (pVuln >= 0.5) c[r.vulnerable ? 'tp' : 'fp']++;
  else if (r.vulnerable) c.fn++;
});
let wins = 0;
for (const p of pos) for (const n of neg) wins += p > n ? 1 : p === n ? 0.5 : 0;
const round = (x, d) => Number(x.toFixed(d));
console.log(
  JSON.stringify({
    model,
    data,
    examples: records.length,
    label_loss: round(loss / records.length, 4),
    roc_auc: round(wins / (pos.length * neg.length), 3),
    f1: round((2 * c.tp) / (2 * c.tp + c.fp + c.fn), 3),
    recall: round(c.tp / pos.length, 3),
    fpr: round(c.fp / neg.length, 3),
  }),
);
