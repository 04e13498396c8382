import { describe, expect, it } from 'vitest';
import { calibrateNoneBias, f1At, vulnerableMargin } from './calibrate.js';

/** Three labels: index 2 is "none". A point's margin is logsumexp(l0, l1) - l2. */
const point = (l0: number, l1: number, none: number, vulnerable: boolean) => ({ logits: [l0, l1, none], vulnerable });

describe('calibrateNoneBias', () => {
  it('computes the margin at which a point flips to vulnerable', () => {
    expect(vulnerableMargin([0, 0, 0], 2)).toBeCloseTo(Math.log(2), 12);
    // With bias = margin the two sides are equal: P(none) = 0.5, flagged (>=).
    const m = vulnerableMargin([1, -1, 2], 2);
    const z = Math.exp(1) + Math.exp(-1) + Math.exp(2 + m);
    expect(Math.exp(2 + m) / z).toBeCloseTo(0.5, 12);
  });

  it('moves the threshold to the best-F1 point and reports its counts', () => {
    // All margins negative: at bias 0 nothing is flagged. The two vulnerable points have the highest margins.
    const pts = [
      point(-1, -1, 3, true), // margin ~ -3.31
      point(-2, -2, 3, true), // ~ -4.31
      point(-3, -3, 3, false), // ~ -5.31
      point(-4, -4, 3, false), // ~ -6.31
    ];
    expect(f1At(pts, 2, 0)).toMatchObject({ f1: 0, tp: 0, fp: 0, fn: 2 });
    const c = calibrateNoneBias(pts, 2);
    expect(c).toMatchObject({ f1: 1, tp: 2, fp: 0, fn: 0 });
    expect(c.bias).toBeCloseTo((vulnerableMargin([-2, -2, 3], 2) + vulnerableMargin([-3, -3, 3], 2)) / 2, 12);
  });

  it('keeps bias 0 when no shift does better, and copes with no points', () => {
    const pts = [point(5, 0, 0, true), point(0, 0, 5, false)];
    expect(calibrateNoneBias(pts, 2)).toMatchObject({ bias: 0, f1: 1 });
    expect(calibrateNoneBias([], 2)).toEqual({ bias: 0, f1: 0, tp: 0, fp: 0, fn: 0 });
  });
});
