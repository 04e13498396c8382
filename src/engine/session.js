// ONNX Runtime sessions: a training session that keeps parameters and AdamW state between steps as ORT tensors
// (step k's outputs are fed straight back as step k+1's inputs, never copied through JS arrays by us), and plain
// inference sessions. Thread count defaults to all cores.
import { availableParallelism } from 'node:os';
import * as ort from 'onnxruntime-node';
import { CwescanError } from '../errors.js';
import { toModelProto } from './model-proto.js';
import { DEFAULT_ADAMW } from './optimizer.js';
import { numel, zeros } from './tensor.js';
import { buildTrainGraph, names } from './train-graph.js';
export function ortSessionOptions(options = {}) {
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
export async function createOrtSession(model, options = {}) {
    try {
        return await ort.InferenceSession.create(model, ortSessionOptions(options));
    }
    catch (cause) {
        throw new CwescanError('E_ENGINE', `ONNX Runtime rejected the graph: ${String(cause)}`, { cause });
    }
}
/** Wraps a host tensor as an ORT tensor (shares its memory). */
export function toOrt(t) {
    const type = t.dtype === 'bool' ? 'bool' : t.dtype;
    return new ort.Tensor(type, t.data, [...t.shape]);
}
/** Views an ORT tensor as a host tensor (shares its memory). */
export function fromOrt(t) {
    const dtype = (t.type === 'float32' || t.type === 'float64' || t.type === 'int64' || t.type === 'int32' ? t.type : 'bool');
    return { dtype, shape: t.dims.map(Number), data: t.data };
}
async function runOrt(session, feeds, fetches) {
    try {
        return (await (fetches ? session.run(feeds, fetches) : session.run(feeds)));
    }
    catch (cause) {
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
export function validateFeeds(declared, feeds) {
    const sizes = new Map();
    for (const { name, value } of declared) {
        const t = feeds[name];
        if (!t)
            throw new CwescanError('E_ENGINE', `missing input '${name}'`);
        const dtype = 'dims' in t ? t.type : t.dtype;
        const shape = 'dims' in t ? t.dims.map(Number) : t.shape;
        const want = `${value.dtype} (${value.shape.join(', ')})`;
        if (dtype !== value.dtype || shape.length !== value.shape.length) {
            throw new CwescanError('E_ENGINE', `input '${name}' is ${dtype} (${shape.join(', ')}), expected ${want}`);
        }
        value.shape.forEach((d, i) => {
            const got = shape[i];
            if (typeof d === 'number') {
                if (d !== got)
                    throw new CwescanError('E_ENGINE', `input '${name}' is (${shape.join(', ')}), expected ${want}`);
            }
            else {
                const seen = sizes.get(d);
                if (seen && seen.size !== got) {
                    throw new CwescanError('E_ENGINE', `dim '${d}' is ${got} in input '${name}' but ${seen.size} in '${seen.input}'`);
                }
                sizes.set(d, { size: got, input: name });
            }
        });
    }
}
export class GraphSession {
    session;
    declared;
    constructor(session, declared) {
        this.session = session;
        this.declared = declared;
    }
    static async create(g, options = {}) {
        const s = await createOrtSession(toModelProto(g), options);
        return new GraphSession(s, [...g.inputs]);
    }
    get inputNames() {
        return this.session.inputNames;
    }
    get outputNames() {
        return this.session.outputNames;
    }
    async run(feeds) {
        validateFeeds(this.declared, feeds);
        const ortFeeds = {};
        for (const { name } of this.declared) {
            const t = feeds[name];
            ortFeeds[name] = 'dims' in t ? t : toOrt(t);
        }
        const out = await runOrt(this.session, ortFeeds);
        const res = {};
        for (const [k, v] of Object.entries(out))
            res[k] = fromOrt(v);
        return res;
    }
    async release() {
        await this.session.release();
    }
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
    stepSession;
    stepGraph;
    accSession;
    accGraph;
    params;
    dtype;
    adamw;
    accumulationSteps;
    maxGradNorm;
    validateBatch;
    /** Optimizer updates applied so far. */
    stepCount = 0;
    micro = 0;
    busy = false;
    state = new Map();
    /** Second buffer of each state tensor, written by the next step (see step()). */
    spare = new Map();
    constructor(stepSession, stepGraph, accSession, accGraph, params, dtype, adamw, accumulationSteps, maxGradNorm, validateBatch) {
        this.stepSession = stepSession;
        this.stepGraph = stepGraph;
        this.accSession = accSession;
        this.accGraph = accGraph;
        this.params = params;
        this.dtype = dtype;
        this.adamw = adamw;
        this.accumulationSteps = accumulationSteps;
        this.maxGradNorm = maxGradNorm;
        this.validateBatch = validateBatch;
    }
    static async create(options) {
        const dtype = options.dtype ?? 'float32';
        const adamw = { ...DEFAULT_ADAMW, ...options.adamw };
        const k = options.accumulationSteps ?? 1;
        if (!Number.isInteger(k) || k < 1)
            throw new CwescanError('E_ENGINE', `accumulationSteps must be a positive integer, got ${k}`);
        const common = { dtype, params: options.params, loss: options.loss, adamw };
        const stepGraph = buildTrainGraph({ ...common, name: 'train_step', mode: k > 1 ? 'step-accumulated' : 'step' });
        const stepSession = await createOrtSession(toModelProto(stepGraph.builder), options);
        let accGraph;
        let accSession;
        if (k > 1) {
            accGraph = buildTrainGraph({ ...common, name: 'train_accumulate', mode: 'accumulate' });
            accSession = await createOrtSession(toModelProto(accGraph.builder), options);
        }
        const s = new TrainingSession(stepSession, stepGraph, accSession, accGraph, options.params, dtype, adamw, k, options.maxGradNorm ?? 1, options.validateBatch);
        for (const p of options.params) {
            const t = options.initial.get(p.name);
            if (!t)
                throw new CwescanError('E_ENGINE', `no initial value for parameter '${p.name}'`);
            if (t.shape.length !== p.shape.length || t.shape.some((d, i) => d !== p.shape[i])) {
                throw new CwescanError('E_ENGINE', `parameter '${p.name}' has shape [${t.shape.join(', ')}], expected [${p.shape.join(', ')}]`);
            }
            s.state.set(p.name, toOrt(castTo(t, dtype)));
            if (p.trainable) {
                s.state.set(names.m(p.name), toOrt(zeros(dtype, p.shape)));
                s.state.set(names.v(p.name), toOrt(zeros(dtype, p.shape)));
                if (k > 1)
                    s.state.set(names.acc(p.name), toOrt(zeros(dtype, p.shape)));
            }
        }
        return s;
    }
    scalar(x) {
        return new ort.Tensor(this.dtype, this.dtype === 'float32' ? Float32Array.of(x) : Float64Array.of(x), []);
    }
    /**
     * Runs one micro-batch. With accumulation k, every k-th call applies the update (averaging the k gradients);
     * the others only accumulate. `batch` holds the loss builder's data inputs by name.
     */
    async step(batch, lr) {
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
        }
        finally {
            this.busy = false;
        }
    }
    async runStep(batch, lr) {
        const last = this.micro === this.accumulationSteps - 1;
        const session = last ? this.stepSession : this.accSession;
        const graph = last ? this.stepGraph : this.accGraph;
        const feeds = {};
        const t = this.stepCount + 1;
        const scalars = {
            lr,
            bias_correction1: 1 / (1 - Math.pow(this.adamw.beta1, t)),
            bias_correction2: 1 / (1 - Math.pow(this.adamw.beta2, t)),
            max_grad_norm: this.maxGradNorm,
            grad_scale: 1 / this.accumulationSteps,
        };
        for (const name of session.inputNames) {
            const st = this.state.get(name);
            if (st)
                feeds[name] = st;
            else if (name in scalars)
                feeds[name] = this.scalar(scalars[name]);
            else {
                const b = batch[name];
                if (!b)
                    throw new CwescanError('E_ENGINE', `training batch is missing input '${name}'`);
                feeds[name] = toOrt(b);
            }
        }
        // Double buffering: ORT writes each updated state tensor into the spare buffer of that state (pre-allocated
        // outputs), then live and spare swap. No per-step allocation, and nothing passes through JS arrays.
        const fetches = {};
        for (const name of session.outputNames)
            fetches[name] = null;
        for (const { input, output } of graph.state) {
            let spare = this.spare.get(input);
            if (!spare) {
                const live = this.state.get(input);
                spare = toOrt(zeros(live.type, live.dims));
                this.spare.set(input, spare);
            }
            fetches[output] = spare;
        }
        this.validateBatch?.(batch);
        validateFeeds(graph.builder.inputs, feeds);
        const out = await runOrt(session, feeds, fetches);
        for (const { input, output } of graph.state) {
            // The fetch buffer holds the result (the returned tensor object is a separate wrapper).
            this.spare.set(input, this.state.get(input));
            this.state.set(input, fetches[output]);
        }
        const outputs = {};
        const stateOutputs = new Set(graph.state.map((s) => s.output));
        for (const [k, v] of Object.entries(out))
            if (!stateOutputs.has(k) && k !== 'loss' && k !== 'grad_norm')
                outputs[k] = fromOrt(v);
        const loss = Number(out.loss.data[0]);
        const gradNorm = last ? Number(out.grad_norm.data[0]) : 0;
        if (!Number.isFinite(loss) || !Number.isFinite(gradNorm)) {
            // Roll back: the spare buffers still hold the state this step started from, so nothing is lost.
            for (const { input } of graph.state) {
                const bad = this.state.get(input);
                this.state.set(input, this.spare.get(input));
                this.spare.set(input, bad);
            }
            throw new CwescanError('E_ENGINE', `non-finite ${Number.isFinite(loss) ? 'gradient norm' : 'loss'} (${Number.isFinite(loss) ? gradNorm : loss}) at step ${this.stepCount + 1}: the update was not applied`, { hint: 'lower the learning rate or check the batch; training can continue from the unchanged state' });
        }
        if (last) {
            this.micro = 0;
            this.stepCount++;
            if (this.accumulationSteps > 1) {
                for (const p of this.params)
                    if (p.trainable)
                        (this.state.get(names.acc(p.name))?.data).fill(0);
            }
            return { loss, gradNorm, updated: true, outputs };
        }
        this.micro++;
        return { loss, updated: false, outputs };
    }
    /** Current parameter values (views of the live tensors: copy them before the next step if you keep them). */
    parameters() {
        const m = new Map();
        for (const p of this.params)
            m.set(p.name, fromOrt(this.state.get(p.name)));
        return m;
    }
    /** AdamW moments by state name (opt.m.<param>, opt.v.<param>), for checkpoints that resume training. */
    optimizerState() {
        const m = new Map();
        for (const p of this.params) {
            if (!p.trainable)
                continue;
            for (const n of [names.m(p.name), names.v(p.name)])
                m.set(n, fromOrt(this.state.get(n)));
        }
        return m;
    }
    /** Restores AdamW moments and the step count saved by optimizerState() (resume). */
    loadOptimizerState(state, stepCount) {
        for (const p of this.params) {
            if (!p.trainable)
                continue;
            for (const n of [names.m(p.name), names.v(p.name)]) {
                const t = state.get(n);
                if (!t || numel(t.shape) !== numel(p.shape))
                    throw new CwescanError('E_CHECKPOINT', `optimizer state '${n}' is missing or has the wrong size`);
                this.state.set(n, toOrt(castTo(t, this.dtype)));
            }
        }
        this.stepCount = stepCount;
    }
    async release() {
        await this.stepSession.release();
        await this.accSession?.release();
    }
}
function castTo(t, dtype) {
    if (t.dtype === dtype)
        return { dtype, shape: [...t.shape], data: t.data.slice() };
    const data = dtype === 'float32' ? Float32Array.from(t.data) : Float64Array.from(t.data);
    return { dtype, shape: [...t.shape], data };
}
//# sourceMappingURL=session.js.map