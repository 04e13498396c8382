// config.json of a cwescan-gpt checkpoint, Hugging Face style (GPT-2 field names where one exists). The zod schema is
// the type; every config read from disk goes through parseGptConfig(), which names each wrong field.
import { z } from 'zod';
import { CheckpointError } from './checkpoint-error.js';
import { LABELS } from './labels.js';

export const GPT_MODEL_TYPE = 'cwescan-gpt';

export const GptConfigSchema = z
  .object({
    model_type: z.literal(GPT_MODEL_TYPE),
    architectures: z.array(z.string()).default(['CwescanGPT']),
    /** Human name shown by the scanner, e.g. "cwescan-default". */
    name: z.string().min(1),
    vocab_size: z.number().int().positive(),
    /** Context length in tokens. */
    n_positions: z.number().int().positive(),
    n_embd: z.number().int().positive(),
    n_layer: z.number().int().positive(),
    n_head: z.number().int().positive(),
    /** Hidden size of the MLP (4 * n_embd in GPT-2). */
    n_inner: z.number().int().positive(),
    /** 'rope' (rotary) or 'learned' absolute position embeddings. */
    position_embedding: z.enum(['rope', 'learned']),
    norm: z.enum(['layernorm', 'rmsnorm']).default('layernorm'),
    activation_function: z.enum(['gelu', 'silu']).default('gelu'),
    layer_norm_epsilon: z.number().positive().default(1e-5),
    tie_word_embeddings: z.literal(true).default(true),
    eos_token_id: z.number().int().nonnegative(),
    pad_token_id: z.number().int().nonnegative(),
    /** Token id of each of the 26 labels (25 CWEs + none), used to score snippets. */
    label_token_ids: z.record(z.string(), z.number().int().nonnegative()),
    /** Prompt format version and whether the model was fine-tuned with the description slot. */
    prompt: z
      .object({ format: z.literal('cwescan-alpaca-v1'), with_description: z.boolean() })
      .strict()
      .default({ format: 'cwescan-alpaca-v1', with_description: false }),
    /** 'pretrained' (language model only: the paper's untuned baseline) or 'finetuned'. */
    stage: z.enum(['pretrained', 'finetuned']),
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

/** Parameter count of a config (tied embeddings), for logs and model cards. */
export function parameterCount(c: GptConfig): number {
  const C = c.n_embd;
  const perLayer = 4 * C * C + 4 * C + 2 * C * c.n_inner + c.n_inner + C + 4 * C;
  const pos = c.position_embedding === 'learned' ? c.n_positions * C : 0;
  return c.vocab_size * C + pos + c.n_layer * perLayer + 2 * C;
}
