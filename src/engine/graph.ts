// Typed ONNX graph builder: every op infers and checks its output shape at build time, so a mismatch fails here
// with the op and the shapes named, not inside ONNX Runtime. Ops are also recorded on a tape for autodiff.
import { CwescanError } from '../errors.js';
import {
  broadcastShapes,
  canonDim,
  dimDivide,
  dimEquals,
  dimProduct,
  isConcrete,
  normAxis,
  shapeStr,
  shapesEqual,
  type Dim,
  type Shape,
} from './shape.js';
import { int64Tensor, type DType, type FloatDType, type HostTensor } from './tensor.js';

/** A tensor flowing through the graph: its ONNX value name, element type and (possibly symbolic) shape. */
export interface Value {
  readonly name: string;
  readonly dtype: DType;
  readonly shape: Shape;
}

export type Attr =
  | { readonly i: number }
  | { readonly f: number }
  | { readonly ints: readonly number[] }
  | { readonly floats: readonly number[] }
  | { readonly s: string }
  | { readonly t: HostTensor };

export interface NodeDef {
  readonly name: string;
  readonly op: string;
  readonly domain: string;
  readonly inputs: readonly string[];
  readonly outputs: readonly string[];
  readonly attrs: Readonly<Record<string, Attr>>;
}

/** Gradient rule: given the output gradients of one tape entry, emits and returns its input gradients. */
export type GradRule = (
  g: GraphBuilder,
  entry: TapeEntry,
  dOut: readonly (Value | undefined)[],
) => (Value | undefined)[];

/** One differentiable step: a primitive op, or a composite (several nodes) with its own gradient rule. */
export interface TapeEntry {
  readonly op: string;
  readonly inputs: readonly (Value | undefined)[];
  readonly outputs: readonly Value[];
  readonly attrs: Readonly<Record<string, Attr>>;
  /** Build-time facts a gradient rule needs (slice bounds, reduced axes, dropout ratio...). */
  readonly meta: Readonly<Record<string, unknown>>;
  readonly grad?: GradRule;
}

export interface GraphIO {
  readonly value: Value;
  readonly name: string;
}

export function graphError(op: string, message: string): CwescanError {
  return new CwescanError('E_GRAPH', `${op}: ${message}`, {
    hint: 'this is a bug in the model definition: fix the shapes or dtypes passed to this op',
  });
}

const isFloat = (d: DType): d is FloatDType => d === 'float32' || d === 'float64';

/**
 * Builds one ONNX graph. `dtype` is the float type of the whole graph (float32 to train and serve, float64 for
 * gradient checks): constants and parameters follow it.
 *
 * ```ts
 * const g = new GraphBuilder('mlp', 'float32');
 * const x = g.input('x', 'float32', ['B', 4]);          // (B, 4)
 * const w = g.input('w', 'float32', [4, 3]);            // (4, 3)
 * g.output(g.matmul(x, w), 'y');                         // (B, 3)
 * ```
 */
export class GraphBuilder {
  readonly nodes: NodeDef[] = [];
  readonly tape: TapeEntry[] = [];
  readonly inputs: GraphIO[] = [];
  readonly outputs: GraphIO[] = [];
  readonly initializers = new Map<string, HostTensor>();
  /** Where each symbolic dim can be read at run time: the first graph input that has it. */
  private readonly symbolSources = new Map<string, { value: Value; axis: number }>();
  private readonly symbolTensors = new Map<string, Value>();
  private readonly constCache = new Map<string, Value>();
  private readonly usedNames = new Set<string>();
  private counter = 0;
  usesMicrosoftDomain = false;
  /** Value names renamed to graph output names at serialisation (see output()). */
  readonly aliases = new Map<string, string>();

  constructor(
    readonly name: string,
    readonly dtype: FloatDType,
  ) {}

  // ---- naming, inputs, outputs, constants ----

  fresh(hint: string): string {
    let name: string;
    do name = `${hint}_${this.counter++}`;
    while (this.usedNames.has(name));
    this.usedNames.add(name);
    return name;
  }

  private claim(name: string, what: string): void {
    if (this.usedNames.has(name)) throw graphError(what, `name '${name}' is already used in graph '${this.name}'`);
    this.usedNames.add(name);
  }

