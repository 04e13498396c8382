// Robustness to evasive edits: the labelled set is rewritten with each semantics-preserving rewrite of
// src/python/rewrite.ts (and with all of them in a row), the detector scores the rewritten code, and each rewritten
// example is compared with its own original. A rewrite changes no behaviour, so every changed decision is a mistake
// of the detector: a vulnerable example that stops being flagged is an evasion that worked.
import type { Parser } from 'web-tree-sitter';
import { REWRITE_KINDS, rewriteChain, type RewriteKind } from '../python/rewrite.js';
import { binaryMetricsOf, type BinaryMetrics } from './binary-metrics.js';
import type { Detector } from '../model/detector.js';
import { evaluateDetector, type EvalExample, type ModelInfo, type Prediction } from './evaluate.js';

/** One rewrite, or every rewrite applied in turn (the strongest edit we have). */
export type RobustnessEdit = RewriteKind | 'all';
export const ROBUSTNESS_EDITS: readonly RobustnessEdit[] = [...REWRITE_KINDS, 'all'];

export interface RobustnessRow {
  readonly edit: RobustnessEdit;
  /** Examples the edit applied to (the rest are left out of this row). */
  readonly examples: number;
  readonly vulnerable: number;
  /** Binary figures on those examples, before and after the edit. */
  readonly before: BinaryMetrics;
  readonly after: BinaryMetrics;
  /** Vulnerable examples flagged before the edit, and how many of them are still flagged after it. */
  readonly detected: number;
  readonly detectedKept: number;
  /** Examples whose flagged/not-flagged decision changed. */
  readonly decisionsChanged: number;
  /** Mean change of P(vulnerable) over the vulnerable examples (negative: the edit hides them). */
  readonly meanVulnerableShift: number | null;
}

/**
 * The examples one edit applies to, rewritten (same ids; weakness lines remapped). `seed` picks the new names and
 * orders, so a report can be reproduced.
 * Example: rewriteExamples(parser, examples, 'rename-locals').length -> how many had a local to rename
 */
export function rewriteExamples(
  parser: Parser,
  examples: readonly EvalExample[],
  edit: RobustnessEdit,
  seed = 1,
): EvalExample[] {
  const out: EvalExample[] = [];
  const kinds = edit === 'all' ? REWRITE_KINDS : [edit];
  for (const ex of examples) {
    const r = rewriteChain(parser, ex.code, ex.lines ?? [], kinds, seed);
    if (r) out.push({ ...ex, code: r.code, lines: r.lines, source: `rewrite:${edit}` });
  }
  return out;
}

/** Compares predictions on rewritten examples with the predictions on their originals (matched by id). */
export function robustnessRow(
  edit: RobustnessEdit,
  original: readonly Prediction[],
  rewritten: readonly Prediction[],
): RobustnessRow {
  const byId = new Map(original.map((p) => [p.id, p]));
  const pairs = rewritten.map((after) => {
    const before = byId.get(after.id);
    if (!before) throw new RangeError(`rewritten example ${after.id} has no original prediction`);
    return { before, after };
  });
  const truth = pairs.map((p) => p.before.vulnerable);
  const vulnerable = pairs.filter((p) => p.before.vulnerable);
  const detected = vulnerable.filter((p) => p.before.flagged);
  return {
    edit,
    examples: pairs.length,
    vulnerable: vulnerable.length,
    before: binaryMetricsOf(
      truth,
      pairs.map((p) => p.before.flagged),
    ),
    after: binaryMetricsOf(
      truth,
      pairs.map((p) => p.after.flagged),
    ),
    detected: detected.length,
    detectedKept: detected.filter((p) => p.after.flagged).length,
    decisionsChanged: pairs.filter((p) => p.before.flagged !== p.after.flagged).length,
    meanVulnerableShift:
      vulnerable.length > 0
        ? vulnerable.reduce((a, p) => a + p.after.pVulnerable - p.before.pVulnerable, 0) / vulnerable.length
        : null,
  };
}

/**
 * Every edit of ROBUSTNESS_EDITS against the detector's predictions on the originals (at the same threshold).
 * Edits that apply to no example are left out.
 * Example: await measureRobustness(detector, info, parser, examples, main.predictions, 0.5) -> [{ edit: 'rename-locals', ... }]
 */
export async function measureRobustness(
  detector: Detector,
  model: ModelInfo,
  parser: Parser,
  examples: readonly EvalExample[],
  original: readonly Prediction[],
  threshold: number,
  onProgress?: (edit: RobustnessEdit, done: number, total: number) => void,
): Promise<RobustnessRow[]> {
  const rows: RobustnessRow[] = [];
  for (const edit of ROBUSTNESS_EDITS) {
    const rewritten = rewriteExamples(parser, examples, edit);
    if (rewritten.length === 0) continue;
    // The same batching, score checks and decisions as every other row of the report.
    const { predictions } = await evaluateDetector(detector, rewritten, model, {
      threshold,
      onProgress: (done, total) => onProgress?.(edit, done, total),
    });
    rows.push(robustnessRow(edit, original, predictions));
  }
  return rows;
}
