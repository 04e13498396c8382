// Assembles ONE training graph: forward + loss + backward + (clipping, AdamW), with parameters and Adam moments as
// graph inputs and their updated values as outputs, so ONNX Runtime runs a whole optimisation step in one call.
import { gradients } from './autodiff.js';
import { GraphBuilder, graphError } from './graph.js';
import { adamwScalars, adamwUpdate, clipFactor, optimizerInputs } from './optimizer.js';
export const names = {
    m: (p) => `opt.m.${p}`,
    v: (p) => `opt.v.${p}`,
    acc: (p) => `grad_acc.${p}`,
    updated: (n) => `new.${n}`,
};
export function buildTrainGraph(options) {
    const g = new GraphBuilder(options.name, options.dtype);
    const values = new Map();
    for (const p of options.params)
        values.set(p.name, g.input(p.name, options.dtype, p.shape));
    const trainable = options.params.filter((p) => p.trainable);
    if (trainable.length === 0)
        throw graphError('train', 'no trainable parameters: unfreeze some or add LoRA adapters');
    const result = options.loss(g, values);
    g.output(result.loss, 'loss');
    for (const [k, v] of Object.entries(result.outputs ?? {}))
        g.output(v, k);
    const grads = gradients(g, result.loss, trainable.map((p) => values.get(p.name)));
    const state = [];
    const carry = (v, inputName) => {
        const out = names.updated(inputName);
        g.output(v, out);
        state.push({ input: inputName, output: out });
    };
    if (options.mode === 'accumulate') {
        for (const p of trainable) {
            const acc = g.input(names.acc(p.name), options.dtype, p.shape);
            carry(g.add(acc, grads.get(p.name)), acc.name);
        }
        return { builder: g, state };
    }
    let gs = trainable.map((p) => grads.get(p.name));
    if (options.mode === 'step-accumulated') {
        const scale = g.input('grad_scale', options.dtype, []);
        gs = trainable.map((p, i) => g.mul(g.add(g.input(names.acc(p.name), options.dtype, p.shape), gs[i]), scale));
    }
    const opt = optimizerInputs(g);
    const { norm, scale } = clipFactor(g, gs, opt.maxGradNorm);
    g.output(norm, 'grad_norm');
    const k = adamwScalars(g, opt, options.adamw, scale);
    trainable.forEach((p, i) => {
        const m = g.input(names.m(p.name), options.dtype, p.shape);
        const v = g.input(names.v(p.name), options.dtype, p.shape);
        const u = adamwUpdate(g, values.get(p.name), gs[i], m, v, k, options.adamw, p.decay);
        carry(u.p, p.name);
        carry(u.m, m.name);
        carry(u.v, v.name);
    });
    return { builder: g, state };
}
//# sourceMappingURL=train-graph.js.map