// What an interrupted training run leaves for --resume, read back: the checkpoint, its train_state.json (the run's
// own schema: pretraining and fine-tuning save different things) and the AdamW moments of optimizer.safetensors,
// each hash-checked against the manifest. Pretraining and fine-tuning share it.
import { join, resolve } from 'node:path';
import type { z } from 'zod';
import { decodeSafetensors } from '../engine/safetensors.js';
import type { HostTensor } from '../engine/tensor.js';
import { CwescanError } from '../errors.js';
import { CheckpointError } from '../model/checkpoint-error.js';
import {
  holdsCheckpoint,
  loadCheckpoint,
  readCheckpointFile,
  recoverInterruptedWrite,
  type Checkpoint,
} from '../model/checkpoint.js';
import { expectedTensors } from '../model/gpt-config.js';

export interface ResumeState<S> {
  readonly ckpt: Checkpoint;
  readonly state: S;
  readonly optimizer: Map<string, HostTensor>;
}

/**
 * Loads the resumable run in `out`; `what` names the kind of run in errors ("pretraining", "fine-tuning").
 * Example: await loadResumeState('runs/ft', FinetuneStateSchema, 'fine-tuning') -> { ckpt, state, optimizer }
 */
export async function loadResumeState<S>(out: string, schema: z.ZodType<S>, what: string): Promise<ResumeState<S>> {
  await recoverInterruptedWrite(resolve(out));
  if (!(await holdsCheckpoint(out)))
    throw new CwescanError('E_USAGE', `nothing to resume: ${out} holds no training run`, {
      hint: 'drop --resume to start a run there, or name the --out of the interrupted run',
    });
  const ckpt = await loadCheckpoint(out, { expectedTensors });
  if (ckpt.manifest.training.complete) {
    throw new CheckpointError(
      'not-resumable',
      out,
      `the run in ${out} is complete (step ${ckpt.manifest.training.step}); nothing to resume`,
      { hint: 'start a new run with another --out, or fine-tune from this checkpoint' },
    );
  }
  if (!ckpt.manifest.files['train_state.json'])
    throw new CheckpointError('not-resumable', out, `the run in ${out} left no train_state.json to resume from`, {
      hint: 'it was written by a cwescan that could not resume this kind of run: remove it, or start again elsewhere',
    });
  const stateBytes = await readCheckpointFile(ckpt, 'train_state.json');
  let json: unknown;
  try {
    json = JSON.parse(stateBytes.toString('utf8'));
  } catch {
    json = undefined;
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success)
    throw new CheckpointError(
      'bad-manifest',
      join(out, 'train_state.json'),
      `${out}/train_state.json is not a valid ${what} state`,
      { hint: `was ${out} written by another kind of run? resume it with the command that started it` },
    );
  return { ckpt, state: parsed.data, optimizer: await readCheckpointTensors(ckpt, 'optimizer.safetensors') };
}

/** An extra, hash-checked safetensors file of a checkpoint (optimizer moments, the weights training continues from). */
export async function readCheckpointTensors(ckpt: Checkpoint, file: string): Promise<Map<string, HostTensor>> {
  const bytes = await readCheckpointFile(ckpt, file);
  return decodeSafetensors(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    source: join(ckpt.dir, file),
  }).tensors as Map<string, HostTensor>;
}
