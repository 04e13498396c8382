// Reverse-mode autodiff over the builder's tape: given a scalar loss, emits backward nodes into the same graph.
// Every op a decoder-only transformer uses has a rule here; an op without one is a build-time error naming it.
import { graphError } from './graph.js';
import { dimProduct, shapeStr, shapesEqual } from './shape.js';
const isFloatValue = (v) => !!v && (v.dtype === 'float32' || v.dtype === 'float64');
/** Sums a broadcast gradient back to the shape of the operand it came from. */
export function unbroadcast(g, grad, target) {
    if (shapesEqual(grad.shape, target.shape))
        return grad;
    const extra = grad.shape.length - target.shape.length;
    let r = grad;
    if (extra > 0)
        r = g.reduceSum(r, [...Array(extra).keys()], false);
    const axes = [];
    target.shape.forEach((d, i) => {
        if (d === 1 && r.shape[i] !== 1)
            axes.push(i);
    });
    if (axes.length)
        r = g.reduceSum(r, axes, true);
    if (!shapesEqual(r.shape, target.shape))
        throw graphError('unbroadcast', `cannot reduce ${shapeStr(grad.shape)} to ${shapeStr(target.shape)}`);
    return r;
}
function swapLast(g, x) {
    const perm = [...x.shape.keys()];
    const n = perm.length;
    [perm[n - 2], perm[n - 1]] = [perm[n - 1], perm[n - 2]];
    return g.transpose(x, perm);
}
function inputs(e) {
    return e.inputs;
}
/** Float scalar 1/size of a dim, computed at run time when the dim is symbolic. */
function inverseCount(g, count, dtype) {
    if (typeof count === 'number')
        return g.scalar(1 / count, dtype);
    const n = g.cast(g.reshape(g.dimTensor(count), []), dtype);
    return g.reciprocal(n);
}
/** Expands a reduced gradient (keepdims or not) back to the input's shape. */
function expandReduced(g, d, x, axes, keepdims) {
    let r = d;
    if (!keepdims)
        r = g.reshape(d, x.shape.map((dim, i) => (axes.includes(i) ? 1 : dim)));
    return g.expandLike(r, x);
}
/** The gradient rules, by ONNX op type. */
export const GRAD_RULES = {
    Identity: (_g, _e, [d]) => [d],
    Add: (g, e, [d]) => {
        const [a, b] = inputs(e);
        return [unbroadcast(g, d, a), unbroadcast(g, d, b)];
    },
    Sub: (g, e, [d]) => {
        const [a, b] = inputs(e);
        return [unbroadcast(g, d, a), unbroadcast(g, g.neg(d), b)];
    },
    Mul: (g, e, [d]) => {
        const [a, b] = inputs(e);
        return [
            isFloatValue(a) ? unbroadcast(g, g.mul(d, b), a) : undefined,
            isFloatValue(b) ? unbroadcast(g, g.mul(d, a), b) : undefined,
        ];
    },
    Div: (g, e, [d]) => {
        const [a, b] = inputs(e);
        const y = e.outputs[0];
        const da = g.div(d, b);
        return [unbroadcast(g, da, a), unbroadcast(g, g.neg(g.mul(da, y)), b)];
    },
    Neg: (g, _e, [d]) => [g.neg(d)],
    Exp: (g, e, [d]) => [g.mul(d, e.outputs[0])],
    Log: (g, e, [d]) => [g.div(d, inputs(e)[0])],
    Tanh: (g, e, [d]) => {
        const y = e.outputs[0];
        return [g.mul(d, g.sub(g.scalar(1, y.dtype), g.mul(y, y)))];
    },
    Sigmoid: (g, e, [d]) => {
        const y = e.outputs[0];
        return [g.mul(d, g.mul(y, g.sub(g.scalar(1, y.dtype), y)))];
    },
    Sqrt: (g, e, [d]) => {
        const y = e.outputs[0];
        return [g.div(g.mul(d, g.scalar(0.5, y.dtype)), y)];
    },
    Reciprocal: (g, e, [d]) => {
        const y = e.outputs[0];
        return [g.neg(g.mul(d, g.mul(y, y)))];
    },
    Where: (g, e, [d]) => {
        const [c, a, b] = inputs(e);
        const z = g.scalar(0, d.dtype);
        return [undefined, unbroadcast(g, g.where(c, d, z), a), unbroadcast(g, g.where(c, z, d), b)];
    },
    Cast: (g, e, [d]) => {
        const x = inputs(e)[0];
        return [isFloatValue(x) ? g.cast(d, x.dtype) : undefined];
    },
    Softmax: (g, e, [d]) => {
        // dx = y * (d - sum(d * y)) along the softmax axis; masked (-inf) positions have y = 0 and get no gradient.
        const y = e.outputs[0];
        const axis = e.attrs.axis.i;
        return [g.mul(y, g.sub(d, g.reduceSum(g.mul(d, y), [axis], true)))];
    },
    LogSoftmax: (g, e, [d]) => {
        const y = e.outputs[0];
        const axis = e.attrs.axis.i;
        return [g.sub(d, g.mul(g.exp(y), g.reduceSum(d, [axis], true)))];
    },
    MatMul: (g, e, [d]) => {
        const [a, b] = inputs(e);
        if (b.shape.length === 2) {
            // (..., M, K) @ (K, N): flatten the batch so both gradients are single Gemms with transposed operands.
            const k = b.shape[0];
            const n = b.shape[1];
            const a2 = g.reshape(a, [-1, k]);
            const d2 = g.reshape(d, [-1, n]);
            const da = g.reshapeLike(g.gemm(d2, b, undefined, { transB: true }), a);
            const db = g.gemm(a2, d2, undefined, { transA: true });
            return [da, db];
        }
        const da = unbroadcast(g, g.matmul(d, swapLast(g, b)), a);
        const db = unbroadcast(g, g.matmul(swapLast(g, a), d), b);
        return [da, db];
    },
    Gemm: (g, e, [d]) => {
        const [a, b, c] = e.inputs;
        const tA = e.attrs.transA?.i === 1;
        const tB = e.attrs.transB?.i === 1;
        const alpha = e.attrs.alpha?.f ?? 1;
        const beta = e.attrs.beta?.f ?? 1;
        const dA = tA
            ? g.gemm(b, d, undefined, { transA: tB, transB: true, alpha })
            : g.gemm(d, b, undefined, { transB: !tB, alpha });
        const dB = tB
            ? g.gemm(d, a, undefined, { transA: true, transB: tA, alpha })
            : g.gemm(a, d, undefined, { transA: !tA, alpha });
        const dC = c ? unbroadcast(g, beta === 1 ? d : g.mul(d, g.scalar(beta, d.dtype)), c) : undefined;
        return [dA, dB, dC];
    },
    Reshape: (g, e, [d]) => [g.reshapeLike(d, inputs(e)[0]), undefined],
    Unsqueeze: (g, e, [d]) => [g.squeeze(d, e.meta.axis), undefined],
    Squeeze: (g, e, [d]) => [g.unsqueeze(d, e.meta.axis), undefined],
    Expand: (g, e, [d]) => [unbroadcast(g, d, inputs(e)[0]), undefined],
    Transpose: (g, e, [d]) => {
        const perm = e.attrs.perm.ints;
        const inv = perm.map((_, i) => perm.indexOf(i));
        return [g.transpose(d, inv)];
    },
    Slice: (g, e, [d]) => {
        const x = inputs(e)[0];
        const { axis, start, end } = e.meta;
        const rank = x.shape.length;
        const begins = new Array(rank).fill(0);
        begins[axis] = start;
        const dim = x.shape[axis];
        let pads;
        if (typeof dim === 'number' && typeof end === 'number') {
            const ends = new Array(rank).fill(0);
            ends[axis] = dim - end;
            pads = g.ints([...begins, ...ends]);
        }
        else {
            const after = g.subInts(g.dimTensor(dim), g.dimTensor(end));
            const parts = [g.ints(begins)];
            if (axis > 0)
                parts.push(g.ints(new Array(axis).fill(0)));
            parts.push(after);
            if (axis < rank - 1)
                parts.push(g.ints(new Array(rank - 1 - axis).fill(0)));
            pads = g.concatInts(parts);
        }
        return [g.padZeros(d, pads, x.shape)];
    },
    Concat: (g, e, [d]) => {
        const { axis, sizes } = e.meta;
        if (!sizes.every((s) => typeof s === 'number'))
            throw graphError('Concat', 'gradient needs concrete sizes along the axis');
        if (sizes.length === 1)
            return [d];
        return g.split(d, axis, sizes);
    },
    Split: (g, e, ds) => {
        const { axis } = e.meta;
        const parts = ds.map((d, i) => d ?? g.zerosLike(e.outputs[i]));
        return [g.concat(parts, axis), undefined];
    },
    Gather: (g, e, [d]) => {
        // Embedding gradient: scatter-add each row of d into a zero table at its id.
        const [table, ids] = inputs(e);
        const idx = g.unsqueeze(ids, -1); // (..., 1)
        return [g.scatterNDAdd(g.zerosLike(table), idx, d), undefined];
    },
    GatherElements: (g, e, [d]) => {
        const [x, idx] = inputs(e);
        const axis = e.attrs.axis.i;
        return [g.scatterElementsAdd(g.zerosLike(x), idx, d, axis), undefined];
    },
    ReduceSum: (g, e, [d]) => {
        const x = inputs(e)[0];
        const { axes, keepdims } = e.meta;
        return [expandReduced(g, d, x, axes, keepdims), undefined];
    },
    ReduceMean: (g, e, [d]) => {
        const x = inputs(e)[0];
        const { axes, keepdims } = e.meta;
        const count = dimProduct(axes.map((a) => x.shape[a]));
        return [expandReduced(g, g.mul(d, inverseCount(g, count, d.dtype)), x, axes, keepdims)];
    },
    ReduceSumSquare: (g, e, [d]) => {
        const x = inputs(e)[0];
        const { axes, keepdims } = e.meta;
        const two = g.scalar(2, x.dtype);
        return [g.mul(expandReduced(g, g.mul(d, two), x, axes, keepdims), x)];
    },
    Dropout: (g, e, [d]) => {
        // Reuses the forward mask: dx = d * mask / (1 - ratio).
        const { ratio } = e.meta;
        const mask = e.outputs[1];
        const m = g.mul(g.cast(mask, d.dtype), g.scalar(1 / (1 - ratio), d.dtype));
        return [g.mul(d, m), undefined, undefined];
    },
    LayerNormalization: (g, e, [d]) => {
        // xhat = (x - mean) * invstd; dx = invstd * (dxhat - mean(dxhat) - xhat * mean(dxhat * xhat)), dxhat = d * scale.
        const [x, scale, bias] = e.inputs;
        const dt = x.dtype;
        let mean;
        let invStd;
        if (dt === 'float32') {
            mean = e.outputs[1];
            invStd = e.outputs[2];
        }
        else {
            // ORT's statistics outputs are float32 even for float64 inputs: recompute them in float64.
            const { epsilon } = e.meta;
            mean = g.reduceMean(x, [-1], true);
            const xc = g.sub(x, mean);
            invStd = g.reciprocal(g.sqrt(g.add(g.reduceMean(g.mul(xc, xc), [-1], true), g.scalar(epsilon, dt))));
        }
        const xhat = g.mul(g.sub(x, mean), invStd);
        const lead = [...Array(x.shape.length - 1).keys()];
        const dScale = g.reduceSum(g.mul(d, xhat), lead, false);
        const dBias = bias ? g.reduceSum(d, lead, false) : undefined;
        const dxhat = g.mul(d, scale);
        const m1 = g.reduceMean(dxhat, [-1], true);
        const m2 = g.reduceMean(g.mul(dxhat, xhat), [-1], true);
        const dx = g.mul(invStd, g.sub(g.sub(dxhat, m1), g.mul(xhat, m2)));
        return [dx, dScale, dBias];
    },
};
/**
 * Emits the backward pass of scalar `loss` w.r.t. each value in `wrt`, returning their gradients by name.
 * A parameter the loss does not depend on gets a zero gradient.
 *
 * ```ts
 * const grads = gradients(g, loss, [w, b]); // grads.get('w') has w's shape
 * ```
 */
