/** The fields a reviewer judged: if any of them changes, the decision no longer applies. */
function content(e) {
    return JSON.stringify([e.cwe, e.vulnerable, e.code, e.lines, e.explanation, e.description ?? null, e.twin, e.tags]);
}
/**
 * Merges parts into the current dataset; the result is sorted by id.
 * Example: mergeParts([ex1 accepted], [[ex1 unchanged, ex2]]) -> { kept: [ex1.id], added: [ex2.id], ... }
 */
export function mergeParts(current, parts) {
    const before = new Map(current.map((e) => [e.id, e]));
    const incoming = new Map();
    const duplicates = [];
    for (const part of parts) {
        for (const e of part) {
            if (incoming.has(e.id))
                duplicates.push(e.id);
            else
                incoming.set(e.id, e);
        }
    }
    const added = [];
    const kept = [];
    const changed = [];
    const merged = [];
    for (const [id, e] of incoming) {
        const old = before.get(id);
        if (!old) {
            added.push(id);
            merged.push(e);
        }
        else if (content(old) === content(e)) {
            kept.push(id);
            merged.push({ ...e, review: old.review });
        }
        else {
            changed.push(id);
            const note = old.review.status === 'pending'
                ? old.review.note
                : [old.review.note, `changed after it was ${old.review.status} by ${old.review.by}`]
                    .filter(Boolean)
                    .join('; ');
            merged.push({ ...e, review: { status: 'pending', by: null, at: null, note } });
        }
    }
    const dropped = [];
    for (const e of current) {
        if (incoming.has(e.id))
            continue;
        if (e.source === 'authored')
            dropped.push(e.id);
        else
            merged.push(e);
    }
    merged.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    return { merged, added, kept, changed, dropped, duplicates };
}
//# sourceMappingURL=merge.js.map