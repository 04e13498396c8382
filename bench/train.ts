// Training-pipeline benchmark (a script, not a test), at the default model size (vocab 8192, 4 layers, d 256,
// 4 heads, context 512): tokenizer encoding speed, pretraining tokens/s, fine-tuning 400 examples x 3 epochs, and
// scoring one 200-token snippet. Real Python from the local standard library is the text.
// Usage: npx tsx bench/train.ts [--threads N] [--pretrain-steps N]. Last line: one JSON object.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { globby } from 'globby';
import { loadCheckpoint } from '../src/model/checkpoint.js';
import { GptScorer } from '../src/model/gpt-scorer.js';
import { LABELS } from '../src/model/labels.js';
import { PROMPT_TEXT } from '../src/model/prompt.js';
import { SPECIAL_TOKENS } from '../src/model/special-tokens.js';
import { createTransformerTrainer, initParams } from '../src/model/transformer.js';
import { trainBpe } from '../src/tokenizer/train-bpe.js';
import { finetune } from '../src/train/finetune.js';
import { DEFAULT_MODEL, buildGptConfig } from '../src/train/model-config.js';
import { lmBatch, writeRandomCheckpoint } from './random-model.js';
import { stdlibDir } from './stdlib.js';

const { values: args } = parseArgs({
  options: {
    threads: { type: 'string', default: String(Math.min(2, availableParallelism())) },
    'pretrain-steps': { type: 'string', default: '8' },
  },
});
const threads = Number(args.threads);
const log = (s: string) => process.stderr.write(s + '\n');
/** Process CPU seconds (user + system): on a shared, oversubscribed machine this measures the work, not the wait. */
const cpuS = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

// ---- text: the standard library of the local python3, split by file into a training and a held-out half ----
const stdlib = (() => {
  try {
    return stdlibDir();
  } catch {
    return join(import.meta.dirname, '../test/fixtures/corpus');
  }
})();
const files = (await globby('*.py', { cwd: stdlib, absolute: true })).sort();
const texts = await Promise.all(files.map((f) => readFile(f, 'utf8')));
const trainTexts: string[] = [];
const heldOut: string[] = [];
let trainBytes = 0;
texts.forEach((t, i) =>
  i % 2 === 0 && trainBytes < 8e6 ? ((trainBytes += t.length), trainTexts.push(t)) : heldOut.push(t),
);

// ---- tokenizer: train on ~8 MB, encode the held-out files with a cold cache ----
let t0 = performance.now();
// As pretrain() does: the fixed prompt text counts as 500 more files, so its words are single tokens.
const tok = trainBpe([...trainTexts, ...Array<string>(500).fill(PROMPT_TEXT)], {
  vocabSize: 8192,
  specialTokens: SPECIAL_TOKENS,
});
const tokTrainS = (performance.now() - t0) / 1000;
const heldBytes = heldOut.reduce((n, t) => n + Buffer.byteLength(t), 0);
t0 = performance.now();
const encodeCpu0 = cpuS();
let heldTokens = 0;
for (const t of heldOut) heldTokens += tok.encode(t).length;
const encodeS = (performance.now() - t0) / 1000;
const encodeCpuS = cpuS() - encodeCpu0;
const tokenizerMbPerS = heldBytes / 1e6 / encodeS;
log(
  `tokenizer: trained on ${(trainBytes / 1e6).toFixed(1)} MB in ${tokTrainS.toFixed(1)} s; encoded ${(heldBytes / 1e6).toFixed(1)} MB held-out in ${encodeS.toFixed(2)} s = ${tokenizerMbPerS.toFixed(1)} MB/s, ${(heldBytes / heldTokens).toFixed(2)} bytes/token`,
);

// ---- pretraining throughput at the default size ----
const config = buildGptConfig(tok, DEFAULT_MODEL, 'bench', 'pretrained');
const T = config.n_positions;
const B = 8;
const params = initParams(config, 1);
const trainer = await createTransformerTrainer(config, params, { threads, batch: B, seqLen: T });
const stream = tok.encode(heldOut.join('\n'));
const batch = (k: number) => lmBatch(stream, B, T, k);
await trainer.step(batch(0), 1e-4); // warm-up: ORT plans memory on the first run
const steps = Number(args['pretrain-steps']);
t0 = performance.now();
let c0 = cpuS();
for (let s = 1; s <= steps; s++) await trainer.step(batch(s), 1e-4);
const pretrainTokensPerS = (steps * B * T) / ((performance.now() - t0) / 1000);
const pretrainCpuMsPerStep = ((cpuS() - c0) * 1000) / steps;
await trainer.release();
log(
  `pretrain: ${steps} steps of ${B}x${T} tokens, ${Math.round(pretrainTokensPerS)} tokens/s (${threads} threads), ${Math.round(pretrainCpuMsPerStep)} CPU ms per step`,
);

