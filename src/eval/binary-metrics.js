// Binary (vulnerable versus not) metrics exactly as the paper reports them: accuracy, precision, recall and F1 from
// the TP/FP/TN/FN counts, each with a 95% interval (Wilson for proportions, bootstrap for F1).
import { bootstrapInterval, wilsonInterval } from './intervals.js';
const ratio = (a, b) => (b > 0 ? a / b : null);
/** F1 from counts: 2TP / (2TP + FP + FN); null when there are no positives on either side. */
export function f1FromCounts(tp, fp, fn) {
    return ratio(2 * tp, 2 * tp + fp + fn);
}
/**
 * Metrics from counts.
 * Example: binaryMetrics({ tp: 51, fp: 1, tn: 48, fn: 0 })
 *   -> { accuracy: 0.99, precision: 0.98077, recall: 1, f1: 0.99029, ... } (the paper's test set)
 */
export function binaryMetrics(c, f1Interval = null) {
    for (const [k, v] of Object.entries(c)) {
        if (!Number.isInteger(v) || v < 0)
            throw new RangeError(`binaryMetrics: ${k} must be a count, got ${v}`);
    }
    const n = c.tp + c.fp + c.tn + c.fn;
    return {
        ...c,
        n,
        accuracy: ratio(c.tp + c.tn, n),
        precision: ratio(c.tp, c.tp + c.fp),
        recall: ratio(c.tp, c.tp + c.fn),
        f1: f1FromCounts(c.tp, c.fp, c.fn),
        fpr: ratio(c.fp, c.fp + c.tn),
        specificity: ratio(c.tn, c.fp + c.tn),
        intervals: {
            accuracy: wilsonInterval(c.tp + c.tn, n),
            precision: wilsonInterval(c.tp, c.tp + c.fp),
            recall: wilsonInterval(c.tp, c.tp + c.fn),
            fpr: wilsonInterval(c.fp, c.fp + c.tn),
            f1: f1Interval,
        },
    };
}
/** Counts from parallel arrays of truth and decision. */
export function countBinary(truth, flagged) {
    if (truth.length !== flagged.length)
        throw new RangeError('countBinary: arrays differ in length');
    let tp = 0;
    let fp = 0;
    let tn = 0;
    let fn = 0;
    for (let i = 0; i < truth.length; i++) {
        if (truth[i]) {
            if (flagged[i])
                tp++;
            else
                fn++;
        }
        else if (flagged[i])
            fp++;
        else
            tn++;
    }
    return { tp, fp, tn, fn };
}
/** Binary metrics of per-example decisions, with a bootstrap interval for F1. */
export function binaryMetricsOf(truth, flagged) {
    const interval = bootstrapInterval(truth.length, (idx) => {
        let tp = 0;
        let fp = 0;
        let fn = 0;
        for (const i of idx) {
            if (truth[i] && flagged[i])
                tp++;
            else if (!truth[i] && flagged[i])
                fp++;
            else if (truth[i] && !flagged[i])
                fn++;
        }
        return f1FromCounts(tp, fp, fn);
    });
    return binaryMetrics(countBinary(truth, flagged), interval);
}
//# sourceMappingURL=binary-metrics.js.map