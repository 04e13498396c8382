// Threshold behaviour of P(vulnerable): the precision-recall curve, average precision, ROC AUC and the false-positive
// rate a user pays for a given recall.
export const RECALL_TARGETS = [0.5, 0.8, 0.9, 0.95, 0.99, 1];
/**
 * Curves of scores against truth.
 * Example: thresholdCurves([0.9, 0.8, 0.3, 0.1], [true, false, true, false])
 *   -> points at thresholds 0.9 (P 1, R 0.5), 0.8 (P 0.5, R 0.5), 0.3 (P 0.667, R 1), 0.1 (P 0.5, R 1);
 *      averagePrecision = 0.5 * 1 + 0.5 * 0.667 = 0.833
 */
export function thresholdCurves(scores, truth, targets = RECALL_TARGETS) {
    if (scores.length !== truth.length)
        throw new RangeError('thresholdCurves: arrays differ in length');
    const pos = truth.filter(Boolean).length;
    const neg = truth.length - pos;
    const order = scores.map((s, i) => i).sort((a, b) => scores[b] - scores[a]);
    const points = [];
    let tp = 0;
    let fp = 0;
    for (let k = 0; k < order.length; k++) {
        const i = order[k];
        if (truth[i])
            tp++;
        else
            fp++;
        const next = order[k + 1];
        // Emit one point per distinct score: all examples tied at a score are flagged together.
        if (next !== undefined && scores[next] === scores[i])
            continue;
        points.push({
            threshold: scores[i],
            precision: tp / (tp + fp),
            recall: pos > 0 ? tp / pos : 0,
            fpr: neg > 0 ? fp / neg : 0,
        });
    }
    let ap = null;
    let auc = null;
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
    const fprAtRecall = targets.map((target) => {
        let best = null;
        for (const p of points) {
            if (p.recall + 1e-12 >= target && (best === null || p.fpr < best.fpr))
                best = p;
        }
        return best === null || pos === 0
            ? { target, fpr: null, threshold: null, recall: null, precision: null }
            : { target, fpr: best.fpr, threshold: best.threshold, recall: best.recall, precision: best.precision };
    });
    return { points, averagePrecision: ap, rocAuc: auc, fprAtRecall };
}
//# sourceMappingURL=curves.js.map