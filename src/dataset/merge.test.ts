import { describe, expect, it } from 'vitest';
import { mergeParts } from './merge.js';
import { makeExample } from './testing/make-example.js';

const pending = { status: 'pending' as const, by: null, at: null, note: '' };

describe('mergeParts', () => {
  it('keeps decisions on unchanged records, resets changed ones, keeps generated ones, drops removed authored ones', () => {
    const same = makeExample({ id: 'cwe89-same-b' });
    const edited = makeExample({ id: 'cwe89-edit-b' });
    const gone = makeExample({ id: 'cwe89-gone-b' });
    const llm = { ...makeExample({ id: 'cwe89-llm-1-b' }), source: 'llm:qwen', review: pending };
    const current = [same, edited, gone, llm];
    const parts = [
      [
        { ...same, review: pending },
        { ...edited, explanation: `${edited.explanation} More detail.`, review: pending },
      ],
      [
        { ...makeExample({ id: 'cwe79-new-b', cwe: 'CWE-79' }), review: pending },
        { ...same, review: pending },
      ],
    ];
    const r = mergeParts(current, parts);
    expect(r.kept).toEqual(['cwe89-same-b']);
    expect(r.changed).toEqual(['cwe89-edit-b']);
    expect(r.added).toEqual(['cwe79-new-b']);
    expect(r.dropped).toEqual(['cwe89-gone-b']);
    expect(r.duplicates).toEqual(['cwe89-same-b']);
    expect(r.merged.map((e) => e.id)).toEqual(['cwe79-new-b', 'cwe89-edit-b', 'cwe89-llm-1-b', 'cwe89-same-b']);
    const byId = new Map(r.merged.map((e) => [e.id, e]));
    expect(byId.get('cwe89-same-b')!.review).toEqual(same.review);
    expect(byId.get('cwe89-edit-b')!.review).toEqual({
      status: 'pending',
      by: null,
      at: null,
      note: 'changed after it was accepted by tester',
    });
    expect(byId.get('cwe89-llm-1-b')).toEqual(llm);
  });

  it('adds a new batch without dropping the authored records it does not contain (keepMissing)', () => {
    const old = makeExample({ id: 'cwe89-old-b' });
    const batch = [[{ ...makeExample({ id: 'cwe89-r2-new-b' }), review: pending }]];
    const r = mergeParts([old], batch, { keepMissing: true });
    expect(r.dropped).toEqual([]);
    expect(r.added).toEqual(['cwe89-r2-new-b']);
    expect(r.merged.map((e) => e.id)).toEqual(['cwe89-old-b', 'cwe89-r2-new-b']);
  });
});
