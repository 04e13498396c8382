// config.json of a cwescan-gpt checkpoint, Hugging Face style (GPT-2 field names where one exists). The zod schema is
// the type; every config read from disk goes through parseGptConfig(), which names each wrong field.
import { z } from 'zod';
import { CALL_FLATTENINGS } from '../python/flatten-calls.js';
import { SIGNALS_VERSION } from '../python/signals.js';
import { CheckpointError } from './checkpoint-error.js';
import { LABELS } from './labels.js';
import { TransformerConfigSchema, paramSpecs } from './transformer.js';

export const GPT_MODEL_TYPE = 'cwescan-gpt';

/** The engine's transformer hyper-parameters (transformer.ts) plus what cwescan needs to prompt and score. */
export const GptConfigSchema = TransformerConfigSchema.extend({
  model_type: z.literal(GPT_MODEL_TYPE),
  architectures: z.array(z.string()).default(['CwescanGPT']),
  /** Human name shown by the scanner, e.g. "cwescan-default". */
  name: z.string().min(1),
  eos_token_id: z.number().int().nonnegative(),
  pad_token_id: z.number().int().nonnegative(),
  /** Token id of each of the 26 labels (25 CWEs + none), used to score snippets. */
  label_token_ids: z.record(z.string(), z.number().int().nonnegative()),
  /**
   * Prompt format version, whether the model was fine-tuned with the description slot, which static signals
   * (src/python/signals.ts) its prompts carry, if any, whether code is read with plain strings in double quotes, and
   * without comments and docstrings ("strip": their lines left empty; "remove": their lines left out), and with nested
   * calls pulled apart one per line (src/python/flatten-calls.ts; "flatten-args": complex call arguments;
   * "flatten-returns": also a returned call; "flatten-chains": also the call a method is called on).
   */
  prompt: z
    .object({
      format: z.literal('cwescan-alpaca-v1'),
      with_description: z.boolean(),
      signals: z.literal(SIGNALS_VERSION).optional(),
      quotes: z.literal('double').optional(),
      comments: z.enum(['strip', 'remove']).optional(),
      calls: z.enum(CALL_FLATTENINGS).optional(),
    })
    .strict()
    .default({ format: 'cwescan-alpaca-v1', with_description: false }),
  /** 'pretrained' (language model only: the paper's untuned baseline) or 'finetuned'. */
  stage: z.enum(['pretrained', 'finetuned']),
  /**
   * Added to the "none" label logit before the softmax (threshold moving). `cwescan train calibrate` sets it on a
   * validation set so that "P(vulnerable) >= 0.5" is the decision with the best binary F1 there; 0 = uncalibrated.
   */
  none_logit_bias: z.number().finite().default(0),
})
  .strict()
  .superRefine((c, ctx) => {
    if (c.n_embd % c.n_head !== 0)
      ctx.addIssue({
        code: 'custom',
        path: ['n_head'],
        message: `n_embd ${c.n_embd} is not divisible by n_head ${c.n_head}`,
      });
    if (c.position_embedding === 'rope' && (c.n_embd / c.n_head) % 2 !== 0) {
      ctx.addIssue({ code: 'custom', path: ['n_head'], message: 'rotary embeddings need an even head size' });
    }
    for (const l of LABELS) {
      if (c.label_token_ids[l] === undefined)
        ctx.addIssue({ code: 'custom', path: ['label_token_ids', l], message: 'missing' });
    }
    for (const [k, id] of Object.entries(c.label_token_ids)) {
      if (!(LABELS as readonly string[]).includes(k))
        ctx.addIssue({ code: 'custom', path: ['label_token_ids', k], message: 'not a label' });
      if (id >= c.vocab_size)
        ctx.addIssue({ code: 'custom', path: ['label_token_ids', k], message: `id ${id} >= vocab_size` });
    }
  });

export type GptConfig = z.infer<typeof GptConfigSchema>;
export type GptConfigInput = z.input<typeof GptConfigSchema>;

/** Validates a parsed config.json. Throws CheckpointError('bad-config') listing every problem with its path. */
export function parseGptConfig(json: unknown, source = 'config.json'): GptConfig {
  const r = GptConfigSchema.safeParse(json);
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new CheckpointError('bad-config', source, `${source}: invalid cwescan-gpt config: ${problems}`);
  }
  return r.data;
}

/** Parameter count of a config (tied embeddings). */
export function parameterCount(c: GptConfig): number {
  return paramSpecs(c).reduce((n, p) => n + p.shape.reduce((a, b) => a * b, 1), 0);
}

/** The tensors a checkpoint of this config must hold, by name, with their shapes. */
export function expectedTensors(c: GptConfig): Map<string, readonly number[]> {
  return new Map(paramSpecs(c).map((p) => [p.name, p.shape]));
}
