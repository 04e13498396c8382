import { describe, expect, it } from 'vitest';
import { Rng } from './rng.js';
import { lrAt } from './schedule.js';
describe('lrAt', () => {
    it('warms up linearly, peaks, then decays along a cosine to the floor', () => {
        const o = { maxLr: 1e-3, minLr: 1e-4, warmupSteps: 10, totalSteps: 110 };
        expect(lrAt(0, o)).toBeCloseTo(1e-4, 12);
        expect(lrAt(9, o)).toBeCloseTo(1e-3, 12);
        expect(lrAt(10, o)).toBeCloseTo(1e-3, 12);
        expect(lrAt(10 + 99 / 2, o)).toBeCloseTo(5.5e-4, 12);
        expect(lrAt(109, o)).toBeCloseTo(1e-4, 12);
        for (let s = 10; s < 109; s++)
            expect(lrAt(s + 1, o)).toBeLessThanOrEqual(lrAt(s, o));
    });
});
describe('Rng', () => {
    it('is reproducible and resumes from its saved state', () => {
        const a = new Rng(7);
        const first = [a.next(), a.next()];
        const saved = a.state;
        const rest = [a.next(), a.next()];
        expect([new Rng(7).next(), new Rng(7).next()]).toEqual([first[0], first[0]]);
        const b = new Rng(saved);
        expect([b.next(), b.next()]).toEqual(rest);
        expect(new Rng(1).shuffle([1, 2, 3, 4, 5]).sort()).toEqual([1, 2, 3, 4, 5]);
    });
});
//# sourceMappingURL=schedule.test.js.map