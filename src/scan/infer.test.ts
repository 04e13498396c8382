import { describe, expect, it } from 'vitest';
import type { Detector, LabelScore, LineScore } from '../model/detector.js';
import { LABELS } from '../model/labels.js';
import type { Chunk } from '../python/chunk.js';
import { lineFromScores, linesFromScores, mostLikelyLines } from './infer.js';

/** P(CWE-78) = 0.9 when the snippet calls os.system(, else 0.01; counts the snippets it scored. */
function detector(): Detector & { scored: number } {
  const d = {
    info: { modelType: 'fake', name: 'fake', path: '-', isTestModel: false, fingerprint: 'x' },
    scored: 0,
    async detect(snippets: readonly string[]): Promise<LabelScore[][]> {
      d.scored += snippets.length;
      return snippets.map((s) => {
        const p = s.includes('os.system(') ? 0.9 : 0.01;
        return LABELS.map((cwe) => ({ cwe, probability: cwe === 'CWE-78' ? p : cwe === 'none' ? 1 - p : 0 }));
      });
    },
    async close() {},
  };
  return d;
}

/** A function chunk starting at file line 10: `import os`, a blank line, then the def and its body. */
function chunk(body: string[]): Chunk {
  const code = ['import os', '', 'def f(x):', ...body.map((b) => `    ${b}`)];
  return {
    kind: 'function',
    name: 'f',
    startLine: 10,
    endLine: 10 + body.length,
    code: code.join('\n'),
    lineMap: [null, null, ...code.slice(2).map((_, i) => 10 + i)],
    syntaxErrorLine: null,
  };
}

describe('mostLikelyLines', () => {
  it('finds the line in a short chunk by removing lines one at a time', async () => {
    const d = detector();
    const c = chunk(['y = x', 'os.system(y)', 'return y']);
    expect(await mostLikelyLines(d, [{ chunk: c, cwe: 'CWE-78', base: 0.9 }], 8, 0.5)).toEqual([12]);
    expect(d.scored).toBe(4);
  });

  it('finds it in a long chunk with blocks then lines, scoring far fewer snippets than lines', async () => {
    const body = Array.from({ length: 60 }, (_, i) => (i === 41 ? 'os.system(x)' : `v${i} = ${i}`));
    const d = detector();
    expect(await mostLikelyLines(d, [{ chunk: chunk(body), cwe: 'CWE-78', base: 0.9 }], 16, 0.5)).toEqual([52]);
    expect(d.scored).toBeLessThan(20); // 8 blocks of 8 lines, then 8 lines, instead of 61
  });

  it('falls back to the shortest flagged prefix when the weakness occurs twice', async () => {
    const body = ['a = 1', 'os.system(x)', 'b = 2', 'os.system(x + "!")', 'return b'];
    expect(await mostLikelyLines(detector(), [{ chunk: chunk(body), cwe: 'CWE-78', base: 0.9 }], 8, 0.5)).toEqual([12]);
    const long = Array.from({ length: 40 }, (_, i) => (i === 20 || i === 33 ? 'os.system(x)' : `v${i} = ${i}`));
    expect(await mostLikelyLines(detector(), [{ chunk: chunk(long), cwe: 'CWE-78', base: 0.9 }], 8, 0.5)).toEqual([31]);
  });
});

describe('placing findings from per-line scores', () => {
  // chunk(): snippet lines 1-2 are context (import, blank), line 3 the def (file line 10), then the body.
  const c = chunk(['y = x', '# a comment', 'os.system(y)', 'return y']);
  const scores = (values: number[]): LineScore[] => values.map((vulnerable, i) => ({ line: i + 1, vulnerable }));

  it("takes the first own code line reaching half the last code line's P(vulnerable)", () => {
    // Context lines score high and the comment line jumps: neither is a candidate.
    expect(lineFromScores(c, scores([0.9, 0.9, 0.1, 0.2, 0.95, 0.8, 0.9]))).toBe(13);
    // A def line already at half the final value is the answer (a weakness in the signature or a decorator).
    expect(lineFromScores(c, scores([0.1, 0.1, 0.5, 0.5, 0.5, 0.9, 0.9]))).toBe(10);
  });

  it("falls back to nothing when the scores cover none of the chunk's code lines", () => {
    expect(lineFromScores(c, scores([0.9, 0.9]))).toBeNull();
    expect(lineFromScores(c, [])).toBeNull();
  });

  it('asks the detector once per flagged chunk, not once per CWE, and defaults to the chunk start', async () => {
    const asked: string[] = [];
    const lineScores = async (snippets: readonly string[]): Promise<LineScore[][]> => {
      asked.push(...snippets);
      return snippets.map((s) => (s === c.code ? scores([0, 0, 0.1, 0.1, 0.1, 0.9, 0.9]) : []));
    };
    const other = chunk(['return x']);
    const jobs = [
      { chunk: c, cwe: 'CWE-78', base: 0.9 },
      { chunk: c, cwe: 'CWE-77', base: 0.6 },
      { chunk: other, cwe: 'CWE-78', base: 0.7 },
    ];
    expect(await linesFromScores(lineScores, jobs, 1)).toEqual([13, 13, 10]);
    expect(asked).toEqual([c.code, other.code]);
  });
});
