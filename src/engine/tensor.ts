// Host tensors: typed arrays with a dtype and a shape, the currency between TypeScript, ONNX initializers and ORT.
// Float graphs run in float32 (training, inference) or float64 (gradient checks) from the same builder code.

export type FloatDType = 'float32' | 'float64';
export type DType = FloatDType | 'int64' | 'int32' | 'int8' | 'bool';

export type TensorData = Float32Array | Float64Array | BigInt64Array | Int32Array | Int8Array | Uint8Array;

export interface HostTensor {
  readonly dtype: DType;
  readonly shape: readonly number[];
  readonly data: TensorData;
}

/** Number of elements of a concrete shape: `numel([2, 3]) === 6`, `numel([]) === 1`. */
export function numel(shape: readonly number[]): number {
  let n = 1;
  for (const d of shape) n *= d;
  return n;
}

/** Allocates a zero tensor: `zeros('float32', [2, 3]).data.length === 6`. */
export function zeros(dtype: DType, shape: readonly number[]): HostTensor {
  const n = numel(shape);
  return { dtype, shape: [...shape], data: allocate(dtype, n) };
}

export function allocate(dtype: DType, n: number): TensorData {
  switch (dtype) {
    case 'float32':
      return new Float32Array(n);
    case 'float64':
      return new Float64Array(n);
    case 'int64':
      return new BigInt64Array(n);
    case 'int32':
      return new Int32Array(n);
    case 'int8':
      return new Int8Array(n);
    case 'bool':
      return new Uint8Array(n);
  }
}

/** A float tensor of the given dtype from numbers: `floatTensor('float64', [2], [1, 2])`. */
export function floatTensor(dtype: FloatDType, shape: readonly number[], values: ArrayLike<number>): HostTensor {
  if (values.length !== numel(shape)) {
    throw new RangeError(`floatTensor: ${values.length} values for shape [${shape.join(', ')}]`);
  }
  const data = dtype === 'float32' ? Float32Array.from(values) : Float64Array.from(values);
  return { dtype, shape: [...shape], data };
}

/** An int64 tensor from numbers: `int64Tensor([2], [5, 7])`. */
export function int64Tensor(shape: readonly number[], values: ArrayLike<number>): HostTensor {
  if (values.length !== numel(shape)) {
    throw new RangeError(`int64Tensor: ${values.length} values for shape [${shape.join(', ')}]`);
  }
  const data = new BigInt64Array(values.length);
  for (let i = 0; i < values.length; i++) data[i] = BigInt(values[i] as number);
  return { dtype: 'int64', shape: [...shape], data };
}

/** Converts a float tensor to another float dtype (copy): float64 parameters for gradient checks and back. */
export function castFloat(t: HostTensor, dtype: FloatDType): HostTensor {
  if (t.dtype !== 'float32' && t.dtype !== 'float64') throw new TypeError(`castFloat: ${t.dtype} is not a float`);
  const data =
    dtype === 'float32' ? Float32Array.from(t.data as Float32Array) : Float64Array.from(t.data as Float64Array);
  return { dtype, shape: [...t.shape], data };
}

/** Little-endian raw bytes of a tensor's data (a view, no copy). */
export function rawBytes(t: HostTensor): Uint8Array {
  return new Uint8Array(t.data.buffer, t.data.byteOffset, t.data.byteLength);
}
