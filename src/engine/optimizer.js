export const DEFAULT_ADAMW = { beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1 };
export function optimizerInputs(g) {
    const dt = g.dtype;
    return {
        lr: g.input('lr', dt, []),
        bc1: g.input('bias_correction1', dt, []),
        bc2: g.input('bias_correction2', dt, []),
        maxGradNorm: g.input('max_grad_norm', dt, []),
    };
}
/** Global L2 norm of all gradients and the clip factor min(1, maxNorm / (norm + 1e-6)). */
export function clipFactor(g, grads, maxNorm) {
    const dt = g.dtype;
    const squares = grads.map((gr) => g.reduceSumSquare(gr));
    const sum = squares.length === 1
        ? squares[0]
        : g.node('Sum', squares, [{ dtype: dt, shape: [] }], {}, { record: false })[0];
    const norm = g.sqrt(sum);
    const scale = g.min(g.scalar(1, dt), g.div(maxNorm, g.add(norm, g.scalar(1e-6, dt))));
    return { norm, scale };
}
export function adamwScalars(g, inputs, cfg, clip) {
    const dt = g.dtype;
    const s = (x) => g.scalar(x, dt);
    const sqrtBc2 = g.sqrt(inputs.bc2);
    return {
        c1: g.mul(s(1 - cfg.beta1), clip),
        c2: g.mul(s(1 - cfg.beta2), g.mul(clip, clip)),
        stepSize: g.div(g.mul(inputs.lr, inputs.bc1), sqrtBc2),
        epsHat: g.div(s(cfg.eps), sqrtBc2),
        decayMul: g.sub(s(1), g.mul(inputs.lr, s(cfg.weightDecay))),
    };
}
/**
 * One AdamW update of parameter p with its unclipped gradient and moments m, v (PyTorch AdamW semantics):
 * g' = clip * g; m' = b1 m + (1 - b1) g'; v' = b2 v + (1 - b2) g'^2;
 * p' = p (1 - lr wd) - lr (m' bc1) / (sqrt(v' bc2) + eps). 13 elementwise passes per parameter.
 */
export function adamwUpdate(g, p, grad, m, v, k, cfg, decay) {
    const dt = g.dtype;
    const s = (x) => g.scalar(x, dt);
    const m2 = g.add(g.mul(m, s(cfg.beta1)), g.mul(grad, k.c1));
    const v2 = g.add(g.mul(v, s(cfg.beta2)), g.mul(g.mul(grad, grad), k.c2));
    const upd = g.div(m2, g.add(g.sqrt(v2), k.epsHat));
    const base = decay && cfg.weightDecay > 0 ? g.mul(p, k.decayMul) : p;
    return { p: g.sub(base, g.mul(upd, k.stepSize)), m: m2, v: v2 };
}
//# sourceMappingURL=optimizer.js.map