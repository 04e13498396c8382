// The classes a cwescan model predicts: the 25 CWEs of the 2024 Top 25, in rank order, and "none".
import { TOP25_2024 } from '../cwe/catalog.js';
/** Index 0..24 are the Top 25 in rank order; index 25 is "none". */
export const LABELS = [...TOP25_2024.map((e) => e.id), 'none'];
export const NONE_INDEX = LABELS.length - 1;
export function labelIndex(label) {
    const i = LABELS.indexOf(label);
    if (i < 0)
        throw new Error(`unknown label ${label}`);
    return i;
}
//# sourceMappingURL=labels.js.map