  /** Declares a graph input. Symbolic dims ('B', 'T') become readable at run time from the first input that has them. */
  input(name: string, dtype: DType, shape: Shape): Value {
    this.claim(name, 'input');
    const value: Value = { name, dtype, shape: shape.map(canonDim) };
    this.inputs.push({ value, name });
    value.shape.forEach((d, axis) => {
      if (typeof d === 'string' && !d.includes('*') && !this.symbolSources.has(d)) {
        this.symbolSources.set(d, { value, axis });
      }
    });
    return value;
  }

  /** A named initializer (a weight baked into the model). */
  initializer(name: string, tensor: HostTensor): Value {
    this.claim(name, 'initializer');
    this.initializers.set(name, tensor);
    return { name, dtype: tensor.dtype, shape: [...tensor.shape] };
  }

  /** Marks `value` as a graph output called `name` (an Identity is inserted when the names differ). */
  output(value: Value, name: string = value.name): Value {
    if (this.outputs.some((o) => o.name === name)) throw graphError('output', `duplicate output '${name}'`);
    let v = value;
    const producedHere = this.nodes.some((n) => n.outputs.includes(value.name));
    const alreadyOut = this.outputs.some((o) => o.value.name === value.name) || this.aliases.has(value.name);
    if (value.name !== name && producedHere && !alreadyOut && !this.usedNames.has(name)) {
      // Rename the producing node's output instead of copying it through an Identity (ORT copies on Identity).
      this.claim(name, 'output');
      this.aliases.set(value.name, name);
      v = { name, dtype: value.dtype, shape: value.shape };
    } else if (value.name !== name || this.inputs.some((i) => i.name === name) || this.initializers.has(name)) {
      this.claim(name, 'output');
      this.nodes.push({
        name: `${name}_identity`,
        op: 'Identity',
        domain: '',
        inputs: [value.name],
        outputs: [name],
        attrs: {},
      });
      v = { name, dtype: value.dtype, shape: value.shape };
    }
    this.outputs.push({ value: v, name });
    return v;
  }

  /** An anonymous constant (deduplicated by content for small tensors). */
  constant(tensor: HostTensor, hint = 'const'): Value {
    const small = tensor.data.length <= 16;
    const key = small
      ? `${tensor.dtype}|${tensor.shape.join(',')}|${Array.from(tensor.data as ArrayLike<unknown>).join(',')}`
      : '';
    if (small) {
      const hit = this.constCache.get(key);
      if (hit) return hit;
    }
    const name = this.fresh(hint);
    this.initializers.set(name, tensor);
    const v: Value = { name, dtype: tensor.dtype, shape: [...tensor.shape] };
    if (small) this.constCache.set(key, v);
    return v;
  }

  /** A float scalar constant of the graph dtype (or `dtype`), shape (). */
  scalar(x: number, dtype: FloatDType = this.dtype): Value {
    const data = dtype === 'float32' ? Float32Array.of(x) : Float64Array.of(x);
    return this.constant({ dtype, shape: [], data }, 'scalar');
  }

  ints(values: readonly number[]): Value {
    return this.constant(int64Tensor([values.length], values), 'ints');
  }

  // ---- raw node emission ----

  /** Emits one node. `record` puts it on the autodiff tape (default: yes). */
  node(
    op: string,
    inputs: readonly (Value | undefined)[],
    outputs: readonly { dtype: DType; shape: Shape; hint?: string }[],
    attrs: Record<string, Attr> = {},
    options: { domain?: string; record?: boolean; meta?: Record<string, unknown> } = {},
  ): Value[] {
    const outs: Value[] = outputs.map((o) => ({
      name: this.fresh(o.hint ?? op.toLowerCase()),
      dtype: o.dtype,
      shape: o.shape.map(canonDim),
    }));
    const domain = options.domain ?? '';
    if (domain === 'com.microsoft') this.usesMicrosoftDomain = true;
    this.nodes.push({
      name: this.fresh(`n_${op}`),
      op,
      domain,
      inputs: inputs.map((v) => v?.name ?? ''),
      outputs: outs.map((v) => v.name),
      attrs,
    });
    if (options.record !== false)
      this.tape.push({ op, inputs: [...inputs], outputs: outs, attrs, meta: options.meta ?? {} });
    return outs;
  }

