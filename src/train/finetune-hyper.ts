// The hyper-parameters of a fine-tuning run: their schema (saved in the checkpoint's manifest, and in train_state.json
// so that --resume continues with the run's own settings), the defaults they start from, and how a fine-tuned base's
// way of reading code carries over.
import { z } from 'zod';
import { CwescanError } from '../errors.js';
import type { GptConfig } from '../model/gpt-config.js';
import { CALL_FLATTENINGS } from '../python/flatten-calls.js';
import { DEFAULT_FINETUNE } from './defaults.js';

export const FinetuneHyperSchema = z
  .object({
    epochs: z.number().int().positive(),
    batch_size: z.number().int().positive(),
    lr: z.number().positive(),
    min_lr: z.number().nonnegative(),
    /** Warmup as a share of all steps. */
    warmup_fraction: z.number().min(0).max(0.5),
    weight_decay: z.number().nonnegative(),
    max_grad_norm: z.number().positive(),
    /** Sample examples with probability inversely proportional to their label's frequency. */
    balanced: z.boolean(),
    /** Stop after this many epochs without a better validation loss (0: never stop early). */
    patience: z.number().int().nonnegative(),
    /** Put each record's `description` in the prompt (the code-plus-text experiment). */
    with_description: z.boolean(),
    /** Put the snippet's static signals (src/python/signals.ts) in the prompt. */
    signals: z.boolean().default(false),
    /** Read code with its plain single-line strings in double quotes (config prompt.quotes "double"). */
    normalize_quotes: z.boolean().default(false),
    /** Read code without comments and docstrings (config prompt.comments "strip"). */
    strip_comments: z.boolean().default(false),
    /** Read code without comments and docstrings and without the lines they were alone on (prompt.comments "remove"). */
    remove_comments: z.boolean().default(false),
    /** Read code with nested calls pulled apart, one per line (config prompt.calls; src/python/flatten-calls.ts). */
    flatten_calls: z.enum(CALL_FLATTENINGS).optional(),
    /** Dropout while fine-tuning (attention, residual and embedding dropout; inference never drops). */
    dropout: z.number().min(0).max(0.9),
    /**
     * What picks the best epoch and drives early stopping: the 26-way validation label loss, label accuracy, or the
     * binary F1 of "vulnerable" (any CWE) against "none". Loss punishes confident mistakes, so with a small
     * validation set it can rise while the decisions still improve.
     */
    select: z.enum(['loss', 'accuracy', 'f1']),
    /**
     * After each epoch, shift the "none" logit so that P(vulnerable) >= 0.5 is the decision with the best validation
     * F1 (src/train/calibrate.ts); the F1 that selects the epoch is then the calibrated one.
     */
    calibrate: z.boolean(),
    /**
     * Weight of line supervision (model/response-loss.ts): the end of every code line also predicts the label of the
     * code up to that line, using the records' weakness `lines`. 0 turns it off.
     */
    line_loss: z.number().min(0).max(10),
    /**
     * Weight of the twin-pair loss (model/response-loss.ts): each (vulnerable, fixed) twin pair in a batch adds the
     * logistic loss of the bug being less likely "none" than its fix. Twins are batched together. 0 turns it off.
     */
    pair_loss: z.number().min(0).max(10).default(0),
    /**
     * Also write a resumable checkpoint every this many steps within an epoch (one is always written at each epoch's
     * end); 0: at epoch ends only. A kill then loses at most this many steps.
     */
    checkpoint_every: z.number().int().nonnegative().default(200),
    seed: z.number().int().nonnegative(),
    name: z.string().min(1),
  })
  .strict()
  .refine((h) => !(h.strip_comments && h.remove_comments), {
    message: 'strip_comments and remove_comments exclude each other (pick one way to read comments)',
    path: ['remove_comments'],
  })
  .refine((h) => !(h.pair_loss > 0 && h.balanced), {
    message: 'pair_loss needs twins batched together, which class-balanced sampling does not do',
    path: ['pair_loss'],
  });

export type FinetuneHyper = z.infer<typeof FinetuneHyperSchema>;

/**
 * A fine-tuned base keeps reading code the way its weights learned to: its prompt settings (description slot, signals,
 * quotes, comments, calls) carry over to the new run. Options can add to them, and an explicit way of reading
 * comments or calls replaces the base's. Fine-tuning further from the default model without repeating its flags
 * would otherwise drop, say, the signals section its weights rely on.
 */
export function withBasePrompt(h: FinetuneHyper, p: GptConfig['prompt']): FinetuneHyper {
  const comments =
    h.strip_comments || h.remove_comments
      ? {}
      : { strip_comments: p.comments === 'strip', remove_comments: p.comments === 'remove' };
  const calls = h.flatten_calls ?? p.calls;
  return FinetuneHyperSchema.parse({
    ...h,
    with_description: h.with_description || p.with_description,
    signals: h.signals || p.signals !== undefined,
    normalize_quotes: h.normalize_quotes || p.quotes === 'double',
    ...comments,
    ...(calls ? { flatten_calls: calls } : {}),
  });
}

export function resolveHyper(o: Partial<FinetuneHyper> = {}): FinetuneHyper {
  const r = FinetuneHyperSchema.safeParse({ ...DEFAULT_FINETUNE, ...o });
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CwescanError('E_USAGE', `invalid fine-tuning options: ${problems}`);
  }
  return r.data;
}
