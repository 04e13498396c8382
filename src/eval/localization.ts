// Where findings land: for the vulnerable examples a model flags that have marked weakness lines, the line the
// scanner would report (its own placement code: the model's per-line scores, or occlusion) and whether it is one of
// the marked lines. A finding on the wrong line sends a reviewer to the wrong place, even with the right CWE.
import type { Detector, LabelScore, Locator } from '../model/detector.js';
import type { Chunk } from '../python/chunk.js';
import { locatorOf, placeFindings, type OcclusionJob } from '../scan/infer.js';
import type { EvalExample, Prediction } from './evaluate.js';
import { wilsonInterval, type Interval } from './intervals.js';

export interface Localization {
  readonly method: Locator;
  /** Flagged vulnerable examples with marked lines. */
  readonly examples: number;
  /** Of those, how many had their finding placed on a marked line. */
  readonly hits: number;
  readonly accuracy: number | null;
  readonly interval: Interval | null;
}

/**
 * The example as the scanner would hand the model one function: top-level imports are context (never a finding's
 * line), every other line is code at its own line number.
 * Example: exampleChunk('import os\ndef f(p):\n    os.system(p)').lineMap -> [null, 2, 3]
 */
export function exampleChunk(code: string): Chunk {
  const lines = code.split('\n');
  return {
    kind: 'module',
    name: '<example>',
    startLine: 1,
    endLine: lines.length,
    code,
    lineMap: lines.map((l, i) => (/^(import|from)\s/.test(l) ? null : i + 1)),
    syntaxErrorLine: null,
  };
}

/**
 * Places the finding of every flagged vulnerable example that has marked lines, with the flagged CWE, and counts
 * the placements on a marked line. `floor` is the occlusion fallback's threshold (the evaluation's threshold).
 */
export async function localizationOf(
  detector: Detector,
  examples: readonly EvalExample[],
  predictions: readonly Prediction[],
  scores: readonly (readonly LabelScore[])[],
  batchSize: number,
  floor: number,
  options: { locator?: Locator } = {},
): Promise<Localization> {
  const picked = examples
    .map((ex, i) => ({ ex, p: predictions[i]!, s: scores[i]! }))
    .filter(({ ex, p }) => ex.vulnerable && p.flagged && p.predicted !== 'none' && (ex.lines?.length ?? 0) > 0);
  const jobs: OcclusionJob[] = picked.map(({ ex, p, s }) => ({
    chunk: exampleChunk(ex.code),
    cwe: p.predicted,
    base: s.find((x) => x.cwe === p.predicted)?.probability ?? 0,
  }));
  const method = options.locator ?? locatorOf(detector);
  const lines = await placeFindings(detector, jobs, batchSize, floor, method);
  const hits = picked.filter(({ ex }, i) => ex.lines!.includes(lines[i]!)).length;
  return {
    method,
    examples: picked.length,
    hits,
    accuracy: picked.length > 0 ? hits / picked.length : null,
    interval: wilsonInterval(hits, picked.length),
  };
}
