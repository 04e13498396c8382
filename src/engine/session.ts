// ONNX Runtime sessions: a training session that keeps parameters and AdamW state between steps as ORT tensors
// (step k's outputs are fed straight back as step k+1's inputs, never copied through JS arrays by us), and plain
// inference sessions. Thread count defaults to all cores.
import { availableParallelism } from 'node:os';
import * as ort from 'onnxruntime-node';
import { CwescanError } from '../errors.js';
import type { GraphBuilder, GraphIO } from './graph.js';
import { toModelProto } from './model-proto.js';
import { DEFAULT_ADAMW, type AdamWConfig } from './optimizer.js';
import { numel, zeros, type DType, type FloatDType, type HostTensor, type TensorData } from './tensor.js';
import { buildTrainGraph, names, type LossBuilder, type ParamSpec, type TrainGraph } from './train-graph.js';

export interface SessionOptions {
  /** Intra-op threads; defaults to all cores. */
  readonly threads?: number;
  /** ORT graph optimisation level; defaults to 'all'. */
  readonly optimizationLevel?: 'disabled' | 'basic' | 'extended' | 'all';
  /**
   * ORT's CPU memory arena and memory-pattern planning; default true. Off, the reference training step used
   * 764 instead of 1,274 MB peak RSS but about 20% more CPU time (see BENCHMARKS.md).
   */
  readonly memoryArena?: boolean;
  /** Let idle ORT worker threads spin (lower latency, burns CPU that other processes could use); default true. */
  readonly spinning?: boolean;
}

export function ortSessionOptions(options: SessionOptions = {}): ort.InferenceSession.SessionOptions {
  if (options.threads !== undefined && (!Number.isInteger(options.threads) || options.threads < 1)) {
    throw new CwescanError('E_ENGINE', `threads must be a positive integer, got ${options.threads}`);
  }
  return {
    intraOpNumThreads: options.threads ?? availableParallelism(),
    interOpNumThreads: 1,
    executionMode: 'sequential',
    graphOptimizationLevel: options.optimizationLevel ?? 'all',
    enableCpuMemArena: options.memoryArena ?? true,
    enableMemPattern: options.memoryArena ?? true,
    ...(options.spinning === false ? { extra: { session: { intra_op: { allow_spinning: '0' } } } } : {}),
  };
}

export async function createOrtSession(model: Uint8Array, options: SessionOptions = {}): Promise<ort.InferenceSession> {
  try {
    return await ort.InferenceSession.create(model, ortSessionOptions(options));
  } catch (cause) {
    throw new CwescanError('E_ENGINE', `ONNX Runtime rejected the graph: ${String(cause)}`, { cause });
  }
}

/** Wraps a host tensor as an ORT tensor (shares its memory). */
export function toOrt(t: HostTensor): ort.Tensor {
  const type = t.dtype === 'bool' ? 'bool' : t.dtype;
  return new ort.Tensor(type as 'float32', t.data as Float32Array, [...t.shape]);
}

/** Views an ORT tensor as a host tensor (shares its memory). */
export function fromOrt(t: ort.Tensor): HostTensor {
  const dtype = (
    t.type === 'float32' || t.type === 'float64' || t.type === 'int64' || t.type === 'int32' || t.type === 'int8'
      ? t.type
      : 'bool'
  ) as DType;
  return { dtype, shape: t.dims.map(Number), data: t.data as TensorData };
}

async function runOrt(
  session: ort.InferenceSession,
  feeds: Record<string, ort.Tensor>,
  fetches?: Record<string, ort.Tensor | null>,
): Promise<Record<string, ort.Tensor>> {
  try {
    return (await (fetches ? session.run(feeds, fetches) : session.run(feeds))) as Record<string, ort.Tensor>;
  } catch (cause) {
    throw new CwescanError('E_ENGINE', `ONNX Runtime failed to run the graph: ${String(cause)}`, {
      hint: 'check the input shapes and dtypes against the graph inputs',
      cause,
    });
  }
}

/** A session over any graph built with GraphBuilder: feeds host tensors, returns host tensors. */
/**
 * Checks feeds against the graph's declared inputs before ORT sees them: presence, dtype, rank, fixed dims, and
 * that a symbolic dim ('B', 'T') has one size across all inputs. Throws E_ENGINE naming the input.
 */
