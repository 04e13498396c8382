// AdamW inside the graph: decoupled weight decay (skipped for norms and biases), global-norm gradient clipping,
// and the learning rate and bias corrections as graph inputs so schedules live in TypeScript.
import type { GraphBuilder, Value } from './graph.js';
import type { FloatDType } from './tensor.js';

export interface AdamWConfig {
  readonly beta1: number;
  readonly beta2: number;
  readonly eps: number;
  readonly weightDecay: number;
}

export const DEFAULT_ADAMW: AdamWConfig = { beta1: 0.9, beta2: 0.95, eps: 1e-8, weightDecay: 0.1 };

/** Scalar inputs of the update step, fed each step by the training session. */
export interface OptimizerInputs {
  /** Learning rate for this step. */
  readonly lr: Value;
  /** 1 / (1 - beta1^t) and 1 / (1 - beta2^t): bias corrections computed in TypeScript. */
  readonly bc1: Value;
  readonly bc2: Value;
  /** Gradients are scaled so their global L2 norm is at most this (Infinity disables clipping). */
  readonly maxGradNorm: Value;
}

export function optimizerInputs(g: GraphBuilder): OptimizerInputs {
  const dt = g.dtype;
  return {
    lr: g.input('lr', dt, []),
    bc1: g.input('bias_correction1', dt, []),
    bc2: g.input('bias_correction2', dt, []),
    maxGradNorm: g.input('max_grad_norm', dt, []),
  };
}

/** Global L2 norm of all gradients and the clip factor min(1, maxNorm / (norm + 1e-6)). */
export function clipFactor(g: GraphBuilder, grads: readonly Value[], maxNorm: Value): { norm: Value; scale: Value } {
  const dt = g.dtype as FloatDType;
  const squares = grads.map((gr) => g.reduceSumSquare(gr));
  const sum =
    squares.length === 1
      ? (squares[0] as Value)
      : (g.node('Sum', squares, [{ dtype: dt, shape: [] }], {}, { record: false })[0] as Value);
  const norm = g.sqrt(sum);
  const scale = g.min(g.scalar(1, dt), g.div(maxNorm, g.add(norm, g.scalar(1e-6, dt))));
  return { norm, scale };
}

/** Scalars shared by every parameter's update, computed once per step inside the graph. */
export interface AdamWScalars {
  /** (1 - beta1) * clip and (1 - beta2) * clip^2: clipping folded into the moment updates. */
  readonly c1: Value;
  readonly c2: Value;
  /** lr * bc1 / sqrt(bc2), eps / sqrt(bc2): bias corrections folded so each element needs no extra pass. */
  readonly stepSize: Value;
  readonly epsHat: Value;
  /** 1 - lr * weightDecay. */
  readonly decayMul: Value;
}

export function adamwScalars(g: GraphBuilder, inputs: OptimizerInputs, cfg: AdamWConfig, clip: Value): AdamWScalars {
  const dt = g.dtype as FloatDType;
  const s = (x: number) => g.scalar(x, dt);
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
export function adamwUpdate(
  g: GraphBuilder,
  p: Value,
  grad: Value,
  m: Value,
  v: Value,
  k: AdamWScalars,
  cfg: AdamWConfig,
  decay: boolean,
): { p: Value; m: Value; v: Value } {
  const dt = g.dtype as FloatDType;
  const s = (x: number) => g.scalar(x, dt);
  const m2 = g.add(g.mul(m, s(cfg.beta1)), g.mul(grad, k.c1));
  const v2 = g.add(g.mul(v, s(cfg.beta2)), g.mul(g.mul(grad, grad), k.c2));
  const upd = g.div(m2, g.add(g.sqrt(v2), k.epsHat));
  const base = decay && cfg.weightDecay > 0 ? g.mul(p, k.decayMul) : p;
  return { p: g.sub(base, g.mul(upd, k.stepSize)), m: m2, v: v2 };
}