  /**
   * Runs `body` (which emits forward nodes) as ONE differentiable step with its own gradient rule, e.g. a fused
   * cross-entropy or GELU whose backward is cheaper than differentiating its parts. Only `inputs` receive gradients.
   */
  composite(op: string, inputs: readonly (Value | undefined)[], grad: GradRule, body: () => Value[]): Value[] {
    const mark = this.tape.length;
    const outs = body();
    this.tape.length = mark;
    this.tape.push({ op, inputs: [...inputs], outputs: outs, attrs: {}, meta: {}, grad });
    return outs;
  }

  private one(
    op: string,
    inputs: readonly (Value | undefined)[],
    dtype: DType,
    shape: Shape,
    attrs: Record<string, Attr> = {},
    meta: Record<string, unknown> = {},
  ): Value {
    return this.node(op, inputs, [{ dtype, shape }], attrs, { meta })[0] as Value;
  }

  // ---- shape tensors for symbolic dims ----

  /** int64 (1,) tensor holding the run-time size of a dim. */
  dimTensor(d: Dim): Value {
    if (typeof d === 'number') return this.ints([d]);
    const key = canonDim(d) as string;
    const hit = this.symbolTensors.get(key);
    if (hit) return hit;
    let v: Value;
    const parts = key.split('*');
    if (parts.length === 1) {
      const src = this.symbolSources.get(key);
      if (!src) throw graphError('dim', `symbolic dim '${key}' is not the dim of any graph input`);
      v = this.node('Shape', [src.value], [{ dtype: 'int64', shape: [1], hint: `dim_${key}` }], {
        start: { i: src.axis },
        end: { i: src.axis + 1 },
      })[0] as Value;
    } else {
      v = parts
        .map((p) => (/^\d+$/.test(p) ? this.ints([Number(p)]) : this.dimTensor(p)))
        .reduce((a, b) => this.one('Mul', [a, b], 'int64', [1]));
    }
    this.symbolTensors.set(key, v);
    return v;
  }

  /** int64 (rank,) tensor holding a (possibly symbolic) shape; -1 entries are kept for Reshape. */
  shapeTensor(shape: Shape): Value {
    if (isConcrete(shape)) return this.ints(shape);
    const pieces: Value[] = [];
    let run: number[] = [];
    for (const d of shape) {
      if (typeof d === 'number') run.push(d);
      else {
        if (run.length) pieces.push(this.ints(run));
        run = [];
        pieces.push(this.dimTensor(d));
      }
    }
    if (run.length) pieces.push(this.ints(run));
    if (pieces.length === 1) return pieces[0] as Value;
    return this.one('Concat', pieces, 'int64', [shape.length], { axis: { i: 0 } });
  }

  // ---- elementwise ----

  private binary(op: string, a: Value, b: Value, outDtype?: DType): Value {
    if (a.dtype !== b.dtype)
      throw graphError(op, `dtype mismatch ${a.dtype} ${shapeStr(a.shape)} vs ${b.dtype} ${shapeStr(b.shape)}`);
    const shape = broadcastShapes(a.shape, b.shape);
    if (!shape) throw graphError(op, `shapes ${shapeStr(a.shape)} and ${shapeStr(b.shape)} do not broadcast`);
    return this.one(op, [a, b], outDtype ?? a.dtype, shape);
  }

  add(a: Value, b: Value): Value {
    return this.binary('Add', a, b);
  }
  sub(a: Value, b: Value): Value {
    return this.binary('Sub', a, b);
  }
  mul(a: Value, b: Value): Value {
    return this.binary('Mul', a, b);
  }
  div(a: Value, b: Value): Value {
    return this.binary('Div', a, b);
  }
  max(a: Value, b: Value): Value {
    return this.binary('Max', a, b);
  }
  min(a: Value, b: Value): Value {
    return this.binary('Min', a, b);
  }
  equal(a: Value, b: Value): Value {
    return this.binary('Equal', a, b, 'bool');
  }
  where(cond: Value, a: Value, b: Value): Value {
    const s1 = broadcastShapes(a.shape, b.shape);
    const shape = s1 && broadcastShapes(cond.shape, s1);
    if (!shape || cond.dtype !== 'bool' || a.dtype !== b.dtype) {
      throw graphError(
        'Where',
        `bad operands ${cond.dtype}${shapeStr(cond.shape)}, ${a.dtype}${shapeStr(a.shape)}, ${b.dtype}${shapeStr(b.shape)}`,
      );
    }
    return this.one('Where', [cond, a, b], a.dtype, shape);
  }

