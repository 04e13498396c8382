// The fine-tuning loss: cross-entropy over the full vocabulary, but only at the response positions (the label token
// and EOS). The LM head runs on those rows alone, not on every position as in pretraining, which removes most of the
// head's cost (8,192 x 256 multiply-adds per position, forward and backward) from each fine-tuning step.
//
// Optional line supervision: one label for the prompt's answer is a thin signal (a few thousand decisions per
// epoch, read at one position after hundreds of code tokens). With `lineWeight` > 0, the last token of every code
// line also predicts, over the 26 label tokens only, the label of the code up to and including that line: the
// example's CWE from its first weakness line on, "none" before it and for safe code. The answer position asks the
// same question of the whole snippet, so the dense targets teach the features that the answer reads.
//
// Optional twin-pair loss: cross-entropy asks each example for its label on its own, never that a bug rank above its
// fix, and every round of examples moved the model's calibration, not its ranking. With `pairWeight` > 0, for each
// (vulnerable, fixed) twin pair in the batch the loss adds the logistic loss of "the vulnerable twin is less likely
// 'none' than its fix": softplus(-log P(none | fix) - (-log P(none | bug))), P over the 26 labels at the answer.
import { int64Tensor } from '../engine/tensor.js';
import { crossEntropy } from '../engine/nn.js';
import type { Value } from '../engine/graph.js';
import type { LossBuilder } from '../engine/train-graph.js';
import { lmHead, transformerBodyRows, type TransformerConfig } from './transformer.js';

export interface ResponseLossOptions {
  readonly dropoutSeed?: number;
  /** Weight of the line-label loss (0 or absent: no line supervision). */
  readonly lineWeight?: number;
  /** With lineWeight or pairWeight: the vocabulary ids of the 26 label tokens, in LABELS order. */
  readonly labelIds?: readonly number[];
  /** Weight of the twin-pair loss (0 or absent: off). */
  readonly pairWeight?: number;
}

/**
 * Loss builder with graph inputs:
 *   input_ids (B, T) int64, right-padded;
 *   response_rows (M,) int64: flat indices b * T + t of the positions that predict a response token;
 *   response_targets (M,) int64: the token each of those positions must predict;
 *   with lineWeight: line_rows (L,) int64 (flat indices of line-end tokens), line_targets (L,) int64 (label
 *   indices 0..25) and line_norm, a float scalar 1 / max(L, 1);
 *   with pairWeight: pair_bug and pair_fix (P,) int64, indices into the M response rows of each pair's answer
 *   positions, pair_none (P,) int64 filled with the index of "none" among the labels, pair_first (P,) int64 zeros,
 *   and pair_norm, a float scalar 1 / max(P, 1).
 * Loss: mean over the M rows of -log p(target), plus lineWeight x the mean over the L rows of -log p(label) with p
 * the softmax over the 26 label logits, plus pairWeight x the mean over the P pairs of softplus(n_fix - n_bug), with
 * n = -log p(none) over the 26 label logits. Example: one sequence whose label is predicted at t = 40 and EOS at t = 41
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
    const pw = options.pairWeight ?? 0;
    // The 26 label-token embeddings, gathered once for whichever of the two label losses asks first.
    let labelRows: Value | undefined;
    const labelEmb = (why: string): Value => {
      const labelIds = options.labelIds;
      if (!labelIds || labelIds.length === 0) throw new RangeError(`responseLoss: ${why} needs labelIds`);
      labelRows ??= g.gather(p.get('transformer.wte.weight')!, g.constant(int64Tensor([labelIds.length], labelIds)));
      return labelRows;
    };
    if (w > 0) {
      const lineRows = g.input('line_rows', 'int64', ['L']);
      const lineTargets = g.input('line_targets', 'int64', ['L']);
      const lineLogits = g.gemm(g.gather(rows, lineRows), labelEmb('lineWeight'), undefined, { transB: true }); // (L, 26)
      // Sum x line_norm (= 1 / max(L, 1), fed with the batch) rather than a mean: a batch with no line ends adds 0.
      const lineNorm = g.input('line_norm', g.dtype, []);
      const lineLoss = g.mul(g.reduceSum(crossEntropy(g, lineLogits, lineTargets), [0], false), lineNorm);
      loss = g.add(loss, g.mul(lineLoss, g.scalar(w)));
    }
    if (pw > 0) {
      const emb = labelEmb('pairWeight');
      const bug = g.input('pair_bug', 'int64', ['P']);
      const fix = g.input('pair_fix', 'int64', ['P']);
      const none = g.input('pair_none', 'int64', ['P']);
      const first = g.input('pair_first', 'int64', ['P']);
      // -log P(none) at each answer row: the cross-entropy against "none" of its 26 label logits, (P,).
      const noneLoss = (idx: Value): Value =>
        crossEntropy(g, g.gemm(g.gather(picked, idx), emb, undefined, { transB: true }), none);
      // softplus(n_fix - n_bug) as a two-way cross-entropy of [n_bug, n_fix] against 0: numerically stable.
      const two = g.concat([g.unsqueeze(noneLoss(bug), 1), g.unsqueeze(noneLoss(fix), 1)], 1); // (P, 2)
      const pairNorm = g.input('pair_norm', g.dtype, []);
      const pairLoss = g.mul(g.reduceSum(crossEntropy(g, two, first), [0], false), pairNorm);
      loss = g.add(loss, g.mul(pairLoss, g.scalar(pw)));
    }
    return { loss };
  };
}
