import { describe, expect, it } from 'vitest';
import { GraphBuilder } from '../engine/graph.js';
import { GraphSession } from '../engine/session.js';
import { floatTensor, int64Tensor } from '../engine/tensor.js';
import { responseLoss } from './response-loss.js';
import { initParams, lmLoss, paramSpecs, parseTransformerConfig } from './transformer.js';
async function lossOf(build, params, feeds) {
    const cfg = CFG;
    const g = new GraphBuilder('loss', 'float32');
    const p = new Map();
    for (const s of paramSpecs(cfg))
        p.set(s.name, g.input(s.name, 'float32', s.shape));
    g.output(build(g, p).loss, 'loss');
    const session = await GraphSession.create(g, { threads: 1 });
    const all = { ...feeds };
    for (const [k, v] of params)
        all[k] = v;
    const out = await session.run(all);
    await session.release();
    return Number(out.loss.data[0]);
}
const CFG = parseTransformerConfig({ vocab_size: 50, n_positions: 16, n_embd: 16, n_layer: 1, n_head: 2 });
describe('responseLoss', () => {
    it('equals the masked LM loss on the same response positions', async () => {
        const params = initParams(CFG, 4);
        const B = 2;
        const T = 6;
        const ids = [3, 9, 4, 1, 7, 0, 5, 2, 8, 6, 0, 0]; // row 1 is right-padded with 0
        const targets = [9, 4, 1, 7, 2, 0, 2, 8, 6, 11, 0, 0];
        const mask = [0, 0, 0, 1, 1, 0, 0, 0, 1, 1, 0, 0]; // two response tokens per row
        const full = await lossOf(lmLoss(CFG), params, {
            input_ids: int64Tensor([B, T], ids),
            targets: int64Tensor([B, T], targets),
            loss_mask: floatTensor('float32', [B, T], mask),
        });
        const rows = mask.flatMap((m, i) => (m ? [i] : []));
        const response = await lossOf(responseLoss(CFG), params, {
            input_ids: int64Tensor([B, T], ids),
            response_rows: int64Tensor([rows.length], rows),
            response_targets: int64Tensor([rows.length], rows.map((i) => targets[i])),
        });
        expect(response).toBeCloseTo(full, 5);
        expect(full).toBeGreaterThan(1);
    });
});
//# sourceMappingURL=response-loss.test.js.map