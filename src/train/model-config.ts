// Model sizes and the config.json of a new cwescan-gpt: hyper-parameters as one typed object of commented defaults.
import type { Tokenizer } from '../tokenizer/tokenizer.js';
import { parseGptConfig, type GptConfig } from '../model/gpt-config.js';
import { LABELS } from '../model/labels.js';
import { EOS_TOKEN, PAD_TOKEN, SPECIAL_TOKENS, labelToken } from '../model/special-tokens.js';
import { CwescanError } from '../errors.js';

export interface ModelShape {
  /** Transformer blocks. */
  readonly n_layer: number;
  /** Width of the residual stream. */
  readonly n_embd: number;
  readonly n_head: number;
  /** Context length in tokens. */
  readonly n_positions: number;
  /** MLP hidden size; default 4 * n_embd. */
  readonly n_inner?: number;
  readonly position_embedding: 'learned' | 'rope';
  readonly dropout: number;
}

export { DEFAULT_MODEL, DEFAULT_VOCAB_SIZE } from './defaults.js';

/** Builds and validates config.json for a tokenizer and a shape. */
export function buildGptConfig(
  tok: Tokenizer,
  shape: ModelShape,
  name: string,
  stage: GptConfig['stage'],
  withDescription = false,
): GptConfig {
  const need = (t: string): number => {
    const id = tok.tokenId(t);
    if (id === undefined || !tok.addedToken(id)?.special) {
      throw new CwescanError('E_TOKENIZER', `the tokenizer has no special token ${t}`, {
        hint: `a cwescan-gpt tokenizer needs the special tokens ${SPECIAL_TOKENS.slice(0, 3).join(', ')}, ... (one per label)`,
      });
    }
    return id;
  };
  const labels: Record<string, number> = {};
  for (const l of LABELS) labels[l] = need(labelToken(l));
  return parseGptConfig({
    model_type: 'cwescan-gpt',
    architectures: ['CwescanGPT'],
    name,
    vocab_size: tok.vocabSize,
    ...shape,
    eos_token_id: need(EOS_TOKEN),
    pad_token_id: need(PAD_TOKEN),
    label_token_ids: labels,
    prompt: { format: 'cwescan-alpaca-v1', with_description: withDescription },
    stage,
  });
}
