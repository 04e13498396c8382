#!/usr/bin/env node
// Compares two decision rules on a labelled JSONL set, read the way the scanner reads code (int8, its windows):
// "P(vulnerable)" flags an example when 1 - P(none) reaches the threshold (the evaluator's rule, and the scanner's
// since the fifteenth session) and "max P(CWE)" when its most likely CWE's own probability does (the scanner's
// rule before). Prints binary F1, recall, false-positive rate and CWE top-1 (a miss counts as wrong) per rule and
// threshold. Usage (after `npm run build`):
//   node scripts/decision-rules.mjs <checkpoint> [data.jsonl]      (default: the validation split)
// DIST=<dir> reads the code from another build.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [model, data = 'data/cwe-top25-python/splits/val.jsonl'] = process.argv.slice(2);
if (!model) {
  console.error('usage: node scripts/decision-rules.mjs <checkpoint> [data.jsonl]');
  process.exit(2);
}
const dist = resolve(process.env.DIST ?? resolve(dirname(fileURLToPath(import.meta.url)), '../dist'));
const { loadDetector } = await import(`${dist}/model/registry.js`);
const { binaryMetricsOf } = await import(`${dist}/eval/binary-metrics.js`);
const { topCwe, vulnerableProbability } = await import(`${dist}/model/detector.js`);
const records = readFileSync(data, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l));
const detector = await loadDetector(model, { precision: 'int8' });
const results = await detector.detect(records.map((r) => r.code));
await detector.close();

const rules = {
  'P(vulnerable)': (scores) => vulnerableProbability(scores),
  'max P(CWE)': (scores) => topCwe(scores)?.probability ?? 0,
};
const pct = (x) => (100 * x).toFixed(1).padStart(5);
console.log(`${model} on ${data} (${records.length} examples)`);
console.log('threshold  rule            F1     recall  FPR    CWE top-1');
for (const t of [0.3, 0.4, 0.5, 0.6, 0.7]) {
  for (const [name, score] of Object.entries(rules)) {
    const flagged = results.map((s) => score(s) >= t);
    const m = binaryMetricsOf(
      records.map((r) => r.vulnerable),
      flagged,
    );
    const vulnerable = records.filter((r) => r.vulnerable).length;
    const right = records.filter((r, i) => r.vulnerable && flagged[i] && topCwe(results[i])?.cwe === r.cwe).length;
    console.log(
      `${String(t).padEnd(9)}  ${name.padEnd(14)}  ${pct(m.f1)}  ${pct(m.recall)}   ${pct(m.fpr)}  ${pct(right / vulnerable)}`,
    );
  }
}
