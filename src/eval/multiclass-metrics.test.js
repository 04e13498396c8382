import { describe, expect, it } from 'vitest';
import { labelIndex } from '../model/labels.js';
import { multiclassMetrics } from './multiclass-metrics.js';
describe('multiclassMetrics', () => {
    // Hand-computed: 3 classes in play.
    //   truth  : 89 89 89 79 79 none none none
    //   predict: 89 89 79 79 none none none 89
    // CWE-89: TP 2, FP 1, FN 1 -> P 2/3, R 2/3, F1 2/3
    // CWE-79: TP 1, FP 1, FN 1 -> F1 1/2
    // none  : TP 2, FP 1, FN 1 -> F1 2/3
    const truth = ['CWE-89', 'CWE-89', 'CWE-89', 'CWE-79', 'CWE-79', 'none', 'none', 'none'];
    const pred = ['CWE-89', 'CWE-89', 'CWE-79', 'CWE-79', 'none', 'none', 'none', 'CWE-89'];
    const m = multiclassMetrics(truth, pred);
    it('builds the 26 x 26 confusion matrix, rows = truth', () => {
        expect(m.confusion).toHaveLength(26);
        expect(m.confusion[labelIndex('CWE-89')][labelIndex('CWE-89')]).toBe(2);
        expect(m.confusion[labelIndex('CWE-89')][labelIndex('CWE-79')]).toBe(1);
        expect(m.confusion[labelIndex('none')][labelIndex('CWE-89')]).toBe(1);
        expect(m.confusion.flat().reduce((a, b) => a + b, 0)).toBe(8);
    });
    it('per-class P/R/F1 and macro-F1 over the classes in play', () => {
        const c89 = m.perClass.find((c) => c.label === 'CWE-89');
        expect(c89.precision).toBeCloseTo(2 / 3, 12);
        expect(c89.recall).toBeCloseTo(2 / 3, 12);
        expect(m.perClass.find((c) => c.label === 'CWE-79').f1).toBeCloseTo(0.5, 12);
        expect(m.perClass.find((c) => c.label === 'CWE-22').f1).toBeNull();
        expect(m.macroF1Classes).toBe(3);
        expect(m.macroF1).toBeCloseTo((2 / 3 + 0.5 + 2 / 3) / 3, 12);
        expect(m.accuracy).toBe(5 / 8);
        expect(m.macroF1Interval.low).toBeLessThan(m.macroF1);
    });
    it('a class only predicted (never true) counts with F1 0', () => {
        const x = multiclassMetrics(['none', 'none'], ['none', 'CWE-22']);
        expect(x.macroF1Classes).toBe(2);
        expect(x.perClass.find((c) => c.label === 'CWE-22').f1).toBe(0);
        expect(x.macroF1).toBeCloseTo((2 / 3 + 0) / 2, 12);
    });
});
//# sourceMappingURL=multiclass-metrics.test.js.map