// Threshold behaviour of P(vulnerable): the precision-recall curve, average precision, ROC AUC and the false-positive
// rate a user pays for a given recall.

export interface PrPoint {
  /** Flag when P(vulnerable) >= threshold. */
  readonly threshold: number;
  readonly precision: number;
  readonly recall: number;
  readonly fpr: number;
}

export interface FprAtRecall {
  /** The recall asked for, e.g. 0.9. */
  readonly target: number;
  /** Lowest false-positive rate at any threshold whose recall reaches the target; null when none does. */
  readonly fpr: number | null;
  readonly threshold: number | null;
  readonly recall: number | null;
  readonly precision: number | null;
}

export interface ThresholdCurves {
  /** One point per distinct score, from the highest threshold (few flags) to the lowest (everything flagged). */
  readonly points: PrPoint[];
  /** Step-wise average precision: sum over thresholds of (R_k - R_{k-1}) * P_k (scikit-learn's definition). */
  readonly averagePrecision: number | null;
  /** Area under the ROC curve (trapezoids; ties count half). */
  readonly rocAuc: number | null;
  readonly fprAtRecall: FprAtRecall[];
}

export const RECALL_TARGETS: readonly number[] = [0.5, 0.8, 0.9, 0.95, 0.99, 1];

/**
 * Curves of scores against truth.
 * Example: thresholdCurves([0.9, 0.8, 0.3, 0.1], [true, false, true, false])
 *   -> points at thresholds 0.9 (P 1, R 0.5), 0.8 (P 0.5, R 0.5), 0.3 (P 0.667, R 1), 0.1 (P 0.5, R 1);
 *      averagePrecision = 0.5 * 1 + 0.5 * 0.667 = 0.833
 */
export function thresholdCurves(
  scores: readonly number[],
  truth: readonly boolean[],
  targets: readonly number[] = RECALL_TARGETS,
): ThresholdCurves {
  if (scores.length !== truth.length) throw new RangeError('thresholdCurves: arrays differ in length');
  const pos = truth.filter(Boolean).length;
  const neg = truth.length - pos;
  const order = scores.map((s, i) => i).sort((a, b) => (scores[b] as number) - (scores[a] as number));
  const points: PrPoint[] = [];
  let tp = 0;
  let fp = 0;
  for (let k = 0; k < order.length; k++) {
    const i = order[k] as number;
    if (truth[i]) tp++;
    else fp++;
    const next = order[k + 1];
    // Emit one point per distinct score: all examples tied at a score are flagged together.
    if (next !== undefined && scores[next] === scores[i]) continue;
    points.push({
      threshold: scores[i] as number,
      precision: tp / (tp + fp),
      recall: pos > 0 ? tp / pos : 0,
      fpr: neg > 0 ? fp / neg : 0,
    });
  }
  let ap: number | null = null;
  let auc: number | null = null;
  if (pos > 0) {
    ap = 0;
    let prevR = 0;
    for (const p of points) {
      ap += (p.recall - prevR) * p.precision;
      prevR = p.recall;
    }
  }
  if (pos > 0 && neg > 0) {
    auc = 0;
    let prevR = 0;
    let prevF = 0;
    for (const p of points) {
      auc += ((p.fpr - prevF) * (p.recall + prevR)) / 2;
      prevR = p.recall;
      prevF = p.fpr;
    }
  }
  const fprAtRecall = targets.map((target): FprAtRecall => {
    let best: PrPoint | null = null;
    for (const p of points) {
      if (p.recall + 1e-12 >= target && (best === null || p.fpr < best.fpr)) best = p;
    }
    return best === null || pos === 0
      ? { target, fpr: null, threshold: null, recall: null, precision: null }
      : { target, fpr: best.fpr, threshold: best.threshold, recall: best.recall, precision: best.precision };
  });
  return { points, averagePrecision: ap, rocAuc: auc, fprAtRecall };
}
