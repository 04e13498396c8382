import { parseGptConfig } from '../model/gpt-config.js';
import { LABELS } from '../model/labels.js';
import { EOS_TOKEN, PAD_TOKEN, SPECIAL_TOKENS, labelToken } from '../model/special-tokens.js';
import { CwescanError } from '../errors.js';
export { DEFAULT_MODEL, DEFAULT_VOCAB_SIZE } from './defaults.js';
/** Builds and validates config.json for a tokenizer and a shape. */
export function buildGptConfig(tok, shape, name, stage, withDescription = false) {
    const need = (t) => {
        const id = tok.tokenId(t);
        if (id === undefined || !tok.addedToken(id)?.special) {
            throw new CwescanError('E_TOKENIZER', `the tokenizer has no special token ${t}`, {
                hint: `a cwescan-gpt tokenizer needs the special tokens ${SPECIAL_TOKENS.slice(0, 3).join(', ')}, ... (one per label)`,
            });
        }
        return id;
    };
    const labels = {};
    for (const l of LABELS)
        labels[l] = need(labelToken(l));
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
//# sourceMappingURL=model-config.js.map