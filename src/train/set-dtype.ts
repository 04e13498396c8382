// `cwescan train set-dtype`: stores a checkpoint's weights in another precision. float16 halves model.safetensors
// (the 4x384 shape: 42 MB -> 21 MB), so a wider model fits the package's 50 MB and loads faster; the weights still
// load and compute as float32, each rounded once to the nearest float16. That rounding changes scores slightly, so a
// converted checkpoint is a new model: its fingerprint changes, and its figures are measured again, never carried over.
import { CwescanError } from '../errors.js';
import type { StoredDType } from '../engine/safetensors.js';
import { loadCheckpoint, rewriteCheckpointConfig, writeCheckpoint, type Checkpoint } from '../model/checkpoint.js';
import { expectedTensors, parseGptConfig, type GptConfig } from '../model/gpt-config.js';

export const DTYPE_NAMES = { f32: 'F32', f16: 'F16', bf16: 'BF16' } as const satisfies Record<string, StoredDType>;
export type DtypeName = keyof typeof DTYPE_NAMES;

const TORCH_DTYPE = { F32: 'float32', F16: 'float16', BF16: 'bfloat16' } as const;
/** The largest finite float16. */
const F16_MAX = 65504;

export interface SetDtypeOptions {
  readonly model: string;
  readonly dtype: DtypeName;
  /** Write the converted checkpoint here and leave `model` as it is; absent: rewrite `model` in place. */
  readonly out?: string;
  /** A new model name for config.json. */
  readonly name?: string;
}

export interface SetDtypeResult {
  readonly from: StoredDType;
  readonly to: StoredDType;
  /** Size of model.safetensors before and after. */
  readonly bytesBefore: number;
  readonly bytesAfter: number;
  readonly dir: string;
}

/** Example: await setDtype({ model: 'runs/ft', dtype: 'f16' }) -> { from: 'F32', to: 'F16', bytesBefore: 41769016, ... } */
export async function setDtype(opts: SetDtypeOptions): Promise<SetDtypeResult> {
  const to = DTYPE_NAMES[opts.dtype];
  const ckpt = await loadCheckpoint(opts.model, { expectedTensors });
  if (!opts.out && !ckpt.manifest.training.complete) {
    // An in-place rewrite keeps only the weights: the run's optimizer and train state would be lost.
    throw new CwescanError(
      'E_USAGE',
      `${opts.model} is a run that can still be resumed; converting it in place would end that`,
      {
        hint: 'finish it with --resume first, or write a converted copy with --out <dir>',
      },
    );
  }
  if (to === 'F16') checkF16Range(ckpt);
  const config = parseGptConfig({
    ...ckpt.config,
    torch_dtype: TORCH_DTYPE[to],
    ...(opts.name ? { name: opts.name } : {}),
  } satisfies GptConfig);
  const hyperparameters = { stored_dtype: to };
  const manifest = opts.out
    ? await writeCheckpoint(opts.out, {
        config,
        tokenizer: ckpt.tokenizer,
        weights: ckpt.weights,
        dtype: to,
        manifest: {
          training_data: ckpt.manifest.training_data,
          base: ckpt.manifest.base,
          hyperparameters: { ...ckpt.manifest.hyperparameters, ...hyperparameters },
          metrics: ckpt.manifest.metrics,
          training: ckpt.manifest.training,
        },
      })
    : await rewriteCheckpointConfig(opts.model, ckpt, config, { hyperparameters, dtype: to });
  return {
    from: ckpt.storedDtype,
    to,
    bytesBefore: ckpt.manifest.files['model.safetensors']!.bytes,
    bytesAfter: manifest.files['model.safetensors']!.bytes,
    dir: opts.out ?? opts.model,
  };
}

/** float16 cannot hold a weight beyond ±65504 (it would become infinite): refuse, naming the tensor. */
function checkF16Range(ckpt: Checkpoint): void {
  for (const [name, t] of ckpt.weights) {
    for (const v of t.data) {
      if (Math.abs(v) > F16_MAX) {
        throw new CwescanError(
          'E_USAGE',
          `${ckpt.dir}: tensor '${name}' holds ${v}, beyond float16's range (±${F16_MAX})`,
          {
            hint: "store it as bf16 (float32's range in 16 bits) or keep f32",
          },
        );
      }
    }
  }
}
