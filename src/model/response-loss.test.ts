import { describe, expect, it } from 'vitest';
import { checkGradients, randomTensor } from '../engine/gradcheck.js';
import { GraphBuilder, type Value } from '../engine/graph.js';
import { GraphSession } from '../engine/session.js';
import { floatTensor, int64Tensor, type HostTensor } from '../engine/tensor.js';
import type { LossBuilder } from '../engine/train-graph.js';
import { responseLoss } from './response-loss.js';
import { initParams, lmLoss, paramSpecs, parseTransformerConfig, TransformerInference } from './transformer.js';

async function lossOf(
  build: LossBuilder,
  params: Map<string, HostTensor>,
  feeds: Record<string, HostTensor>,
  cfg = CFG,
): Promise<number> {
  const g = new GraphBuilder('loss', 'float32');
  const p = new Map<string, Value>();
  for (const s of paramSpecs(cfg)) p.set(s.name, g.input(s.name, 'float32', s.shape));
  g.output(build(g, p).loss, 'loss');
  const session = await GraphSession.create(g, { threads: 1 });
  const all: Record<string, HostTensor> = { ...feeds };
  for (const [k, v] of params) all[k] = v;
  const out = await session.run(all);
  await session.release();
  return Number(out.loss!.data[0]);
}

const CFG = parseTransformerConfig({ vocab_size: 50, n_positions: 16, n_embd: 16, n_layer: 1, n_head: 2 });

describe('responseLoss', () => {
  it('equals the masked LM loss on the same response positions', async () => {
    const params = initParams(CFG, 4);
    const B = 2;
    const T = 6;
    const ids = [3, 9, 4, 1, 7, 0, 5, 2, 8, 6, 0, 0]; // row 1 is right-padded with 0
    const targets = [9, 4, 1, 7, 2, 0, 2, 8, 6, 11, 0, 0];
    const mask = [0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0]; // two response tokens per row
    const full = await lossOf(lmLoss(CFG), params, {
      input_ids: int64Tensor([B, T], ids),
      targets: int64Tensor([B, T], targets),
      loss_mask: floatTensor('float32', [B, T], mask),
    });
    const rows = mask.flatMap((m, i) => (m ? [i] : []));
    const response = await lossOf(responseLoss(CFG), params, {
      input_ids: int64Tensor([B, T], ids),
      response_rows: int64Tensor([rows.length], rows),
      response_targets: int64Tensor(
        [rows.length],
        rows.map((i) => targets[i]!),
      ),
    });
    expect(response).toBeCloseTo(full, 5);
    expect(full).toBeGreaterThan(1);
  });
});