  private unary(op: string, x: Value, attrs: Record<string, Attr> = {}): Value {
    if (!isFloat(x.dtype) && op !== 'Neg' && op !== 'Identity')
      throw graphError(op, `needs a float input, got ${x.dtype}`);
    return this.one(op, [x], x.dtype, x.shape, attrs);
  }

  neg(x: Value): Value {
    return this.unary('Neg', x);
  }
  exp(x: Value): Value {
    return this.unary('Exp', x);
  }
  log(x: Value): Value {
    return this.unary('Log', x);
  }
  tanh(x: Value): Value {
    return this.unary('Tanh', x);
  }
  sigmoid(x: Value): Value {
    return this.unary('Sigmoid', x);
  }
  sqrt(x: Value): Value {
    return this.unary('Sqrt', x);
  }
  reciprocal(x: Value): Value {
    return this.unary('Reciprocal', x);
  }
  identity(x: Value): Value {
    return this.unary('Identity', x);
  }

  cast(x: Value, to: DType): Value {
    return this.one('Cast', [x], to, x.shape, { to: { i: ONNX_DTYPE[to] } });
  }

  softmax(x: Value, axis = -1): Value {
    normAxis(axis, x.shape.length);
    return this.unary('Softmax', x, { axis: { i: axis } });
  }

  logSoftmax(x: Value, axis = -1): Value {
    normAxis(axis, x.shape.length);
    return this.unary('LogSoftmax', x, { axis: { i: axis } });
  }

  // ---- linear algebra ----

  /** Batched matrix product with numpy broadcasting of the leading dims: (..., M, K) @ (..., K, N) -> (..., M, N). */
  matmul(a: Value, b: Value): Value {
    const op = 'MatMul';
    if (a.dtype !== b.dtype) throw graphError(op, `dtype mismatch ${a.dtype} vs ${b.dtype}`);
    if (a.shape.length < 2 || b.shape.length < 2) {
      throw graphError(op, `needs rank >= 2 operands, got ${shapeStr(a.shape)} and ${shapeStr(b.shape)}`);
    }
    const [m, k1] = a.shape.slice(-2) as [Dim, Dim];
    const [k2, n] = b.shape.slice(-2) as [Dim, Dim];
    if (!dimEquals(k1, k2)) throw graphError(op, `inner dims differ: ${shapeStr(a.shape)} @ ${shapeStr(b.shape)}`);
    const batch = broadcastShapes(a.shape.slice(0, -2), b.shape.slice(0, -2));
    if (!batch) throw graphError(op, `batch dims do not broadcast: ${shapeStr(a.shape)} @ ${shapeStr(b.shape)}`);
    return this.one(op, [a, b], a.dtype, [...batch, m, n]);
  }

