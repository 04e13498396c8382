import { graphError } from './graph.js';
import { dimEquals, shapeStr } from './shape.js';
const K0 = Math.sqrt(2 / Math.PI);
const K1 = 0.044715;
/**
 * GELU, tanh form (GPT-2's "gelu_new"): 0.5 x (1 + tanh(sqrt(2/pi) (x + 0.044715 x^3))), computed as the identical
 * x * sigmoid(x (a + b x^2)) with a = 2 sqrt(2/pi), b = a * 0.044715, which takes fewer elementwise passes.
 * The tanh form is used, not the erf form, because ONNX Runtime's CPU Erf kernel has no float64 version and
 * gradient checks run in float64; the same formula in float32 and float64 keeps them comparable.
 */
export function gelu(g, x) {
    const dt = x.dtype;
    const a = 2 * K0;
    const b = 2 * K0 * K1;
    const [y] = g.composite('GeluTanh', [x], (bd, e, [d]) => {
        // dy/dx = s (1 + x (1 - s) (a + 3 b x^2)), with s and x^2 saved by the forward pass.
        const s = e.outputs[1];
        const x2 = e.outputs[2];
        const one = bd.scalar(1, dt);
        const dz = bd.add(bd.mul(x2, bd.scalar(3 * b, dt)), bd.scalar(a, dt));
        const dydx = bd.mul(s, bd.add(one, bd.mul(bd.mul(x, bd.sub(one, s)), dz)));
        return [bd.mul(d, dydx)];
    }, () => {
        const x2 = g.mul(x, x);
        const z = g.mul(x, g.add(g.mul(x2, g.scalar(b, dt)), g.scalar(a, dt)));
        const s = g.sigmoid(z);
        return [g.mul(x, s), s, x2];
    });
    return y;
}
/** SiLU (swish): x * sigmoid(x), with the fused gradient d * s (1 + x (1 - s)). */
export function silu(g, x) {
    const dt = x.dtype;
    const [y] = g.composite('SiLU', [x], (b, e, [d]) => {
        const s = e.outputs[1];
        const one = b.scalar(1, dt);
        return [b.mul(d, b.mul(s, b.add(one, b.mul(x, b.sub(one, s)))))];
    }, () => {
        const s = g.sigmoid(x);
        return [g.mul(x, s), s];
    });
    return y;
}
/** RMS norm over the last axis: x / sqrt(mean(x^2) + eps) * weight (differentiated through its parts). */
export function rmsNorm(g, x, weight, eps) {
    const dt = x.dtype;
    const ms = g.reduceMean(g.mul(x, x), [-1], true); // (..., 1)
    const inv = g.reciprocal(g.sqrt(g.add(ms, g.scalar(eps, dt))));
    return g.mul(g.mul(x, inv), weight);
}
/**
 * Per-token cross-entropy of logits (N, V) against int64 targets (N,): -log softmax(logits)[target], shape (N,).
 * Fused gradient: (softmax - onehot) * d, built as exp(logp) * d with -d scattered onto the target column.
 */
export function crossEntropy(g, logits, targets) {
    if (logits.shape.length !== 2 ||
        targets.shape.length !== 1 ||
        !dimEquals(logits.shape[0], targets.shape[0])) {
        throw graphError('CrossEntropy', `needs logits (N, V) and targets (N), got ${shapeStr(logits.shape)} and ${shapeStr(targets.shape)}`);
    }
    const idx = g.unsqueeze(targets, 1); // (N, 1)
    const [loss] = g.composite('CrossEntropy', [logits, undefined], (b, e, [d]) => {
        const logp = e.outputs[1];
        const dCol = b.unsqueeze(d, 1); // (N, 1)
        const soft = b.mul(b.exp(logp), dCol); // (N, V)
        return [b.scatterElementsAdd(soft, idx, b.neg(dCol), 1), undefined];
    }, () => {
        const logp = g.logSoftmax(logits, -1); // (N, V)
        const picked = g.gatherElements(logp, idx, 1); // (N, 1)
        return [g.neg(g.squeeze(picked, 1)), logp];
    });
    return loss;
}
/** Mean of per-token losses (N,) over the tokens whose mask (N,) is 1; 0 when the mask is empty. */
export function maskedMean(g, perToken, mask) {
    const dt = perToken.dtype;
    const total = g.reduceSum(g.mul(perToken, mask), [0], false); // ()
    const count = g.max(g.reduceSum(mask, [0], false), g.scalar(1, dt)); // ()
    return g.div(total, count);
}
/** Additive causal mask table (P, P): 0 on and below the diagonal, -1e9 above (a constant of the graph). */
export function causalMaskTable(dtype, p) {
    const data = dtype === 'float32' ? new Float32Array(p * p) : new Float64Array(p * p);
    for (let i = 0; i < p; i++)
        for (let j = i + 1; j < p; j++)
            data[i * p + j] = -1e9;
    return { dtype, shape: [p, p], data };
}
/**
 * Rotary tables for head size D (GPT-NeoX rotate-half layout): cos (P, D) and signed sin (P, D) where the first
 * half of sin is negated, so that rope(x) = x * cos + concat(x2, x1) * sin.
 */
export function ropeTables(dtype, p, d, theta) {
    if (d % 2 !== 0)
        throw graphError('RoPE', `head size ${d} must be even`);
    const half = d / 2;
    const mk = () => (dtype === 'float32' ? new Float32Array(p * d) : new Float64Array(p * d));
    const cos = mk();
    const sin = mk();
    for (let pos = 0; pos < p; pos++) {
        for (let i = 0; i < half; i++) {
            const angle = pos / Math.pow(theta, (2 * i) / d);
            cos[pos * d + i] = cos[pos * d + i + half] = Math.cos(angle);
            sin[pos * d + i] = -Math.sin(angle);
            sin[pos * d + i + half] = Math.sin(angle);
        }
    }
    return { cos: { dtype, shape: [p, d], data: cos }, sin: { dtype, shape: [p, d], data: sin } };
}
/** Applies rotary embedding to x (..., T, D) with tables already cut to (T, D). Differentiable through its parts. */
export function applyRope(g, x, cos, sin) {
    const d = x.shape[x.shape.length - 1];
    const [x1, x2] = g.split(x, -1, [d / 2, d / 2]);
    const rotated = g.concat([x2, x1], -1);
    return g.add(g.mul(x, cos), g.mul(rotated, sin));
}
//# sourceMappingURL=nn.js.map