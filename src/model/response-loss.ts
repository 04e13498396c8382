// The fine-tuning loss: cross-entropy over the full vocabulary, but only at the response positions (the label token
// and EOS). The LM head runs on those rows alone, not on every position as in pretraining, which removes most of the
// head's cost (8,192 x 256 multiply-adds per position, forward and backward) from each fine-tuning step.
//
// Optional line supervision: one label for the prompt's answer is a thin signal (a few thousand decisions per
// epoch, read at one position after hundreds of code tokens). With `lineWeight` > 0, the last token of every code
// line also predicts, over the 26 label tokens only, the label of the code up to and including that line: the
// example's CWE from its first weakness line on, "none" before it and for safe code. The answer position asks the
// same question of the whole snippet, so the dense targets teach the features that the answer reads.
import { int64Tensor } from '../engine/tensor.js';
import { crossEntropy } from '../engine/nn.js';
import type { LossBuilder } from '../engine/train-graph.js';
import { lmHead, transformerBodyRows, type TransformerConfig } from './transformer.js';

export interface ResponseLossOptions {
  readonly dropoutSeed?: number;
  /** Weight of the line-label loss (0 or absent: no line supervision). */
  readonly lineWeight?: number;
  /** With lineWeight: the vocabulary ids of the 26 label tokens, in LABELS order. */
  readonly labelIds?: readonly number[];
}

/**
 * Loss builder with graph inputs:
 *   input_ids (B, T) int64, right-padded;
 *   response_rows (M,) int64: flat indices b * T + t of the positions that predict a response token;
 *   response_targets (M,) int64: the token each of those positions must predict;
 *   with lineWeight: line_rows (L,) int64 (flat indices of line-end tokens), line_targets (L,) int64 (label
 *   indices 0..25) and line_norm, a float scalar 1 / max(L, 1).
 * Loss: mean over the M rows of -log p(target), plus lineWeight x the mean over the L rows of -log p(label) with p
 * the softmax over the 26 label logits. Example: one sequence whose label is predicted at t = 40 and EOS at t = 41
 * gives response_rows [40, 41] and response_targets [<label id>, <eos id>].
 */
export function responseLoss(config: TransformerConfig, options: ResponseLossOptions = {}): LossBuilder {
  return (g, p) => {
    const ids = g.input('input_ids', 'int64', ['B', 'T']);
    const rowsIdx = g.input('response_rows', 'int64', ['M']);
    const targets = g.input('response_targets', 'int64', ['M']);
    const rows = transformerBodyRows(g, config, p, ids, {
      training: true,
      ...(options.dropoutSeed === undefined ? {} : { dropoutSeed: options.dropoutSeed }),
    }); // (B*T, C)
    const picked = g.gather(rows, rowsIdx); // (M, C)
    const logits = lmHead(g, p, picked); // (M, V)
    const perToken = crossEntropy(g, logits, targets); // (M,)
    let loss = g.reduceMean(perToken, [0], false);
    const w = options.lineWeight ?? 0;
    if (w > 0) {
      const labelIds = options.labelIds;
      if (!labelIds || labelIds.length === 0) throw new RangeError('responseLoss: lineWeight needs labelIds');
      const lineRows = g.input('line_rows', 'int64', ['L']);
      const lineTargets = g.input('line_targets', 'int64', ['L']);
      const labelEmb = g.gather(p.get('transformer.wte.weight')!, g.constant(int64Tensor([labelIds.length], labelIds)));
      const lineLogits = g.gemm(g.gather(rows, lineRows), labelEmb, undefined, { transB: true }); // (L, 26)
      // Sum x line_norm (= 1 / max(L, 1), fed with the batch) rather than a mean: a batch with no line ends adds 0.
      const lineNorm = g.input('line_norm', g.dtype, []);
      const lineLoss = g.mul(g.reduceSum(crossEntropy(g, lineLogits, lineTargets), [0], false), lineNorm);
      loss = g.add(loss, g.mul(lineLoss, g.scalar(w)));
    }
    return { loss };
  };
}
