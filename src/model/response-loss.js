// The fine-tuning loss: cross-entropy over the full vocabulary, but only at the response positions (the label token
// and EOS). The LM head runs on those rows alone, not on every position as in pretraining, which removes most of the
// head's cost (8,192 x 256 multiply-adds per position, forward and backward) from each fine-tuning step.
import { crossEntropy } from '../engine/nn.js';
import { lmHead, transformerBodyRows } from './transformer.js';
/**
 * Loss builder with graph inputs:
 *   input_ids (B, T) int64, right-padded;
 *   response_rows (M,) int64: flat indices b * T + t of the positions that predict a response token;
 *   response_targets (M,) int64: the token each of those positions must predict.
 * Loss: mean over the M rows of -log p(target). Example: one sequence whose label is predicted at t = 40 and EOS at
 * t = 41 gives response_rows [40, 41] and response_targets [<label id>, <eos id>].
 */
export function responseLoss(config, options = {}) {
    return (g, p) => {
        const ids = g.input('input_ids', 'int64', ['B', 'T']);
        const rowsIdx = g.input('response_rows', 'int64', ['M']);
        const targets = g.input('response_targets', 'int64', ['M']);
        const rows = transformerBodyRows(g, config, p, ids, {
            training: true,
            ...(options.dropoutSeed === undefined ? {} : { dropoutSeed: options.dropoutSeed }),
        }); // (B*T, C)
        const picked = g.gather(rows, rowsIdx); // (M, C)
        const logits = lmHead(g, p, picked); // (M, V)
        const perToken = crossEntropy(g, logits, targets); // (M,)
        return { loss: g.reduceMean(perToken, [0], false) };
    };
}
//# sourceMappingURL=response-loss.js.map