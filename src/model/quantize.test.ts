// int8 weights: the codes reconstruct the float weight within half a step per column, and a transformer run with
// int8 block layers (real ORT DynamicQuantizeMatMul) stays close to the float32 run and has the same argmax.
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../engine/rng.js';
import { floatTensor, int64Tensor } from '../engine/tensor.js';
import { quantizeInt8 } from './quantize.js';
import { initParams, int8WeightNames, parseTransformerConfig, TransformerInference } from './transformer.js';

describe('quantizeInt8', () => {
  it('reconstructs each weight within half a quantization step of its column', () => {
    const rnd = mulberry32(5);
    const w = floatTensor(
      'float32',
      [3, 4],
      Array.from({ length: 12 }, () => rnd() * 2 - 1),
    );
    w.data[5] = 0; // column 1 keeps a zero
    const q = quantizeInt8(w);
    expect(q.codes.dtype).toBe('int8');
    expect(q.codes.shape).toEqual([3, 4]);
    expect(q.scale.shape).toEqual([4]);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 4; j++) {
        const s = q.scale.data[j] as number;
        const back = (q.codes.data[i * 4 + j] as number) * s;
        expect(Math.abs(back - (w.data[i * 4 + j] as number))).toBeLessThanOrEqual(s / 2 + 1e-7);
        // 7-bit codes: u8 x s8 products of two neighbours never saturate int16 on CPUs without VNNI.
        expect(Math.abs(q.codes.data[i * 4 + j] as number)).toBeLessThanOrEqual(63);
      }
    }
  });

  it('gives an all-zero column scale 1 and codes 0, and refuses a non-matrix', () => {
    const q = quantizeInt8(floatTensor('float32', [2, 2], [0, 1, 0, -2]));
    expect(q.scale.data[0]).toBe(1);
    expect([q.codes.data[0], q.codes.data[2]]).toEqual([0, 0]);
    expect(() => quantizeInt8(floatTensor('float32', [4], [1, 2, 3, 4]))).toThrow(/2-D/);
  });
});

describe('int8 inference', () => {
  it('stays close to float32 logits and keeps the argmax label', async () => {
    const cfg = parseTransformerConfig({ vocab_size: 50, n_positions: 16, n_embd: 32, n_layer: 2, n_head: 2 });
    const params = initParams(cfg, 7);
    const ids = int64Tensor(
      [2, 12],
      Array.from({ length: 24 }, (_, i) => (i * 7) % 50),
    );
    const pos = int64Tensor([2], [11, 5]);
    const opts = { atPositions: true, tokenSubset: [3, 9, 17, 40], threads: 1 } as const;
    const fp = await TransformerInference.create(cfg, params, opts);
    const q8 = await TransformerInference.create(cfg, params, { ...opts, int8: true });
    const a = (await fp.run(ids, pos)).logits_at!.data as Float32Array;
    const b = (await q8.run(ids, pos)).logits_at!.data as Float32Array;
    let maxAbs = 0;
    let maxDiff = 0;
    for (let i = 0; i < a.length; i++) {
      maxAbs = Math.max(maxAbs, Math.abs(a[i]!));
      maxDiff = Math.max(maxDiff, Math.abs(a[i]! - b[i]!));
    }
    expect(maxDiff).toBeGreaterThan(0); // really quantized
    expect(maxDiff).toBeLessThan(0.05 * maxAbs);
    for (let r = 0; r < 2; r++) {
      const row = (x: Float32Array) => Array.from(x.subarray(r * 50, (r + 1) * 50));
      const argmax = (v: number[]) => v.indexOf(Math.max(...v));
      expect(argmax(row(b))).toBe(argmax(row(a)));
    }
    expect(int8WeightNames(cfg)).toHaveLength(8);
    await fp.release();
    await q8.release();
  });

  it('refuses live (fed) weights', async () => {
    const cfg = parseTransformerConfig({ vocab_size: 11, n_positions: 8, n_embd: 8, n_layer: 1, n_head: 2 });
    const { buildInferenceGraph } = await import('./transformer.js');
    expect(() => buildInferenceGraph(cfg, 'inputs', { hidden: true, int8: true })).toThrow(/int8 inference/);
  });
});
