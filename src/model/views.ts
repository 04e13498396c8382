// Reading a snippet several ways: the code as written and as rewritten by semantics-preserving rewrites (renamed
// locals, a variable extracted or put back, imports reordered), with the label distributions averaged.
//
// Why: a small model's answer moves with surface form. A rewrite that changes nothing a program does still flips
// some decisions (the robustness rows of docs/model-selection.md), so one reading carries noise that several
// readings of the same code can average out, as test-time augmentation does for images. The code is only parsed
// and rewritten, never imported or run. Comments, docstrings and quote style are not views: the prompt already
// normalizes them (src/model/prompt.ts), so they would read the same. Measured on v10 (the views question,
// docs/model-selection.md): better calibrated, no better ranked, so only `scripts/val-score.mjs --views` reads so.
import { createHash } from 'node:crypto';
import type { Parser } from 'web-tree-sitter';
import { getPythonParser } from '../python/parser.js';
import { rewritePython, type RewriteKind } from '../python/rewrite.js';
import type { Detector, LabelScore } from './detector.js';
import type { Label } from './labels.js';

export interface View {
  readonly kind: RewriteKind;
  readonly seed: number;
}

/**
 * The rewrites read besides the code as written, in order; N views read the code and the first N - 1 of them.
 * Fixed by the views question (docs/model-selection.md) before it was measured.
 */
export const VIEWS: readonly View[] = [
  { kind: 'rename-locals', seed: 1 },
  { kind: 'rename-locals', seed: 2 },
  { kind: 'rename-locals', seed: 3 },
  { kind: 'extract-variable', seed: 1 },
  { kind: 'inline-variables', seed: 1 },
  { kind: 'reorder-imports', seed: 1 },
];
/** The most readings a snippet can get: as written plus every view. */
export const MAX_VIEWS = VIEWS.length + 1;

/**
 * The distinct texts to read for one snippet: the code first, then each rewrite that applies and gives a text not
 * already in the list (two seeds can rename alike; reading one text twice would only weight it double).
 * Example: viewTexts(parser, 'def f(a):\n    b = a\n    return b\n', 2) -> [the code, the code with a and b renamed]
 */
export function viewTexts(parser: Parser, code: string, count: number): string[] {
  const texts = [code];
  for (const view of VIEWS.slice(0, Math.max(0, count - 1))) {
    const r = rewritePython(parser, code, [], view.kind, view.seed);
    if (r && !texts.includes(r.code)) texts.push(r.code);
  }
  return texts;
}

/** The mean of several label distributions over the same labels, sorted highest first as detect() returns them. */
export function meanScores(readings: readonly (readonly LabelScore[])[]): LabelScore[] {
  const sums = new Map<Label, number>();
  for (const scores of readings) for (const s of scores) sums.set(s.cwe, (sums.get(s.cwe) ?? 0) + s.probability);
  return [...sums]
    .map(([cwe, sum]) => ({ cwe, probability: sum / readings.length }))
    .sort((a, b) => b.probability - a.probability);
}

/**
 * A detector that reads every snippet up to `count` ways and returns the mean distribution. `count` 1 returns the
 * detector itself. The fingerprint changes with `count` (it is part of the scanner's cache key). Per-line scores,
 * used only to place a finding, still come from the code as written.
 * Example: await withViews(await loadDetector('models/default'), 7).detect([code]) -> [[mean of up to 7 readings]]
 */
export function withViews(inner: Detector, count: number): Detector {
  if (!Number.isInteger(count) || count < 1 || count > MAX_VIEWS) {
    throw new RangeError(`views must be a whole number from 1 to ${MAX_VIEWS}, got ${count}`);
  }
  if (count === 1) return inner;
  const fingerprint = createHash('sha256').update(`${inner.info.fingerprint}\nviews ${count}`).digest('hex');
  const lineScores = inner.lineScores?.bind(inner);
  return {
    info: { ...inner.info, fingerprint },
    async detect(snippets) {
      const parser = await getPythonParser();
      const texts = snippets.map((code) => viewTexts(parser, code, count));
      // One call for all readings, so the inner detector batches and parallelises them as it would the snippets.
      const flat = await inner.detect(texts.flat());
      let next = 0;
      return texts.map((t) => meanScores(flat.slice(next, (next += t.length))));
    },
    ...(lineScores ? { lineScores } : {}),
    close: () => inner.close(),
  };
}