describe('responseLoss with line supervision', () => {
  it('adds lineWeight x the 26-way (here 3-way) label cross-entropy at the line-end rows', async () => {
    const cfg = parseTransformerConfig({
      vocab_size: 50,
      n_positions: 16,
      n_embd: 16,
      n_layer: 1,
      n_head: 2,
      dropout: 0,
    });
    const params = initParams(cfg, 6);
    const labelIds = [40, 41, 42];
    const ids = [3, 9, 4, 1, 7, 0, 5, 2, 8, 6, 0, 0];
    const feeds = {
      input_ids: int64Tensor([2, 6], ids),
      response_rows: int64Tensor([2], [3, 8]),
      response_targets: int64Tensor([2], [41, 40]),
      line_rows: int64Tensor([3], [1, 3, 7]),
      line_targets: int64Tensor([3], [0, 1, 2]),
      line_norm: floatTensor('float32', [], [1 / 3]),
    };
    const at = async (w: number) =>
      lossOf(responseLoss(cfg, w > 0 ? { lineWeight: w, labelIds } : {}), params, feeds, cfg);
    const base = await at(0);
    const withLines = await at(2);

    // The expected line loss from the inference graph's hidden states and the label embeddings, in plain JS.
    const inf = await TransformerInference.create(cfg, params, { hidden: true, threads: 1 });
    const hidden = (await inf.run(feeds.input_ids)).hidden!.data as Float32Array; // (2, 6, 16)
    await inf.release();
    const wte = params.get('transformer.wte.weight')!.data as Float32Array;
    let expected = 0;
    [1, 3, 7].forEach((row, k) => {
      const logits = labelIds.map((id) => {
        let s = 0;
        for (let c = 0; c < 16; c++) s += hidden[row * 16 + c]! * wte[id * 16 + c]!;
        return s;
      });
      const max = Math.max(...logits);
      const lse = max + Math.log(logits.reduce((a, x) => a + Math.exp(x - max), 0));
      expected += (lse - logits[k]!) / 3;
    });
    expect(expected).toBeGreaterThan(0.1);
    expect(withLines - base).toBeCloseTo(2 * expected, 4);
    // A batch without line ends (L = 0) adds nothing, rather than the NaN a mean over nothing would give.
    const empty = await lossOf(
      responseLoss(cfg, { lineWeight: 2, labelIds }),
      params,
      {
        ...feeds,
        line_rows: int64Tensor([0], []),
        line_targets: int64Tensor([0], []),
        line_norm: floatTensor('float32', [], [1]),
      },
      cfg,
    );
    expect(empty).toBeCloseTo(base, 6);
  });

  it('has correct gradients (float64 finite differences)', async () => {
    const cfg = parseTransformerConfig({
      vocab_size: 12,
      n_positions: 8,
      n_embd: 8,
      n_layer: 1,
      n_head: 2,
      dropout: 0,
    });
    const specs = paramSpecs(cfg);
    const feeds: Record<string, HostTensor> = {
      input_ids: int64Tensor([2, 4], [3, 9, 4, 1, 7, 5, 2, 0]),
      response_rows: int64Tensor([2], [3, 6]),
      response_targets: int64Tensor([2], [10, 11]),
      line_rows: int64Tensor([3], [1, 2, 5]),
      line_targets: int64Tensor([3], [0, 1, 1]),
      line_norm: floatTensor('float64', [], [1 / 3]),
      pair_bug: int64Tensor([1], [0]),
      pair_fix: int64Tensor([1], [1]),
      pair_none: int64Tensor([1], [1]),
      pair_first: int64Tensor([1], [0]),
      pair_norm: floatTensor('float64', [], [1]),
    };
    specs.forEach((s, i) => (feeds[s.name] = randomTensor(s.shape, 11 + i, 0.5)));
    const results = await checkGradients(
      (g) => {
        const p = new Map<string, Value>(specs.map((s) => [s.name, g.input(s.name, 'float64', s.shape)]));
        const { loss } = responseLoss(cfg, { lineWeight: 0.7, pairWeight: 0.9, labelIds: [10, 11] })(g, p);
        return { loss, wrt: specs.map((s) => p.get(s.name)!) };
      },
      feeds,
      { maxPerTensor: 4 },
    );
    for (const r of results) expect(r.maxError, r.name).toBeLessThan(1e-6);
  });

  it('adds pairWeight x softplus(-log P(none | fix) + log P(none | bug)) for each twin pair', async () => {
    const cfg = parseTransformerConfig({ vocab_size: 50, n_positions: 16, n_embd: 16, n_layer: 1, n_head: 2, dropout: 0 });
    const params = initParams(cfg, 7);
    const labelIds = [40, 41, 42]; // "none" is label 2
    const ids = [3, 9, 4, 1, 7, 0, 5, 2, 8, 6, 0, 0];
    const feeds = {
      input_ids: int64Tensor([2, 6], ids),
      response_rows: int64Tensor([2], [3, 8]),
      response_targets: int64Tensor([2], [41, 42]),
      pair_bug: int64Tensor([1], [0]),
      pair_fix: int64Tensor([1], [1]),
      pair_none: int64Tensor([1], [2]),
      pair_first: int64Tensor([1], [0]),
      pair_norm: floatTensor('float32', [], [1]),
    };
    const base = await lossOf(responseLoss(cfg), params, feeds, cfg);
    const withPairs = await lossOf(responseLoss(cfg, { pairWeight: 1.5, labelIds }), params, feeds, cfg);

    const inf = await TransformerInference.create(cfg, params, { hidden: true, threads: 1 });
    const hidden = (await inf.run(feeds.input_ids)).hidden!.data as Float32Array;
    await inf.release();
    const wte = params.get('transformer.wte.weight')!.data as Float32Array;
    const minusLogNone = (row: number): number => {
      const logits = labelIds.map((id) => {
        let s = 0;
        for (let c = 0; c < 16; c++) s += hidden[row * 16 + c]! * wte[id * 16 + c]!;
        return s;
      });
      const max = Math.max(...logits);
      return max + Math.log(logits.reduce((a, x) => a + Math.exp(x - max), 0)) - logits[2]!;
    };
    const expected = Math.log(1 + Math.exp(minusLogNone(8) - minusLogNone(3)));
    expect(withPairs - base).toBeCloseTo(1.5 * expected, 4);
    // Swapping the twins changes the term: it is not symmetric in bug and fix.
    const swapped = await lossOf(
      responseLoss(cfg, { pairWeight: 1.5, labelIds }),
      params,
      { ...feeds, pair_bug: int64Tensor([1], [1]), pair_fix: int64Tensor([1], [0]) },
      cfg,
    );
    expect(swapped - base).toBeCloseTo(1.5 * Math.log(1 + Math.exp(minusLogNone(3) - minusLogNone(8))), 4);
    // A batch without pairs adds nothing.
    const none = int64Tensor([0], []);
    const empty = await lossOf(
      responseLoss(cfg, { pairWeight: 1.5, labelIds }),
      params,
      { ...feeds, pair_bug: none, pair_fix: none, pair_none: none, pair_first: none },
      cfg,
    );
    expect(empty).toBeCloseTo(base, 6);
  });

  it('needs the label ids', () => {
    expect(() => responseLoss(CFG, { lineWeight: 1 })(new GraphBuilder('x', 'float32'), paramMap(CFG))).toThrow(
      /labelIds/,
    );
  });
});

function paramMap(cfg: typeof CFG): Map<string, Value> {
  const g = new GraphBuilder('p', 'float32');
  return new Map(paramSpecs(cfg).map((s) => [s.name, g.input(s.name, 'float32', s.shape)]));
}
