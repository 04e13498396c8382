import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDataset, parseDatasetText, readDataset, writeJsonlAtomic } from './jsonl.js';
import { makeExample } from './testing/make-example.js';
let dir;
beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cwescan-jsonl-'));
});
afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
});
describe('dataset JSONL io', () => {
    it('reports bad lines by number and field path, keeps the good records and skips blank lines', () => {
        const good = JSON.stringify(makeExample({ id: 'cwe89-a-b' }));
        const badField = JSON.stringify({ ...makeExample({ id: 'cwe89-b-b' }), review: { status: 'done' } });
        const text = [good, '', '{oops', badField, good].join('\n');
        const r = parseDatasetText(text);
        expect(r.examples.map((e) => e.id)).toEqual(['cwe89-a-b']);
        expect(r.problems.map((p) => `${p.line} ${p.kind} ${p.id}`)).toEqual([
            '3 json null',
            '4 schema cwe89-b-b',
            '4 schema cwe89-b-b',
            '4 schema cwe89-b-b',
            '5 duplicate-id cwe89-a-b',
        ]);
        expect(r.problems[1].message).toMatch(/^review\.status: /);
    });
    it('accepts a byte-order mark and CRLF line ends', () => {
        const good = JSON.stringify(makeExample({ id: 'cwe89-a-b' }));
        const r = parseDatasetText(`\uFEFF${good}\r\n${JSON.stringify(makeExample({ id: 'cwe89-b-b' }))}\r\n`);
        expect(r.problems).toEqual([]);
        expect(r.examples.map((e) => e.id)).toEqual(['cwe89-a-b', 'cwe89-b-b']);
    });
    it('writes atomically and leaves no temp file behind', async () => {
        const p = join(dir, 'sub', 'd.jsonl');
        await writeJsonlAtomic(p, [makeExample({ id: 'cwe89-a-b' }), makeExample({ id: 'cwe89-c-b' })]);
        const back = await loadDataset(p);
        expect(back.map((e) => e.id)).toEqual(['cwe89-a-b', 'cwe89-c-b']);
        expect(await readdir(join(dir, 'sub'))).toEqual(['d.jsonl']);
        expect((await readFile(p, 'utf8')).endsWith('}\n')).toBe(true);
    });
    it('refuses non-UTF-8 files and names missing ones', async () => {
        const p = join(dir, 'latin1.jsonl');
        await writeFile(p, Buffer.from([0x7b, 0xe9, 0x7d, 0x0a]));
        await expect(readDataset(p)).rejects.toThrow(/is not UTF-8 text/);
        await expect(readDataset(join(dir, 'missing.jsonl'))).rejects.toThrow(/does not exist/);
    });
    it('loadDataset throws E_DATASET naming the first bad lines', async () => {
        const p = join(dir, 'bad.jsonl');
        await writeFile(p, '{"id": "x"}\n');
        await expect(loadDataset(p)).rejects.toMatchObject({ code: 'E_DATASET' });
    });
});
//# sourceMappingURL=jsonl.test.js.map