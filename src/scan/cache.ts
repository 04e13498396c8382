// The on-disk result cache: one small JSON file per scanned file content, keyed by the hash of the content, the
// model fingerprint, the scanner version and the chunking options. Writes are atomic (temp file + rename), so a
// crash leaves either the old entry or the new one; an unreadable or malformed entry is simply a miss.
import { createHash, randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';

/** Bump when the entry layout or the meaning of cached numbers changes. */
export const CACHE_FORMAT = 4;

const CachedChunkSchema = z.object({
  kind: z.enum(['function', 'class', 'module']),
  name: z.string(),
  startLine: z.number().int(),
  endLine: z.number().int(),
  syntaxErrorLine: z.number().int().nullable(),
  /** P(vulnerable) = 1 - P(none): what the chunk's most likely CWE is judged by. */
  vulnerable: z.number(),
  /** The CWEs some threshold at or above the floor can report (`reportable`), most likely first, as [label, p]. */
  scores: z.array(z.tuple([z.string(), z.number()])),
  /** Most likely line per CWE in `scores`. */
  lines: z.record(z.string(), z.number().int()),
});

export const CacheEntrySchema = z.object({
  format: z.literal(CACHE_FORMAT),
  /** The lowest probability for which most-likely lines were computed. */
  floor: z.number(),
  /** Line of the file's first syntax error, or null. */
  syntaxError: z.number().int().nullable(),
  /** Number of chunks in the file; only chunks with P(vulnerable) at or above the floor or a syntax error are kept. */
  chunkCount: z.number().int().nonnegative(),
  chunks: z.array(CachedChunkSchema),
});

export type CachedChunk = z.infer<typeof CachedChunkSchema>;
export type CacheEntry = z.infer<typeof CacheEntrySchema>;

/**
 * A hand-written check of the entry shape, equivalent to CacheEntrySchema: a warm re-scan reads tens of thousands of
 * chunks, and a full schema parse of each one would cost more than the rest of the warm path.
 */
export function isCacheEntry(value: unknown): value is CacheEntry {
  if (typeof value !== 'object' || value === null) return false;
  const e = value as Record<string, unknown>;
  if (e.format !== CACHE_FORMAT || typeof e.floor !== 'number' || !Array.isArray(e.chunks)) return false;
  if (e.syntaxError !== null && !Number.isInteger(e.syntaxError)) return false;
  if (!Number.isInteger(e.chunkCount) || (e.chunkCount as number) < 0) return false;
  return e.chunks.every((c: unknown) => {
    if (typeof c !== 'object' || c === null) return false;
    const k = c as Record<string, unknown>;
    return (
      (k.kind === 'function' || k.kind === 'class' || k.kind === 'module') &&
      typeof k.name === 'string' &&
      Number.isInteger(k.startLine) &&
      Number.isInteger(k.endLine) &&
      (k.syntaxErrorLine === null || Number.isInteger(k.syntaxErrorLine)) &&
      typeof k.vulnerable === 'number' &&
      Array.isArray(k.scores) &&
      k.scores.every((s: unknown) => Array.isArray(s) && typeof s[0] === 'string' && typeof s[1] === 'number') &&
      typeof k.lines === 'object' &&
      k.lines !== null
    );
  });
}

export class ResultCache {
  private disabledReason: string | null = null;

  /** `salt` holds everything besides the content that changes results: model fingerprint, scanner version, options. */
  constructor(
    readonly dir: string,
    private readonly salt: string,
  ) {}

  /** Why the cache stopped writing (for a warning), or null. */
  get problem(): string | null {
    return this.disabledReason;
  }

  /** The entry key of a file content. Example: cache.key(Buffer.from('print(1)\n')) -> 'a3f1…' (64 hex chars). */
  key(content: Buffer): string {
    return this.keyOf(createHash('sha256').update(content).digest('hex'));
  }

  /** The entry key from the content's sha256 (hex), when the file index already knows it. */
  keyOf(contentHash: string): string {
    return createHash('sha256').update(this.salt).update('\0').update(contentHash).digest('hex');
  }

  async get(key: string, floor: number): Promise<CacheEntry | null> {
    let text: string;
    try {
      text = readFileSync(this.path(key), 'utf8'); // sync: cheaper than the promise API for many small files
    } catch {
      return null;
    }
    try {
      const entry = JSON.parse(text) as unknown;
      if (!isCacheEntry(entry) || entry.floor > floor) return null;
      return entry;
    } catch {
      return null; // a torn or foreign file: treat as a miss and overwrite it later
    }
  }

  async set(key: string, entry: CacheEntry): Promise<void> {
    if (this.disabledReason) return;
    const target = this.path(key);
    const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await mkdir(join(this.dir, key.slice(0, 2)), { recursive: true });
      await writeFile(tmp, JSON.stringify(entry));
      await rename(tmp, target);
    } catch (err) {
      this.disabledReason = `cannot write the result cache in ${this.dir} (${(err as NodeJS.ErrnoException).code ?? String(err)}); scanning without it`;
      await rm(tmp, { force: true }).catch(() => undefined);
    }
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }
}
