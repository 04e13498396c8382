import { describe, expect, it } from 'vitest';
import type { LabelScore } from '../model/detector.js';
import { reportable } from './decision.js';

/** Label scores sorted the way detectors return them: most likely first. */
const scores = (pairs: Record<string, number>): LabelScore[] =>
  Object.entries(pairs)
    .map(([cwe, probability]) => ({ cwe, probability }))
    .sort((a, b) => b.probability - a.probability) as LabelScore[];

describe('reportable', () => {
  const split = scores({ none: 0.29, 'CWE-77': 0.44, 'CWE-78': 0.27 });

  it('flags by P(vulnerable) and names the most likely CWE, though no single CWE reaches the floor', () => {
    expect(reportable(split, 0.5).map((s) => s.cwe)).toEqual(['CWE-77']);
    expect(reportable(split, 0.71)).toEqual([{ cwe: 'CWE-77', probability: 0.44 }]);
    expect(reportable(split, 0.72)).toEqual([]);
  });

  it('adds the other CWEs whose own probability reaches a floor below 0.5', () => {
    expect(reportable(split, 0.25).map((s) => s.cwe)).toEqual(['CWE-77', 'CWE-78']);
  });

  it('reports nothing when "none" is the most likely label by far, or there are no CWE scores', () => {
    expect(reportable(scores({ none: 0.9, 'CWE-89': 0.1 }), 0.5)).toEqual([]);
    expect(reportable(scores({ none: 1 }), 0.5)).toEqual([]);
  });
});
