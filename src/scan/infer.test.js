import { describe, expect, it } from 'vitest';
import { LABELS } from '../model/labels.js';
import { mostLikelyLines } from './infer.js';
/** P(CWE-78) = 0.9 when the snippet calls os.system(, else 0.01; counts the snippets it scored. */
function detector() {
    const d = {
        info: { modelType: 'fake', name: 'fake', path: '-', isTestModel: false, fingerprint: 'x' },
        scored: 0,
        async detect(snippets) {
            d.scored += snippets.length;
            return snippets.map((s) => {
                const p = s.includes('os.system(') ? 0.9 : 0.01;
                return LABELS.map((cwe) => ({ cwe, probability: cwe === 'CWE-78' ? p : cwe === 'none' ? 1 - p : 0 }));
            });
        },
        async close() { },
    };
    return d;
}
/** A function chunk starting at file line 10: `import os`, a blank line, then the def and its body. */
function chunk(body) {
    const code = ['import os', '', 'def f(x):', ...body.map((b) => `    ${b}`)];
    return {
        kind: 'function',
        name: 'f',
        startLine: 10,
        endLine: 10 + body.length,
        code: code.join('\n'),
        lineMap: [null, null, ...code.slice(2).map((_, i) => 10 + i)],
        syntaxErrorLine: null,
    };
}
describe('mostLikelyLines', () => {
    it('finds the line in a short chunk by removing lines one at a time', async () => {
        const d = detector();
        const c = chunk(['y = x', 'os.system(y)', 'return y']);
        expect(await mostLikelyLines(d, [{ chunk: c, cwe: 'CWE-78', base: 0.9 }], 8, 0.5)).toEqual([12]);
        expect(d.scored).toBe(4);
    });
    it('finds it in a long chunk with blocks then lines, scoring far fewer snippets than lines', async () => {
        const body = Array.from({ length: 60 }, (_, i) => (i === 41 ? 'os.system(x)' : `v${i} = ${i}`));
        const d = detector();
        expect(await mostLikelyLines(d, [{ chunk: chunk(body), cwe: 'CWE-78', base: 0.9 }], 16, 0.5)).toEqual([52]);
        expect(d.scored).toBeLessThan(20); // 8 blocks of 8 lines, then 8 lines, instead of 61
    });
    it('falls back to the shortest flagged prefix when the weakness occurs twice', async () => {
        const body = ['a = 1', 'os.system(x)', 'b = 2', 'os.system(x + "!")', 'return b'];
        expect(await mostLikelyLines(detector(), [{ chunk: chunk(body), cwe: 'CWE-78', base: 0.9 }], 8, 0.5)).toEqual([12]);
        const long = Array.from({ length: 40 }, (_, i) => (i === 20 || i === 33 ? 'os.system(x)' : `v${i} = ${i}`));
        expect(await mostLikelyLines(detector(), [{ chunk: chunk(long), cwe: 'CWE-78', base: 0.9 }], 8, 0.5)).toEqual([31]);
    });
});
//# sourceMappingURL=infer.test.js.map