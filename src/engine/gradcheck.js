// Gradient checking: compares the autodiff gradients of a float64 graph with central finite differences.
import { gradients } from './autodiff.js';
import { GraphBuilder } from './graph.js';
import { GraphSession } from './session.js';
import { mulberry32 } from './rng.js';
/**
 * Builds `build` in float64, differentiates its scalar loss w.r.t. `wrt`, and checks up to `maxPerTensor` elements
 * of each against (f(x + eps) - f(x - eps)) / 2 eps.
 *
 * ```ts
 * const r = await checkGradients((g) => { const x = g.input('x', 'float64', [3]); return { loss: g.reduceSumSquare(x), wrt: [x] }; },
 *   { x: floatTensor('float64', [3], [1, 2, 3]) });   // r[0].maxError ~ 1e-10
 * ```
 */
export async function checkGradients(build, feeds, options = {}) {
    const eps = options.eps ?? 1e-6;
    const g = new GraphBuilder('gradcheck', 'float64');
    const { loss, wrt } = build(g);
    g.output(loss, 'loss');
    const grads = gradients(g, loss, wrt);
    for (const w of wrt)
        g.output(grads.get(w.name), `grad.${w.name}`);
    const session = await GraphSession.create(g, { threads: 1 });
    try {
        const base = await session.run(feeds);
        const rnd = mulberry32(options.seed ?? 7);
        const results = [];
        for (const w of wrt) {
            const x = feeds[w.name];
            const analytic = base[`grad.${w.name}`].data;
            const n = x.data.length;
            const max = options.maxPerTensor ?? 32;
            const idx = n <= max ? [...Array(n).keys()] : Array.from({ length: max }, () => Math.floor(rnd() * n));
            let maxError = 0;
            for (const i of idx) {
                const data = Float64Array.from(x.data);
                const evalAt = async (v) => {
                    data[i] = v;
                    const out = await session.run({ ...feeds, [w.name]: { dtype: 'float64', shape: x.shape, data } });
                    return out.loss.data[0];
                };
                const x0 = x.data[i];
                const numeric = ((await evalAt(x0 + eps)) - (await evalAt(x0 - eps))) / (2 * eps);
                const err = Math.abs(analytic[i] - numeric) / Math.max(1, Math.abs(numeric));
                maxError = Math.max(maxError, err);
            }
            results.push({ name: w.name, maxError, checked: idx.length });
        }
        return results;
    }
    finally {
        await session.release();
    }
}
/** A float64 tensor of N(0, 1)-ish uniform values in [-1, 1), deterministic by seed. */
export function randomTensor(shape, seed, scale = 1) {
    const rnd = mulberry32(seed);
    const n = shape.reduce((a, b) => a * b, 1);
    const data = new Float64Array(n);
    for (let i = 0; i < n; i++)
        data[i] = (rnd() * 2 - 1) * scale;
    return { dtype: 'float64', shape: [...shape], data };
}
//# sourceMappingURL=gradcheck.js.map