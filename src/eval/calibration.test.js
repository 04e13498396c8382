import { describe, expect, it } from 'vitest';
import { calibration } from './calibration.js';
describe('calibration', () => {
    it('hand-computed ECE, MCE and Brier', () => {
        const c = calibration([0.9, 0.9, 0.1, 0.1], [true, false, false, false], 10);
        expect(c.ece).toBeCloseTo(0.5 * 0.4 + 0.5 * 0.1, 12);
        expect(c.mce).toBeCloseTo(0.4, 12);
        expect(c.brier).toBeCloseTo((0.01 + 0.81 + 0.01 + 0.01) / 4, 12);
        expect(c.bins[9]).toMatchObject({ count: 2, observed: 0.5 });
        expect(c.bins[9].meanPredicted).toBeCloseTo(0.9, 12);
        expect(c.bins[5]).toMatchObject({ count: 0, observed: null, meanPredicted: null });
    });
    it('a perfectly calibrated bin has zero error; p = 1 falls in the last bin', () => {
        const c = calibration([1, 1, 0, 0], [true, true, false, false], 10);
        expect(c.ece).toBe(0);
        expect(c.bins[9].count).toBe(2);
        expect(c.bins[0].count).toBe(2);
    });
    it('empty input: null figures', () => {
        expect(calibration([], []).ece).toBeNull();
    });
});
//# sourceMappingURL=calibration.test.js.map