export function validateFeeds(
  declared: readonly GraphIO[],
  feeds: Readonly<Record<string, HostTensor | ort.Tensor>>,
): void {
  const sizes = new Map<string, { size: number; input: string }>();
  for (const { name, value } of declared) {
    const t = feeds[name];
    if (!t) throw new CwescanError('E_ENGINE', `missing input '${name}'`);
    const dtype = 'dims' in t ? t.type : t.dtype;
    const shape = 'dims' in t ? t.dims.map(Number) : t.shape;
    const want = `${value.dtype} (${value.shape.join(', ')})`;
    if (dtype !== value.dtype || shape.length !== value.shape.length) {
      throw new CwescanError('E_ENGINE', `input '${name}' is ${dtype} (${shape.join(', ')}), expected ${want}`);
    }
    value.shape.forEach((d, i) => {
      const got = shape[i] as number;
      if (typeof d === 'number') {
        if (d !== got) throw new CwescanError('E_ENGINE', `input '${name}' is (${shape.join(', ')}), expected ${want}`);
      } else {
        const seen = sizes.get(d);
        if (seen && seen.size !== got) {
          throw new CwescanError(
            'E_ENGINE',
            `dim '${d}' is ${got} in input '${name}' but ${seen.size} in '${seen.input}'`,
          );
        }
        sizes.set(d, { size: got, input: name });
      }
    });
  }
}

export class GraphSession {
  private constructor(
    readonly session: ort.InferenceSession,
    readonly declared: readonly GraphIO[],
  ) {}

  static async create(g: GraphBuilder, options: SessionOptions = {}): Promise<GraphSession> {
    const s = await createOrtSession(toModelProto(g), options);
    return new GraphSession(s, [...g.inputs]);
  }

  get inputNames(): readonly string[] {
    return this.session.inputNames;
  }

  get outputNames(): readonly string[] {
    return this.session.outputNames;
  }

  async run(feeds: Readonly<Record<string, HostTensor | ort.Tensor>>): Promise<Record<string, HostTensor>> {
    validateFeeds(this.declared, feeds);
    const ortFeeds: Record<string, ort.Tensor> = {};
    for (const { name } of this.declared) {
      const t = feeds[name] as HostTensor | ort.Tensor;
      ortFeeds[name] = 'dims' in t ? t : toOrt(t);
    }
    const out = await runOrt(this.session, ortFeeds);
    const res: Record<string, HostTensor> = {};
    for (const [k, v] of Object.entries(out)) res[k] = fromOrt(v);
    return res;
  }

  async release(): Promise<void> {
    await this.session.release();
  }
}

export interface TrainingSessionOptions extends SessionOptions {
  readonly dtype?: FloatDType;
  readonly params: readonly ParamSpec[];
  /** Initial values by parameter name (every spec needs one). */
  readonly initial: ReadonlyMap<string, HostTensor>;
  readonly loss: LossBuilder;
  readonly adamw?: Partial<AdamWConfig>;
  /** Micro-batches per optimizer step (gradient accumulation); default 1. */
  readonly accumulationSteps?: number;
  /** Global gradient-norm clip; default 1.0 (Infinity disables). */
  readonly maxGradNorm?: number;
  /** Extra checks of each batch (e.g. token ids within the vocabulary); throw to reject it. */
  readonly validateBatch?: (batch: Readonly<Record<string, HostTensor>>) => void;
}

export interface StepResult {
  /** The loss of this micro-batch. */
  readonly loss: number;
  /** Global gradient norm before clipping (only on steps that update). */
  readonly gradNorm?: number;
  /** Whether this call applied an optimizer update. */
  readonly updated: boolean;
  /** Extra outputs of the loss builder. */
  readonly outputs: Record<string, HostTensor>;
}

/**
 * Trains a set of parameters with a loss built by `loss`. State (parameters, AdamW moments, gradient accumulators)
 * lives in ORT tensors between steps.
 *
 * ```ts
 * const s = await TrainingSession.create({ params, initial, loss: (g, p) => ({ loss: ... }) });
 * const r = await s.step({ input_ids, targets, loss_mask }, 3e-4); // r.loss, r.gradNorm
 * ```
 */
export class TrainingSession {
  /** Optimizer updates applied so far. */
  stepCount = 0;
  private micro = 0;
  private busy = false;
  private readonly state = new Map<string, ort.Tensor>();
  /** Second buffer of each state tensor, written by the next step (see step()). */
  private readonly spare = new Map<string, ort.Tensor>();

  private constructor(
    private readonly stepSession: ort.InferenceSession,
    private readonly stepGraph: TrainGraph,
    private readonly accSession: ort.InferenceSession | undefined,
    private readonly accGraph: TrainGraph | undefined,
    readonly params: readonly ParamSpec[],
    readonly dtype: FloatDType,
    readonly adamw: AdamWConfig,
    readonly accumulationSteps: number,
    public maxGradNorm: number,
    private readonly validateBatch: ((batch: Readonly<Record<string, HostTensor>>) => void) | undefined,
  ) {}