  /** Gemm: alpha * op(A) @ op(B) + beta * C with 2-D A and B; C broadcasts to (M, N). */
  gemm(
    a: Value,
    b: Value,
    c?: Value,
    opts: { transA?: boolean; transB?: boolean; alpha?: number; beta?: number } = {},
  ): Value {
    const op = 'Gemm';
    if (a.shape.length !== 2 || b.shape.length !== 2)
      throw graphError(op, `needs 2-D A and B, got ${shapeStr(a.shape)} and ${shapeStr(b.shape)}`);
    if (a.dtype !== b.dtype || (c && c.dtype !== a.dtype)) throw graphError(op, 'dtype mismatch');
    const [m, k1] = opts.transA ? [a.shape[1] as Dim, a.shape[0] as Dim] : [a.shape[0] as Dim, a.shape[1] as Dim];
    const [k2, n] = opts.transB ? [b.shape[1] as Dim, b.shape[0] as Dim] : [b.shape[0] as Dim, b.shape[1] as Dim];
    if (!dimEquals(k1, k2)) {
      throw graphError(
        op,
        `inner dims differ: A${shapeStr(a.shape)}${opts.transA ? '^T' : ''} @ B${shapeStr(b.shape)}${opts.transB ? '^T' : ''}`,
      );
    }
    if (c) {
      const s = broadcastShapes([m, n], c.shape);
      if (!s || !shapesEqual(s, [m, n]))
        throw graphError(op, `C ${shapeStr(c.shape)} does not broadcast to (${m}, ${n})`);
    }
    const attrs: Record<string, Attr> = {};
    if (opts.transA) attrs.transA = { i: 1 };
    if (opts.transB) attrs.transB = { i: 1 };
    if (opts.alpha !== undefined && opts.alpha !== 1) attrs.alpha = { f: opts.alpha };
    if (opts.beta !== undefined && opts.beta !== 1) attrs.beta = { f: opts.beta };
    return this.one(op, c ? [a, b, c] : [a, b], a.dtype, [m, n], attrs);
  }

  // ---- shape ops ----

  /** Reshape to `shape`: numbers, symbolic dims of graph inputs, and at most one -1. */
  reshape(x: Value, shape: Shape): Value {
    const op = 'Reshape';
    const total = dimProduct(x.shape);
    const minus = shape.filter((d) => d === -1).length;
    if (minus > 1) throw graphError(op, `more than one -1 in target ${shapeStr(shape)}`);
    const known = dimProduct(shape.filter((d) => d !== -1));
    let out: Dim[];
    if (minus === 1) {
      const rest = dimDivide(total, known);
      if (rest === undefined) throw graphError(op, `cannot reshape ${shapeStr(x.shape)} to ${shapeStr(shape)}`);
      out = shape.map((d) => (d === -1 ? rest : d));
    } else {
      if (!dimEquals(total, known))
        throw graphError(
          op,
          `cannot reshape ${shapeStr(x.shape)} (${total} elements) to ${shapeStr(shape)} (${known})`,
        );
      out = [...shape];
    }
    if (shapesEqual(out, x.shape)) return x;
    return this.one(op, [x, this.shapeTensor(shape)], x.dtype, out);
  }

  /** Reshape `x` to the shape of `like` (same element count), reading symbolic dims at run time. */
  reshapeLike(x: Value, like: Value): Value {
    return this.reshape(x, like.shape);
  }

  transpose(x: Value, perm: readonly number[]): Value {
    const op = 'Transpose';
    if (perm.length !== x.shape.length || [...perm].sort().some((p, i) => p !== i)) {
      throw graphError(op, `perm [${perm.join(', ')}] is not a permutation for ${shapeStr(x.shape)}`);
    }
    if (perm.every((p, i) => p === i)) return x;
    return this.one(
      op,
      [x],
      x.dtype,
      perm.map((p) => x.shape[p] as Dim),
      { perm: { ints: perm } },
    );
  }

  /** x[..., start:end, ...] along one axis; `end` may be a symbolic dim (e.g. 'T' to cut a table to the sequence). */
  slice(x: Value, axis: number, start: number, end: Dim): Value {
    const op = 'Slice';
    const a = normAxis(axis, x.shape.length);
    const dim = x.shape[a] as Dim;
    let size: Dim;
    if (typeof end === 'number') {
      if (typeof dim === 'number' && (end > dim || start < 0 || start > end)) {
        throw graphError(op, `range ${start}:${end} out of bounds for axis ${a} of ${shapeStr(x.shape)}`);
      }
      size = end - start;
    } else {
      if (start !== 0) throw graphError(op, `symbolic end '${end}' needs start 0`);
      size = end;
    }
    const shape = x.shape.map((d, i) => (i === a ? size : d));
    return this.node(
      op,
      [x, this.ints([start]), typeof end === 'number' ? this.ints([end]) : this.dimTensor(end), this.ints([a])],
      [{ dtype: x.dtype, shape }],
      {},
      { meta: { axis: a, start, end } },
    )[0] as Value;
  }

