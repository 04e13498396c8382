import { describe, expect, it } from 'vitest';
import { bootstrapInterval, seededRandom, wilsonInterval } from './intervals.js';
describe('wilsonInterval', () => {
    it('gives the paper accuracy interval: 99 of 100 -> 94.55% to 99.82%', () => {
        const w = wilsonInterval(99, 100);
        expect(w.low).toBeCloseTo(0.945511, 5);
        expect(w.high).toBeCloseTo(0.998233, 5);
    });
    it('0 of 10: the upper bound is z^2 / (n + z^2)', () => {
        const w = wilsonInterval(0, 10);
        expect(w.low).toBe(0);
        expect(w.high).toBeCloseTo(3.841459 / 13.841459, 6);
    });
    it('is symmetric around 1/2 for k = n/2', () => {
        const w = wilsonInterval(50, 100);
        expect(w.low + w.high).toBeCloseTo(1, 12);
        expect(w.low).toBeCloseTo(0.403832, 5);
    });
    it('is null for n = 0 and rejects k > n', () => {
        expect(wilsonInterval(0, 0)).toBeNull();
        expect(() => wilsonInterval(3, 2)).toThrow(RangeError);
    });
});
describe('bootstrapInterval', () => {
    it('is reproducible with a seed and brackets the statistic', () => {
        const data = Array.from({ length: 200 }, (_, i) => (i % 4 === 0 ? 1 : 0));
        const mean = (idx) => Array.from(idx).reduce((s, i) => s + data[i], 0) / idx.length;
        const a = bootstrapInterval(data.length, mean, { seed: 7 });
        const b = bootstrapInterval(data.length, mean, { seed: 7 });
        expect(a).toEqual(b);
        expect(a.low).toBeLessThan(0.25);
        expect(a.high).toBeGreaterThan(0.25);
        // Close to the Wilson interval of the same proportion (about 0.19 to 0.31).
        expect(a.low).toBeGreaterThan(0.16);
        expect(a.high).toBeLessThan(0.34);
    });
    it('the PRNG is uniform enough', () => {
        const r = seededRandom(1);
        let s = 0;
        for (let i = 0; i < 10000; i++)
            s += r();
        expect(s / 10000).toBeCloseTo(0.5, 1);
    });
});
//# sourceMappingURL=intervals.test.js.map