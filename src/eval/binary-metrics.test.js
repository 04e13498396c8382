import { describe, expect, it } from 'vitest';
import { binaryMetrics, binaryMetricsOf, countBinary } from './binary-metrics.js';
describe('binaryMetrics', () => {
    it("reproduces the paper's table from TP 51 / FP 1 / TN 48 / FN 0", () => {
        const m = binaryMetrics({ tp: 51, fp: 1, tn: 48, fn: 0 });
        expect(m.n).toBe(100);
        expect(m.accuracy).toBe(0.99);
        expect(Number((m.precision * 100).toFixed(2))).toBe(98.08);
        expect(m.recall).toBe(1);
        // Exact F1 is 102/103 = 99.029%: 99.03 when rounded, not the paper's 99.04 (see the report's note).
        expect(m.f1).toBeCloseTo(102 / 103, 12);
        expect(Number((m.f1 * 100).toFixed(2))).toBe(99.03);
        expect(m.fpr).toBeCloseTo(1 / 49, 12);
        expect(m.intervals.accuracy.low).toBeCloseTo(0.9455, 4);
        expect(m.intervals.recall.high).toBe(1);
    });
    it('hand-computed case: TP 30, FP 10, TN 50, FN 10', () => {
        const m = binaryMetrics({ tp: 30, fp: 10, tn: 50, fn: 10 });
        expect(m.accuracy).toBe(0.8);
        expect(m.precision).toBe(0.75);
        expect(m.recall).toBe(0.75);
        expect(m.f1).toBe(0.75);
        expect(m.fpr).toBeCloseTo(10 / 60, 12);
        expect(m.specificity).toBeCloseTo(50 / 60, 12);
    });
    it('undefined ratios are null, not NaN or 0', () => {
        const m = binaryMetrics({ tp: 0, fp: 0, tn: 10, fn: 0 });
        expect(m.precision).toBeNull();
        expect(m.recall).toBeNull();
        expect(m.f1).toBeNull();
        expect(m.accuracy).toBe(1);
        const u = binaryMetrics({ tp: 0, fp: 0, tn: 0, fn: 5 });
        expect(u.precision).toBeNull();
        expect(u.recall).toBe(0);
        expect(u.f1).toBe(0);
    });
    it('rejects non-counts', () => {
        expect(() => binaryMetrics({ tp: -1, fp: 0, tn: 0, fn: 0 })).toThrow(RangeError);
        expect(() => binaryMetrics({ tp: 0.5, fp: 0, tn: 0, fn: 0 })).toThrow(RangeError);
    });
});
describe('binaryMetricsOf', () => {
    it('counts decisions and bootstraps an F1 interval that contains F1', () => {
        const truth = [true, true, true, false, false, false, true, false];
        const flag = [true, true, false, true, false, false, true, false];
        expect(countBinary(truth, flag)).toEqual({ tp: 3, fp: 1, tn: 3, fn: 1 });
        const m = binaryMetricsOf(truth, flag);
        expect(m.f1).toBe(0.75);
        expect(m.intervals.f1.low).toBeLessThanOrEqual(0.75);
        expect(m.intervals.f1.high).toBeGreaterThanOrEqual(0.75);
    });
});
//# sourceMappingURL=binary-metrics.test.js.map