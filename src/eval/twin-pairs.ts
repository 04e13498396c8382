// Twin-pair accuracy: the dataset pairs a vulnerable snippet with its fix (the `twin` field). A detector that only
// reacts to the topic of the code flags both; one that understands the weakness flags the bug and passes the fix.
import { wilsonInterval, type Interval } from './intervals.js';

export interface TwinInput {
  readonly id: string;
  readonly vulnerable: boolean;
  readonly twin: string | null;
  /** Decision of the detector on this example. */
  readonly flagged: boolean;
  /** True when the predicted CWE equals the true one (for vulnerable examples). */
  readonly cweRight: boolean;
}

export interface TwinPairMetrics {
  /** (vulnerable, fixed) pairs found in the set. */
  readonly pairs: number;
  /** Pairs where the bug is flagged and the fix is not. */
  readonly correct: number;
  /** correct / pairs; null when there are no pairs. */
  readonly accuracy: number | null;
  readonly interval: Interval | null;
  /** Pairs where the bug is flagged with the right CWE and the fix is not flagged. */
  readonly correctCwe: number;
  readonly accuracyCwe: number | null;
  /** Both flagged: the detector cannot tell the bug from its fix. */
  readonly bothFlagged: number;
  /** Neither flagged. */
  readonly neitherFlagged: number;
  /** Fix flagged, bug not: the pair judged backwards. */
  readonly inverted: number;
  /** Examples whose twin id is not in the set (or is not of the opposite kind). */
  readonly unpaired: number;
}

/**
 * Example: pairs a (vulnerable, flagged) with b (fixed, not flagged) -> { pairs: 1, correct: 1, accuracy: 1 }.
 */
export function twinPairMetrics(items: readonly TwinInput[]): TwinPairMetrics {
  const byId = new Map(items.map((x) => [x.id, x]));
  const seen = new Set<string>();
  let pairs = 0;
  let correct = 0;
  let correctCwe = 0;
  let bothFlagged = 0;
  let neitherFlagged = 0;
  let inverted = 0;
  let unpaired = 0;
  for (const x of items) {
    if (x.twin === null) continue;
    const y = byId.get(x.twin);
    if (!y || y.vulnerable === x.vulnerable) {
      unpaired++;
      continue;
    }
    const [bug, fix] = x.vulnerable ? [x, y] : [y, x];
    const key = `${bug.id}\u0000${fix.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    pairs++;
    if (bug.flagged && !fix.flagged) {
      correct++;
      if (bug.cweRight) correctCwe++;
    } else if (bug.flagged && fix.flagged) bothFlagged++;
    else if (!bug.flagged && !fix.flagged) neitherFlagged++;
    else inverted++;
  }
  return {
    pairs,
    correct,
    accuracy: pairs > 0 ? correct / pairs : null,
    interval: wilsonInterval(correct, pairs),
    correctCwe,
    accuracyCwe: pairs > 0 ? correctCwe / pairs : null,
    bothFlagged,
    neitherFlagged,
    inverted,
    unpaired,
  };
}
