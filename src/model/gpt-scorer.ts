// Label scoring with a cwescan-gpt checkpoint: prompt windows -> one batched forward pass -> softmax over the 26
// label-token logits at the last prompt position. Code longer than the context is scored window by window and the
// window with the highest P(vulnerable) = 1 - P(none) gives the snippet's result (max-pooling over windows).
// For models fine-tuned with line supervision, lineScores reads the same label logits at the end of every code line.
import type { SessionOptions } from '../engine/session.js';
import { int64Tensor } from '../engine/tensor.js';
import type { Checkpoint } from './checkpoint.js';
import type { LabelScore, LineScore } from './detector.js';
import { LABELS, NONE_INDEX } from './labels.js';
import { PromptEncoder } from './prompt.js';
import { TransformerInference } from './transformer.js';

export interface ScorerOptions extends SessionOptions {
  /** Most windows per forward pass. Default 16. */
  readonly batchSize?: number;
  /** Most tokens (B x T) per forward pass, bounding memory. Default 8192. */
  readonly maxBatchTokens?: number;
  /**
   * Run the block linear layers as int8 GEMMs (see quantize.ts). Default false. The activations' quantization scale
   * is shared by every row of a forward pass, so with int8 each window gets its own pass: a snippet's score must
   * not depend on what else is in the batch (the scan cache stores scores per chunk).
   */
  readonly int8?: boolean;
}

export interface ScoreInput {
  readonly code: string;
  /** Optional neutral description (only meaningful for models fine-tuned with --with-description). */
  readonly description?: string;
}

export class GptScorer {
  /** The graph with label logits at every position, built on the first lineScores call. */
  private lineModel: Promise<TransformerInference> | null = null;

  private constructor(
    private readonly model: TransformerInference,
    private readonly makeLineModel: () => Promise<TransformerInference>,
    readonly encoder: PromptEncoder,
    private readonly padId: number,
    private readonly batchSize: number,
    private readonly maxBatchTokens: number,
    private readonly noneBias: number,
  ) {}

  static async create(ckpt: Checkpoint, options: ScorerOptions = {}): Promise<GptScorer> {
    const encoder = await PromptEncoder.load(ckpt.tokenizer, ckpt.config);
    const common = { ...options, tokenSubset: encoder.labelIds, int8: options.int8 ?? false };
    const model = await TransformerInference.create(ckpt.config, ckpt.weights, {
      ...common,
      atPositions: true,
      subsetOnly: true,
    });
    return new GptScorer(
      model,
      () => TransformerInference.create(ckpt.config, ckpt.weights, { ...common, subsetAll: true }),
      encoder,
      ckpt.config.pad_token_id,
      options.int8 ? 1 : (options.batchSize ?? 16),
      options.maxBatchTokens ?? 8192,
      ckpt.config.none_logit_bias,
    );
  }