// ---- fine-tuning 400 examples x 3 epochs from a default-size checkpoint ----
const dir = await mkdtemp(join(tmpdir(), 'cwescan-bench-'));
const base = join(dir, 'base');
await writeRandomCheckpoint(base, config, tok, params);
// 400 function-sized snippets of real Python (15 lines each), labels cycling over the 26 classes.
const lines = heldOut.join('\n').split('\n');
const examples = Array.from({ length: 400 }, (_, i) => {
  const label = LABELS[i % LABELS.length]!;
  const code = lines.slice(i * 15, i * 15 + 15).join('\n') + '\n';
  return JSON.stringify({
    id: `bench-${i}`,
    cwe: label === 'none' ? null : label,
    vulnerable: label !== 'none',
    language: 'python',
    code,
    lines: label === 'none' ? [] : [1],
    explanation: 'Benchmark record: real code with an arbitrary label, for timing only.',
    twin: null,
    source: 'authored',
    review: { status: 'accepted', by: 'bench', at: '2026-01-01T00:00:00Z', note: '' },
    tags: [],
  });
});
await writeFile(join(dir, 'train.jsonl'), examples.join('\n') + '\n');
t0 = performance.now();
c0 = cpuS();
const ft = await finetune({
  base,
  data: join(dir, 'train.jsonl'),
  out: join(dir, 'ft'),
  threads,
  hyper: { epochs: 3, batch_size: 8, patience: 0 },
});
const finetuneSeconds = (performance.now() - t0) / 1000;
const finetuneCpuSeconds = cpuS() - c0;
log(
  `finetune: 400 examples x 3 epochs = ${ft.steps} steps in ${finetuneSeconds.toFixed(1)} s (${finetuneCpuSeconds.toFixed(1)} CPU s)`,
);

// ---- scoring one 200-token snippet (median of 30 single-snippet calls), int8 (the default) and fp32 ----
const ckpt = await loadCheckpoint(join(dir, 'ft'));
let snippetLines = 0;
while (tok.encode(lines.slice(0, snippetLines + 1).join('\n')).length <= 200) snippetLines++;
const snippet = lines.slice(0, snippetLines).join('\n');
const snippetTokens = tok.encode(snippet).length;
async function timeScoring(int8: boolean): Promise<{ ms: number; cpuMs: number }> {
  const scorer = await GptScorer.create(ckpt, { threads, int8 });
  for (let i = 0; i < 3; i++) await scorer.score([{ code: snippet }]);
  const times: number[] = [];
  const c = cpuS();
  for (let i = 0; i < 30; i++) {
    const s = performance.now();
    await scorer.score([{ code: snippet }]);
    times.push(performance.now() - s);
  }
  const cpuMs = ((cpuS() - c) * 1000) / 30;
  times.sort((a, b) => a - b);
  const ms = times[Math.floor(times.length / 2)]!;
  log(
    `score (${int8 ? 'int8' : 'fp32'}): one ${snippetTokens}-token snippet (${scorer.encoder.windows(snippet)[0]!.ids.length} prompt tokens), median ${ms.toFixed(2)} ms`,
  );
  await scorer.release();
  return { ms, cpuMs };
}
const { ms: scoreMs, cpuMs: scoreCpuMs } = await timeScoring(true);
const { ms: scoreFp32Ms } = await timeScoring(false);
await rm(dir, { recursive: true, force: true });

console.log(
  JSON.stringify({
    tokenizer_mb_per_s: round(tokenizerMbPerS, 2),
    pretrain_tokens_per_s: Math.round(pretrainTokensPerS),
    finetune_seconds_400: round(finetuneSeconds, 1),
    score_ms_per_snippet: round(scoreMs, 2),
    threads,
    tokenizer_train_s: round(tokTrainS, 1),
    tokenizer_mb_per_cpu_s: round(heldBytes / 1e6 / encodeCpuS, 2),
    pretrain_cpu_ms_per_step: Math.round(pretrainCpuMsPerStep),
    finetune_cpu_seconds_400: round(finetuneCpuSeconds, 1),
    score_cpu_ms_per_snippet: round(scoreCpuMs, 2),
    score_fp32_ms_per_snippet: round(scoreFp32Ms, 2),
    load_average_1m: round(loadavg()[0]!, 2),
  }),
);

function round(x: number, d: number): number {
  return Math.round(x * 10 ** d) / 10 ** d;
}
