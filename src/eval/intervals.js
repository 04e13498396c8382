// Confidence intervals for the figures in an evaluation report: Wilson score intervals for proportions, and a seeded
// percentile bootstrap for statistics that are not proportions (F1, macro-F1).
import { mulberry32 } from '../engine/rng.js';
/** z for a two-sided 95% interval. */
export const Z95 = 1.959963984540054;
/**
 * Wilson score interval for k successes in n trials; null when n is 0 (the proportion is undefined).
 * Example: wilsonInterval(99, 100) -> { low: 0.9455, high: 0.9982 } (rounded): the paper's 99% accuracy on 100
 * examples is compatible with anything from about 94.6% to 99.8%.
 */
export function wilsonInterval(k, n, z = Z95) {
    if (n <= 0)
        return null;
    if (k < 0 || k > n)
        throw new RangeError(`wilsonInterval: k=${k} is outside 0..${n}`);
    const p = k / n;
    const z2 = z * z;
    const denom = 1 + z2 / n;
    const center = (p + z2 / (2 * n)) / denom;
    const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denom;
    // Clamp the rounding noise at the ends (k = 0 or k = n give exactly 0 or 1 analytically).
    return { low: Math.max(0, center - half), high: Math.min(1, center + half) };
}
/** A seeded PRNG (mulberry32): bootstrap intervals are reproducible run to run. */
export const seededRandom = mulberry32;
/**
 * Percentile bootstrap: resamples the n items with replacement `rounds` times, computes `statistic` on each
 * resample (given as an index array), and returns the 2.5th and 97.5th percentiles. Resamples where the statistic
 * is undefined (null) are dropped; null when fewer than half of them were defined.
 * Example: bootstrapInterval(100, (idx) => f1Of(idx)) -> { low: 0.97, high: 1 }
 */
export function bootstrapInterval(n, statistic, options = {}) {
    const rounds = options.rounds ?? 1000;
    if (n <= 0)
        return null;
    const random = seededRandom(options.seed ?? 20250422);
    const values = [];
    const idx = new Int32Array(n);
    for (let r = 0; r < rounds; r++) {
        for (let i = 0; i < n; i++)
            idx[i] = Math.floor(random() * n);
        const v = statistic(idx);
        if (v !== null && Number.isFinite(v))
            values.push(v);
    }
    if (values.length < rounds / 2)
        return null;
    values.sort((a, b) => a - b);
    return { low: quantile(values, 0.025), high: quantile(values, 0.975) };
}
/** Linear-interpolated quantile of sorted values. */
function quantile(sorted, q) {
    const pos = (sorted.length - 1) * q;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    const a = sorted[lo] ?? 0;
    const b = sorted[hi] ?? a;
    return a + (b - a) * (pos - lo);
}
//# sourceMappingURL=intervals.js.map