// Forward-only evaluation of a cwescan-gpt with LIVE parameters (graph inputs, not baked-in weights), so the training
// loops can measure validation loss / accuracy and label accuracy between steps without rebuilding a session.
import { GraphBuilder, type Value } from '../engine/graph.js';
import { crossEntropy } from '../engine/nn.js';
import { GraphSession, type SessionOptions } from '../engine/session.js';
import { int64Tensor, type HostTensor } from '../engine/tensor.js';
import { lmHead, paramSpecs, transformerBodyRows, type TransformerConfig } from './transformer.js';

export interface EvalBatch {
  /** (B, T) int64 token ids, right-padded. */
  readonly input_ids: HostTensor;
  /** (B, T) int64 next-token targets. */
  readonly targets: HostTensor;
  /** (B, T) float32, 1 where the token counts. */
  readonly loss_mask: HostTensor;
  /** (B,) int64: position whose label logits are returned (fine-tuning); zeros when unused. */
  readonly positions: HostTensor;
}

export interface EvalResult {
  /** Sum over masked tokens of -log p(target). */
  readonly nllSum: number;
  /** Masked tokens whose argmax prediction is the target. */
  readonly correct: number;
  /** Number of masked tokens. */
  readonly count: number;
  /** (B, K) logits of the label tokens at `positions`, row-major; empty without label ids. */
  readonly labelLogits: Float32Array;
}

export class GptEvaluator {
  private constructor(
    private readonly session: GraphSession,
    private readonly paramNames: readonly string[],
  ) {}

  /** `labelIds`: token ids whose logits are returned at `positions` (the 26 label tokens), or [] for none. */
  static async create(
    config: TransformerConfig,
    labelIds: readonly number[],
    options: SessionOptions = {},
  ): Promise<GptEvaluator> {
    const g = new GraphBuilder('cwescan_gpt_eval', 'float32');
    const specs = paramSpecs(config);
    const p = new Map<string, Value>();
    for (const s of specs) p.set(s.name, g.input(s.name, 'float32', s.shape));
    const ids = g.input('input_ids', 'int64', ['B', 'T']);
    const targets = g.input('targets', 'int64', ['B', 'T']);
    const mask = g.input('loss_mask', 'float32', ['B', 'T']);
    const positions = g.input('positions', 'int64', ['B']);
    const rows = transformerBodyRows(g, config, p, ids, { training: false }); // (N, C)
    const N = rows.shape[0] as string | number;
    const logits = lmHead(g, p, rows); // (N, V)
    const flatTargets = g.reshape(targets, [N]); // (N,)
    const flatMask = g.reshape(mask, [N]); // (N,)
    const nll = crossEntropy(g, logits, flatTargets); // (N,)
    g.output(g.reduceSum(g.mul(nll, flatMask), [0], false), 'nll_sum');
    g.output(g.reduceSum(flatMask, [0], false), 'count');
    const argmax = g.node(
      'ArgMax',
      [logits],
      [{ dtype: 'int64', shape: [N] }],
      { axis: { i: 1 }, keepdims: { i: 0 } },
      { record: false },
    )[0] as Value;
    const hit = g.cast(g.equal(argmax, flatTargets), 'float32'); // (N,)
    g.output(g.reduceSum(g.mul(hit, flatMask), [0], false), 'correct');
    if (labelIds.length > 0) {
      // Row of (b, positions[b]) in the flattened rows: b * T + positions[b].
      const bScalar = g.reshape(g.dimTensor('B'), []);
      const tScalar = g.reshape(g.dimTensor('T'), []);
      const range = g.node(
        'Range',
        [g.constant(int64Tensor([], [0])), bScalar, g.constant(int64Tensor([], [1]))],
        [{ dtype: 'int64', shape: ['B'] }],
        {},
        { record: false },
      )[0] as Value;
      const scaled = g.node(
        'Mul',
        [range, tScalar],
        [{ dtype: 'int64', shape: ['B'] }],
        {},
        { record: false },
      )[0] as Value;
      const rowIdx = g.node(
        'Add',
        [scaled, positions],
        [{ dtype: 'int64', shape: ['B'] }],
        {},
        { record: false },
      )[0] as Value;
      const at = g.gather(rows, rowIdx); // (B, C)
      const table = g.gather(p.get('transformer.wte.weight')!, g.constant(int64Tensor([labelIds.length], labelIds))); // (K, C)
      g.output(g.gemm(at, table, undefined, { transB: true }), 'label_logits'); // (B, K)
    } else {
      g.output(g.reduceSum(positions, [0], false), 'positions_unused'); // every input must be consumed
    }
    const session = await GraphSession.create(g, options);
    return new GptEvaluator(
      session,
      specs.map((s) => s.name),
    );
  }

  async run(params: ReadonlyMap<string, HostTensor>, batch: EvalBatch): Promise<EvalResult> {
    const feeds: Record<string, HostTensor> = { ...batch };
    for (const n of this.paramNames) feeds[n] = params.get(n)!;
    const out = await this.session.run(feeds);
    return {
      nllSum: Number(out.nll_sum!.data[0]),
      correct: Number(out.correct!.data[0]),
      count: Number(out.count!.data[0]),
      labelLogits: (out.label_logits?.data as Float32Array | undefined) ?? new Float32Array(0),
    };
  }

  async release(): Promise<void> {
    await this.session.release();
  }
}
