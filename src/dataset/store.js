// The review store: updates of single examples in a dataset file, shared by `cwescan dataset review` and (later) the
// web review UI. Each update re-reads the file under a lock, replaces one record, checks it against the schema and
// writes the file atomically, so concurrent tools never lose each other's changes.
import { CwescanError } from '../errors.js';
import { loadDataset, writeJsonlAtomic } from './jsonl.js';
import { withFileLock } from './lock.js';
import { ExampleSchema } from './schema.js';
/**
 * Applies `change` to the example `id` and saves; returns the saved example (and the whole dataset as saved).
 * Example: await updateExample('examples.jsonl', 'cwe89-a-v', (e) => ({ ...e, review: { ...e.review, note: 'ok' } }))
 */
export async function updateExample(path, id, change) {
    return withFileLock(path, async () => {
        const all = await loadDataset(path);
        const idx = all.findIndex((e) => e.id === id);
        if (idx < 0)
            throw new CwescanError('E_DATASET', `${path} has no example ${id} (was it removed meanwhile?)`);
        const next = change(all[idx]);
        const checked = ExampleSchema.safeParse(next);
        if (!checked.success) {
            const why = checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
            throw new CwescanError('E_DATASET', `the change to ${id} is not valid: ${why}`);
        }
        all[idx] = checked.data;
        await writeJsonlAtomic(path, all);
        return { example: checked.data, all };
    });
}
/** Records a review decision (accepted or rejected) by `by` at `at`, appending `note` to any earlier note. */
export function decide(path, id, decision) {
    return updateExample(path, id, (e) => {
        const note = [e.review.note, decision.note].filter(Boolean).join('; ');
        const review = { status: decision.status, by: decision.by, at: decision.at.toISOString(), note };
        return { ...e, review };
    });
}
//# sourceMappingURL=store.js.map