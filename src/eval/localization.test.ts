import { describe, expect, it } from 'vitest';
import type { Detector, LabelScore, LineScore } from '../model/detector.js';
import { LABELS } from '../model/labels.js';
import { decide, type EvalExample } from './evaluate.js';
import { exampleChunk, localizationOf } from './localization.js';

/** P(CWE-78) = 0.9 when the snippet calls os.system(, else 0.01; sorted high to low as detectors answer. */
async function detect(snippets: readonly string[]): Promise<LabelScore[][]> {
  return snippets.map((s) => {
    const p = s.includes('os.system(') ? 0.9 : 0.01;
    return LABELS.map((cwe) => ({ cwe, probability: cwe === 'CWE-78' ? p : cwe === 'none' ? 1 - p : 0 })).sort(
      (a, b) => b.probability - a.probability,
    );
  });
}
const info = { modelType: 'fake', name: 'fake', path: '-', isTestModel: false, fingerprint: 'x' };
const occluded: Detector = { info, detect, close: async () => {} };
/** Per-line scores that rise on the first line containing `os.` (so they find `os.popen` too, unlike `detect`). */
const lined: Detector = {
  ...occluded,
  async lineScores(snippets: readonly string[]): Promise<LineScore[][]> {
    return snippets.map((s) => {
      const first = s.split('\n').findIndex((l) => /\bos\./.test(l));
      return s.split('\n').map((_, i) => ({ line: i + 1, vulnerable: first >= 0 && i >= first ? 0.9 : 0.1 }));
    });
  },
};

const ex = (id: string, code: string, vulnerable: boolean, lines: number[]): EvalExample => ({
  id,
  code,
  vulnerable,
  cwe: 'CWE-78',
  twin: null,
  lines,
});
const examples = [
  ex('hit', 'import os\n\ndef f(x):\n    y = x\n    os.system(y)\n', true, [5]),
  ex('wrong-mark', 'import os\n\ndef g(x):\n    os.system(x)\n    return 1\n', true, [5]),
  ex('unflagged', 'import os\n\ndef h(x):\n    return os.popen(x)\n', true, [4]),
  ex('no-lines', 'import os\nos.system("ls " + name)\n', true, []),
  ex('safe', 'import subprocess\nsubprocess.run(["ls", name])\n', false, []),
];

describe('localization', () => {
  it('treats top-level imports as context and every other line as code at its own number', () => {
    expect(exampleChunk('import os\nfrom a import b\n\ndef f():\n    import json\n').lineMap).toEqual([
      null,
      null,
      3,
      4,
      5,
      6,
    ]);
  });

  it('counts flagged vulnerable examples with marked lines whose finding lands on a marked line', async () => {
    const scores = await detect(examples.map((e) => e.code));
    const predictions = examples.map((e, i) => decide(e, scores[i]!, 0.5));
    for (const d of [occluded, lined]) {
      const loc = await localizationOf(d, examples, predictions, scores, 4, 0.5);
      expect(loc).toMatchObject({ method: d === lined ? 'line-scores' : 'occlusion', examples: 2, hits: 1 });
      expect(loc.accuracy).toBe(0.5);
      expect(loc.interval!.low).toBeLessThan(0.5);
    }
  });

  it('has no figure when nothing qualifies', async () => {
    const safe = [examples[4]!];
    const scores = await detect(safe.map((e) => e.code));
    const loc = await localizationOf(occluded, safe, [decide(safe[0]!, scores[0]!, 0.5)], scores, 4, 0.5);
    expect(loc).toMatchObject({ examples: 0, hits: 0, accuracy: null });
  });

  it('places by occlusion when asked, and refuses per-line scores from a model that has none', async () => {
    const scores = await detect(examples.map((e) => e.code));
    const predictions = examples.map((e, i) => decide(e, scores[i]!, 0.5));
    const forced = await localizationOf(lined, examples, predictions, scores, 4, 0.5, { locator: 'occlusion' });
    expect(forced.method).toBe('occlusion');
    await expect(
      localizationOf(occluded, examples, predictions, scores, 4, 0.5, { locator: 'line-scores' }),
    ).rejects.toThrow(/no per-line scores/);
  });
});
