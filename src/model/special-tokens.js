// The special tokens of every cwescan-gpt tokenizer: end of text, padding, and ONE token per label, so scoring a
// snippet reads 26 logits at a single position (no sampling loop, no multi-token label likelihoods).
import { LABELS } from './labels.js';
export const EOS_TOKEN = '<|endoftext|>';
export const PAD_TOKEN = '<|pad|>';
/** The token of a label. Example: labelToken('CWE-89') -> '<|CWE-89|>', labelToken('none') -> '<|none|>' */
export function labelToken(label) {
    return `<|${label}|>`;
}
/** All special tokens, in the order the tokenizer trainer appends them after the merges. */
export const SPECIAL_TOKENS = [EOS_TOKEN, PAD_TOKEN, ...LABELS.map(labelToken)];
//# sourceMappingURL=special-tokens.js.map