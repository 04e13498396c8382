// Where an interrupted fine-tuning run stands (train_state.json of its checkpoint): enough, with the AdamW moments in
// optimizer.safetensors and the weights training continues from in train_weights.safetensors, for --resume to go on
// as if nothing had happened. model.safetensors meanwhile holds the best epoch's weights, the run's usable result.
import { z } from 'zod';
import { FinetuneHyperSchema } from './finetune-hyper.js';

/** The best epoch so far: its validation figures (its weights are the checkpoint's model.safetensors). */
const BestSchema = z
  .object({
    epoch: z.number().int().positive(),
    /** null: not finite (a diverged run). */
    loss: z.number().nullable(),
    acc: z.number(),
    f1: z.number(),
    bias: z.number(),
  })
  .strict();

export const FinetuneStateSchema = z
  .object({
    version: z.literal(1),
    phase: z.literal('finetune'),
    step: z.number().int().nonnegative(),
    tokens: z.number().int().nonnegative(),
    /** Training continues in this epoch (0-based), after its first `batch` batches. */
    epoch: z.number().int().nonnegative(),
    batch: z.number().int().nonnegative(),
    /** The batch-order generator's state at the start of that epoch: it deals the same batches again. */
    rng: z.number().int().nonnegative(),
    epochs_run: z.number().int().nonnegative(),
    since_best: z.number().int().nonnegative(),
    best: BestSchema.nullable(),
    last_loss: z.number().nullable(),
    time_s: z.number().nonnegative(),
    hyper: FinetuneHyperSchema,
    /** sha256 of the base's model.safetensors: a resume must start from the same base. */
    base_sha256: z.string(),
  })
  .strict();

export type FinetuneState = z.infer<typeof FinetuneStateSchema>;
export type BestEpoch = z.infer<typeof BestSchema>;
