import { describe, expect, it } from 'vitest';
import { twinPairMetrics } from './twin-pairs.js';
describe('twinPairMetrics', () => {
    it('counts each (bug, fix) pair once and classifies its outcome', () => {
        const m = twinPairMetrics([
            { id: 'a-v', vulnerable: true, twin: 'a-s', flagged: true, cweRight: true }, // right
            { id: 'a-s', vulnerable: false, twin: 'a-v', flagged: false, cweRight: false },
            { id: 'b-v', vulnerable: true, twin: 'b-s', flagged: true, cweRight: false }, // right, wrong CWE
            { id: 'b-s', vulnerable: false, twin: 'b-v', flagged: false, cweRight: false },
            { id: 'c-v', vulnerable: true, twin: 'c-s', flagged: true, cweRight: true }, // both flagged
            { id: 'c-s', vulnerable: false, twin: 'c-v', flagged: true, cweRight: false },
            { id: 'd-v', vulnerable: true, twin: 'd-s', flagged: false, cweRight: false }, // inverted
            { id: 'd-s', vulnerable: false, twin: null, flagged: true, cweRight: false },
            { id: 'e-v', vulnerable: true, twin: 'missing', flagged: true, cweRight: true }, // unpaired
        ]);
        expect(m).toMatchObject({
            pairs: 4,
            correct: 2,
            accuracy: 0.5,
            correctCwe: 1,
            accuracyCwe: 0.25,
            bothFlagged: 1,
            inverted: 1,
            neitherFlagged: 0,
            unpaired: 1,
        });
    });
    it('no pairs: null accuracy', () => {
        expect(twinPairMetrics([]).accuracy).toBeNull();
    });
});
//# sourceMappingURL=twin-pairs.test.js.map