  static async create(options: TrainingSessionOptions): Promise<TrainingSession> {
    const dtype = options.dtype ?? 'float32';
    const adamw = { ...DEFAULT_ADAMW, ...options.adamw };
    const k = options.accumulationSteps ?? 1;
    if (!Number.isInteger(k) || k < 1)
      throw new CwescanError('E_ENGINE', `accumulationSteps must be a positive integer, got ${k}`);
    const common = { dtype, params: options.params, loss: options.loss, adamw };
    const stepGraph = buildTrainGraph({ ...common, name: 'train_step', mode: k > 1 ? 'step-accumulated' : 'step' });
    const stepSession = await createOrtSession(toModelProto(stepGraph.builder), options);
    let accGraph: TrainGraph | undefined;
    let accSession: ort.InferenceSession | undefined;
    if (k > 1) {
      accGraph = buildTrainGraph({ ...common, name: 'train_accumulate', mode: 'accumulate' });
      accSession = await createOrtSession(toModelProto(accGraph.builder), options);
    }
    const s = new TrainingSession(
      stepSession,
      stepGraph,
      accSession,
      accGraph,
      options.params,
      dtype,
      adamw,
      k,
      options.maxGradNorm ?? 1,
      options.validateBatch,
    );
    for (const p of options.params) {
      const t = options.initial.get(p.name);
      if (!t) throw new CwescanError('E_ENGINE', `no initial value for parameter '${p.name}'`);
      if (t.shape.length !== p.shape.length || t.shape.some((d, i) => d !== p.shape[i])) {
        throw new CwescanError(
          'E_ENGINE',
          `parameter '${p.name}' has shape [${t.shape.join(', ')}], expected [${p.shape.join(', ')}]`,
        );
      }
      s.state.set(p.name, toOrt(castTo(t, dtype)));
      if (p.trainable) {
        s.state.set(names.m(p.name), toOrt(zeros(dtype, p.shape)));
        s.state.set(names.v(p.name), toOrt(zeros(dtype, p.shape)));
        if (k > 1) s.state.set(names.acc(p.name), toOrt(zeros(dtype, p.shape)));
      }
    }
    return s;
  }

  private scalar(x: number): ort.Tensor {
    return new ort.Tensor(this.dtype, this.dtype === 'float32' ? Float32Array.of(x) : Float64Array.of(x), []);
  }

  /**
   * Runs one micro-batch. With accumulation k, every k-th call applies the update (averaging the k gradients);
   * the others only accumulate. `batch` holds the loss builder's data inputs by name.
   */
  async step(batch: Readonly<Record<string, HostTensor>>, lr: number): Promise<StepResult> {
    // Steps must not overlap: each one reads the state the previous one wrote (and reuses its buffers).
    if (this.busy)
      throw new CwescanError('E_ENGINE', 'step() called while another step is running', {
        hint: 'await each step before the next',
      });
    if (!Number.isFinite(lr) || lr < 0)
      throw new CwescanError('E_ENGINE', `learning rate must be a finite number >= 0, got ${lr}`);
    this.busy = true;
    try {
      return await this.runStep(batch, lr);
    } finally {
      this.busy = false;
    }
  }

