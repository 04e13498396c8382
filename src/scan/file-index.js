import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic.js';
const INDEX_FORMAT = 1;
export const RACY_MS = 2000;
export class FileIndex {
    path;
    rows = new Map();
    dirty = false;
    constructor(path) {
        this.path = path;
    }
    /** Loads `<cacheDir>/files.json`; a missing or malformed index is an empty one. */
    static async open(cacheDir) {
        const index = new FileIndex(join(cacheDir, 'files.json'));
        try {
            const data = JSON.parse(await readFile(index.path, 'utf8'));
            if (data.format === INDEX_FORMAT && typeof data.files === 'object' && data.files !== null) {
                for (const [p, row] of Object.entries(data.files)) {
                    if (isRow(row))
                        index.rows.set(p, row);
                }
            }
        }
        catch {
            // no index yet, or a torn one: every file is read this time
        }
        return index;
    }
    /**
     * What is known of `path` if its stat still matches and the entry is not racy.
     * Example: index.lookup('/repo/app.py', statSync('/repo/app.py')) -> { hash: '9f2c…', lines: 120, mentions: false }
     */
    lookup(path, st) {
        const row = this.rows.get(path);
        if (!row)
            return null;
        const [size, ino, mtimeMs, ctimeMs, recordedAt, hash, lines, mentions] = row;
        if (size !== st.size || ino !== st.ino || mtimeMs !== st.mtimeMs || ctimeMs !== st.ctimeMs)
            return null;
        if (Math.max(mtimeMs, ctimeMs) >= recordedAt - RACY_MS)
            return null;
        return { hash, lines, mentions: mentions === 1 };
    }
    /** Records a file read now (`recordedAt`: when its bytes were read, ms since the epoch). */
    record(path, st, known, recordedAt) {
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
    async save() {
        if (!this.dirty)
            return;
        const files = Object.fromEntries(this.rows);
        await writeFileAtomic(this.path, JSON.stringify({ format: INDEX_FORMAT, files })).catch(() => undefined);
    }
}
function isRow(v) {
    return (Array.isArray(v) &&
        v.length === 8 &&
        v.slice(0, 5).every((x) => typeof x === 'number') &&
        typeof v[5] === 'string' &&
        typeof v[6] === 'number' &&
        (v[7] === 0 || v[7] === 1));
}
//# sourceMappingURL=file-index.js.map