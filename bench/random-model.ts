// What the model benchmarks share: language-modelling batches cut from a token stream, and a checkpoint of random
// weights (timing does not depend on the weights' values, so no training is needed to measure a shape).
import { floatTensor } from '../src/engine/tensor.js';
import type { HostTensor } from '../src/engine/tensor.js';
import type { StoredDType } from '../src/engine/safetensors.js';
import { writeCheckpoint } from '../src/model/checkpoint.js';
import type { GptConfig } from '../src/model/gpt-config.js';
import { DEFAULT_MODEL, buildGptConfig } from '../src/train/model-config.js';
import type { Tokenizer } from '../src/tokenizer/tokenizer.js';

/** Batch k of B sequences of T tokens (next-token targets, every position counted), wrapping around the stream. */
export function lmBatch(stream: ArrayLike<number>, B: number, T: number, k: number) {
  const ids = new BigInt64Array(B * T);
  const tg = new BigInt64Array(B * T);
  for (let i = 0; i < B * T; i++) {
    ids[i] = BigInt(stream[(k * B * T + i) % (stream.length - 1)]!);
    tg[i] = BigInt(stream[(k * B * T + i + 1) % (stream.length - 1)]!);
  }
  return {
    input_ids: { dtype: 'int64' as const, shape: [B, T], data: ids },
    targets: { dtype: 'int64' as const, shape: [B, T], data: tg },
    loss_mask: floatTensor('float32', [B, T], new Float32Array(B * T).fill(1)),
  };
}

/** Writes `params` (random, from initParams) as a checkpoint a scorer or finetune() can load, stored in `dtype`. */
export async function writeRandomCheckpoint(
  dir: string,
  config: GptConfig,
  tokenizer: Tokenizer,
  params: Map<string, HostTensor>,
  dtype: StoredDType = 'F32',
): Promise<number> {
  const manifest = await writeCheckpoint(dir, {
    config,
    tokenizer,
    weights: params,
    dtype,
    manifest: {
      training_data: { sha256: '0'.repeat(64), description: 'benchmark: random initialisation', items: 0 },
      base: null,
      hyperparameters: {},
      metrics: {},
      training: { step: 0, complete: true },
    },
  });
  return manifest.files['model.safetensors']!.bytes;
}

/** A fine-tuned config of shape "LxE" (L layers, width E, one head per 64 dimensions), the rest the default model's. */
export function shapeConfig(tokenizer: Tokenizer, shape: string): GptConfig {
  const [layers, embd] = shape.split('x').map(Number) as [number, number];
  return buildGptConfig(
    tokenizer,
    { ...DEFAULT_MODEL, n_layer: layers, n_embd: embd, n_head: embd / 64 },
    shape,
    'finetuned',
  );
}

/** The median of some timings. */
export const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
