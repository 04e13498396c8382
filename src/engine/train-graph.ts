// Assembles ONE training graph: forward + loss + backward + (clipping, AdamW), with parameters and Adam moments as
// graph inputs and their updated values as outputs, so ONNX Runtime runs a whole optimisation step in one call.
import { gradients } from './autodiff.js';
import { GraphBuilder, graphError, type Value } from './graph.js';
import { adamwScalars, adamwUpdate, clipFactor, optimizerInputs, type AdamWConfig } from './optimizer.js';
import type { FloatDType } from './tensor.js';

/** A named parameter: its shape, whether it trains, and whether AdamW decays it (not norms or biases). */
export interface ParamSpec {
  readonly name: string;
  readonly shape: readonly number[];
  readonly trainable: boolean;
  readonly decay: boolean;
}

/** What a loss builder returns: the scalar loss and any extra named outputs (e.g. per-token losses). */
export interface LossResult {
  readonly loss: Value;
  readonly outputs?: Readonly<Record<string, Value>>;
}

/** Builds the forward pass from parameter values (graph inputs) and returns the loss. */
export type LossBuilder = (g: GraphBuilder, params: ReadonlyMap<string, Value>) => LossResult;

/**
 * - 'step': one batch -> clipped AdamW update.
 * - 'accumulate': one micro-batch -> gradients added into accumulators (no update).
 * - 'step-accumulated': last micro-batch -> (accumulators + its gradients) * grad_scale -> clipped AdamW update.
 */
export type TrainGraphMode = 'step' | 'accumulate' | 'step-accumulated';

export const names = {
  m: (p: string) => `opt.m.${p}`,
  v: (p: string) => `opt.v.${p}`,
  acc: (p: string) => `grad_acc.${p}`,
  updated: (n: string) => `new.${n}`,
};

export interface TrainGraph {
  readonly builder: GraphBuilder;
  /** Pairs (input name, output name) of state that carries over from one step to the next. */
  readonly state: readonly { input: string; output: string }[];
}

export function buildTrainGraph(options: {
  name: string;
  dtype: FloatDType;
  params: readonly ParamSpec[];
  loss: LossBuilder;
  adamw: AdamWConfig;
  mode: TrainGraphMode;
}): TrainGraph {
  const g = new GraphBuilder(options.name, options.dtype);
  const values = new Map<string, Value>();
  for (const p of options.params) values.set(p.name, g.input(p.name, options.dtype, p.shape));
  const trainable = options.params.filter((p) => p.trainable);
  if (trainable.length === 0) throw graphError('train', 'no trainable parameters: unfreeze some or add LoRA adapters');
  const result = options.loss(g, values);
  g.output(result.loss, 'loss');
  for (const [k, v] of Object.entries(result.outputs ?? {})) g.output(v, k);

  const grads = gradients(
    g,
    result.loss,
    trainable.map((p) => values.get(p.name) as Value),
  );
  const state: { input: string; output: string }[] = [];
  const carry = (v: Value, inputName: string) => {
    const out = names.updated(inputName);
    g.output(v, out);
    state.push({ input: inputName, output: out });
  };

  if (options.mode === 'accumulate') {
    for (const p of trainable) {
      const acc = g.input(names.acc(p.name), options.dtype, p.shape);
      carry(g.add(acc, grads.get(p.name) as Value), acc.name);
    }
    return { builder: g, state };
  }

  let gs = trainable.map((p) => grads.get(p.name) as Value);
  if (options.mode === 'step-accumulated') {
    const scale = g.input('grad_scale', options.dtype, []);
    gs = trainable.map((p, i) =>
      g.mul(g.add(g.input(names.acc(p.name), options.dtype, p.shape), gs[i] as Value), scale),
    );
  }
  const opt = optimizerInputs(g);
  const { norm, scale } = clipFactor(g, gs, opt.maxGradNorm);
  g.output(norm, 'grad_norm');
  const k = adamwScalars(g, opt, options.adamw, scale);
  trainable.forEach((p, i) => {
    const m = g.input(names.m(p.name), options.dtype, p.shape);
    const v = g.input(names.v(p.name), options.dtype, p.shape);
    const u = adamwUpdate(g, values.get(p.name) as Value, gs[i] as Value, m, v, k, options.adamw, p.decay);
    carry(u.p, p.name);
    carry(u.m, m.name);
    carry(u.v, v.name);
  });
  return { builder: g, state };
}
