// The transformer end to end: whole-model gradients vs finite differences, learning a toy task, inference equals
// the training graph's forward pass, frozen parameters, LoRA, gradient accumulation.
import { describe, expect, it } from 'vitest';
import { checkGradients, randomTensor } from '../engine/gradcheck.js';
import type { Value } from '../engine/graph.js';
import { mulberry32 } from '../engine/rng.js';
import { floatTensor, int64Tensor, type HostTensor } from '../engine/tensor.js';
import {
  createTransformerTrainer,
  initParams,
  lmLoss,
  paramSpecs,
  parseTransformerConfig,
  TransformerInference,
  type LoraConfig,
  type TransformerConfig,
} from './transformer.js';

const tiny = (over: Record<string, unknown> = {}) =>
  parseTransformerConfig({ vocab_size: 11, n_positions: 8, n_embd: 8, n_layer: 2, n_head: 2, ...over });

/** Reverse task: x1..xL SEP xL..x1, loss only on the reversed half; digits 1..9, SEP = 10, pad/target filler 0. */
function reverseBatch(rnd: () => number, B: number, L: number, dtype: 'float32' | 'float64' = 'float32') {
  const T = 2 * L + 1;
  const ids: number[] = [];
  const tg: number[] = [];
  const mk: number[] = [];
  for (let b = 0; b < B; b++) {
    const xs = Array.from({ length: L }, () => 1 + Math.floor(rnd() * 9));
    const seq = [...xs, 10, ...[...xs].reverse()];
    for (let t = 0; t < T; t++) {
      ids.push(seq[t]!);
      tg.push(t + 1 < T ? seq[t + 1]! : 0);
      mk.push(t >= L && t + 1 < T ? 1 : 0);
    }
  }
  return {
    input_ids: int64Tensor([B, T], ids),
    targets: int64Tensor([B, T], tg),
    loss_mask: floatTensor(dtype, [B, T], mk),
  };
}

async function checkModel(cfg: TransformerConfig, lora?: LoraConfig) {
  const specs = paramSpecs(cfg, { lora });
  const feeds: Record<string, HostTensor> = {};
  specs.forEach((s, i) => (feeds[s.name] = randomTensor(s.shape, 31 + i, 0.5)));
  const batch = reverseBatch(mulberry32(3), 2, 2, 'float64');
  // Right padding: the last position of row 1 is a pad token with mask 0.
  Object.assign(feeds, batch);
  const results = await checkGradients(
    (g) => {
      const p = new Map<string, Value>();
      for (const s of specs) p.set(s.name, g.input(s.name, 'float64', s.shape));
      const { loss } = lmLoss(cfg, { lora })(g, p);
      return { loss, wrt: specs.filter((s) => s.trainable).map((s) => p.get(s.name)!) };
    },
    feeds,
    { maxPerTensor: 5 },
  );
  expect(results.length).toBe(specs.filter((s) => s.trainable).length);
  for (const r of results) expect(r.maxError, r.name).toBeLessThan(1e-6);
}

describe('whole transformer gradients vs finite differences (float64)', () => {
  it('learned positions, LayerNorm, GELU', () => checkModel(tiny()));
  it('rotary positions, RMSNorm, SiLU, no biases', () =>
    checkModel(tiny({ position_embedding: 'rope', norm: 'rmsnorm', activation_function: 'silu', bias: false })));
  it('LoRA adapters (only adapters differentiated)', () =>
    checkModel(tiny(), { targets: ['attn.c_attn', 'mlp.c_proj'], rank: 2, alpha: 4 }));
});

