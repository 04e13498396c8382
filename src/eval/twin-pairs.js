// Twin-pair accuracy: the dataset pairs a vulnerable snippet with its fix (the `twin` field). A detector that only
// reacts to the topic of the code flags both; one that understands the weakness flags the bug and passes the fix.
import { wilsonInterval } from './intervals.js';
/**
 * Example: pairs a (vulnerable, flagged) with b (fixed, not flagged) -> { pairs: 1, correct: 1, accuracy: 1 }.
 */
export function twinPairMetrics(items) {
    const byId = new Map(items.map((x) => [x.id, x]));
    const seen = new Set();
    let pairs = 0;
    let correct = 0;
    let correctCwe = 0;
    let bothFlagged = 0;
    let neitherFlagged = 0;
    let inverted = 0;
    let unpaired = 0;
    for (const x of items) {
        if (x.twin === null)
            continue;
        const y = byId.get(x.twin);
        if (!y || y.vulnerable === x.vulnerable) {
            unpaired++;
            continue;
        }
        const [bug, fix] = x.vulnerable ? [x, y] : [y, x];
        const key = `${bug.id}\u0000${fix.id}`;
        if (seen.has(key))
            continue;
        seen.add(key);
        pairs++;
        if (bug.flagged && !fix.flagged) {
            correct++;
            if (bug.cweRight)
                correctCwe++;
        }
        else if (bug.flagged && fix.flagged)
            bothFlagged++;
        else if (!bug.flagged && !fix.flagged)
            neitherFlagged++;
        else
            inverted++;
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
//# sourceMappingURL=twin-pairs.js.map