import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseExampleLines, readExampleSet } from './read-examples.js';
const good = (id) => JSON.stringify({
    id,
    cwe: 'CWE-89',
    vulnerable: true,
    language: 'python',
    code: 'cur.execute("SELECT " + x)\n',
    lines: [1],
    explanation: 'SQL built by concatenation from a variable.',
    twin: null,
    source: 'authored',
    review: { status: 'pending', by: null, at: null, note: '' },
    tags: [],
});
describe('parseExampleLines', () => {
    it('keeps valid records and reports each bad one with its 1-based line', () => {
        const text = [good('aaa'), '', '{oops', good('bbb'), JSON.stringify({ id: 'ccc' }), good('aaa')].join('\n');
        const { examples, problems } = parseExampleLines(text);
        expect(examples.map((e) => e.id)).toEqual(['aaa', 'bbb']);
        expect(problems.map((p) => p.line)).toEqual([3, 5, 6]);
        expect(problems[0].message).toMatch(/not valid JSON/);
        expect(problems[1].message).toMatch(/explanation/);
        expect(problems[2].message).toMatch(/duplicate id aaa \(first on line 1\)/);
    });
    it('tolerates CRLF line ends', () => {
        expect(parseExampleLines(`${good('aaa')}\r\n${good('bbb')}\r\n`).examples).toHaveLength(2);
    });
});
describe('readExampleSet', () => {
    it('hashes the file and refuses non-UTF-8 and unreadable paths with clear codes', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'cwescan-read-'));
        const ok = join(dir, 'ok.jsonl');
        await writeFile(ok, good('aaa') + '\n');
        const set = await readExampleSet(ok);
        expect(set.sha256).toMatch(/^[0-9a-f]{64}$/);
        const bin = join(dir, 'bin.jsonl');
        await writeFile(bin, Buffer.from([0xff, 0xfe, 0x00, 0x41]));
        await expect(readExampleSet(bin)).rejects.toMatchObject({ code: 'E_DATASET' });
        await expect(readExampleSet(join(dir, 'missing.jsonl'))).rejects.toMatchObject({ code: 'E_IO' });
        await expect(readExampleSet(dir)).rejects.toMatchObject({ code: 'E_IO' });
    });
});
//# sourceMappingURL=read-examples.test.js.map