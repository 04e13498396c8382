import { describe, expect, it } from 'vitest';
import { topCwe, vulnerableProbability } from '../../model/detector.js';
import { tokenize } from './bag-of-tokens.js';
import { trainLogRegBaseline } from './logreg-baseline.js';
const sqlBad = (t) => ({
    code: `def q${t}(cur, name):\n    cur.execute("SELECT * FROM ${t} WHERE n = '" + name + "'")\n`,
    label: 'CWE-89',
});
const sqlOk = (t) => ({
    code: `def q${t}(cur, name):\n    cur.execute("SELECT * FROM ${t} WHERE n = ?", (name,))\n`,
    label: 'none',
});
const cmdBad = (t) => ({
    code: `import os\ndef run${t}(arg):\n    os.system("${t} " + arg)\n`,
    label: 'CWE-78',
});
describe('tokenize', () => {
    it('splits identifiers, numbers and single symbols', () => {
        expect(tokenize('cur.execute(f"SELECT {x}", 12)')).toEqual([
            'cur',
            '.',
            'execute',
            '(',
            'f',
            '"',
            'SELECT',
            '{',
            'x',
            '}',
            '"',
            ',',
            '12',
            ')',
        ]);
    });
});
describe('trainLogRegBaseline', () => {
    const tables = ['users', 'orders', 'items', 'logs', 'carts', 'notes'];
    const train = tables.flatMap((t) => [sqlBad(t), sqlOk(t), cmdBad(t)]);
    const d = trainLogRegBaseline(train, 'inline', { steps: 300 });
    it('learns the training signal and returns 26 scores summing to 1', async () => {
        const [a, b, c] = await d.detect([sqlBad('accounts').code, sqlOk('accounts').code, cmdBad('ping').code]);
        expect(a).toHaveLength(26);
        expect(a.reduce((s, x) => s + x.probability, 0)).toBeCloseTo(1, 9);
        expect(topCwe(a).cwe).toBe('CWE-89');
        expect(topCwe(c).cwe).toBe('CWE-78');
        expect(vulnerableProbability(a)).toBeGreaterThan(vulnerableProbability(b));
    });
    it('is deterministic', async () => {
        const again = trainLogRegBaseline(train, 'inline', { steps: 300 });
        expect(again.info.fingerprint).toBe(d.info.fingerprint);
        expect(await again.detect([sqlOk('x').code])).toEqual(await d.detect([sqlOk('x').code]));
    });
});
//# sourceMappingURL=logreg-baseline.test.js.map