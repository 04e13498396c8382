// Merging authored parts (one JSONL per CWE, from the authoring script) into the dataset without losing review
// decisions: a record whose content is unchanged keeps its review; a changed record goes back to pending with a note
// saying what it was; records of other sources (llm:, rewrite:) are kept; authored records no part has any more are
// dropped and listed, unless the parts are a new batch added to the dataset (`keepMissing`).
import type { Example } from './schema.js';

export interface MergeReport {
  readonly merged: Example[];
  readonly added: string[];
  readonly kept: string[];
  /** Records whose content changed; their review went back to pending. */
  readonly changed: string[];
  /** Authored records that no part contains any more. */
  readonly dropped: string[];
  /** Ids that appear in more than one part (the first one wins). */
  readonly duplicates: string[];
}

/** The fields a reviewer judged: if any of them changes, the decision no longer applies. */
function content(e: Example): string {
  return JSON.stringify([e.cwe, e.vulnerable, e.code, e.lines, e.explanation, e.description ?? null, e.twin, e.tags]);
}

/**
 * Merges parts into the current dataset; the result is sorted by id.
 * Example: mergeParts([ex1 accepted], [[ex1 unchanged, ex2]]) -> { kept: [ex1.id], added: [ex2.id], ... }
 */
export function mergeParts(
  current: readonly Example[],
  parts: readonly (readonly Example[])[],
  options: { keepMissing?: boolean } = {},
): MergeReport {
  const before = new Map(current.map((e) => [e.id, e]));
  const incoming = new Map<string, Example>();
  const duplicates: string[] = [];
  for (const part of parts) {
    for (const e of part) {
      if (incoming.has(e.id)) duplicates.push(e.id);
      else incoming.set(e.id, e);
    }
  }
  const added: string[] = [];
  const kept: string[] = [];
  const changed: string[] = [];
  const merged: Example[] = [];
  for (const [id, e] of incoming) {
    const old = before.get(id);
    if (!old) {
      added.push(id);
      merged.push(e);
    } else if (content(old) === content(e)) {
      kept.push(id);
      merged.push({ ...e, review: old.review });
    } else {
      changed.push(id);
      const note =
        old.review.status === 'pending'
          ? old.review.note
          : [old.review.note, `changed after it was ${old.review.status} by ${old.review.by}`]
              .filter(Boolean)
              .join('; ');
      merged.push({ ...e, review: { status: 'pending', by: null, at: null, note } });
    }
  }
  const dropped: string[] = [];
  for (const e of current) {
    if (incoming.has(e.id)) continue;
    if (e.source === 'authored' && !options.keepMissing) dropped.push(e.id);
    else merged.push(e);
  }
  merged.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { merged, added, kept, changed, dropped, duplicates };
}