export function gradients(g, loss, wrt, options = {}) {
    if (!(loss.shape.length === 0 || (loss.shape.length === 1 && loss.shape[0] === 1))) {
        throw graphError('gradients', `loss must be a scalar, got ${shapeStr(loss.shape)}`);
    }
    const tape = [...g.tape];
    // Forward sweep: which values depend on something we differentiate with respect to.
    const needs = new Set(wrt.map((v) => v.name));
    for (const e of tape) {
        if (e.inputs.some((v) => v && needs.has(v.name))) {
            for (const o of e.outputs)
                if (isFloatValue(o))
                    needs.add(o.name);
        }
    }
    if (!needs.has(loss.name))
        throw graphError('gradients', `loss '${loss.name}' does not depend on any of the parameters`);
    const pending = new Map();
    pending.set(loss.name, [options.seed ?? g.reshape(g.scalar(1, loss.dtype), loss.shape)]);
    const total = (v) => {
        const parts = pending.get(v.name);
        if (!parts || parts.length === 0)
            return undefined;
        let sum = parts[0];
        if (parts.length > 1)
            sum = g.node('Sum', parts, [{ dtype: v.dtype, shape: v.shape, hint: 'gsum' }], {}, { record: false })[0];
        pending.set(v.name, [sum]);
        return sum;
    };
    for (let i = tape.length - 1; i >= 0; i--) {
        const e = tape[i];
        if (!e.outputs.some((o) => needs.has(o.name) && pending.has(o.name)))
            continue;
        if (!e.inputs.some((v) => v && needs.has(v.name)))
            continue;
        const dOut = e.outputs.map((o) => (needs.has(o.name) ? total(o) : undefined));
        const rule = e.grad ?? GRAD_RULES[e.op];
        if (!rule)
            throw graphError(e.op, `no gradient rule for op '${e.op}'; it cannot appear between the parameters and the loss`);
        const dIn = rule(g, e, dOut);
        e.inputs.forEach((v, k) => {
            const dv = dIn[k];
            if (!v || !dv || !needs.has(v.name))
                return;
            if (!shapesEqual(dv.shape, v.shape)) {
                throw graphError(e.op, `gradient rule produced ${shapeStr(dv.shape)} for input ${shapeStr(v.shape)}`);
            }
            const list = pending.get(v.name) ?? [];
            list.push(dv);
            pending.set(v.name, list);
        });
    }
    const out = new Map();
    for (const w of wrt)
        out.set(w.name, total(w) ?? g.zerosLike(w));
    return out;
}
//# sourceMappingURL=autodiff.js.map