  private async runStep(batch: Readonly<Record<string, HostTensor>>, lr: number): Promise<StepResult> {
    const last = this.micro === this.accumulationSteps - 1;
    const session = last ? this.stepSession : (this.accSession as ort.InferenceSession);
    const graph = last ? this.stepGraph : (this.accGraph as TrainGraph);
    const feeds: Record<string, ort.Tensor> = {};
    const t = this.stepCount + 1;
    const scalars: Record<string, number> = {
      lr,
      bias_correction1: 1 / (1 - Math.pow(this.adamw.beta1, t)),
      bias_correction2: 1 / (1 - Math.pow(this.adamw.beta2, t)),
      max_grad_norm: this.maxGradNorm,
      grad_scale: 1 / this.accumulationSteps,
    };
    for (const name of session.inputNames) {
      const st = this.state.get(name);
      if (st) feeds[name] = st;
      else if (name in scalars) feeds[name] = this.scalar(scalars[name] as number);
      else {
        const b = batch[name];
        if (!b) throw new CwescanError('E_ENGINE', `training batch is missing input '${name}'`);
        feeds[name] = toOrt(b);
      }
    }
    // Double buffering: ORT writes each updated state tensor into the spare buffer of that state (pre-allocated
    // outputs), then live and spare swap. No per-step allocation, and nothing passes through JS arrays.
    const fetches: Record<string, ort.Tensor | null> = {};
    for (const name of session.outputNames) fetches[name] = null;
    for (const { input, output } of graph.state) {
      let spare = this.spare.get(input);
      if (!spare) {
        const live = this.state.get(input) as ort.Tensor;
        spare = toOrt(zeros(live.type as FloatDType, live.dims as number[]));
        this.spare.set(input, spare);
      }
      fetches[output] = spare;
    }
    this.validateBatch?.(batch);
    validateFeeds(graph.builder.inputs, feeds);
    const out = await runOrt(session, feeds, fetches);
    for (const { input, output } of graph.state) {
      // The fetch buffer holds the result (the returned tensor object is a separate wrapper).
      this.spare.set(input, this.state.get(input) as ort.Tensor);
      this.state.set(input, fetches[output] as ort.Tensor);
    }
    const outputs: Record<string, HostTensor> = {};
    const stateOutputs = new Set(graph.state.map((s) => s.output));
    for (const [k, v] of Object.entries(out))
      if (!stateOutputs.has(k) && k !== 'loss' && k !== 'grad_norm') outputs[k] = fromOrt(v);
    const loss = Number((out.loss as ort.Tensor).data[0]);
    const gradNorm = last ? Number((out.grad_norm as ort.Tensor).data[0]) : 0;
    if (!Number.isFinite(loss) || !Number.isFinite(gradNorm)) {
      // Roll back: the spare buffers still hold the state this step started from, so nothing is lost.
      for (const { input } of graph.state) {
        const bad = this.state.get(input) as ort.Tensor;
        this.state.set(input, this.spare.get(input) as ort.Tensor);
        this.spare.set(input, bad);
      }
      throw new CwescanError(
        'E_ENGINE',
        `non-finite ${Number.isFinite(loss) ? 'gradient norm' : 'loss'} (${Number.isFinite(loss) ? gradNorm : loss}) at step ${this.stepCount + 1}: the update was not applied`,
        { hint: 'lower the learning rate or check the batch; training can continue from the unchanged state' },
      );
    }
    if (last) {
      this.micro = 0;
      this.stepCount++;
      if (this.accumulationSteps > 1) {
        for (const p of this.params) if (p.trainable) (this.state.get(names.acc(p.name))?.data as Float32Array).fill(0);
      }
      return { loss, gradNorm, updated: true, outputs };
    }
    this.micro++;
    return { loss, updated: false, outputs };
  }

  /** Current parameter values (views of the live tensors: copy them before the next step if you keep them). */
  parameters(): Map<string, HostTensor> {
    const m = new Map<string, HostTensor>();
    for (const p of this.params) m.set(p.name, fromOrt(this.state.get(p.name) as ort.Tensor));
    return m;
  }

  /** AdamW moments by state name (opt.m.<param>, opt.v.<param>), for checkpoints that resume training. */
  optimizerState(): Map<string, HostTensor> {
    const m = new Map<string, HostTensor>();
    for (const p of this.params) {
      if (!p.trainable) continue;
      for (const n of [names.m(p.name), names.v(p.name)]) m.set(n, fromOrt(this.state.get(n) as ort.Tensor));
    }
    return m;
  }

  /** Restores AdamW moments and the step count saved by optimizerState() (resume). */
  loadOptimizerState(state: ReadonlyMap<string, HostTensor>, stepCount: number): void {
    for (const p of this.params) {
      if (!p.trainable) continue;
      for (const n of [names.m(p.name), names.v(p.name)]) {
        const t = state.get(n);
        if (!t || numel(t.shape) !== numel(p.shape))
          throw new CwescanError('E_CHECKPOINT', `optimizer state '${n}' is missing or has the wrong size`);
        this.state.set(n, toOrt(castTo(t, this.dtype)));
      }
    }
    this.stepCount = stepCount;
  }

  async release(): Promise<void> {
    await this.stepSession.release();
    await this.accSession?.release();
  }
}

function castTo(t: HostTensor, dtype: FloatDType): HostTensor {
  if (t.dtype === dtype) return { dtype, shape: [...t.shape], data: t.data.slice() as TensorData };
  const data =
    dtype === 'float32' ? Float32Array.from(t.data as Float64Array) : Float64Array.from(t.data as Float32Array);
  return { dtype, shape: [...t.shape], data };
}
