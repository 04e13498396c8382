import { mkdir, mkdtemp, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { trainBpe } from '../tokenizer/train-bpe.js';
import { collectCorpus, fillSequence, packTokens, sequenceCount, splitByFile } from './corpus.js';
async function tree() {
    const root = await mkdtemp(join(tmpdir(), 'cwescan-corpus-'));
    await mkdir(join(root, 'pkg/sub'), { recursive: true });
    await mkdir(join(root, '.venv'), { recursive: true });
    await writeFile(join(root, 'pkg/a.py'), 'def a():\n    return 1\n');
    await writeFile(join(root, 'pkg/sub/b.py'), 'def b():\n    return 2\n');
    await writeFile(join(root, 'pkg/sub/copy_of_a.py'), 'def a():\n    return 1\n');
    await writeFile(join(root, 'pkg/bin.py'), Buffer.from([0x64, 0x00, 0x01]));
    await writeFile(join(root, 'pkg/latin1.py'), Buffer.from([0x23, 0x20, 0xe9, 0x0a]));
    await writeFile(join(root, 'pkg/big.py'), 'x = 1\n'.repeat(200));
    await writeFile(join(root, 'pkg/empty.py'), '\n\n');
    await writeFile(join(root, 'pkg/notes.txt'), 'not python');
    await writeFile(join(root, '.venv/site.py'), 'import os\n');
    await symlink(root, join(root, 'pkg/loop')); // a symlink loop must not hang the walk
    return root;
}
describe('collectCorpus', () => {
    it('walks .py files, skips unusable ones with a reason, drops duplicates, splits by file', async () => {
        const root = await tree();
        const c = await collectCorpus([root], { maxFileBytes: 1000, validationFraction: 0.5, seed: 1 });
        const rel = (p) => p.slice(root.length + 1);
        expect([...c.train, ...c.validation].map((f) => rel(f.path)).sort()).toEqual(['pkg/a.py', 'pkg/sub/b.py']);
        expect(c.duplicates).toBe(1);
        expect(c.skipped.map((s) => [rel(s.path), s.reason]).sort()).toEqual([
            ['pkg/big.py', 'too large (1200 bytes > 1000)'],
            ['pkg/bin.py', 'binary (contains NUL bytes)'],
            ['pkg/empty.py', 'empty'],
            ['pkg/latin1.py', 'not UTF-8'],
        ]);
        expect(c.validation.length).toBeGreaterThanOrEqual(1);
        expect(c.train.length).toBeGreaterThanOrEqual(1);
        expect(c.sha256).toMatch(/^[0-9a-f]{64}$/);
        const again = await collectCorpus([root], { maxFileBytes: 1000, validationFraction: 0.5, seed: 1 });
        expect(again.sha256).toBe(c.sha256);
        await expect(collectCorpus([join(root, 'nope')])).rejects.toMatchObject({ code: 'E_USAGE' });
    });
    it('puts a file on the same side whatever the other files are', () => {
        const files = Array.from({ length: 200 }, (_, i) => ({ sha256: `h${i}` }));
        const a = splitByFile(files, 0.1, 3);
        const b = splitByFile(files.slice(0, 100), 0.1, 3);
        expect(a.validation.length).toBeGreaterThan(5);
        expect(a.validation.length).toBeLessThan(40);
        for (const f of b.validation)
            expect(a.validation).toContain(f);
    });
});
describe('packTokens', () => {
    it('joins files with EOS and cuts sequences with shifted targets', () => {
        const tok = trainBpe(['x = 1\n'], { vocabSize: 260, specialTokens: ['<|endoftext|>'] });
        const eos = tok.tokenId('<|endoftext|>');
        const stream = packTokens(tok, [{ text: 'ab' }, { text: 'cd' }], eos);
        expect(tok.decode(stream)).toBe('ab<|endoftext|>cd<|endoftext|>');
        expect(sequenceCount(stream, 2)).toBe(2);
        const inputs = new BigInt64Array(4);
        const targets = new BigInt64Array(4);
        fillSequence(stream, 2, 1, inputs, targets, 1);
        expect([...inputs.slice(2)].map(Number)).toEqual([...stream.slice(2, 4)]);
        expect([...targets.slice(2)].map(Number)).toEqual([...stream.slice(3, 5)]);
    });
});
//# sourceMappingURL=corpus.test.js.map