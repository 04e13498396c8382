// int8 weight quantization for inference. Each linear weight (in, out) becomes int8 codes with one float32 scale per
// output column (symmetric, zero point 0); ORT's DynamicQuantizeMatMul (com.microsoft) quantizes the activations
// per call to uint8 and runs an integer GEMM: about twice the float32 speed here (BENCHMARKS.md, bench:train).
//
// Codes span [-63, 63] (7 bits), as ORT's own quantizer does with reduce_range: CPUs without VNNI add pairs of
// u8 x s8 products in int16, and 2 x 255 x 63 < 32767 cannot saturate: the integer products are exact whatever the
// instruction set. Measured on the 200 validation and test examples with the default model, 7-bit and 8-bit codes
// move P(vulnerable) by at most 0.007 and 0.008 from float32.
import type { GraphBuilder, Value } from '../engine/graph.js';
import type { HostTensor } from '../engine/tensor.js';

/** Largest code magnitude (7 bits). */
const QMAX = 63;

export interface Int8Weight {
  /** int8 codes, same (in, out) shape as the float weight. */
  readonly codes: HostTensor;
  /** float32 (out,): weight[i, j] ~= codes[i, j] * scale[j]. */
  readonly scale: HostTensor;
}

/** Per-output-column symmetric int8 quantization of a float (in, out) weight. */
export function quantizeInt8(w: HostTensor): Int8Weight {
  if (w.shape.length !== 2) throw new RangeError(`quantizeInt8: expected a 2-D weight, got [${w.shape.join(', ')}]`);
  const [rows, cols] = w.shape as [number, number];
  const data = w.data as Float32Array | Float64Array;
  const scale = new Float32Array(cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) scale[j] = Math.max(scale[j]!, Math.abs(data[i * cols + j]!));
  }
  // An all-zero column keeps scale 1 so that dequantization never divides by zero.
  for (let j = 0; j < cols; j++) scale[j] = scale[j]! > 0 ? Math.fround(scale[j]! / QMAX) : 1;
  const codes = new Int8Array(rows * cols);
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      codes[i * cols + j] = Math.max(-QMAX, Math.min(QMAX, Math.round(data[i * cols + j]! / scale[j]!)));
    }
  }
  return {
    codes: { dtype: 'int8', shape: [rows, cols], data: codes },
    scale: { dtype: 'float32', shape: [cols], data: scale },
  };
}

/** The graph values of one quantized weight. */
export interface Int8WeightValues {
  readonly codes: Value;
  readonly scale: Value;
  readonly zeroPoint: Value;
}

/** Adds a quantized weight to the graph as initializers named after the float weight. */
export function int8Initializers(g: GraphBuilder, name: string, w: Int8Weight): Int8WeightValues {
  const cols = w.scale.shape[0]!;
  return {
    codes: g.initializer(`${name}.int8`, w.codes),
    scale: g.initializer(`${name}.scale`, w.scale),
    zeroPoint: g.initializer(`${name}.zero_point`, { dtype: 'int8', shape: [cols], data: new Int8Array(cols) }),
  };
}

/** y = x W + b with W quantized: (N, in) float32 -> (N, out) float32. Inference only (not differentiable). */
export function int8Linear(g: GraphBuilder, x: Value, w: Int8WeightValues, bias?: Value): Value {
  const out = w.codes.shape[1]!;
  const [y] = g.node(
    'DynamicQuantizeMatMul',
    [x, w.codes, w.scale, w.zeroPoint, bias],
    [{ dtype: 'float32', shape: [x.shape[0]!, out] }],
    {},
    { domain: 'com.microsoft', record: false },
  );
  return y!;
}
