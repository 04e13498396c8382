// `cwescan train set-prompt`: changes how a fine-tuned checkpoint reads code without touching its weights (today:
// plain strings read in double quotes, config prompt.quotes) and rewrites the checkpoint atomically with its manifest.
// A checkpoint's fingerprint covers config.json, so scan caches built with the old prompt are not reused.
import { CwescanError } from '../errors.js';
import { loadCheckpoint, LOG_FILE, writeCheckpoint } from '../model/checkpoint.js';
import { expectedTensors, parseGptConfig, type GptConfig } from '../model/gpt-config.js';

export interface SetPromptOptions {
  readonly model: string;
  /** "double": normalize quotes before encoding; "off": read the code as written. */
  readonly quotes: 'double' | 'off';
  /** A new model name for config.json (a changed prompt is a changed model). */
  readonly name?: string;
}

/** Example: await setPrompt({ model: 'runs/ft', quotes: 'double' }) -> the new config's prompt */
export async function setPrompt(opts: SetPromptOptions): Promise<GptConfig['prompt']> {
  const ckpt = await loadCheckpoint(opts.model, { expectedTensors });
  if (ckpt.config.stage !== 'finetuned')
    throw new CwescanError('E_USAGE', `${opts.model} is a pretrained checkpoint; set the prompt of a fine-tuned one`);
  const { quotes: _old, ...rest } = ckpt.config.prompt;
  const prompt = opts.quotes === 'double' ? { ...rest, quotes: 'double' as const } : rest;
  const config = parseGptConfig({ ...ckpt.config, prompt, ...(opts.name ? { name: opts.name } : {}) });
  const { training_data, base, hyperparameters, metrics, training } = ckpt.manifest;
  await writeCheckpoint(opts.model, {
    config,
    tokenizer: ckpt.tokenizer,
    weights: ckpt.weights,
    carry: [LOG_FILE],
    carryOthers: true,
    manifest: {
      training_data,
      base,
      hyperparameters: { ...hyperparameters, normalize_quotes: opts.quotes === 'double' },
      metrics,
      training,
    },
  });
  return config.prompt;
}
