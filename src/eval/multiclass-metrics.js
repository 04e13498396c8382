// CWE-level metrics over the 26 classes (25 CWEs and "none"): the confusion matrix, per-class precision/recall/F1 and
// macro-F1. Rows of the matrix are the true label, columns the predicted one, both in LABELS order.
import { LABELS } from '../model/labels.js';
import { f1FromCounts } from './binary-metrics.js';
import { bootstrapInterval } from './intervals.js';
/** The 26 x 26 confusion matrix of parallel true / predicted labels. */
export function confusionMatrix(truth, predicted) {
    if (truth.length !== predicted.length)
        throw new RangeError('confusionMatrix: arrays differ in length');
    const index = new Map(LABELS.map((l, i) => [l, i]));
    const m = LABELS.map(() => LABELS.map(() => 0));
    for (let i = 0; i < truth.length; i++) {
        const t = index.get(truth[i]);
        const p = index.get(predicted[i]);
        if (t === undefined || p === undefined)
            throw new RangeError(`confusionMatrix: unknown label at ${i}`);
        m[t][p] += 1;
    }
    return m;
}
/** Per-class metrics and macro-F1 from a confusion matrix. */
export function classMetrics(confusion) {
    const k = LABELS.length;
    const perClass = [];
    let sum = 0;
    let classes = 0;
    for (let c = 0; c < k; c++) {
        const row = confusion[c] ?? [];
        const support = row.reduce((a, b) => a + b, 0);
        let predicted = 0;
        for (let r = 0; r < k; r++)
            predicted += confusion[r]?.[c] ?? 0;
        const tp = row[c] ?? 0;
        const fp = predicted - tp;
        const fn = support - tp;
        const f1 = f1FromCounts(tp, fp, fn);
        if (f1 !== null) {
            sum += f1;
            classes++;
        }
        perClass.push({
            label: LABELS[c],
            support,
            predicted,
            tp,
            fp,
            fn,
            precision: predicted > 0 ? tp / predicted : null,
            recall: support > 0 ? tp / support : null,
            f1,
        });
    }
    return { perClass, macro: classes > 0 ? sum / classes : null, classes };
}
/**
 * Everything CWE-level from parallel label arrays.
 * Example: multiclassMetrics(['CWE-89', 'none'], ['CWE-89', 'CWE-79'])
 *   -> macroF1 = mean(F1 CWE-89 = 1, F1 CWE-79 = 0, F1 none = 0) = 0.333
 */
export function multiclassMetrics(truth, predicted) {
    const confusion = confusionMatrix(truth, predicted);
    const { perClass, macro, classes } = classMetrics(confusion);
    const index = new Map(LABELS.map((l, i) => [l, i]));
    const t = truth.map((l) => index.get(l));
    const p = predicted.map((l) => index.get(l));
    const k = LABELS.length;
    const macroF1Interval = bootstrapInterval(truth.length, (idx) => {
        const tp = new Int32Array(k);
        const sup = new Int32Array(k);
        const pred = new Int32Array(k);
        for (const i of idx) {
            const a = t[i];
            const b = p[i];
            sup[a] += 1;
            pred[b] += 1;
            if (a === b)
                tp[a] += 1;
        }
        let sum = 0;
        let n = 0;
        for (let c = 0; c < k; c++) {
            const f = f1FromCounts(tp[c], pred[c] - tp[c], sup[c] - tp[c]);
            if (f !== null) {
                sum += f;
                n++;
            }
        }
        return n > 0 ? sum / n : null;
    });
    let correct = 0;
    for (let i = 0; i < truth.length; i++)
        if (truth[i] === predicted[i])
            correct++;
    return {
        labels: LABELS,
        confusion,
        perClass,
        macroF1: macro,
        macroF1Classes: classes,
        macroF1Interval,
        accuracy: truth.length > 0 ? correct / truth.length : null,
    };
}
//# sourceMappingURL=multiclass-metrics.js.map