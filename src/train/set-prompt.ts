// `cwescan train set-prompt`: changes how a fine-tuned checkpoint reads code without touching its weights (plain
// strings read in double quotes, config prompt.quotes; comments and docstrings stripped or removed,
// prompt.comments; nested calls pulled apart, prompt.calls) and rewrites the checkpoint atomically with its
// manifest. A checkpoint's fingerprint covers config.json, so scan caches built with the old prompt are not reused.
import { CwescanError } from '../errors.js';
import { loadCheckpoint, rewriteCheckpointConfig } from '../model/checkpoint.js';
import { expectedTensors, parseGptConfig, type GptConfig } from '../model/gpt-config.js';
import type { CallFlattening } from '../python/flatten-calls.js';

export interface SetPromptOptions {
  readonly model: string;
  /** "double": normalize quotes before encoding; "off": read them as written; absent: unchanged. */
  readonly quotes?: 'double' | 'off';
  /**
   * "strip": take comments and docstrings out before encoding, their lines left empty; "remove": leave those lines
   * out too; "keep": read them; absent: unchanged.
   */
  readonly comments?: 'strip' | 'remove' | 'keep';
  /** A call flattening (src/python/flatten-calls.ts); "keep": read calls as written; absent: unchanged. */
  readonly calls?: CallFlattening | 'keep';
  /** A new model name for config.json (a changed prompt is a changed model). */
  readonly name?: string;
}

/** Example: await setPrompt({ model: 'runs/ft', quotes: 'double' }) -> the new config's prompt */
export async function setPrompt(opts: SetPromptOptions): Promise<GptConfig['prompt']> {
  const ckpt = await loadCheckpoint(opts.model, { expectedTensors });
  if (ckpt.config.stage !== 'finetuned')
    throw new CwescanError('E_USAGE', `${opts.model} is a pretrained checkpoint; set the prompt of a fine-tuned one`);
  const { quotes, comments, calls, ...rest } = ckpt.config.prompt;
  const nextQuotes = opts.quotes === undefined ? quotes : opts.quotes === 'double' ? 'double' : undefined;
  const nextComments = opts.comments === undefined ? comments : opts.comments === 'keep' ? undefined : opts.comments;
  const nextCalls = opts.calls === undefined ? calls : opts.calls === 'keep' ? undefined : opts.calls;
  const prompt = {
    ...rest,
    ...(nextQuotes ? { quotes: nextQuotes } : {}),
    ...(nextComments ? { comments: nextComments } : {}),
    ...(nextCalls ? { calls: nextCalls } : {}),
  };
  const config = parseGptConfig({ ...ckpt.config, prompt, ...(opts.name ? { name: opts.name } : {}) });
  await rewriteCheckpointConfig(opts.model, ckpt, config, {
    hyperparameters: {
      normalize_quotes: nextQuotes === 'double',
      strip_comments: nextComments === 'strip',
      remove_comments: nextComments === 'remove',
      flatten_calls: nextCalls ?? null,
    },
  });
  return config.prompt;
}
