// Model-size benchmark (a script, not a test): what each candidate shape costs on this machine, so the default
// model's size is chosen by measurement (issue 7: "start near 4 to 8 layers with d_model 256 to 384").
// For each shape: parameters, fp32 weight size, pretraining CPU time per 8 x 512-token step, and scanning cost
// (int8 and fp32 CPU ms to score one function-sized snippet of real stdlib code). Weights are random: cost does not
// depend on their values. The shipped tokenizer (models/default) is used, so the vocabulary is the real one.
// CPU time with one ORT thread measures the work even on a busy machine (see BENCHMARKS.md, engine section).
// Usage: npm run bench:size -- [--steps N] [--shapes 4x256,6x384,...]. Last line: one JSON array.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadCheckpoint } from '../src/model/checkpoint.js';
import { parameterCount } from '../src/model/gpt-config.js';
import { GptScorer } from '../src/model/gpt-scorer.js';
import { createTransformerTrainer, initParams } from '../src/model/transformer.js';
import { DEFAULT_MODEL, buildGptConfig } from '../src/train/model-config.js';
import { lmBatch, writeRandomCheckpoint } from './random-model.js';
import { stdlibDir } from './stdlib.js';

const { values: args } = parseArgs({
  options: {
    steps: { type: 'string', default: '3' },
    shapes: { type: 'string', default: '4x256,6x256,8x256,4x384,6x384,8x384' },
    model: { type: 'string', default: join(import.meta.dirname, '../models/default') },
  },
});
const log = (s: string) => process.stderr.write(s + '\n');
const cpuS = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const { tokenizer: tok } = await loadCheckpoint(args.model);
// Real code: the standard library's os.py, as a token stream (pretraining batches) and as one snippet of about 256
// code tokens (the dataset's median example is 267).
const stdlib = stdlibDir();
const text = (await readFile(join(stdlib, 'os.py'), 'utf8')) + (await readFile(join(stdlib, 'shutil.py'), 'utf8'));
const stream = tok.encode(text);
const lines = text.split('\n');
let n = 0;
while (tok.encode(lines.slice(200, 200 + n + 1).join('\n')).length <= 256) n++;
const snippet = lines.slice(200, 200 + n).join('\n') + '\n';

const B = 8;
const T = DEFAULT_MODEL.n_positions;
const batch = (k: number) => lmBatch(stream, B, T, k);

const rows: Record<string, number | string>[] = [];
const dir = await mkdtemp(join(tmpdir(), 'cwescan-size-'));
try {
  for (const s of args.shapes.split(',')) {
    const [layers, embd] = s.split('x').map(Number) as [number, number];
    // Head size 64 throughout, as the default (256 / 4).
    const shape = { ...DEFAULT_MODEL, n_layer: layers, n_embd: embd, n_head: embd / 64 };
    const config = buildGptConfig(tok, shape, `size-${s}`, 'pretrained');
    const params = initParams(config, 1);
    const count = parameterCount(config);

    const trainer = await createTransformerTrainer(config, params, { threads: 1, batch: B, seqLen: T });
    await trainer.step(batch(0), 1e-4); // warm-up: ORT plans memory on the first run
    const steps = Number(args.steps);
    const c0 = cpuS();
    for (let k = 1; k <= steps; k++) await trainer.step(batch(k), 1e-4);
    const stepCpuMs = ((cpuS() - c0) * 1000) / steps;
    await trainer.release();

    const out = join(dir, s);
    await writeRandomCheckpoint(out, config, tok, params);
    const ckpt = await loadCheckpoint(out);
    const score = async (int8: boolean): Promise<number> => {
      const scorer = await GptScorer.create(ckpt, { threads: 1, int8 });
      for (let i = 0; i < 3; i++) await scorer.score([{ code: snippet }]);
      const c = cpuS();
      for (let i = 0; i < 20; i++) await scorer.score([{ code: snippet }]);
      await scorer.release();
      return ((cpuS() - c) * 1000) / 20;
    };
    const int8Ms = await score(true);
    const fp32Ms = await score(false);
    const row = {
      shape: s,
      parameters: count,
      weights_mb_fp32: Math.round((count * 4) / 1e5) / 10,
      pretrain_cpu_ms_per_step: Math.round(stepCpuMs),
      // One 2-core machine runs two such single-thread processes; tokens per CPU-second is the budget's unit.
      pretrain_tokens_per_cpu_s: Math.round((B * T) / (stepCpuMs / 1000)),
      score_cpu_ms_int8: Math.round(int8Ms * 10) / 10,
      score_cpu_ms_fp32: Math.round(fp32Ms * 10) / 10,
      load_average_1m: Math.round(loadavg()[0]! * 100) / 100,
    };
    log(JSON.stringify(row));
    rows.push(row);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
log(`snippet: ${tok.encode(snippet).length} code tokens (${n} lines of os.py)`);
console.log(JSON.stringify(rows));
