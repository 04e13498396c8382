// The transformer end to end: whole-model gradients vs finite differences, learning a toy task, inference equals
// the training graph's forward pass, frozen parameters, LoRA, gradient accumulation.
import { describe, expect, it } from 'vitest';
import { checkGradients, randomTensor } from '../engine/gradcheck.js';
import type { Value } from '../engine/graph.js';
import { crossEntropy } from '../engine/nn.js';
import { TrainingSession } from '../engine/session.js';
import { mulberry32 } from '../engine/rng.js';
import { floatTensor, int64Tensor, type HostTensor } from '../engine/tensor.js';
import {
  createTransformerTrainer,
  initParams,
  fromHfGpt2Names,
  lmLoss,
  mergeLora,
  paramSpecs,
  parseTransformerConfig,
  TransformerInference,
  transformerBodyRows,
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

async function checkModel(cfg: TransformerConfig, lora?: LoraConfig, allRows = false) {
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
      const { loss } = lmLoss(cfg, { lora, allRows })(g, p);
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
  it('learned positions, logits for all rows (no masked-row selection)', () => checkModel(tiny(), undefined, true));
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

  it.each(['learned', 'rope'])(
    'inference session outputs equal the training graph forward outputs (%s positions)',
    async (pe) => {
      // Learned positions exercise ORT's fused Attention and FastGelu in inference against the plain training ops.
      const cfg = tiny({ position_embedding: pe, dropout: 0 });
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
        subsetAll: true,
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
      // The subset at every position: (B, T, 2) = the full logits' columns 3 and 7.
      expect(out.subset_logits!.shape).toEqual([3, 7, 2]);
      for (let row = 0; row < 3 * 7; row++) {
        expect(out.subset_logits!.data[row * 2]).toBeCloseTo(a[row * V + 3]!, 5);
        expect(out.subset_logits!.data[row * 2 + 1]).toBeCloseTo(a[row * V + 7]!, 5);
      }
      await inf.release();
      await trainer.release();
    },
  );

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

  it('merged LoRA weights give the same outputs as the adapters', async () => {
    const cfg = tiny();
    const lora: LoraConfig = { targets: ['attn.c_attn', 'mlp.c_proj'], rank: 2, alpha: 4 };
    const trainer = await createTransformerTrainer(cfg, initParams(cfg, 6), { threads: 1, lora }, 6);
    const batch = reverseBatch(mulberry32(2), 4, 3);
    for (let i = 0; i < 5; i++) await trainer.step(batch, 2e-2);
    const trained = new Map([...trainer.parameters()].map(([k, v]) => [k, { ...v, data: v.data.slice() }] as const));
    const withAdapters = await TransformerInference.create(cfg, trained, { logits: true, lora, threads: 1 });
    const merged = await TransformerInference.create(cfg, mergeLora(cfg, trained, lora), { logits: true, threads: 1 });
    const a = (await withAdapters.run(batch.input_ids)).logits!.data;
    const b = (await merged.run(batch.input_ids)).logits!.data;
    for (let i = 0; i < a.length; i++) expect(a[i] as number).toBeCloseTo(b[i] as number, 4);
    await Promise.all([withAdapters.release(), merged.release(), trainer.release()]);
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

describe('label scoring graph', () => {
  it('running the last block only at the scored positions gives the same outputs as the full graph', async () => {
    const cfg = tiny({ n_layer: 3, dropout: 0 });
    const params = initParams(cfg, 12);
    const ids = int64Tensor(
      [3, 7],
      Array.from({ length: 21 }, (_, i) => (i * 5 + 1) % 11),
    );
    const pos = int64Tensor([3], [6, 2, 0]); // rows 1 and 2 as if right-padded after these positions
    for (const fused of [true, false]) {
      const trimmed = await TransformerInference.create(cfg, params, {
        atPositions: true,
        tokenSubset: [3, 7],
        fused,
        threads: 1,
      });
      // Asking for the full hidden states too keeps every row in the last block.
      const full = await TransformerInference.create(cfg, params, {
        atPositions: true,
        hidden: true,
        tokenSubset: [3, 7],
        fused,
        threads: 1,
      });
      const a = await trimmed.run(ids, pos);
      const b = await full.run(ids, pos);
      const lean = await TransformerInference.create(cfg, params, {
        atPositions: true,
        tokenSubset: [3, 7],
        subsetOnly: true,
        fused,
        threads: 1,
      });
      const c = await lean.run(ids, pos);
      expect(c.logits_at).toBeUndefined();
      expect(Array.from(c.subset_logits_at!.data as Float32Array)).toEqual(
        Array.from(a.subset_logits_at!.data as Float32Array),
      );
      await lean.release();
      for (const name of ['hidden_at', 'logits_at', 'subset_logits_at']) {
        expect(a[name]!.shape, name).toEqual(b[name]!.shape);
        const x = a[name]!.data as Float32Array;
        const y = b[name]!.data as Float32Array;
        for (let i = 0; i < x.length; i++) expect(Math.abs(x[i]! - y[i]!), name).toBeLessThan(1e-5);
      }
      await trimmed.release();
      await full.release();
    }
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

  it('the loss over selected (masked) rows equals the loss over all rows; an empty mask gives 0', async () => {
    const cfg = tiny();
    const init = initParams(cfg, 9);
    const sel = await createTransformerTrainer(cfg, init, { threads: 1, dtype: 'float64' });
    const all = await createTransformerTrainer(cfg, init, { threads: 1, dtype: 'float64', allRows: true });
    const batch = reverseBatch(mulberry32(6), 3, 3, 'float64');
    const a = await sel.step(batch, 1e-2);
    const b = await all.step(batch, 1e-2);
    expect(a.loss).toBeCloseTo(b.loss, 12);
    expect(a.gradNorm!).toBeCloseTo(b.gradNorm!, 12);
    const empty = { ...batch, loss_mask: floatTensor('float64', [3, 7], new Array(21).fill(0)) };
    const e = await sel.step(empty, 1e-2);
    expect(e.loss).toBe(0);
    expect(e.gradNorm).toBe(0);
    await Promise.all([sel.release(), all.release()]);
  });

  it('float32 training (which reuses LayerNorm statistics) matches float64 training', async () => {
    const cfg = tiny();
    const init = initParams(cfg, 10);
    const b32 = reverseBatch(mulberry32(7), 3, 3);
    const b64 = { ...b32, loss_mask: floatTensor('float64', [3, 7], b32.loss_mask.data as Float32Array) };
    const t32 = await createTransformerTrainer(cfg, init, { threads: 1 });
    const t64 = await createTransformerTrainer(cfg, init, { threads: 1, dtype: 'float64' });
    for (let i = 0; i < 3; i++) {
      const a = await t32.step(b32, 1e-2);
      const b = await t64.step(b64, 1e-2);
      expect(Math.abs(a.loss - b.loss)).toBeLessThan(1e-4 * b.loss);
      expect(Math.abs(a.gradNorm! - b.gradNorm!)).toBeLessThan(1e-3 * b.gradNorm!);
    }
    await Promise.all([t32.release(), t64.release()]);
  });

  it('seeded dropout: masks change from step to step, and the same seed reproduces the run', async () => {
    const cfg = tiny({ dropout: 0.2 });
    const batch = reverseBatch(mulberry32(3), 2, 3);
    const losses = async (seed: number) => {
      const t = await createTransformerTrainer(cfg, initParams(cfg, 1), { threads: 1, dropoutSeed: seed });
      const out: number[] = [];
      for (let i = 0; i < 3; i++) out.push((await t.step(batch, 0)).loss); // lr 0: only the masks change
      await t.release();
      return out;
    };
    const a = await losses(11);
    expect(new Set(a).size).toBe(3);
    expect(await losses(11)).toEqual(a);
    expect(await losses(12)).not.toEqual(a);
  });

  it('rejects overlapping steps and a bad learning rate', async () => {
    const cfg = tiny();
    const trainer = await createTransformerTrainer(cfg, initParams(cfg, 1), { threads: 1 });
    const batch = reverseBatch(mulberry32(1), 2, 3);
    const first = trainer.step(batch, 1e-3);
    await expect(trainer.step(batch, 1e-3)).rejects.toThrow(/while another step is running/);
    await first;
    await expect(trainer.step(batch, Number.NaN)).rejects.toThrow(/learning rate must be a finite number/);
    await trainer.release();
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

describe('custom heads', () => {
  it('a classification head on the body trains through TrainingSession', async () => {
    const cfg = tiny();
    const specs = [...paramSpecs(cfg), { name: 'cls.weight', shape: [8, 3], trainable: true, decay: true }];
    const initial = new Map([...initParams(cfg, 1), ['cls.weight', randomTensor([8, 3], 4, 0.1)] as const]);
    initial.set('cls.weight', {
      dtype: 'float32',
      shape: [8, 3],
      data: Float32Array.from(initial.get('cls.weight')!.data as Float64Array),
    });
    const session = await TrainingSession.create({
      threads: 1,
      params: specs,
      initial,
      loss: (g, p) => {
        const ids = g.input('input_ids', 'int64', ['B', 'T']); // (B, T)
        const labels = g.input('labels', 'int64', ['B']); // (B,)
        const rows = transformerBodyRows(g, cfg, p, ids, { training: true }); // (B*T, C)
        const last = g.gather(rows, g.input('last_row', 'int64', ['B'])); // (B, C)
        const logits = g.gemm(last, p.get('cls.weight')!); // (B, 3)
        return { loss: g.reduceMean(crossEntropy(g, logits, labels), [0], false) };
      },
    });
    // Label = first token mod 3, read at the last position of each row of length 4.
    const ids = [1, 5, 2, 3, 2, 2, 7, 1, 3, 9, 9, 4, 4, 1, 1, 1];
    const batch = {
      input_ids: int64Tensor([4, 4], ids),
      labels: int64Tensor([4], [1, 2, 0, 1]),
      last_row: int64Tensor([4], [3, 7, 11, 15]),
    };
    const first = (await session.step(batch, 1e-2)).loss;
    let last = first;
    for (let i = 0; i < 40; i++) last = (await session.step(batch, 1e-2)).loss;
    expect(last).toBeLessThan(first / 4);
    await session.release();
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

  it('reads a Hugging Face GPT-2 config and tensor names', () => {
    // Fields as in gpt2's config.json (n_inner null, extra keys ignored).
    const cfg = parseTransformerConfig({
      activation_function: 'gelu_new',
      model_type: 'gpt2',
      n_ctx: 8,
      n_embd: 8,
      n_head: 2,
      n_inner: null,
      n_layer: 2,
      n_positions: 8,
      layer_norm_epsilon: 1e-5,
      vocab_size: 11,
    });
    const hf = new Map<string, number>([
      ['wte.weight', 1],
      ['h.0.attn.bias', 2],
      ['h.0.attn.c_attn.weight', 3],
      ['lm_head.weight', 4],
      ['transformer.ln_f.weight', 5],
    ]);
    expect([...fromHfGpt2Names(hf)]).toEqual([
      ['transformer.wte.weight', 1],
      ['transformer.h.0.attn.c_attn.weight', 3],
      ['transformer.ln_f.weight', 5],
    ]);
    expect(paramSpecs(cfg).find((p) => p.name === 'transformer.h.0.mlp.c_fc.weight')!.shape).toEqual([8, 32]);
  });

  it('rejects a bad config naming every problem', () => {
    expect(() => parseTransformerConfig({ vocab_size: 0, n_positions: 8, n_embd: 8, n_layer: 1 })).toThrow(
      /vocab_size.*n_head|n_head.*vocab_size/,
    );
    expect(() => tiny({ n_head: 3 })).toThrow(/not divisible/);
  });
});
