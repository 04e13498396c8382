// AdamW in the graph against a plain TypeScript reference: decoupled decay, no decay where disabled, bias
// correction, global-norm clipping across parameters.
import { describe, expect, it } from 'vitest';
import { randomTensor } from './gradcheck.js';
import { TrainingSession } from './session.js';
/** Reference AdamW step (PyTorch semantics) over several tensors with global-norm clipping. */
function referenceStep(params, grads, state, o) {
    state.t++;
    const norm = Math.sqrt(grads.reduce((s, g) => s + g.reduce((a, x) => a + x * x, 0), 0));
    const clip = Math.min(1, o.maxNorm / (norm + 1e-6));
    params.forEach((p, k) => {
        const g = grads[k];
        const m = state.m[k];
        const v = state.v[k];
        for (let i = 0; i < p.length; i++) {
            const gi = g[i] * clip;
            m[i] = o.b1 * m[i] + (1 - o.b1) * gi;
            v[i] = o.b2 * v[i] + (1 - o.b2) * gi * gi;
            const mh = m[i] / (1 - Math.pow(o.b1, state.t));
            const vh = v[i] / (1 - Math.pow(o.b2, state.t));
            if (o.decay[k])
                p[i] = p[i] * (1 - o.lr * o.wd);
            p[i] = p[i] - (o.lr * mh) / (Math.sqrt(vh) + o.eps);
        }
    });
    return norm;
}
describe('AdamW in the graph', () => {
    for (const maxNorm of [Infinity, 0.5]) {
        it(`matches the reference over 3 steps (max grad norm ${maxNorm})`, async () => {
            // loss = sum(a * ra) + 0.5 * sum(b^2): gradients ra (constant) and b (depends on the parameter).
            const ra = randomTensor([3, 4], 1);
            const a0 = randomTensor([3, 4], 2);
            const b0 = randomTensor([5], 3);
            const session = await TrainingSession.create({
                dtype: 'float64',
                threads: 1,
                params: [
                    { name: 'a', shape: [3, 4], trainable: true, decay: true },
                    { name: 'b', shape: [5], trainable: true, decay: false },
                ],
                initial: new Map([
                    ['a', a0],
                    ['b', b0],
                ]),
                loss: (g, p) => {
                    const a = p.get('a');
                    const b = p.get('b');
                    const la = g.reduceSum(g.mul(a, g.constant(ra)), [0, 1], false);
                    const lb = g.mul(g.reduceSumSquare(b), g.scalar(0.5));
                    return { loss: g.add(la, lb) };
                },
                adamw: { beta1: 0.8, beta2: 0.9, eps: 1e-6, weightDecay: 0.3 },
                maxGradNorm: maxNorm,
            });
            const pa = Float64Array.from(a0.data);
            const pb = Float64Array.from(b0.data);
            const state = {
                m: [new Float64Array(12), new Float64Array(5)],
                v: [new Float64Array(12), new Float64Array(5)],
                t: 0,
            };
            for (const lr of [0.1, 0.05, 0.02]) {
                const grads = [Float64Array.from(ra.data), Float64Array.from(pb)];
                const norm = referenceStep([pa, pb], grads, state, {
                    lr,
                    b1: 0.8,
                    b2: 0.9,
                    eps: 1e-6,
                    wd: 0.3,
                    decay: [true, false],
                    maxNorm,
                });
                const r = await session.step({}, lr);
                expect(r.gradNorm).toBeCloseTo(norm, 12);
                const got = session.parameters();
                pa.forEach((x, i) => expect(got.get('a').data[i]).toBeCloseTo(x, 12));
                pb.forEach((x, i) => expect(got.get('b').data[i]).toBeCloseTo(x, 12));
            }
            expect(session.stepCount).toBe(3);
            await session.release();
        });
    }
    it('a non-finite loss rolls back the step and leaves the state unchanged', async () => {
        // loss = sum(w^2) * log(x): x <= 0 gives NaN / -inf.
        const session = await TrainingSession.create({
            dtype: 'float64',
            threads: 1,
            params: [{ name: 'w', shape: [3], trainable: true, decay: true }],
            initial: new Map([['w', randomTensor([3], 1)]]),
            loss: (g, p) => ({ loss: g.mul(g.reduceSumSquare(p.get('w')), g.log(g.input('x', 'float64', []))) }),
        });
        const x = (v) => ({ dtype: 'float64', shape: [], data: Float64Array.of(v) });
        await session.step({ x: x(2) }, 0.1);
        const before = Float64Array.from(session.parameters().get('w').data);
        const opt = [...session.optimizerState().values()].map((t) => Float64Array.from(t.data));
        await expect(session.step({ x: x(-1) }, 0.1)).rejects.toThrow(/non-finite loss \(NaN\) at step 2: the update was not applied/);
        expect([...session.parameters().get('w').data]).toEqual([...before]);
        expect([...session.optimizerState().values()].map((t) => [...t.data])).toEqual(opt.map((t) => [...t]));
        expect(session.stepCount).toBe(1);
        const r = await session.step({ x: x(3) }, 0.1);
        expect(r.updated).toBe(true);
        expect(session.stepCount).toBe(2);
        await session.release();
    });
});
//# sourceMappingURL=optimizer.test.js.map