  concat(xs: readonly Value[], axis: number): Value {
    const op = 'Concat';
    const first = xs[0];
    if (!first) throw graphError(op, 'needs at least one input');
    const a = normAxis(axis, first.shape.length);
    const sizes: Dim[] = [];
    for (const x of xs) {
      if (
        x.dtype !== first.dtype ||
        x.shape.length !== first.shape.length ||
        x.shape.some((d, i) => i !== a && !dimEquals(d, first.shape[i] as Dim))
      ) {
        throw graphError(
          op,
          `inputs do not match along axes other than ${a}: ${xs.map((v) => shapeStr(v.shape)).join(', ')}`,
        );
      }
      sizes.push(x.shape[a] as Dim);
    }
    let total: Dim;
    if (sizes.every((s) => typeof s === 'number')) total = (sizes as number[]).reduce((p, q) => p + q, 0);
    else if (sizes.every((s) => dimEquals(s, sizes[0] as Dim))) total = dimProduct([sizes.length, sizes[0] as Dim]);
    else throw graphError(op, `cannot add symbolic sizes ${sizes.join(' + ')} along axis ${a}`);
    return this.one(
      op,
      xs,
      first.dtype,
      first.shape.map((d, i) => (i === a ? total : d)),
      { axis: { i: a } },
      { axis: a, sizes },
    );
  }

  split(x: Value, axis: number, sizes: readonly number[]): Value[] {
    const op = 'Split';
    const a = normAxis(axis, x.shape.length);
    const dim = x.shape[a] as Dim;
    const sum = sizes.reduce((p, q) => p + q, 0);
    if (typeof dim === 'number' && dim !== sum)
      throw graphError(op, `sizes [${sizes.join(', ')}] do not sum to axis ${a} of ${shapeStr(x.shape)}`);
    if (typeof dim !== 'number') throw graphError(op, `cannot split symbolic axis ${a} of ${shapeStr(x.shape)}`);
    return this.node(
      op,
      [x, this.ints(sizes)],
      sizes.map((s) => ({ dtype: x.dtype, shape: x.shape.map((d, i) => (i === a ? s : d)) })),
      { axis: { i: a } },
      { meta: { axis: a, sizes } },
    );
  }

  /** Row lookup: table (V, ...) and int64 ids (...) -> (ids..., ...). */
  gather(table: Value, ids: Value): Value {
    if (ids.dtype !== 'int64' && ids.dtype !== 'int32')
      throw graphError('Gather', `ids must be int64, got ${ids.dtype}`);
    return this.one('Gather', [table, ids], table.dtype, [...ids.shape, ...table.shape.slice(1)], { axis: { i: 0 } });
  }

  gatherElements(x: Value, idx: Value, axis: number): Value {
    const a = normAxis(axis, x.shape.length);
    if (idx.shape.length !== x.shape.length)
      throw graphError('GatherElements', `rank mismatch ${shapeStr(x.shape)} vs ${shapeStr(idx.shape)}`);
    return this.one('GatherElements', [x, idx], x.dtype, idx.shape, { axis: { i: a } });
  }

  scatterElementsAdd(data: Value, idx: Value, updates: Value, axis: number): Value {
    const a = normAxis(axis, data.shape.length);
    if (!shapesEqual(idx.shape, updates.shape))
      throw graphError('ScatterElements', `indices ${shapeStr(idx.shape)} vs updates ${shapeStr(updates.shape)}`);
    return this.one('ScatterElements', [data, idx, updates], data.dtype, data.shape, {
      axis: { i: a },
      reduction: { s: 'add' },
    });
  }

  /** data (V, C...) with rows `indices[..., 0]` incremented by updates (..., C...). */
  scatterNDAdd(data: Value, indices: Value, updates: Value): Value {
    const k = indices.shape[indices.shape.length - 1];
    if (typeof k !== 'number')
      throw graphError('ScatterND', `last dim of indices must be concrete, got ${shapeStr(indices.shape)}`);
    const expected = [...indices.shape.slice(0, -1), ...data.shape.slice(k)];
    if (!shapesEqual(expected, updates.shape)) {
      throw graphError(
        'ScatterND',
        `updates ${shapeStr(updates.shape)} should be ${shapeStr(expected)} for data ${shapeStr(data.shape)}, indices ${shapeStr(indices.shape)}`,
      );
    }
    return this.one('ScatterND', [data, indices, updates], data.dtype, data.shape, { reduction: { s: 'add' } });
  }

