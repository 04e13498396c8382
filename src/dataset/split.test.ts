import { describe, expect, it } from 'vitest';
import { TOP25_2024 } from '../cwe/catalog.js';
import type { Example } from './schema.js';
import { splitDataset } from './split.js';
import { makeExample } from './testing/make-example.js';

/** 25 CWEs x (8 twin pairs + 4 vulnerable + 4 benign singles) = 600 accepted examples, plus some not accepted. */
function dataset(): Example[] {
  const out: Example[] = [];
  for (const { id: cwe } of TOP25_2024) {
    const s = cwe.toLowerCase().replace('-', '');
    for (let i = 0; i < 8; i++) {
      out.push(makeExample({ id: `${s}-pair${i}-v`, cwe, vulnerable: true, lines: [2], twin: `${s}-pair${i}-f` }));
      out.push(makeExample({ id: `${s}-pair${i}-f`, cwe, twin: `${s}-pair${i}-v` }));
    }
    for (let i = 0; i < 4; i++) out.push(makeExample({ id: `${s}-single${i}-v`, cwe, vulnerable: true, lines: [2] }));
    for (let i = 0; i < 4; i++) out.push(makeExample({ id: `${s}-benign${i}-b`, cwe }));
    const pending = makeExample({ id: `${s}-pending-b`, cwe });
    out.push({ ...pending, review: { status: 'pending', by: null, at: null, note: '' } });
    const rejected = makeExample({ id: `${s}-rejected-b`, cwe });
    out.push({ ...rejected, review: { ...rejected.review, status: 'rejected' } });
  }
  return out;
}

const ids = (xs: readonly Example[]) => xs.map((e) => e.id);

describe('splitDataset', () => {
  it('is deterministic and independent of input order', () => {
    const data = dataset();
    const a = splitDataset(data, { seed: 7, testSize: 100, valSize: 100 });
    const b = splitDataset([...data].reverse(), { seed: 7, testSize: 100, valSize: 100 });
    expect(ids(b.test)).toEqual(ids(a.test));
    expect(ids(b.val)).toEqual(ids(a.val));
    expect(ids(b.train)).toEqual(ids(a.train));
    const c = splitDataset(data, { seed: 8, testSize: 100, valSize: 100 });
    expect(ids(c.test)).not.toEqual(ids(a.test));
  });

  it('uses accepted examples only, each exactly once, with about 100 in test and val', () => {
    const data = dataset();
    const s = splitDataset(data, { seed: 13, testSize: 100, valSize: 100 });
    const all = [...ids(s.train), ...ids(s.val), ...ids(s.test)];
    const accepted = data.filter((e) => e.review.status === 'accepted').map((e) => e.id);
    expect(new Set(all).size).toBe(all.length);
    expect(new Set(all)).toEqual(new Set(accepted));
    expect(Math.abs(s.test.length - 100)).toBeLessThanOrEqual(2);
    expect(Math.abs(s.val.length - 100)).toBeLessThanOrEqual(2);
  });

  /** A first split of the fixture data and its id -> split map, as `split --keep` reads it back. */
  const splitToKeep = () => {
    const data = dataset();
    const first = splitDataset(data, { seed: 13, testSize: 100, valSize: 100 });
    const keep = new Map<string, 'train' | 'val' | 'test'>();
    for (const name of ['train', 'val', 'test'] as const) for (const e of first[name]) keep.set(e.id, name);
    return { data, first, keep };
  };

  it('with keep, leaves the earlier val and test as they were and sends new groups to train', () => {
    const { data, first, keep } = splitToKeep();
    const grown = [
      ...data,
      makeExample({ id: 'cwe89-new-v', cwe: 'CWE-89', vulnerable: true, lines: [2], twin: 'cwe89-new-f' }),
      makeExample({ id: 'cwe89-new-f', cwe: 'CWE-89', twin: 'cwe89-new-v' }),
    ];
    const s = splitDataset(grown, { seed: 99, testSize: 10, valSize: 10, keep });
    expect(ids(s.test)).toEqual(ids(first.test));
    expect(ids(s.val)).toEqual(ids(first.val));
    expect(ids(s.train)).toEqual(
      [...ids(first.train), 'cwe89-new-f', 'cwe89-new-v'].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('with keep and newTo val, grows val by the new groups and leaves train and test as they were', () => {
    const { data, first, keep } = splitToKeep();
    const grown = [
      ...data,
      makeExample({ id: 'cwe22-r7-a-v', cwe: 'CWE-22', vulnerable: true, lines: [2], twin: 'cwe22-r7-a-f' }),
      makeExample({ id: 'cwe22-r7-a-f', cwe: 'CWE-22', twin: 'cwe22-r7-a-v' }),
      makeExample({ id: 'cwe22-r7-b', cwe: 'CWE-22' }),
    ];
    const s = splitDataset(grown, { seed: 13, testSize: 100, valSize: 100, keep, newTo: 'val' });
    expect(ids(s.train)).toEqual(ids(first.train));
    expect(ids(s.test)).toEqual(ids(first.test));
    expect(ids(s.val)).toEqual(
      [...ids(first.val), 'cwe22-r7-a-f', 'cwe22-r7-a-v', 'cwe22-r7-b'].sort((a, b) => a.localeCompare(b)),
    );
  });

  it('keeps twins in the same split', () => {
    const s = splitDataset(dataset(), { seed: 13, testSize: 100, valSize: 100 });
    for (const part of [s.train, s.val, s.test]) {
      const here = new Set(ids(part));
      for (const e of part) if (e.twin) expect(here.has(e.twin), `${e.id} without ${e.twin}`).toBe(true);
    }
  });

  it('keeps rewrites (origin) in the split of their origin and its twin', () => {
    const data = dataset();
    const rw = (id: string) => {
      const o = data.find((e) => e.id === id)!;
      return { ...o, id: `${id}-rw-string-quotes`, twin: null, origin: id, source: 'rewrite:string-quotes' };
    };
    const withRewrites = [...data, ...data.filter((e) => /pair[0-3]-f|single0/.test(e.id)).map((e) => rw(e.id))];
    const s = splitDataset(withRewrites, { seed: 13, testSize: 100, valSize: 100 });
    const where = new Map<string, string>();
    for (const name of ['train', 'val', 'test'] as const) for (const e of s[name]) where.set(e.id, name);
    const derived = withRewrites.filter((e) => e.origin);
    expect(derived.length).toBeGreaterThan(50);
    for (const e of derived) {
      expect(where.get(e.id), e.id).toBe(where.get(e.origin!));
      const twin = withRewrites.find((o) => o.id === e.origin)!.twin;
      if (twin) expect(where.get(twin)).toBe(where.get(e.id));
    }
  });

  it('stratifies by CWE and label', () => {
    const s = splitDataset(dataset(), { seed: 13, testSize: 100, valSize: 100 });
    // 24 accepted per CWE and 600 in all: test holds 1/6, i.e. 4 per CWE; allow one group (2 examples) of slack.
    for (const { id } of TOP25_2024) {
      const n = s.test.filter((e) => e.cwe === id).length;
      expect(n, id).toBeGreaterThanOrEqual(2);
      expect(n, id).toBeLessThanOrEqual(6);
    }
    const vulnShare = s.test.filter((e) => e.vulnerable).length / s.test.length;
    expect(vulnShare).toBeGreaterThan(0.4);
    expect(vulnShare).toBeLessThan(0.6);
  });
});
