import { describe, expect, it } from 'vitest';
import { LABELS } from '../model/labels.js';
import { decide, evaluateDetector } from './evaluate.js';
/** Scores with `top` at probability p, P(none) = pNone, the rest spread evenly. */
function scores(top, p, pNone) {
    const rest = (1 - p - (top === 'none' ? 0 : pNone)) / (LABELS.length - (top === 'none' ? 1 : 2));
    return LABELS.map((cwe) => ({ cwe, probability: cwe === top ? p : cwe === 'none' ? pNone : rest })).sort((a, b) => b.probability - a.probability);
}
/** An in-memory Detector that answers from a table keyed by the snippet. */
function fakeDetector(table) {
    const d = {
        calls: 0,
        info: { modelType: 'fake', name: 'fake', path: '-', isTestModel: true, fingerprint: 'x' },
        async detect(snippets) {
            d.calls++;
            return snippets.map((s) => table[s]);
        },
        async close() { },
    };
    return d;
}
const MODEL = {
    role: 'model',
    name: 'fake',
    modelType: 'fake',
    path: '-',
    isTestModel: true,
    fingerprint: 'x',
};
const ex = (id, vulnerable, cwe, twin = null) => ({
    id,
    code: id,
    vulnerable,
    cwe,
    twin,
});
describe('decide', () => {
    it('flags at P(vulnerable) >= threshold and predicts the top CWE, else none', () => {
        const s = scores('CWE-89', 0.5, 0.3); // P(vulnerable) = 0.7
        expect(decide(ex('a', true, 'CWE-89'), s, 0.5)).toMatchObject({
            flagged: true,
            predicted: 'CWE-89',
            truth: 'CWE-89',
        });
        expect(decide(ex('a', true, 'CWE-89'), s, 0.75)).toMatchObject({ flagged: false, predicted: 'none' });
        expect(decide(ex('a', true, 'CWE-89'), s, 0.5).pVulnerable).toBeCloseTo(0.7, 12);
    });
    it('a non-vulnerable example is "none" whatever CWE it is about', () => {
        expect(decide(ex('b', false, 'CWE-89'), scores('none', 0.9, 0.9), 0.5).truth).toBe('none');
    });
});
describe('evaluateDetector', () => {
    const examples = [
        ex('v1', true, 'CWE-89', 's1'),
        ex('s1', false, 'CWE-89', 'v1'),
        ex('v2', true, 'CWE-78', 's2'),
        ex('s2', false, 'CWE-78', 'v2'),
        ex('v3', true, 'CWE-22'),
        ex('n1', false, null),
    ];
    const table = {
        v1: scores('CWE-89', 0.8, 0.05), // right
        s1: scores('none', 0.9, 0.9), // right
        v2: scores('CWE-89', 0.6, 0.2), // flagged, wrong CWE
        s2: scores('CWE-78', 0.7, 0.1), // false positive: the fix is flagged too
        v3: scores('none', 0.7, 0.7), // missed
        n1: scores('none', 0.95, 0.95), // right
    };
    it('scores in batches and computes every metric from the decisions', async () => {
        const d = fakeDetector(table);
        const ev = await evaluateDetector(d, examples, MODEL, { batchSize: 4 });
        expect(d.calls).toBe(2);
        expect(ev.binary).toMatchObject({ tp: 2, fp: 1, tn: 2, fn: 1 });
        expect(ev.cweTop1Accuracy).toBeCloseTo(1 / 3, 12);
        expect(ev.cweRankedTop1Accuracy).toBeCloseTo(1 / 3, 12); // v3's top CWE is the spread mass: not CWE-22
        expect(ev.twinPairs).toMatchObject({ pairs: 2, correct: 1, bothFlagged: 1 });
        expect(ev.perCwe.find((c) => c.cwe === 'CWE-78')).toMatchObject({
            support: 1,
            safeSupport: 1,
            safeFlagged: 1,
            recall: 0,
        });
        expect(ev.multiclass.confusion.flat().reduce((a, b) => a + b, 0)).toBe(6);
        expect(ev.curves.points.at(-1).recall).toBe(1);
    });
    it('refuses scores that are not probabilities, naming the example', async () => {
        const nan = { ...table, v2: scores('CWE-89', Number.NaN, 0.2) };
        await expect(evaluateDetector(fakeDetector(nan), examples, MODEL)).rejects.toThrow(/probability NaN on example v2/);
        const half = { ...table, s1: scores('none', 0.9, 0.9).map((x) => ({ ...x, probability: x.probability / 2 })) };
        await expect(evaluateDetector(fakeDetector(half), examples, MODEL)).rejects.toThrow(/on example s1 sum to 0\.5/);
    });
    it('refuses a detector that returns the wrong number of results', async () => {
        const bad = { ...fakeDetector(table), detect: async () => [] };
        await expect(evaluateDetector(bad, examples, MODEL)).rejects.toThrow(/returned 0 results/);
    });
});
describe('bySource', () => {
    it('breaks the binary figures down by example origin when there is more than one', async () => {
        const mixed = [
            { ...ex('v1', true, 'CWE-89'), source: 'authored' },
            { ...ex('n1', false, null), source: 'authored' },
            { ...ex('v2', true, 'CWE-78'), source: 'llm:some-model' },
            { ...ex('v3', true, 'CWE-22'), source: 'rewrite:rename' },
        ];
        const table = {
            v1: scores('CWE-89', 0.8, 0.05),
            n1: scores('none', 0.9, 0.9),
            v2: scores('CWE-78', 0.8, 0.05),
            v3: scores('none', 0.7, 0.7),
        };
        const ev = await evaluateDetector(fakeDetector(table), mixed, MODEL);
        expect(ev.bySource.map((s) => [s.slice, s.binary.tp, s.binary.fn, s.binary.tn])).toEqual([
            ['authored', 1, 0, 1],
            ['llm', 1, 0, 0],
            ['rewrite:rename', 0, 1, 0],
        ]);
        const single = await evaluateDetector(fakeDetector(table), mixed.slice(0, 2), MODEL);
        expect(single.bySource).toEqual([]);
    });
});
//# sourceMappingURL=evaluate.test.js.map