// `cwescan train set-dtype`: stores a checkpoint's weights in another precision. float16 halves model.safetensors
// (the 4x384 shape: 42 MB -> 21 MB), so a wider model fits under the 50 MB the default model may weigh, and loads a
// little faster. The weights still load as float32, each rounded once to the nearest float16 (and the scanner then
// quantizes its linear layers to int8 as for any model). That rounding moves scores slightly, so a converted
// checkpoint is a new model with its own fingerprint: the manifest's figures stay as the record of its training, and
// anything claimed about the converted model is measured on it again.
import { resolve } from 'node:path';
import { CwescanError } from '../errors.js';
import type { StoredDType } from '../engine/safetensors.js';
import {
  holdsCheckpoint,
  loadCheckpoint,
  rewriteCheckpointConfig,
  writeCheckpoint,
  type Checkpoint,
} from '../model/checkpoint.js';
import { expectedTensors, parseGptConfig } from '../model/gpt-config.js';

export const DTYPE_NAMES = { f32: 'F32', f16: 'F16', bf16: 'BF16' } as const satisfies Record<string, StoredDType>;
export type DtypeName = keyof typeof DTYPE_NAMES;

/** The largest finite float16. */
const F16_MAX = 65504;

export interface SetDtypeOptions {
  readonly model: string;
  readonly dtype: DtypeName;
  /** Write the converted checkpoint here and leave `model` as it is; absent (or `model` itself): rewrite in place. */
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
  /** True when nothing was written: the checkpoint was already stored so, and no new name was asked for. */
  readonly unchanged: boolean;
}

/** Example: await setDtype({ model: 'runs/ft', dtype: 'f16' }) -> { from: 'F32', to: 'F16', bytesBefore: 41769016, ... } */
export async function setDtype(opts: SetDtypeOptions): Promise<SetDtypeResult> {
  const to = DTYPE_NAMES[opts.dtype];
  const out = opts.out && resolve(opts.out) !== resolve(opts.model) ? opts.out : undefined;
  const ckpt = await loadCheckpoint(opts.model, { expectedTensors });
  const bytesBefore = ckpt.manifest.files['model.safetensors']!.bytes;
  if (!ckpt.manifest.training.complete) {
    // Its converted weights would be neither a finished model nor a run that can be resumed.
    throw new CwescanError('E_USAGE', `${opts.model} is a run that can still be resumed; convert it once it is done`, {
      hint: 'finish it with --resume first',
    });
  }
  if (out && (await holdsCheckpoint(out))) {
    throw new CwescanError('E_USAGE', `${out} already holds a checkpoint; refusing to replace it`, {
      hint: 'choose another --out directory, or remove that one yourself',
    });
  }
  if (!out && ckpt.storedDtype === to && !opts.name) {
    // Rewriting the same bytes would still change the manifest's date and nothing else: leave it, and its caches.
    return { from: to, to, bytesBefore, bytesAfter: bytesBefore, dir: opts.model, unchanged: true };
  }
  if (to === 'F16') checkF16Range(ckpt);
  const config = parseGptConfig({ ...ckpt.config, ...(opts.name ? { name: opts.name } : {}) });
  const manifest = out
    ? await writeCheckpoint(out, {
        config,
        tokenizer: ckpt.tokenizer,
        weights: ckpt.weights,
        dtype: to,
        manifest: {
          training_data: ckpt.manifest.training_data,
          base: ckpt.manifest.base,
          hyperparameters: ckpt.manifest.hyperparameters,
          metrics: ckpt.manifest.metrics,
          training: ckpt.manifest.training,
        },
      })
    : await rewriteCheckpointConfig(opts.model, ckpt, config, { dtype: to });
  const bytesAfter = manifest.files['model.safetensors']!.bytes;
  return { from: ckpt.storedDtype, to, bytesBefore, bytesAfter, dir: out ?? opts.model, unchanged: false };
}

/** float16 cannot hold a weight beyond ±65504 (it would become infinite): refuse, naming the tensor. */
function checkF16Range(ckpt: Checkpoint): void {
  for (const [name, t] of ckpt.weights) {
    for (const v of t.data) {
      if (Math.abs(v) > F16_MAX) {
        throw new CwescanError(
          'E_USAGE',
          `${ckpt.dir}: tensor '${name}' holds ${v}, beyond float16's range (±${F16_MAX})`,
          { hint: "store it as bf16 (float32's range in 16 bits) or keep f32" },
        );
      }
    }
  }
}
