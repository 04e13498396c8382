import { describe, expect, it } from 'vitest';
import { TOP25_2024 } from '../cwe/catalog.js';
import { makeExample } from './testing/make-example.js';
import { getPythonParser } from '../python/parser.js';
import { checkBalance, checkExample, checkNearDuplicates, checkTwins, lineCount } from './validate.js';
function balanced() {
    const out = [];
    for (const { id: cwe } of TOP25_2024) {
        const s = cwe.toLowerCase().replace('-', '');
        for (let i = 0; i < 10; i++) {
            out.push(makeExample({ id: `${s}-${i}-v`, cwe, vulnerable: true, lines: [2], twin: i < 5 ? `${s}-${i}-f` : null }));
            out.push(makeExample({ id: `${s}-${i}-f`, cwe, twin: i < 5 ? `${s}-${i}-v` : null }));
        }
    }
    return out;
}
const MIN = { vulnerable: 10, notVulnerable: 10, twins: 5 };
describe('per-CWE balance', () => {
    it('passes when every CWE has 10 vulnerable and 10 not vulnerable accepted examples, 5 of them twins', () => {
        expect(checkBalance(balanced(), MIN)).toEqual([]);
        expect(checkTwins(balanced())).toEqual([]);
    });
    it('names the CWE and what is short, counting accepted examples only', () => {
        const data = balanced().map((e) => e.id === 'cwe89-0-f' || e.id === 'cwe89-9-v' ? { ...e, review: { ...e.review, status: 'pending' } } : e);
        const withoutXss = data.filter((e) => e.cwe !== 'CWE-79');
        expect(checkBalance(withoutXss, MIN)).toEqual([
            {
                kind: 'balance',
                id: 'CWE-79',
                line: null,
                message: 'accepted examples: 0 vulnerable (need 10), 0 not vulnerable (need 10), 0 fixed twins (need 5)',
            },
            {
                kind: 'balance',
                id: 'CWE-89',
                line: null,
                message: 'accepted examples: 9 vulnerable (need 10), 9 not vulnerable (need 10), 4 fixed twins (need 5)',
            },
        ]);
    });
    it('does not count rewrites towards balance', () => {
        const data = balanced().map((e) => (e.cwe === 'CWE-89' && e.vulnerable ? { ...e, origin: 'cwe89-0-v' } : e));
        expect(checkBalance(data, MIN).map((p) => p.id)).toEqual(['CWE-89']);
    });
    it('counts lines like author.py', () => {
        expect(lineCount('a\nb\n')).toBe(2);
        expect(lineCount('a\nb')).toBe(2);
    });
});
describe('near-duplicates', () => {
    const code = Array.from({ length: 12 }, (_, i) => `total_${i} = compute(rows, ${i}) + offset`).join('\n') + '\n';
    const variant = code.replace('total_11', 'grand_total');
    it('flags non-twins and exempts twins, rewrites of the same origin and rewrites of a twin', () => {
        const a = makeExample({ id: 'cwe89-a-v', vulnerable: true, lines: [1], code, twin: 'cwe89-a-f' });
        const b = makeExample({ id: 'cwe89-a-f', code: variant, twin: 'cwe89-a-v' });
        const c = makeExample({ id: 'cwe89-c-b', code: variant });
        const rwA = makeExample({ id: 'cwe89-a-v-rw-x', vulnerable: true, lines: [1], code, origin: 'cwe89-a-v' });
        const rwB = makeExample({ id: 'cwe89-a-f-rw-x', code: variant, origin: 'cwe89-a-f' });
        const problems = checkNearDuplicates([a, b, c, rwA, rwB], 0.8);
        expect(problems.map((p) => `${p.id} ${p.message.split(' (')[0]}`).sort()).toEqual([
            'cwe89-c-b near-duplicate of cwe89-a-v',
            'cwe89-c-b near-duplicate of cwe89-a-f',
            'cwe89-a-v-rw-x near-duplicate of cwe89-c-b',
            'cwe89-a-f-rw-x near-duplicate of cwe89-c-b',
        ].sort());
    });
});
describe('checkExample', () => {
    it('refuses weakness lines that are blank or comments', async () => {
        const parser = await getPythonParser();
        const code = ['import os', '', '# run it', ...Array.from({ length: 8 }, (_, i) => `os.system("job ${i}")`)].join('\n') + '\n';
        const ex = makeExample({ id: 'cwe78-x-v', cwe: 'CWE-78', vulnerable: true, lines: [2, 3, 4], code });
        expect(checkExample(ex, parser).map((p) => `${p.kind}: ${p.message}`)).toEqual([
            'lines: weakness line 2 is blank',
            'lines: weakness line 3 is a comment',
        ]);
    });
});
//# sourceMappingURL=validate.test.js.map