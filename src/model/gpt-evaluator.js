// Forward-only evaluation of a cwescan-gpt with LIVE parameters (graph inputs, not baked-in weights), so the training
// loops can measure validation loss / accuracy and label accuracy between steps without rebuilding a session.
// Two graphs: 'lm' (next-token loss and accuracy over masked positions, for pretraining) and 'labels' (the 26 label
// logits at one position per row, for fine-tuning; no LM head over every position).
import { GraphBuilder } from '../engine/graph.js';
import { crossEntropy } from '../engine/nn.js';
import { GraphSession } from '../engine/session.js';
import { int64Tensor } from '../engine/tensor.js';
import { lmHead, paramSpecs, transformerBodyRows } from './transformer.js';
export class GptEvaluator {
    session;
    paramNames;
    constructor(session, paramNames) {
        this.session = session;
        this.paramNames = paramNames;
    }
    /**
     * `labelIds` empty: the 'lm' graph. Otherwise the 'labels' graph, whose output is the logits of these token ids
     * (the 26 label tokens) at one position per row.
     */
    static async create(config, labelIds, options = {}) {
        const g = new GraphBuilder('cwescan_gpt_eval', 'float32');
        const specs = paramSpecs(config);
        const p = new Map();
        for (const s of specs)
            p.set(s.name, g.input(s.name, 'float32', s.shape));
        const ids = g.input('input_ids', 'int64', ['B', 'T']);
        const rows = transformerBodyRows(g, config, p, ids, { training: false }); // (N, C)
        const N = rows.shape[0];
        if (labelIds.length === 0) {
            const targets = g.input('targets', 'int64', ['B', 'T']);
            const mask = g.input('loss_mask', 'float32', ['B', 'T']);
            const logits = lmHead(g, p, rows); // (N, V)
            const flatTargets = g.reshape(targets, [N]); // (N,)
            const flatMask = g.reshape(mask, [N]); // (N,)
            const nll = crossEntropy(g, logits, flatTargets); // (N,)
            g.output(g.reduceSum(g.mul(nll, flatMask), [0], false), 'nll_sum');
            g.output(g.reduceSum(flatMask, [0], false), 'count');
            const argmax = raw(g, 'ArgMax', [logits], [N], { axis: { i: 1 }, keepdims: { i: 0 } });
            const hit = g.cast(g.equal(argmax, flatTargets), 'float32'); // (N,)
            g.output(g.reduceSum(g.mul(hit, flatMask), [0], false), 'correct');
        }
        else {
            const positions = g.input('positions', 'int64', ['B']);
            // Row of (b, positions[b]) in the flattened rows: b * T + positions[b].
            const bScalar = g.reshape(g.dimTensor('B'), []);
            const tScalar = g.reshape(g.dimTensor('T'), []);
            const range = raw(g, 'Range', [g.constant(int64Tensor([], [0])), bScalar, g.constant(int64Tensor([], [1]))], ['B']);
            const rowIdx = raw(g, 'Add', [raw(g, 'Mul', [range, tScalar], ['B']), positions], ['B']);
            const at = g.gather(rows, rowIdx); // (B, C)
            const table = g.gather(p.get('transformer.wte.weight'), g.constant(int64Tensor([labelIds.length], labelIds))); // (K, C)
            g.output(g.gemm(at, table, undefined, { transB: true }), 'label_logits'); // (B, K)
        }
        const session = await GraphSession.create(g, options);
        return new GptEvaluator(session, specs.map((s) => s.name));
    }
    /** 'lm' graph: masked next-token loss sum, correct count and token count. */
    async lm(params, batch) {
        const out = await this.session.run(this.feeds(params, { ...batch }));
        return {
            nllSum: Number(out.nll_sum.data[0]),
            correct: Number(out.correct.data[0]),
            count: Number(out.count.data[0]),
        };
    }
    /** 'labels' graph: (B, K) label logits, row-major, at `positions` (B,) int64. */
    async labels(params, inputIds, positions) {
        const out = await this.session.run(this.feeds(params, { input_ids: inputIds, positions }));
        return out.label_logits.data;
    }
    feeds(params, data) {
        const feeds = { ...data };
        for (const n of this.paramNames)
            feeds[n] = params.get(n);
        return feeds;
    }
    async release() {
        await this.session.release();
    }
}
/** An int64 helper node outside the autodiff tape (index arithmetic, ArgMax). */
function raw(g, op, inputs, shape, attrs = {}) {
    return g.node(op, inputs, [{ dtype: 'int64', shape }], attrs, { record: false })[0];
}
//# sourceMappingURL=gpt-evaluator.js.map