  /**
   * Scores snippets: per snippet, the 26 label probabilities sorted high to low (ties in label order).
   * Example: await scorer.score([{ code: 'cur.execute("SELECT " + q)' }]) -> [[{cwe:'CWE-89', probability:0.93}, ...]]
   */
  async score(inputs: readonly ScoreInput[]): Promise<LabelScore[][]> {
    const windows: { snippet: number; ids: number[] }[] = [];
    inputs.forEach((x, snippet) => {
      for (const w of this.encoder.windows(x.code, x.description)) windows.push({ snippet, ids: w.ids });
    });
    // Longest first, so each batch pads little; the order is a pure function of the input, so results are stable.
    const order = windows.map((_, i) => i).sort((a, b) => windows[b]!.ids.length - windows[a]!.ids.length || a - b);
    const probs: Float64Array[] = new Array(windows.length);
    for (let start = 0; start < order.length;) {
      const T = windows[order[start]!]!.ids.length;
      const B = Math.max(1, Math.min(this.batchSize, Math.floor(this.maxBatchTokens / T), order.length - start));
      const batch = order.slice(start, start + B);
      const ids = new Array<number>(B * T).fill(this.padId);
      const pos: number[] = [];
      batch.forEach((wi, row) => {
        const w = windows[wi]!.ids;
        for (let t = 0; t < w.length; t++) ids[row * T + t] = w[t]!;
        pos.push(w.length - 1);
      });
      const out = await this.model.run(int64Tensor([B, T], ids), int64Tensor([B], pos));
      const logits = out.subset_logits_at!.data as Float32Array; // (B, 26)
      batch.forEach((wi, row) => {
        const row26 = Float64Array.from(logits.subarray(row * LABELS.length, (row + 1) * LABELS.length));
        row26[NONE_INDEX]! += this.noneBias;
        probs[wi] = softmax(row26);
      });
      start += B;
    }
    const best: (Float64Array | undefined)[] = new Array(inputs.length);
    windows.forEach((w, i) => {
      const p = probs[i]!;
      const cur = best[w.snippet];
      if (!cur || 1 - p[NONE_INDEX]! > 1 - cur[NONE_INDEX]!) best[w.snippet] = p;
    });
    return best.map((p) => toScores(p!));
  }

  /**
   * P(vulnerable) at the end of each code line, for each snippet: what a model trained with line supervision
   * (`train finetune --line-loss`) predicts for the code up to and including that line. A snippet longer than the
   * context gives the lines of its window with the highest P(vulnerable), the window `score` reports. One forward
   * pass per window, each alone (int8 results must not depend on the batch).
   * Example: await scorer.lineScores([{ code: 'q = request.args["q"]\ncur.execute("SELECT " + q)' }])
   *   -> [[{ line: 1, vulnerable: 0.08 }, { line: 2, vulnerable: 0.91 }]]
   */
  async lineScores(inputs: readonly ScoreInput[]): Promise<LineScore[][]> {
    this.lineModel ??= this.makeLineModel();
    const model = await this.lineModel;
    const K = LABELS.length;
    const vulnerableAt = (logits: Float32Array, t: number): number => {
      const row = Float64Array.from(logits.subarray(t * K, (t + 1) * K));
      row[NONE_INDEX]! += this.noneBias;
      return 1 - softmax(row)[NONE_INDEX]!;
    };
    const out: LineScore[][] = [];
    for (const x of inputs) {
      let best: { final: number; lines: LineScore[] } | null = null;
      for (const w of this.encoder.windows(x.code, x.description)) {
        const res = await model.run(int64Tensor([1, w.ids.length], w.ids));
        const logits = res.subset_logits!.data as Float32Array; // (1, T, 26)
        const final = vulnerableAt(logits, w.ids.length - 1);
        if (best && final <= best.final) continue;
        best = { final, lines: w.lineEnds.map((e) => ({ line: e.line, vulnerable: vulnerableAt(logits, e.pos) })) };
      }
      out.push(best?.lines ?? []);
    }
    return out;
  }

  async release(): Promise<void> {
    await this.model.release();
    if (this.lineModel) await (await this.lineModel).release();
  }
}

/** Softmax in float64. */
export function softmax(logits: ArrayLike<number>): Float64Array {
  let max = -Infinity;
  for (let i = 0; i < logits.length; i++) max = Math.max(max, logits[i]!);
  const out = new Float64Array(logits.length);
  let sum = 0;
  for (let i = 0; i < logits.length; i++) sum += out[i] = Math.exp(logits[i]! - max);
  for (let i = 0; i < logits.length; i++) out[i]! /= sum;
  return out;
}

/** Label probabilities (in LABELS order) as LabelScores sorted high to low, ties in label order. */
export function toScores(p: ArrayLike<number>): LabelScore[] {
  return LABELS.map((cwe, i) => ({ cwe, probability: p[i]! }))
    .map((s, i) => ({ s, i }))
    .sort((a, b) => b.s.probability - a.s.probability || a.i - b.i)
    .map((x) => x.s);
}
