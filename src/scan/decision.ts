// The scanner's decision rule, the evaluator's own: a chunk is flagged when P(vulnerable) = 1 - P(none) reaches the
// threshold, and the finding names its most likely CWE. Until the fifteenth session the scanner asked instead that
// one CWE's own probability reach the threshold, which on the validation split flags half as many vulnerable
// examples as the model card's figures say (cwescan-default-v10 on 684 examples: 16.7% against 34.2% at 0.5,
// `node scripts/decision-rules.mjs models/default`), so the card described a scanner nobody ran.
import { topCwe, vulnerableProbability, type LabelScore } from '../model/detector.js';

/**
 * The CWEs of a chunk that some threshold at or above `floor` can report, most likely first: the most likely CWE
 * when P(vulnerable) = 1 - P(none) reaches the floor (the evaluator's decision rule), then any other CWE whose own
 * probability does (possible only below 0.5). Empty when the chunk cannot be reported.
 * Example: none 0.29, CWE-77 0.44, CWE-78 0.27, floor 0.5 -> [CWE-77 0.44]; floor 0.25 -> [CWE-77 0.44, CWE-78 0.27].
 */
export function reportable(scores: readonly LabelScore[], floor: number): LabelScore[] {
  const top = topCwe(scores);
  if (!top || vulnerableProbability(scores) < floor) return [];
  return [top, ...scores.filter((s) => s !== top && s.cwe !== 'none' && s.probability >= floor)];
}