  /** Inserts a size-1 axis (ONNX Unsqueeze: needs no run-time shape, so it works with any symbolic dims). */
  unsqueeze(x: Value, axis: number): Value {
    const a = normAxis(axis, x.shape.length + 1);
    const shape = [...x.shape];
    shape.splice(a, 0, 1);
    return this.one('Unsqueeze', [x, this.ints([a])], x.dtype, shape, {}, { axis: a });
  }

  /** Removes a size-1 axis (ONNX Squeeze). */
  squeeze(x: Value, axis: number): Value {
    const a = normAxis(axis, x.shape.length);
    if (x.shape[a] !== 1) throw graphError('Squeeze', `axis ${a} of ${shapeStr(x.shape)} is not 1`);
    return this.one(
      'Squeeze',
      [x, this.ints([a])],
      x.dtype,
      x.shape.filter((_, i) => i !== a),
      {},
      { axis: a },
    );
  }

  /**
   * Indices (K,) int64 of the entries of a 1-D tensor that are > 0; K is a new symbolic dim known only at run time.
   * `nonZeroIndices(mask)` on mask [0, 1, 0, 1] gives [1, 3].
   */
  nonZeroIndices(x: Value, symbol: string): Value {
    if (x.shape.length !== 1) throw graphError('NonZero', `needs a 1-D input, got ${shapeStr(x.shape)}`);
    if (this.symbolSources.has(symbol) || this.symbolTensors.has(symbol))
      throw graphError('NonZero', `symbol '${symbol}' is already bound`);
    const positive = this.binary('Greater', x, this.scalar(0, x.dtype as FloatDType), 'bool');
    const nz = this.one('NonZero', [positive], 'int64', [1, symbol]); // (1, K)
    const idx = this.one('Reshape', [nz, this.ints([-1])], 'int64', [symbol]); // (K,)
    this.symbolTensors.set(symbol, this.shapeOf(idx));
    return idx;
  }

  shapeOf(x: Value): Value {
    return this.one('Shape', [x], 'int64', [x.shape.length]);
  }

  /** Broadcasts x to `like`'s shape. */
  expandLike(x: Value, like: Value): Value {
    const s = broadcastShapes(x.shape, like.shape);
    if (!s || !shapesEqual(s, like.shape))
      throw graphError('Expand', `${shapeStr(x.shape)} does not broadcast to ${shapeStr(like.shape)}`);
    if (shapesEqual(x.shape, like.shape)) return x;
    return this.one('Expand', [x, this.shapeTensor(like.shape)], x.dtype, like.shape);
  }

  /** Zeros with the shape of `like`. */
  zerosLike(like: Value, dtype: DType = like.dtype): Value {
    const t: HostTensor =
      dtype === 'float32'
        ? { dtype, shape: [1], data: new Float32Array(1) }
        : { dtype, shape: [1], data: new Float64Array(1) };
    return this.node('ConstantOfShape', [this.shapeTensor(like.shape)], [{ dtype, shape: like.shape }], {
      value: { t },
    })[0] as Value;
  }

  /** Zero padding (the gradient of Slice): `pads` is int64 [begin per axis..., end per axis...]. */
  padZeros(x: Value, pads: Value, outShape: Shape): Value {
    return this.one('Pad', [x, pads], x.dtype, outShape, { mode: { s: 'constant' } });
  }

  /** int64 1-D tensor arithmetic helpers for shapes computed at run time. */
  concatInts(parts: readonly Value[]): Value {
    const n = parts.reduce((p, v) => p + (v.shape[0] as number), 0);
    return this.one('Concat', parts, 'int64', [n], { axis: { i: 0 } });
  }
  subInts(a: Value, b: Value): Value {
    return this.one('Sub', [a, b], 'int64', a.shape);
  }

  // ---- reductions ----

  private reduceShape(x: Value, axes: readonly number[], keepdims: boolean): { axes: number[]; shape: Dim[] } {
    const norm = axes.map((a) => normAxis(a, x.shape.length));
    const shape: Dim[] = [];
    x.shape.forEach((d, i) => {
      if (!norm.includes(i)) shape.push(d);
      else if (keepdims) shape.push(1);
    });
    return { axes: norm, shape };
  }

