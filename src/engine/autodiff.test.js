// Every op's gradient against central finite differences in float64 on small random shapes.
import { describe, expect, it } from 'vitest';
import { gradients } from './autodiff.js';
import { checkGradients, randomTensor } from './gradcheck.js';
import { GraphBuilder } from './graph.js';
import { applyRope, causalMaskTable, crossEntropy, gelu, maskedMean, rmsNorm, ropeTables, silu } from './nn.js';
import { isConcrete } from './shape.js';
import { GraphSession } from './session.js';
import { floatTensor, int64Tensor } from './tensor.js';
const ids = (shape, values) => int64Tensor(shape, values);
const CASES = [
    {
        name: 'Add broadcast',
        inputs: { a: { shape: [2, 3, 4], feed: [2, 3, 4] }, b: { shape: [3, 1], feed: [3, 1] } },
        build: (g, x) => g.add(x.a, x.b),
    },
    {
        name: 'Sub broadcast',
        inputs: { a: { shape: [4], feed: [4] }, b: { shape: [2, 3, 4], feed: [2, 3, 4] } },
        build: (g, x) => g.sub(x.a, x.b),
    },
    {
        name: 'Mul broadcast',
        inputs: { a: { shape: [2, 1, 4], feed: [2, 1, 4] }, b: { shape: [3, 1], feed: [3, 1] } },
        build: (g, x) => g.mul(x.a, x.b),
    },
    {
        name: 'Div broadcast',
        inputs: { a: { shape: [2, 3], feed: [2, 3] }, b: { shape: [3], feed: [3], positive: true } },
        build: (g, x) => g.div(x.a, x.b),
    },
    {
        name: 'MatMul batched',
        inputs: { a: { shape: [2, 3, 4], feed: [2, 3, 4] }, b: { shape: [2, 4, 5], feed: [2, 4, 5] } },
        build: (g, x) => g.matmul(x.a, x.b),
    },
    {
        name: 'MatMul batch broadcast',
        inputs: { a: { shape: [1, 3, 4], feed: [1, 3, 4] }, b: { shape: [2, 4, 5], feed: [2, 4, 5] } },
        build: (g, x) => g.matmul(x.a, x.b),
    },
    {
        name: 'MatMul by 2-D weight',
        inputs: { a: { shape: [2, 3, 4], feed: [2, 3, 4] }, b: { shape: [4, 5], feed: [4, 5] } },
        build: (g, x) => g.matmul(x.a, x.b),
    },
    ...[
        [false, false],
        [true, false],
        [false, true],
        [true, true],
    ].map(([tA, tB]) => ({
        name: `Gemm transA=${tA} transB=${tB} with bias, alpha, beta`,
        inputs: {
            a: { shape: tA ? [4, 3] : [3, 4], feed: tA ? [4, 3] : [3, 4] },
            b: { shape: tB ? [5, 4] : [4, 5], feed: tB ? [5, 4] : [4, 5] },
            c: { shape: [5], feed: [5] },
        },
        build: (g, x) => g.gemm(x.a, x.b, x.c, { transA: tA, transB: tB, alpha: 0.7, beta: 1.3 }),
    })),
    {
        name: 'Reshape',
        inputs: { a: { shape: [2, 3, 4], feed: [2, 3, 4] } },
        build: (g, x) => g.mul(g.reshape(x.a, [-1, 4]), g.reshape(x.a, [6, 4])),
    },
    {
        name: 'Unsqueeze and Squeeze',
        inputs: { a: { shape: [2, 3], feed: [2, 3] } },
        build: (g, x) => g.mul(g.unsqueeze(x.a, 1), g.unsqueeze(g.squeeze(g.unsqueeze(x.a, -1), 2), 1)),
    },
    {
        name: 'Gather of rows selected by NonZero (symbolic K)',
        inputs: { a: { shape: [5, 3], feed: [5, 3] } },
        build: (g, x) => g.reduceSum(g.gather(x.a, g.nonZeroIndices(g.constant(floatTensor('float64', [5], [0, 1, 0, 2, 1])), 'K')), [0], false),
    },
    {
        name: 'Transpose',
        inputs: { a: { shape: [2, 3, 4], feed: [2, 3, 4] } },
        build: (g, x) => g.transpose(g.mul(x.a, x.a), [2, 0, 1]),
    },
    { name: 'Slice', inputs: { a: { shape: [2, 5, 3], feed: [2, 5, 3] } }, build: (g, x) => g.slice(x.a, 1, 1, 4) },
    {
        name: 'Slice with symbolic end',
        inputs: { a: { shape: [6, 3], feed: [6, 3] }, s: { shape: ['T', 3], feed: [4, 3] } },
        build: (g, x) => g.mul(g.slice(x.a, 0, 0, 'T'), x.s),
    },
    {
        name: 'Concat',
        inputs: { a: { shape: [2, 3], feed: [2, 3] }, b: { shape: [2, 2], feed: [2, 2] } },
        build: (g, x) => g.concat([x.a, x.b, x.a], 1),
    },
    {
        name: 'Split (one part unused)',
        inputs: { a: { shape: [2, 6], feed: [2, 6] } },
        build: (g, x) => {
            const [p, q] = g.split(x.a, 1, [2, 3, 1]);
            return g.concat([g.mul(p, p), q], 1);
        },
    },
    {
        name: 'Gather (embedding, repeated ids)',
        inputs: { w: { shape: [5, 3], feed: [5, 3] } },
        build: (g, x) => g.gather(x.w, g.constant(ids([2, 3], [0, 4, 4, 1, 0, 4]))),
    },
    {
        name: 'GatherElements',
        inputs: { a: { shape: [3, 4], feed: [3, 4] } },
        build: (g, x) => g.gatherElements(x.a, g.constant(ids([3, 2], [0, 3, 1, 1, 2, 0])), 1),
    },
    {
        name: 'LayerNormalization (scale, bias)',
        inputs: { x: { shape: [2, 3, 5], feed: [2, 3, 5] }, s: { shape: [5], feed: [5] }, b: { shape: [5], feed: [5] } },
        build: (g, x) => g.layerNorm(x.x, x.s, x.b, 1e-5).y,
    },
    {
        name: 'RMSNorm',
        inputs: { x: { shape: [3, 5], feed: [3, 5] }, w: { shape: [5], feed: [5] } },
        build: (g, x) => rmsNorm(g, x.x, x.w, 1e-6),
    },
    {
        name: 'Softmax with causal mask',
        inputs: { s: { shape: [2, 4, 4], feed: [2, 4, 4] } },
        build: (g, x) => g.softmax(g.add(x.s, g.slice(g.slice(g.constant(causalMaskTable('float64', 6)), 0, 0, 4), 1, 0, 4)), -1),
    },
    { name: 'LogSoftmax', inputs: { s: { shape: [3, 5], feed: [3, 5] } }, build: (g, x) => g.logSoftmax(x.s, -1) },
    {
        name: 'GELU (tanh)',
        inputs: { x: { shape: [3, 4], feed: [3, 4] } },
        build: (g, x) => gelu(g, g.mul(x.x, g.scalar(3))),
    },
    { name: 'SiLU', inputs: { x: { shape: [3, 4], feed: [3, 4] } }, build: (g, x) => silu(g, g.mul(x.x, g.scalar(3))) },
    {
        name: 'ReduceSum keepdims',
        inputs: { x: { shape: [2, 3, 4], feed: [2, 3, 4] } },
        build: (g, x) => g.mul(g.reduceSum(x.x, [1], true), x.x),
    },
    {
        name: 'ReduceSum no keepdims',
        inputs: { x: { shape: [2, 3, 4], feed: [2, 3, 4] } },
        build: (g, x) => g.reduceSum(g.mul(x.x, x.x), [0, 2], false),
    },
    {
        name: 'ReduceMean',
        inputs: { x: { shape: [2, 3, 4], feed: [2, 3, 4] } },
        build: (g, x) => g.mul(g.reduceMean(x.x, [-1], true), x.x),
    },
    {
        name: 'ReduceMean over a symbolic axis',
        inputs: { x: { shape: ['B', 3], feed: [4, 3] } },
        build: (g, x) => g.reduceMean(g.mul(x.x, x.x), [0], false),
    },
    {
        name: 'ReduceSumSquare',
        inputs: { x: { shape: [2, 3], feed: [2, 3] } },
        build: (g, x) => g.mul(g.reduceSumSquare(x.x, [1], true), x.x),
    },
    {
        name: 'unary: Exp Log Tanh Sigmoid Sqrt Reciprocal Neg',
        inputs: { x: { shape: [2, 3], feed: [2, 3], positive: true } },
        build: (g, x) => {
            const v = x.x;
            return g.add(g.add(g.add(g.exp(v), g.log(v)), g.add(g.tanh(v), g.sigmoid(v))), g.add(g.sqrt(v), g.neg(g.reciprocal(v))));
        },
    },
    {
        name: 'Where and Expand',
        inputs: { a: { shape: [2, 3], feed: [2, 3] }, b: { shape: [3], feed: [3] } },
        build: (g, x) => g.where(g.constant({ dtype: 'bool', shape: [2, 3], data: Uint8Array.of(1, 0, 1, 0, 0, 1) }), x.a, g.expandLike(x.b, x.a)),
    },
    {
        name: 'rotary position embedding',
        inputs: { q: { shape: [2, 2, 3, 4], feed: [2, 2, 3, 4] } },
        build: (g, x) => {
            const t = ropeTables('float64', 5, 4, 10000);
            return applyRope(g, x.q, g.slice(g.constant(t.cos), 0, 0, 3), g.slice(g.constant(t.sin), 0, 0, 3));
        },
    },
    {
        name: 'log-softmax cross-entropy with a per-token loss mask',
        inputs: { z: { shape: [4, 6], feed: [4, 6] } },
        build: (g, x) => maskedMean(g, crossEntropy(g, g.mul(x.z, g.scalar(2)), g.constant(ids([4], [1, 5, 0, 1]))), g.constant(floatTensor('float64', [4], [1, 0, 1, 1]))),
    },
];
describe('gradient rules vs central finite differences (float64)', () => {
    CASES.forEach((c, ci) => {
        it(c.name, async () => {
            const feeds = {};
            let seed = 100 * ci;
            for (const [name, spec] of Object.entries(c.inputs)) {
                const t = randomTensor(spec.feed, seed++);
                if (spec.positive)
                    for (let i = 0; i < t.data.length; i++)
                        t.data[i] = 0.5 + Math.abs(t.data[i]);
                feeds[name] = t;
            }
            const results = await checkGradients((g) => {
                const xs = {};
                for (const [name, spec] of Object.entries(c.inputs))
                    xs[name] = g.input(name, 'float64', spec.shape);
                const out = c.build(g, xs);
                // A random linear functional of the output makes every output element matter differently.
                const loss = isConcrete(out.shape)
                    ? g.reduceSum(g.mul(out, g.constant(randomTensor(out.shape, 999))), out.shape.map((_, i) => i), false)
                    : g.reduceSumSquare(out);
                return { loss: out.shape.length === 0 ? out : loss, wrt: Object.values(xs) };
            }, feeds);
            for (const r of results)
                expect(r.maxError, `${c.name}: d/d${r.name}`).toBeLessThan(1e-6);
        });
    });
    it('seeded Dropout: the gradient reuses the forward mask, d * mask / (1 - p)', async () => {
        const g = new GraphBuilder('dropout', 'float64');
        const x = g.input('x', 'float64', [4, 8]);
        const { y, mask } = g.dropout(x, 0.25, 42);
        const r = g.constant(randomTensor([4, 8], 3));
        const loss = g.reduceSum(g.mul(y, r), [0, 1], false);
        const grad = gradients(g, loss, [x]).get('x');
        g.output(y, 'y');
        g.output(mask, 'mask');
        g.output(grad, 'grad');
        const s = await GraphSession.create(g, { threads: 1 });
        const xs = randomTensor([4, 8], 5);
        const out = await s.run({ x: xs });
        const m = out.mask.data;
        const rd = g.initializers.get(r.name).data;
        let kept = 0;
        for (let i = 0; i < 32; i++) {
            kept += m[i];
            expect(out.y.data[i]).toBeCloseTo((m[i] * xs.data[i]) / 0.75, 12);
            expect(out.grad.data[i]).toBeCloseTo((m[i] * rd[i]) / 0.75, 12);
        }
        expect(kept).toBeGreaterThan(0);
        expect(kept).toBeLessThan(32);
        await s.release();
    });
    it('float32 LayerNormalization gradient (reusing ORT Mean/InvStdDev) matches the float64 one', async () => {
        const run = async (dtype) => {
            const g = new GraphBuilder('ln', dtype);
            const x = g.input('x', dtype, [3, 6]);
            const s = g.input('s', dtype, [6]);
            const y = g.layerNorm(x, s, undefined, 1e-5).y;
            const loss = g.reduceSum(g.mul(y, g.constant(castTo(randomTensor([3, 6], 9), dtype))), [0, 1], false);
            const gr = gradients(g, loss, [x, s]);
            g.output(gr.get('x'), 'gx');
            g.output(gr.get('s'), 'gs');
            const sess = await GraphSession.create(g, { threads: 1 });
            const out = await sess.run({ x: castTo(randomTensor([3, 6], 1), dtype), s: castTo(randomTensor([6], 2), dtype) });
            await sess.release();
            return out;
        };
        const a = await run('float32');
        const b = await run('float64');
        for (const k of ['gx', 'gs']) {
            for (let i = 0; i < a[k].data.length; i++)
                expect(a[k].data[i]).toBeCloseTo(b[k].data[i], 4);
        }
    });
});
describe('autodiff errors', () => {
    it('names the op that has no gradient rule', () => {
        const g = new GraphBuilder('bad', 'float64');
        const x = g.input('x', 'float64', [3]);
        const y = g.node('Erf', [x], [{ dtype: 'float64', shape: [3] }])[0];
        expect(() => gradients(g, g.reduceSumSquare(y), [x])).toThrow(/no gradient rule for op 'Erf'/);
    });
    it('rejects a non-scalar loss', () => {
        const g = new GraphBuilder('bad', 'float64');
        const x = g.input('x', 'float64', [3]);
        expect(() => gradients(g, g.mul(x, x), [x])).toThrow(/loss must be a scalar/);
    });
});
function castTo(t, dtype) {
    return { dtype, shape: t.shape, data: dtype === 'float32' ? Float32Array.from(t.data) : t.data };
}
describe('GELU values', () => {
    it('equals the tanh formula 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3)))', async () => {
        const g = new GraphBuilder('gelu', 'float64');
        const x = g.input('x', 'float64', [7]);
        g.output(gelu(g, x), 'y');
        const s = await GraphSession.create(g, { threads: 1 });
        const xs = [-4, -1.5, -0.3, 0, 0.2, 1, 3.5];
        const out = await s.run({ x: floatTensor('float64', [7], xs) });
        xs.forEach((v, i) => {
            const ref = 0.5 * v * (1 + Math.tanh(Math.sqrt(2 / Math.PI) * (v + 0.044715 * v ** 3)));
            expect(out.y.data[i]).toBeCloseTo(ref, 14);
        });
        await s.release();
    });
});
//# sourceMappingURL=autodiff.test.js.map