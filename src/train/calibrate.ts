// Threshold moving for the binary decision. A model fine-tuned on data where most examples are "none" (and that has
// learned little) gives P(vulnerable) below 0.5 for almost everything; the decision it should make sits at another
// threshold. Instead of teaching every consumer (scanner, evaluator, editor) a per-model threshold, the shift goes into
// the model: a bias on the "none" logit, chosen on the validation set so that "P(vulnerable) >= 0.5" is the decision
// with the best binary F1 there. The ranking of snippets, and the ranking of CWEs within a snippet, do not change.

/** One validation example: the 26 label logits (bias not applied) and whether it is vulnerable. */
export interface CalibrationPoint {
  readonly logits: ArrayLike<number>;
  readonly vulnerable: boolean;
}

export interface Calibration {
  /** The bias to add to the "none" logit. */
  readonly bias: number;
  /** Binary F1, TP, FP and FN on the points with that bias. */
  readonly f1: number;
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/**
 * The margin m of a point: with bias b it is flagged (P(vulnerable) >= 0.5) exactly when m >= b, where
 * m = logsumexp(logits of the 25 CWEs) - logit(none).
 */
export function vulnerableMargin(logits: ArrayLike<number>, noneIndex: number): number {
  let max = -Infinity;
  for (let k = 0; k < logits.length; k++) if (k !== noneIndex) max = Math.max(max, logits[k]!);
  let sum = 0;
  for (let k = 0; k < logits.length; k++) if (k !== noneIndex) sum += Math.exp(logits[k]! - max);
  return max + Math.log(sum) - logits[noneIndex]!;
}

/** Binary F1 with a given bias. Example: f1At(points, 25, 0) -> { bias: 0, f1: 0.62, tp: 45, fp: 55, fn: 0 } */
export function f1At(points: readonly CalibrationPoint[], noneIndex: number, bias: number): Calibration {
  return evaluate(
    points.map((p) => ({ m: vulnerableMargin(p.logits, noneIndex), y: p.vulnerable })),
    bias,
  );
}

function evaluate(scored: readonly { m: number; y: boolean }[], bias: number): Calibration {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scored) {
    const flagged = s.m >= bias;
    if (flagged && s.y) tp++;
    else if (flagged) fp++;
    else if (s.y) fn++;
  }
  return { bias, f1: tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn), tp, fp, fn };
}

/**
 * The bias with the best binary F1: the candidates are 0 and the midpoints between consecutive margins; ties go to
 * the bias closest to 0 (the smallest change to the model).
 * Example: calibrateNoneBias([{ logits, vulnerable: true }, ...], 25) -> { bias: -1.73, f1: 0.81, tp: 38, fp: 9, fn: 7 }
 */
export function calibrateNoneBias(points: readonly CalibrationPoint[], noneIndex: number): Calibration {
  if (points.length === 0) return { bias: 0, f1: 0, tp: 0, fp: 0, fn: 0 };
  const scored = points.map((p) => ({ m: vulnerableMargin(p.logits, noneIndex), y: p.vulnerable }));
  const margins = [...new Set(scored.map((s) => s.m))].sort((a, b) => a - b);
  const candidates = [0, margins[0]! - 1, ...margins.slice(1).map((m, i) => (m + margins[i]!) / 2)];
  let best: Calibration | undefined;
  for (const bias of candidates) {
    const c = evaluate(scored, bias);
    if (!best || c.f1 > best.f1 + 1e-12 || (Math.abs(c.f1 - best.f1) <= 1e-12 && Math.abs(bias) < Math.abs(best.bias)))
      best = c;
  }
  return best!;
}
