import { describe, expect, it } from 'vitest';
import { codeTokens, jaccard, shingleSet, similarPairs } from './shingles.js';
/** Deterministic pseudo-random snippets: each a different sequence of statements. */
function snippet(seed, lines = 20) {
    let x = seed * 2654435761;
    const next = () => {
        x = (Math.imul(x ^ (x >>> 13), 1274126177) + 12345) >>> 0;
        return x;
    };
    const names = ['user', 'order', 'path', 'rows', 'conn', 'item', 'total', 'name', 'value', 'cfg'];
    const out = [];
    for (let i = 0; i < lines; i++) {
        const a = names[next() % names.length];
        const b = names[next() % names.length];
        out.push(`${a}_${next() % 50} = ${b}.get("${next() % 1000}") + ${next() % 100}`);
    }
    return out.join('\n') + '\n';
}
describe('token shingles', () => {
    it('drops comments and keeps strings whole', () => {
        expect(codeTokens('x = f("a # b")  # note\ny = 2')).toEqual(['x', '=', 'f', '(', '"a # b"', ')', 'y', '=', '2']);
    });
    it('finds exactly the pairs a brute-force comparison finds', () => {
        const codes = [];
        for (let i = 0; i < 150; i++)
            codes.push(snippet(i));
        // near-copies: change one or several lines of some snippets
        for (let i = 0; i < 30; i++) {
            const lines = codes[i].split('\n');
            for (let k = 0; k <= i % 6; k++)
                lines[(k * 3) % 20] = `changed_${k} = ${i}`;
            codes.push(lines.join('\n'));
        }
        const sets = codes.map((c) => shingleSet(c));
        for (const t of [0.5, 0.8, 0.95]) {
            const brute = [];
            for (let a = 0; a < sets.length; a++)
                for (let b = a + 1; b < sets.length; b++)
                    if (jaccard(sets[a], sets[b]) >= t)
                        brute.push(`${a}-${b}`);
            expect(similarPairs(sets, t).map((p) => `${p.a}-${p.b}`)).toEqual(brute);
            if (t === 0.8)
                expect(brute.length).toBeGreaterThan(5);
        }
    });
});
//# sourceMappingURL=shingles.test.js.map