import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset, writeJsonlAtomic } from './jsonl.js';
import { withFileLock } from './lock.js';
import { decide, updateExample } from './store.js';
import { makeExample } from './testing/make-example.js';
let dir;
let data;
const pending = { status: 'pending', by: null, at: null, note: '' };
beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cwescan-store-'));
    data = join(dir, 'examples.jsonl');
    const xs = Array.from({ length: 12 }, (_, i) => ({ ...makeExample({ id: `cwe89-s${i}-b` }), review: pending }));
    await writeJsonlAtomic(data, xs);
});
afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
});
describe('review store', () => {
    it('records a decision with reviewer, time and note', async () => {
        const at = new Date('2026-11-21T15:00:00Z');
        await decide(data, 'cwe89-s3-b', { status: 'rejected', by: 'dana', at, note: 'duplicate idea' });
        const saved = (await loadDataset(data)).find((e) => e.id === 'cwe89-s3-b');
        expect(saved.review).toEqual({
            status: 'rejected',
            by: 'dana',
            at: '2026-11-21T15:00:00.000Z',
            note: 'duplicate idea',
        });
    });
    it('loses no update when many run at once, and leaves no lock behind', async () => {
        const at = new Date();
        await Promise.all(Array.from({ length: 12 }, (_, i) => decide(data, `cwe89-s${i}-b`, { status: 'accepted', by: `r${i}`, at })));
        const all = await loadDataset(data);
        expect(all.map((e) => e.review.status)).toEqual(Array(12).fill('accepted'));
        expect(await readdir(dir)).toEqual(['examples.jsonl']);
    });
    it('refuses an invalid change and an unknown id', async () => {
        await expect(updateExample(data, 'cwe89-s1-b', (e) => ({ ...e, lines: [99] }))).rejects.toThrow(/is not valid/);
        await expect(updateExample(data, 'nope', (e) => e)).rejects.toThrow(/has no example nope/);
    });
    it('takes over a lock left by a process that is gone', async () => {
        await writeFile(`${data}.lock`, '999999999');
        await expect(withFileLock(data, async () => 'ran')).resolves.toBe('ran');
    });
    it('times out on a lock held by a live process', async () => {
        await writeFile(`${data}.lock`, String(process.pid));
        await expect(withFileLock(data, async () => 'ran', 200)).rejects.toThrow(/is locked by process/);
    });
});
//# sourceMappingURL=store.test.js.map