  reduceSum(x: Value, axes: readonly number[], keepdims = true): Value {
    if (axes.length === 0) return x;
    const r = this.reduceShape(x, axes, keepdims);
    return this.one(
      'ReduceSum',
      [x, this.ints(r.axes)],
      x.dtype,
      r.shape,
      { keepdims: { i: keepdims ? 1 : 0 } },
      { axes: r.axes, keepdims },
    );
  }

  reduceMean(x: Value, axes: readonly number[], keepdims = true): Value {
    const r = this.reduceShape(x, axes, keepdims);
    return this.one(
      'ReduceMean',
      [x],
      x.dtype,
      r.shape,
      { axes: { ints: r.axes }, keepdims: { i: keepdims ? 1 : 0 } },
      { axes: r.axes, keepdims },
    );
  }

  /** Sum of squares over all axes (or `axes`): a scalar by default. */
  reduceSumSquare(x: Value, axes?: readonly number[], keepdims = false): Value {
    const all = axes ?? x.shape.map((_, i) => i);
    const r = this.reduceShape(x, all, keepdims);
    return this.one(
      'ReduceSumSquare',
      [x],
      x.dtype,
      r.shape,
      { axes: { ints: r.axes }, keepdims: { i: keepdims ? 1 : 0 } },
      { axes: r.axes, keepdims },
    );
  }

  // ---- normalisation, dropout ----

  /**
   * ONNX LayerNormalization over the last axis: returns Y and the saved Mean and InvStdDev (shape (..., 1)), which
   * its gradient rule reuses instead of recomputing the statistics.
   */
  layerNorm(
    x: Value,
    scale: Value,
    bias: Value | undefined,
    epsilon: number,
  ): { y: Value; mean: Value; invStd: Value } {
    const op = 'LayerNormalization';
    const c = x.shape[x.shape.length - 1] as Dim;
    if (
      scale.shape.length !== 1 ||
      !dimEquals(scale.shape[0] as Dim, c) ||
      (bias && !shapesEqual(bias.shape, scale.shape))
    ) {
      throw graphError(
        op,
        `scale/bias must be (${c}) for input ${shapeStr(x.shape)}, got ${shapeStr(scale.shape)}${bias ? ' ' + shapeStr(bias.shape) : ''}`,
      );
    }
    const stat = [...x.shape.slice(0, -1), 1];
    // ORT returns Mean and InvStdDev as float32 even for float64 inputs (type U of the spec); the gradient rule
    // recomputes them in float64 for float64 graphs so gradient checks stay exact.
    const [y, mean, invStd] = this.node(
      op,
      bias ? [x, scale, bias] : [x, scale],
      [
        { dtype: x.dtype, shape: x.shape, hint: 'ln' },
        { dtype: 'float32', shape: stat, hint: 'ln_mean' },
        { dtype: 'float32', shape: stat, hint: 'ln_invstd' },
      ],
      { axis: { i: -1 }, epsilon: { f: epsilon } },
      { meta: { epsilon } },
    ) as [Value, Value, Value];
    return { y, mean, invStd };
  }

  /** ONNX Dropout in training mode with a fixed seed: returns the output and its boolean mask (reused by the gradient). */
  dropout(x: Value, ratio: number, seed: number): { y: Value; mask: Value } {
    if (!(ratio >= 0 && ratio < 1)) throw graphError('Dropout', `ratio must be in [0, 1), got ${ratio}`);
    const [y, mask] = this.node(
      'Dropout',
      [x, this.scalar(ratio), this.constant({ dtype: 'bool', shape: [], data: Uint8Array.of(1) }, 'train_mode')],
      [
        { dtype: x.dtype, shape: x.shape, hint: 'dropout' },
        { dtype: 'bool', shape: x.shape, hint: 'dropout_mask' },
      ],
      { seed: { i: seed } },
      { meta: { ratio } },
    ) as [Value, Value];
    return { y, mask };
  }
}

export const ONNX_DTYPE: Record<DType, number> = { float32: 1, int8: 3, int32: 6, int64: 7, bool: 9, float64: 11 };
