// Calibration of P(vulnerable): expected calibration error over equal-width bins, the reliability diagram's bins,
// and the Brier score. A calibrated model that says 0.8 is right about 80% of the time.
/**
 * Calibration of probabilities against binary truth, in `binCount` equal-width bins ([0, 0.1), ..., [0.9, 1]).
 * Example: calibration([0.9, 0.9, 0.1, 0.1], [true, false, false, false], 10)
 *   -> bin [0.9, 1]: mean 0.9, observed 0.5; bin [0.1, 0.2): mean 0.1, observed 0; ece = 0.5 * 0.4 + 0.5 * 0.1 = 0.25
 */
export function calibration(probabilities, truth, binCount = 10) {
    if (probabilities.length !== truth.length)
        throw new RangeError('calibration: arrays differ in length');
    const n = probabilities.length;
    const sums = new Float64Array(binCount);
    const hits = new Float64Array(binCount);
    const counts = new Int32Array(binCount);
    let brier = 0;
    for (let i = 0; i < n; i++) {
        const p = Math.min(1, Math.max(0, probabilities[i]));
        const b = Math.min(binCount - 1, Math.floor(p * binCount));
        sums[b] += p;
        counts[b] += 1;
        const y = truth[i] ? 1 : 0;
        hits[b] += y;
        brier += (p - y) ** 2;
    }
    const bins = [];
    let ece = 0;
    let mce = 0;
    for (let b = 0; b < binCount; b++) {
        const c = counts[b];
        const meanPredicted = c > 0 ? sums[b] / c : null;
        const observed = c > 0 ? hits[b] / c : null;
        if (meanPredicted !== null && observed !== null) {
            const gap = Math.abs(observed - meanPredicted);
            ece += (c / n) * gap;
            mce = Math.max(mce, gap);
        }
        bins.push({ low: b / binCount, high: (b + 1) / binCount, count: c, meanPredicted, observed });
    }
    return n > 0 ? { bins, ece, mce, brier: brier / n } : { bins, ece: null, mce: null, brier: null };
}
//# sourceMappingURL=calibration.js.map