describe('training', () => {
  it('learns to reverse a sequence to near-zero loss in 300 steps', async () => {
    const cfg = parseTransformerConfig({ vocab_size: 11, n_positions: 16, n_embd: 32, n_layer: 2, n_head: 2 });
    const trainer = await createTransformerTrainer(cfg, initParams(cfg, 1), { threads: 1, adamw: { weightDecay: 0 } });
    const rnd = mulberry32(5);
    let first = 0;
    let last = 0;
    for (let s = 0; s < 300; s++) {
      const r = await trainer.step(reverseBatch(rnd, 16, 4), 3e-3);
      if (s === 0) first = r.loss;
      last = r.loss;
    }
    expect(first).toBeGreaterThan(1.5);
    expect(last).toBeLessThan(0.02);
    await trainer.release();
  });

  it('inference session outputs equal the training graph forward outputs', async () => {
    const cfg = tiny({ position_embedding: 'rope', dropout: 0 });
    const trainer = await createTransformerTrainer(cfg, initParams(cfg, 2), { threads: 1, exposeLogits: true });
    const batch = reverseBatch(mulberry32(9), 3, 3);
    await trainer.step(batch, 1e-2); // move away from the initial weights
    const weights = new Map([...trainer.parameters()].map(([k, v]) => [k, { ...v, data: v.data.slice() }] as const));
    const r = await trainer.step(batch, 0); // forward with `weights` (lr 0 still updates moments only)
    const inf = await TransformerInference.create(cfg, weights, {
      logits: true,
      hidden: true,
      atPositions: true,
      tokenSubset: [3, 7],
      threads: 1,
    });
    const out = await inf.run(batch.input_ids, int64Tensor([3], [6, 2, 0]));
    const a = out.logits!.data as Float32Array;
    const b = r.outputs.logits!.data as Float32Array;
    expect(out.logits!.shape).toEqual([3, 7, 11]);
    expect(a.length).toBe(b.length);
    for (let i = 0; i < a.length; i++) expect(Math.abs(a[i]! - b[i]!)).toBeLessThan(1e-5);
    // Position outputs are the rows of the full outputs.
    const V = 11;
    const rows = [0 * 7 + 6, 1 * 7 + 2, 2 * 7 + 0];
    rows.forEach((row, bi) => {
      for (let v = 0; v < V; v++) expect(out.logits_at!.data[bi * V + v]).toBeCloseTo(a[row * V + v]!, 5);
      expect(out.subset_logits_at!.data[bi * 2]).toBeCloseTo(a[row * V + 3]!, 5);
      expect(out.subset_logits_at!.data[bi * 2 + 1]).toBeCloseTo(a[row * V + 7]!, 5);
      expect(out.hidden_at!.data[bi * 8]).toBeCloseTo(out.hidden!.data[row * 8] as number, 5);
    });
    await inf.release();
    await trainer.release();
  });

  it('frozen parameters stay unchanged while the others train', async () => {
    const cfg = tiny();
    const init = initParams(cfg, 4);
    const trainer = await createTransformerTrainer(cfg, init, {
      threads: 1,
      freeze: ['transformer.wte.weight', 'transformer.h.0.'],
    });
    const batch = reverseBatch(mulberry32(1), 4, 3);
    for (let i = 0; i < 3; i++) await trainer.step(batch, 1e-2);
    const after = trainer.parameters();
    for (const [name, t] of init) {
      const same = t.data.every((x, i) => x === after.get(name)!.data[i]);
      const frozen = name === 'transformer.wte.weight' || name.startsWith('transformer.h.0.');
      expect(same, name).toBe(frozen);
    }
    await trainer.release();
  });

  it('LoRA trains only the adapters, and the adapters change the model', async () => {
    const cfg = tiny();
    const lora: LoraConfig = { targets: ['attn.c_attn', 'mlp.c_fc'], rank: 2, alpha: 4 };
    const base = initParams(cfg, 6);
    const trainer = await createTransformerTrainer(cfg, base, { threads: 1, lora }, 6);
    const before = new Map([...trainer.parameters()].map(([k, v]) => [k, v.data.slice()] as const));
    const batch = reverseBatch(mulberry32(2), 4, 3);
    const l0 = (await trainer.step(batch, 2e-2)).loss;
    let l = l0;
    for (let i = 0; i < 20; i++) l = (await trainer.step(batch, 2e-2)).loss;
    expect(l).toBeLessThan(l0);
    for (const [name, t] of trainer.parameters()) {
      const changed = t.data.some((x, i) => x !== before.get(name)![i]);
      expect(changed, name).toBe(name.includes('lora_'));
    }
    await trainer.release();
  });

  it('gradient accumulation over 2 micro-batches equals one step on the whole batch', async () => {
    const cfg = tiny();
    const init = initParams(cfg, 8);
    const full = reverseBatch(mulberry32(4), 4, 3, 'float64');
    const half = (t: HostTensor, k: number): HostTensor => {
      const n = t.data.length / 2;
      return { dtype: t.dtype, shape: [2, ...t.shape.slice(1)], data: t.data.slice(k * n, (k + 1) * n) };
    };
    const one = await createTransformerTrainer(cfg, init, { threads: 1, dtype: 'float64' });
    await one.step(full, 1e-2);
    const acc = await createTransformerTrainer(cfg, init, { threads: 1, dtype: 'float64', accumulationSteps: 2 });
    const part = (k: number) => ({
      input_ids: half(full.input_ids, k),
      targets: half(full.targets, k),
      loss_mask: half(full.loss_mask, k),
    });
    expect((await acc.step(part(0), 1e-2)).updated).toBe(false);
    expect((await acc.step(part(1), 1e-2)).updated).toBe(true);
    const a = one.parameters();
    const b = acc.parameters();
    for (const [name, t] of a)
      for (let i = 0; i < t.data.length; i++)
        expect(Math.abs((t.data[i] as number) - (b.get(name)!.data[i] as number))).toBeLessThan(1e-9);
    await one.release();
    await acc.release();
  });
});

