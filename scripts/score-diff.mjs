#!/usr/bin/env node
// How far apart two checkpoints' answers are, example by example, read the way the scanner reads code, in float32
// and in int8 (the scanner's default arithmetic): the decisions at 0.5 that differ, and the largest and mean absolute
// difference in P(vulnerable). Made for a
// conversion that should change almost nothing (`cwescan train set-dtype --dtype f16`), where the aggregate figures
// of val-score.mjs would hide a few flipped decisions. Usage (after `npm run build`):
//   node scripts/score-diff.mjs <checkpoint-a> <checkpoint-b> [data.jsonl]   (default: the validation split)
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const [a, b, data = 'data/cwe-top25-python/splits/val.jsonl'] = process.argv.slice(2);
if (!a || !b) {
  console.error('usage: node scripts/score-diff.mjs <checkpoint-a> <checkpoint-b> [data.jsonl]');
  process.exit(2);
}
const dist = resolve(process.env.DIST ?? resolve(dirname(fileURLToPath(import.meta.url)), '../dist'));
const { loadDetector } = await import(`${dist}/model/registry.js`);
const code = readFileSync(data, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '')
  .map((l) => JSON.parse(l).code);

async function pVulnerable(model, precision) {
  const detector = await loadDetector(model, { precision });
  try {
    return (await detector.detect(code)).map((s) => 1 - (s.find((x) => x.cwe === 'none')?.probability ?? 0));
  } finally {
    await detector.close();
  }
}
const row = { a, b, data, examples: code.length };
for (const precision of ['fp32', 'int8']) {
  const pa = await pVulnerable(a, precision);
  const pb = await pVulnerable(b, precision);
  const diffs = pa.map((p, i) => Math.abs(p - pb[i]));
  row[precision] = {
    decisions_changed: pa.filter((p, i) => p >= 0.5 !== pb[i] >= 0.5).length,
    max_abs_diff: +Math.max(...diffs).toFixed(5),
    mean_abs_diff: +(diffs.reduce((s, d) => s + d, 0) / diffs.length).toFixed(6),
  };
}
console.log(JSON.stringify(row));
