import { describe, expect, it } from 'vitest';
import { getPythonParser } from '../python/parser.js';
import type { Detector, LabelScore } from './detector.js';
import { MAX_VIEWS, meanScores, viewTexts, withViews } from './views.js';

const CODE = 'import sys\nimport os\n\n\ndef run(name):\n    cmd = "ls " + name\n    return os.system(cmd)\n';

/** Answers by the text it is given: P(CWE-78) is the share of lines mentioning `cmd`, so views can disagree. */
function recordingDetector(): Detector & { seen: string[]; closed: boolean } {
  const d = {
    seen: [] as string[],
    closed: false,
    info: { modelType: 'test', name: 'test', path: '-', isTestModel: true, fingerprint: 'abc' },
    async detect(snippets: readonly string[]): Promise<LabelScore[][]> {
      d.seen.push(...snippets);
      return snippets.map((s) => {
        const lines = s.split('\n');
        const p = lines.filter((l) => l.includes('cmd')).length / lines.length;
        return [
          { cwe: 'CWE-78' as const, probability: p },
          { cwe: 'none' as const, probability: 1 - p },
        ];
      });
    },
    async close() {
      d.closed = true;
    },
  };
  return d;
}

describe('viewTexts', () => {
  it('gives the code first, then distinct rewrites of it', async () => {
    const parser = await getPythonParser();
    const texts = viewTexts(parser, CODE, MAX_VIEWS);
    expect(texts[0]).toBe(CODE);
    expect(texts.length).toBeGreaterThan(2); // renamed locals and reordered imports apply here
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.some((t) => t.startsWith('import os\nimport sys'))).toBe(true);
    expect(viewTexts(parser, CODE, 1)).toEqual([CODE]);
  });

  it('reads code that does not parse once, as written', async () => {
    const parser = await getPythonParser();
    expect(viewTexts(parser, 'def broken(:\n    pass\n', MAX_VIEWS)).toEqual(['def broken(:\n    pass\n']);
  });
});

describe('meanScores', () => {
  it('averages label by label and sorts highest first', () => {
    const mean = meanScores([
      [
        { cwe: 'none', probability: 0.8 },
        { cwe: 'CWE-89', probability: 0.2 },
      ],
      [
        { cwe: 'CWE-89', probability: 0.6 },
        { cwe: 'none', probability: 0.4 },
      ],
    ]);
    expect(mean.map((s) => s.cwe)).toEqual(['none', 'CWE-89']);
    expect(mean[0]!.probability).toBeCloseTo(0.6, 12);
    expect(mean[1]!.probability).toBeCloseTo(0.4, 12);
  });
});

describe('withViews', () => {
  it('returns the detector itself for one view and refuses counts out of range', () => {
    const inner = recordingDetector();
    expect(withViews(inner, 1)).toBe(inner);
    expect(() => withViews(inner, 0)).toThrow(/1 to 7/);
    expect(() => withViews(inner, MAX_VIEWS + 1)).toThrow(/1 to 7/);
    expect(() => withViews(inner, 2.5)).toThrow(/whole number/);
  });

  it('averages the readings of each snippet, in one call to the inner detector, under its own fingerprint', async () => {
    const inner = recordingDetector();
    const d = withViews(inner, MAX_VIEWS);
    expect(d.info.fingerprint).not.toBe('abc');
    expect(withViews(inner, 3).info.fingerprint).not.toBe(d.info.fingerprint);
    const other = 'x = 1\n';
    const [scores, plain] = await d.detect([CODE, other]);
    const parser = await getPythonParser();
    const texts = viewTexts(parser, CODE, MAX_VIEWS);
    expect(inner.seen).toEqual([...texts, other]);
    const readings = await recordingDetector().detect(texts);
    const expected = readings.reduce((s, r) => s + r[0]!.probability, 0) / texts.length;
    expect(scores!.find((s) => s.cwe === 'CWE-78')!.probability).toBeCloseTo(expected, 12);
    // The views disagree here, so the mean is not the reading as written.
    expect(expected).not.toBeCloseTo(readings[0]![0]!.probability, 3);
    expect(plain).toEqual([
      { cwe: 'none', probability: 1 },
      { cwe: 'CWE-78', probability: 0 },
    ]);
    await d.close();
    expect(inner.closed).toBe(true);
  });
});
