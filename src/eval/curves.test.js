import { describe, expect, it } from 'vitest';
import { thresholdCurves } from './curves.js';
describe('thresholdCurves', () => {
    it('hand-computed PR points, average precision and ROC AUC', () => {
        const c = thresholdCurves([0.9, 0.8, 0.3, 0.1], [true, false, true, false], [0.5, 1]);
        expect(c.points.map((p) => [p.threshold, p.precision, p.recall])).toEqual([
            [0.9, 1, 0.5],
            [0.8, 0.5, 0.5],
            [0.3, 2 / 3, 1],
            [0.1, 0.5, 1],
        ]);
        expect(c.averagePrecision).toBeCloseTo(0.5 + 0.5 * (2 / 3), 12);
        // Pairs (pos, neg) ranked right: (0.9 > 0.8), (0.9 > 0.1), (0.3 > 0.1); wrong: (0.3 < 0.8) -> 3/4.
        expect(c.rocAuc).toBeCloseTo(0.75, 12);
        expect(c.fprAtRecall).toEqual([
            { target: 0.5, fpr: 0, threshold: 0.9, recall: 0.5, precision: 1 },
            { target: 1, fpr: 0.5, threshold: 0.3, recall: 1, precision: 2 / 3 },
        ]);
    });
    it('tied scores make one point and count half in the AUC', () => {
        const c = thresholdCurves([0.5, 0.5], [true, false], [1]);
        expect(c.points).toHaveLength(1);
        expect(c.rocAuc).toBeCloseTo(0.5, 12);
    });
    it('no positives: AP, AUC and FPR-at-recall are null', () => {
        const c = thresholdCurves([0.2, 0.1], [false, false], [0.9]);
        expect(c.averagePrecision).toBeNull();
        expect(c.rocAuc).toBeNull();
        expect(c.fprAtRecall[0].fpr).toBeNull();
    });
});
//# sourceMappingURL=curves.test.js.map