import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCheckpoint, writeCheckpoint } from '../model/checkpoint.js';
import { expectedTensors, type GptConfig } from '../model/gpt-config.js';
import { finetune } from './finetune.js';
import { meanWeights, soup } from './soup.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures');
const BASE = join(FIXTURES, 'models/tiny-gpt-pretrained');
const TRAIN = join(FIXTURES, 'finetune/train.jsonl');
const VAL = join(FIXTURES, 'finetune/val.jsonl');

const tmp = (): string => mkdtempSync(join(tmpdir(), 'cwescan-soup-'));

/** Two runs of one recipe from the fixture base, differing only in their seed. */
let runA: string;
let runB: string;
beforeAll(async () => {
  const dir = tmp();
  runA = join(dir, 'a');
  runB = join(dir, 'b');
  const run = (out: string, seed: number) =>
    finetune({
      base: BASE,
      data: TRAIN,
      val: VAL,
      out,
      threads: 1,
      hyper: { epochs: 2, batch_size: 4, lr: 2e-3, seed },
    });
  await run(runA, 1);
  await run(runB, 2);
});

/** A valid copy of a run with its config changed and, optionally, its base link pointing at other weights. */
async function rewritten(dir: string, edit: (c: GptConfig) => GptConfig, baseSha?: string): Promise<string> {
  const ck = await loadCheckpoint(dir, { expectedTensors });
  const out = join(tmp(), 'copy');
  const { training_data, base, hyperparameters, metrics, training } = ck.manifest;
  await writeCheckpoint(out, {
    config: edit(ck.config),
    tokenizer: ck.tokenizer,
    weights: ck.weights,
    manifest: {
      training_data,
      base: baseSha ? { path: 'elsewhere', weights_sha256: baseSha } : base,
      hyperparameters,
      metrics,
      training,
    },
  });
  return out;
}

describe('soup', () => {
  it('writes the element-wise mean of the runs, with a manifest that names every ingredient', async () => {
    const out = join(tmp(), 'soup');
    const r = await soup({ inputs: [runA, runB], out, name: 'tiny-soup', threads: 1 });
    const [a, b, s] = await Promise.all([runA, runB, out].map((d) => loadCheckpoint(d, { expectedTensors })));
    for (const [name, t] of s!.weights) {
      const x = a!.weights.get(name)!.data;
      const y = b!.weights.get(name)!.data;
      for (const i of [0, t.data.length >> 1, t.data.length - 1]) expect(t.data[i]).toBeCloseTo((x[i]! + y[i]!) / 2, 6);
    }
    expect(s!.fingerprint).not.toBe(a!.fingerprint);
    expect(s!.config.name).toBe('tiny-soup');
    expect(s!.config.stage).toBe('finetuned');
    expect(s!.manifest.base).toEqual(a!.manifest.base);
    expect(s!.manifest.training_data).toEqual(a!.manifest.training_data); // same recipe, same data
    const listed = (s!.manifest.hyperparameters.soup as { ingredients: { weights_sha256: string; seed: number }[] })
      .ingredients;
    expect(listed.map((x) => [x.weights_sha256, x.seed])).toEqual([
      [a!.fingerprint, 1],
      [b!.fingerprint, 2],
    ]);
    expect(r.val).toBeUndefined();
  });

  it('with --val, scores each run as its fine-tuning did and the soup the same way', async () => {
    const out = join(tmp(), 'soup');
    const r = await soup({ inputs: [runA, runB], out, val: VAL, threads: 1 });
    const [a, b] = await Promise.all([runA, runB].map((d) => loadCheckpoint(d)));
    // The recomputed loss of each run is the validation loss its fine-tuning recorded for the kept epoch.
    expect(r.ingredients[0]!.val!.loss).toBeCloseTo(a!.manifest.metrics.val_loss!, 5);
    expect(r.ingredients[1]!.val!.loss).toBeCloseTo(b!.manifest.metrics.val_loss!, 5);
    const s = await loadCheckpoint(out);
    expect(s.manifest.metrics.val_loss).toBe(r.val!.loss);
    expect(Number.isFinite(r.val!.loss)).toBe(true);
  });

  it('names the data of runs trained on different files by a hash of their hashes', async () => {
    const other = join(tmp(), 'val-trained');
    await finetune({ base: BASE, data: VAL, out: other, threads: 1, hyper: { epochs: 1, batch_size: 4, seed: 3 } });
    const out = join(tmp(), 'soup');
    await soup({ inputs: [runA, other], out, threads: 1 });
    const [a, o, s] = await Promise.all([runA, other, out].map((d) => loadCheckpoint(d)));
    expect(s!.manifest.training_data.sha256).not.toBe(a!.manifest.training_data.sha256);
    expect(s!.manifest.training_data.sha256).not.toBe(o!.manifest.training_data.sha256);
    expect(s!.manifest.training_data.description).toContain('soup of runs on different data');
  });

  it('averages in an order-independent way', () => {
    const t = (xs: number[]) =>
      new Map([['w', { dtype: 'float32' as const, shape: [xs.length], data: Float32Array.from(xs) }]]);
    const m1 = meanWeights([t([0.1, 1e7]), t([0.2, 1]), t([0.3, -1e7])]).get('w')!.data;
    const m2 = meanWeights([t([0.3, -1e7]), t([0.1, 1e7]), t([0.2, 1])]).get('w')!.data;
    expect(Array.from(m1)).toEqual(Array.from(m2));
    expect(m1[0]).toBeCloseTo(0.2, 6);
    expect(m1[1]).toBeCloseTo(1 / 3, 6);
  });

  it('refuses what cannot be averaged: one run, a run twice, a pretrained checkpoint, another base or prompt, an existing --out', async () => {
    const out = join(tmp(), 'soup');
    await expect(soup({ inputs: [runA], out })).rejects.toThrow(/at least two/);
    await expect(soup({ inputs: [runA, runA], out })).rejects.toThrow(/listed twice/);
    await expect(soup({ inputs: [runA, BASE], out })).rejects.toThrow(/pretrained checkpoint/);
    const other = await rewritten(runB, (cfg) => cfg, 'f'.repeat(64)); // same shape, another base
    await expect(soup({ inputs: [runA, other], out })).rejects.toThrow(/different base weights/);
    const described = await rewritten(runB, (cfg) => ({ ...cfg, prompt: { ...cfg.prompt, with_description: true } }));
    await expect(soup({ inputs: [runA, described], out })).rejects.toThrow(/configs differ/);
    const taken = join(tmp(), 'taken');
    cpSync(runA, taken, { recursive: true });
    await expect(soup({ inputs: [runA, runB], out: taken })).rejects.toThrow(/already holds a checkpoint/);
  });

  it('refuses runs calibrated to different none-logit biases', async () => {
    const c = await rewritten(runB, (cfg) => ({ ...cfg, none_logit_bias: -1.5 }));
    await expect(soup({ inputs: [runA, c], out: join(tmp(), 's') })).rejects.toThrow(/none-logit biases differ/);
  });
});