describe('sessions', () => {
  it('an inference session built from the trainer shares its live weights', async () => {
    const cfg = tiny();
    const trainer = await createTransformerTrainer(cfg, initParams(cfg, 3), { threads: 1 });
    const live = await TransformerInference.fromTrainer(cfg, trainer, { logits: true, threads: 1 });
    const batch = reverseBatch(mulberry32(8), 2, 3);
    const before = Float32Array.from((await live.run(batch.input_ids)).logits!.data as Float32Array);
    await trainer.step(batch, 5e-2);
    const after = (await live.run(batch.input_ids)).logits!.data as Float32Array;
    const copy = new Map([...trainer.parameters()].map(([k, v]) => [k, { ...v, data: v.data.slice() }] as const));
    const baked = await TransformerInference.create(cfg, copy, { logits: true, threads: 1 });
    const ref = (await baked.run(batch.input_ids)).logits!.data as Float32Array;
    expect(after.some((x, i) => x !== before[i])).toBe(true);
    for (let i = 0; i < ref.length; i++) expect(after[i]).toBeCloseTo(ref[i]!, 5);
    await Promise.all([live.release(), baked.release(), trainer.release()]);
  });

  it('resuming from saved parameters and optimizer state continues exactly', async () => {
    const cfg = tiny();
    const opts = { threads: 1, dtype: 'float64' as const };
    const rnd = mulberry32(12);
    const batches = [0, 1, 2].map(() => reverseBatch(rnd, 2, 3, 'float64'));
    const a = await createTransformerTrainer(cfg, initParams(cfg, 5), opts);
    await a.step(batches[0]!, 1e-2);
    await a.step(batches[1]!, 1e-2);
    const copy = (m: Map<string, HostTensor>) =>
      new Map([...m].map(([k, v]) => [k, { ...v, data: v.data.slice() }] as const));
    const saved = copy(a.parameters());
    const savedOpt = copy(a.optimizerState());
    await a.step(batches[2]!, 1e-2);
    const b = await createTransformerTrainer(cfg, saved, opts);
    b.loadOptimizerState(savedOpt, a.stepCount - 1);
    await b.step(batches[2]!, 1e-2);
    expect(b.stepCount).toBe(3);
    for (const [name, t] of a.parameters()) expect([...b.parameters().get(name)!.data], name).toEqual([...t.data]);
    await Promise.all([a.release(), b.release()]);
  });

  it('rejects bad batches with an error that names the problem', async () => {
    const cfg = tiny();
    const trainer = await createTransformerTrainer(cfg, initParams(cfg, 1), { threads: 1 });
    const ok = reverseBatch(mulberry32(1), 2, 3);
    const badId = { ...ok, input_ids: int64Tensor([2, 7], new Array(14).fill(11)) };
    await expect(trainer.step(badId, 1e-3)).rejects.toThrow(/input_ids\[0, 0\] = 11 is outside the vocabulary 0..10/);
    const tooLong = reverseBatch(mulberry32(1), 1, 4); // T = 9 > n_positions 8
    await expect(trainer.step(tooLong, 1e-3)).rejects.toThrow(/sequence length 9 is outside 1..8/);
    const wrongMask = { ...ok, loss_mask: floatTensor('float64', [2, 7], new Array(14).fill(1)) };
    await expect(trainer.step(wrongMask, 1e-3)).rejects.toThrow(
      /input 'loss_mask' is float64 \(2, 7\), expected float32 \(B, T\)/,
    );
    const mismatch = { ...ok, targets: int64Tensor([3, 7], new Array(21).fill(0)) };
    await expect(trainer.step(mismatch, 1e-3)).rejects.toThrow(/dim 'B' is 3 in input 'targets' but 2 in 'input_ids'/);
    const { loss_mask: _omit, ...missing } = ok;
    await expect(trainer.step(missing as never, 1e-3)).rejects.toThrow(/missing input 'loss_mask'/);
    await trainer.release();
  });
});

describe('config and parameters', () => {
  it('initParams is deterministic by seed and uses HF GPT-2 names', () => {
    const cfg = tiny();
    const a = initParams(cfg, 1);
    const b = initParams(cfg, 1);
    const c = initParams(cfg, 2);
    expect([...a.keys()]).toContain('transformer.h.1.attn.c_attn.weight');
    expect(a.get('transformer.h.1.attn.c_attn.weight')!.shape).toEqual([8, 24]);
    expect(a.get('transformer.wte.weight')!.data).toEqual(b.get('transformer.wte.weight')!.data);
    expect(a.get('transformer.wte.weight')!.data).not.toEqual(c.get('transformer.wte.weight')!.data);
    expect([...a.get('transformer.ln_f.weight')!.data]).toEqual(new Array(8).fill(1));
  });

  it('rejects a bad config naming every problem', () => {
    expect(() => parseTransformerConfig({ vocab_size: 0, n_positions: 8, n_embd: 8, n_layer: 1 })).toThrow(
      /vocab_size.*n_head|n_head.*vocab_size/,
    );
    expect(() => tiny({ n_head: 3 })).toThrow(/not divisible/);
  });
});
