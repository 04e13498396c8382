// The renderers are pure functions of the report: checked here on a small report built from in-memory scores.
import { describe, expect, it } from 'vitest';
import { LABELS, type Label } from '../model/labels.js';
import type { LabelScore } from '../model/detector.js';
import { evaluateScores, type EvalExample } from './evaluate.js';
import { reportJson } from './metrics-json.js';
import { reportCharts } from './report-charts.js';
import { renderHtml } from './report-html.js';
import { markdownTable, renderMarkdown } from './report-markdown.js';
import type { EvalReport } from './report-model.js';

const one = (top: Label, p: number): LabelScore[] =>
  LABELS.map((cwe) => ({ cwe, probability: cwe === top ? p : (1 - p) / 25 })).sort(
    (a, b) => b.probability - a.probability,
  );

const examples: EvalExample[] = [
  { id: 'a-v', code: 'x', vulnerable: true, cwe: 'CWE-89', twin: 'a-s' },
  { id: 'a-s', code: 'y', vulnerable: false, cwe: 'CWE-89', twin: 'a-v' },
  { id: 'b-v', code: 'z', vulnerable: true, cwe: 'CWE-78', twin: null },
];
const info = { role: 'model', name: 'm <1>', modelType: 't', path: 'p', isTestModel: false, fingerprint: 'f' };

function report(): EvalReport {
  const main = evaluateScores(examples, [one('CWE-89', 0.9), one('none', 0.8), one('CWE-89', 0.7)], info);
  return {
    version: '0.0.0',
    createdAt: '2026-01-01T00:00:00.000Z',
    dataset: {
      path: 'd.jsonl',
      sha256: 'ab'.repeat(32),
      examples: 3,
      vulnerable: 2,
      safe: 1,
      cwes: 2,
      problems: [{ line: 4, message: 'not valid JSON' }],
    },
    threshold: 0.5,
    main,
    robustness: null,
    baselines: [],
    skipped: [{ role: 'bandit', reason: 'turned off' }],
    classical: null,
    bandit: null,
    trainLog: { missing: 'no training log at p/train_log.jsonl' },
  };
}

describe('markdownTable', () => {
  it('escapes pipes and right-aligns figure columns', () => {
    expect(markdownTable({ header: ['a', 'b'], rows: [['x|y', '1']] })).toBe('| a | b |\n|---|--:|\n| x\\|y | 1 |');
  });
});

describe('renderMarkdown', () => {
  const md = renderMarkdown(report());
  it('has the paper table with the F1 note, the malformed lines and the missing-log note', () => {
    expect(md).toContain('## Paper vs ours');
    expect(md).toMatch(/\| F1 \| 99\.04% \| 99\.03% \|/);
    expect(md).toContain('102/103 = 99.029%');
    expect(md).toContain('| 4 | not valid JSON |');
    expect(md).toContain('Training curves omitted: no training log at p/train_log.jsonl.');
    expect(md).toContain('![precision-recall curve](charts/pr-curve.svg)');
    expect(md).toContain('Not run: bandit: turned off');
    // b-v (CWE-78) was predicted CWE-89: the one mix-up.
    expect(md).toContain('| CWE-78 (OS command injection) | CWE-89 (SQL injection) | 1 | 100.0% |');
  });
});

describe('renderHtml', () => {
  const r = report();
  const html = renderHtml(r, reportCharts(r));
  it('is self-contained: no scripts, no remote resources, escaped text', () => {
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/(src|href)="https?:/i);
    expect(html).toContain('m &lt;1&gt;');
    expect(html).not.toContain('m <1>');
  });
  it('inlines the four charts and says why the loss chart is missing', () => {
    for (const id of ['confusion', 'f1-bars', 'pr-curve', 'reliability']) expect(html).toContain(`data-chart="${id}"`);
    expect(html).not.toContain('data-chart="loss-curves"');
    expect(html).toContain('Training curves omitted');
  });
});

describe('reportJson', () => {
  it('puts the main model figures at the top level', () => {
    const j = reportJson(report()) as Record<string, unknown> & { binary: Record<string, number> };
    expect(j.binary).toMatchObject({ tp: 2, fp: 0, tn: 1, fn: 0, accuracy: 1, precision: 1, recall: 1, f1: 1 });
    expect(j.cwe_top1_accuracy).toBe(0.5);
    expect(j.twin_pair_accuracy).toBe(1);
    expect(typeof j.macro_f1).toBe('number');
    expect(j.baselines).toEqual([]);
  });
});
