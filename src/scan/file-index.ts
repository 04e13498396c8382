// The file index: what a previous scan learnt about each file (its content hash, line count, whether it mentions
// "cwescan"), keyed by path and trusted only while the file's size, inode, mtime and ctime are unchanged. A warm
// re-scan then stats files instead of reading and hashing them. As in git's index, an entry recorded within
// RACY_MS of the file's last change is not trusted (a same-size rewrite in the same clock tick would go unseen);
// the next scan re-reads such a file and records it again.
import type { Stats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';

const INDEX_FORMAT = 1;
export const RACY_MS = 2000;

export interface KnownFile {
  /** sha256 of the file's bytes, hex. */
  readonly hash: string;
  readonly lines: number;
  /** The bytes contain "cwescan" (an inline ignore comment, perhaps). */
  readonly mentions: boolean;
}

/** [size, ino, mtimeMs, ctimeMs, recordedAt, hash, lines, mentions (0/1)] */
type Row = [number, number, number, number, number, string, number, number];

export class FileIndex {
  private readonly rows = new Map<string, Row>();
  private dirty = false;

  private constructor(private readonly path: string) {}

  /** Loads `<cacheDir>/files.json`; a missing or malformed index is an empty one. */
  static async open(cacheDir: string): Promise<FileIndex> {
    const index = new FileIndex(join(cacheDir, 'files.json'));
    try {
      const data = JSON.parse(await readFile(index.path, 'utf8')) as { format?: unknown; files?: unknown };
      if (data.format === INDEX_FORMAT && typeof data.files === 'object' && data.files !== null) {
        for (const [p, row] of Object.entries(data.files as Record<string, unknown>)) {
          if (isRow(row)) index.rows.set(p, row);
        }
      }
    } catch {
      // no index yet, or a torn one: every file is read this time
    }
    return index;
  }

  /**
   * What is known of `path` if its stat still matches and the entry is not racy.
   * Example: index.lookup('/repo/app.py', statSync('/repo/app.py')) -> { hash: '9f2c…', lines: 120, mentions: false }
   */
  lookup(path: string, st: Stats): KnownFile | null {
    const row = this.rows.get(path);
    if (!row) return null;
    const [size, ino, mtimeMs, ctimeMs, recordedAt, hash, lines, mentions] = row;
    if (size !== st.size || ino !== st.ino || mtimeMs !== st.mtimeMs || ctimeMs !== st.ctimeMs) return null;
    if (Math.max(mtimeMs, ctimeMs) >= recordedAt - RACY_MS) return null;
    return { hash, lines, mentions: mentions === 1 };
  }

  /** Records a file read now (`recordedAt`: when its bytes were read, ms since the epoch). */
  record(path: string, st: Stats, known: KnownFile, recordedAt: number): void {
    this.rows.set(path, [
      st.size,
      st.ino,
      st.mtimeMs,
      st.ctimeMs,
      recordedAt,
      known.hash,
      known.lines,
      known.mentions ? 1 : 0,
    ]);
    this.dirty = true;
  }

  /** Writes the index atomically if anything changed; a failure only costs the next scan some reading. */
  async save(): Promise<void> {
    if (!this.dirty) return;
    const files = Object.fromEntries(this.rows);
    await writeFileAtomic(this.path, JSON.stringify({ format: INDEX_FORMAT, files })).catch(() => undefined);
  }
}

function isRow(v: unknown): v is Row {
  return (
    Array.isArray(v) &&
    v.length === 8 &&
    v.slice(0, 5).every((x) => typeof x === 'number') &&
    typeof v[5] === 'string' &&
    typeof v[6] === 'number' &&
    (v[7] === 0 || v[7] === 1)
  );
}
