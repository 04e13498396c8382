import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheEntrySchema, isCacheEntry, ResultCache, type CacheEntry } from './cache.js';

const entry: CacheEntry = {
  format: 4,
  floor: 0.5,
  syntaxError: null,
  chunkCount: 4,
  chunks: [
    {
      kind: 'function',
      name: 'f',
      startLine: 1,
      endLine: 3,
      syntaxErrorLine: null,
      vulnerable: 0.95,
      scores: [['CWE-89', 0.9]],
      lines: { 'CWE-89': 2 },
    },
  ],
};

describe('ResultCache', () => {
  it('round-trips entries, misses on a lower floor, and treats torn files as misses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cwescan-cache-'));
    const cache = new ResultCache(dir, 'salt');
    const key = cache.key(Buffer.from('print(1)\n'));
    expect(await cache.get(key, 0.5)).toBeNull();
    await cache.set(key, entry);
    expect(await cache.get(key, 0.5)).toEqual(entry);
    expect(await cache.get(key, 0.3)).toBeNull(); // most-likely lines were only computed down to 0.5
    const sub = join(dir, key.slice(0, 2));
    expect(readdirSync(sub)).toEqual([`${key}.json`]); // no temp files left behind
    writeFileSync(join(sub, `${key}.json`), '{"format":4,"floor":0.5,"chu');
    expect(await cache.get(key, 0.5)).toBeNull();
    expect(new ResultCache(dir, 'other salt').key(Buffer.from('print(1)\n'))).not.toBe(key);
  });

  it('checks entry shapes exactly as the schema does', () => {
    const bad = [
      { ...entry, format: 3 }, // before P(vulnerable) was kept
      { ...entry, chunks: [{ ...entry.chunks[0], vulnerable: undefined }] },
      { ...entry, chunkCount: -1 },
      { ...entry, syntaxError: 'x' },
      { ...entry, chunks: [{ ...entry.chunks[0], kind: 'lambda' }] },
      { ...entry, chunks: [{ ...entry.chunks[0], scores: [['CWE-89', '0.9']] }] },
      { ...entry, chunks: [{ ...entry.chunks[0], startLine: 1.5 }] },
      null,
    ];
    expect(isCacheEntry(entry)).toBe(CacheEntrySchema.safeParse(entry).success);
    for (const b of bad) expect([isCacheEntry(b), CacheEntrySchema.safeParse(b).success]).toEqual([false, false]);
  });
});
