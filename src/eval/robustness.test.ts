import type { Parser } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Detector, LabelScore } from '../model/detector.js';
import { LABELS, type Label } from '../model/labels.js';
import { getPythonParser } from '../python/parser.js';
import { decide, type EvalExample } from './evaluate.js';
import { measureRobustness, rewriteExamples, robustnessRow } from './robustness.js';

let parser: Parser;
beforeAll(async () => {
  parser = await getPythonParser();
});

const ex = (id: string, code: string, vulnerable: boolean, lines: number[] = []): EvalExample => ({
  id,
  code,
  vulnerable,
  cwe: 'CWE-89',
  twin: null,
  lines,
});

const SQLI = ex(
  'sqli-v',
  'def find(cur, name):\n    query = f"SELECT * FROM u WHERE n = \'{name}\'"\n    cur.execute(query)\n',
  true,
  [3],
);
const SAFE = ex('sqli-s', 'def find(cur, name):\n    cur.execute("SELECT * FROM u WHERE n = ?", (name,))\n', false);
const NOTHING = ex('plain', 'x = 1\n', false);

/** Flags code that mentions the local name `query`: exactly the kind of shortcut renaming exposes. */
const nameMatcher: Detector = {
  info: { modelType: 'fake', name: 'name matcher', path: '-', isTestModel: true, fingerprint: 'x' },
  async detect(snippets) {
    return snippets.map((code) => scores(/\bquery\b/.test(code) ? 'CWE-89' : 'none', 0.9));
  },
  async close() {},
};

function scores(top: Label, p: number): LabelScore[] {
  return LABELS.map((cwe) => ({ cwe, probability: cwe === top ? p : (1 - p) / 25 })).sort(
    (a, b) => b.probability - a.probability,
  );
}

describe('rewriteExamples', () => {
  it('keeps ids, marks the origin, remaps lines, and leaves out examples the edit does not change', () => {
    const renamed = rewriteExamples(parser, [SQLI, SAFE, NOTHING], 'rename-locals');
    expect(renamed.map((e) => e.id)).toEqual(['sqli-v']); // SAFE has no local, NOTHING no function
    expect(renamed[0]!.code).not.toMatch(/\bquery\b/);
    expect(renamed[0]!.source).toBe('rewrite:rename-locals');
    expect(renamed[0]!.lines).toEqual([3]);
  });

  it('applies every rewrite in a row for "all", each where it applies', () => {
    const cmd = ex(
      'cmd',
      'import os\nimport sys\n\ndef run(arg):\n    cmd = "ls " + arg\n    os.system(cmd)\n',
      true,
      [6],
    );
    const [all] = rewriteExamples(parser, [cmd], 'all');
    for (const kind of ['rename-locals', 'string-quotes', 'reorder-imports'] as const) {
      const [one] = rewriteExamples(parser, [cmd], kind);
      expect(one, kind).toBeDefined();
      expect(all!.code).not.toBe(one!.code);
    }
    expect(all!.code).toContain("'ls '");
    expect(all!.code).not.toMatch(/\bcmd\b/);
  });
});

describe('robustnessRow', () => {
  it('counts kept detections, changed decisions and the mean shift on vulnerable examples', () => {
    const a = ex('a', 'a', true);
    const b = ex('b', 'b', true);
    const c = ex('c', 'c', false);
    const before = [
      decide(a, scores('CWE-89', 0.9), 0.5),
      decide(b, scores('CWE-89', 0.8), 0.5),
      decide(c, scores('none', 0.9), 0.5),
    ];
    const after = [
      decide(a, scores('none', 0.7), 0.5),
      decide(b, scores('CWE-89', 0.8), 0.5),
      decide(c, scores('CWE-89', 0.6), 0.5),
    ];
    const row = robustnessRow('rename-locals', before, after);
    expect(row).toMatchObject({ examples: 3, vulnerable: 2, detected: 2, detectedKept: 1, decisionsChanged: 2 });
    expect(row.before).toMatchObject({ tp: 2, fp: 0 });
    expect(row.after).toMatchObject({ tp: 1, fp: 1 });
    // a: P(vulnerable) = 1 - P(none) goes from 1 - 0.1/25 to 1 - 0.7; b: unchanged.
    expect(row.meanVulnerableShift).toBeCloseTo((0.3 - (1 - 0.1 / 25)) / 2, 12);
  });

  it('refuses a rewritten prediction without an original', () => {
    expect(() => robustnessRow('all', [], [decide(SQLI, scores('none', 0.9), 0.5)])).toThrow(/no original/);
  });
});

describe('measureRobustness', () => {
  it('catches a detector that keys on a local name: renaming evades it, other rewrites do not', async () => {
    const xs = [SQLI, SAFE];
    const original = (await nameMatcher.detect(xs.map((e) => e.code))).map((s, i) => decide(xs[i]!, s, 0.5));
    const info = { role: 'model', name: 'm', modelType: 'fake', path: '-', isTestModel: true, fingerprint: 'x' };
    const rows = await measureRobustness(nameMatcher, info, parser, xs, original, 0.5);
    const by = new Map(rows.map((r) => [r.edit, r]));
    expect(by.get('rename-locals')).toMatchObject({ examples: 1, detected: 1, detectedKept: 0, decisionsChanged: 1 });
    expect(by.get('all')).toMatchObject({ detected: 1, detectedKept: 0 });
    expect(by.get('string-quotes')?.decisionsChanged ?? 0).toBe(0);
    expect(by.has('reorder-imports')).toBe(false); // no imports to reorder
  });
});
