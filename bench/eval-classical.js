// Benchmark: training and scoring time of the classical baseline (bag of tokens + logistic regression) at the size of
// a real training split. Usage: npx tsx bench/eval-classical.ts [train.jsonl]. Last line: one JSON object.
import { exampleLabel } from '../src/dataset/schema.js';
import { LOGREG_DEFAULTS, trainLogRegBaseline } from '../src/eval/baselines/logreg-baseline.js';
import { readExampleSet } from '../src/eval/read-examples.js';
const path = process.argv[2] ?? 'data/cwe-top25-python/splits/train.jsonl';
const set = await readExampleSet(path);
const train = set.examples.map((e) => ({ code: e.code, label: exampleLabel(e) }));
const t0 = performance.now();
const detector = trainLogRegBaseline(train, path);
const trainSeconds = (performance.now() - t0) / 1000;
const t1 = performance.now();
await detector.detect(set.examples.map((e) => e.code));
const detectSeconds = (performance.now() - t1) / 1000;
const classes = new Set(train.map((e) => e.label)).size;
console.log(`classical baseline on ${path}: ${train.length} examples, ${classes} classes`);
console.log(`  train ${trainSeconds.toFixed(1)} s, score ${detectSeconds.toFixed(2)} s`);
console.log(JSON.stringify({
    bench: 'eval-classical',
    examples: train.length,
    classes,
    vocabulary: LOGREG_DEFAULTS.vocabularySize,
    steps: LOGREG_DEFAULTS.steps,
    train_s: Number(trainSeconds.toFixed(2)),
    score_s: Number(detectSeconds.toFixed(3)),
}));
//# sourceMappingURL=eval-classical.js.map