// Engine benchmark (a script, not a test): training throughput (forward + backward + AdamW in one ORT call),
// 1x256 forward latency, achieved GFLOP/s against a plain ORT MatMul measured in the same run, and peak RSS.
// Usage: npx tsx bench/engine.ts [--threads N] [--steps N] [--batch N] [--ctx N] [--opt-level basic|extended|all]
// [--no-fused] (plain ops instead of ORT's fused Attention/FastGelu in the forward graph) [--no-arena] (ORT memory
// arena off: less memory, more CPU) [--no-spin] (idle ORT threads sleep instead of spinning). Last line: one JSON
// object.
import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { GraphBuilder } from '../src/engine/graph.js';
import { GraphSession } from '../src/engine/session.js';
import { floatTensor, int64Tensor } from '../src/engine/tensor.js';
import { createTransformerTrainer, initParams, parseTransformerConfig, TransformerInference, } from '../src/model/transformer.js';
const { values: args } = parseArgs({
    options: {
        threads: { type: 'string', default: String(availableParallelism()) },
        steps: { type: 'string', default: '10' },
        batch: { type: 'string', default: '8' },
        ctx: { type: 'string', default: '256' },
        'forward-runs': { type: 'string', default: '30' },
        'opt-level': { type: 'string', default: 'all' },
        'no-fused': { type: 'boolean', default: false },
        'no-arena': { type: 'boolean', default: false },
        'no-spin': { type: 'boolean', default: false },
    },
});
const threads = Number(args.threads);
const optimizationLevel = args['opt-level'];
const steps = Number(args.steps);
const B = Number(args.batch);
const T = Number(args.ctx);
const cfg = parseTransformerConfig({ vocab_size: 8192, n_positions: 256, n_embd: 256, n_layer: 4, n_head: 4 });
const C = cfg.n_embd;
const L = cfg.n_layer;
/** Process CPU time (all threads) in ms: on a shared machine, with --threads 1, a load-resistant measure of work. */
function cpuMs() {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1000;
}
function median(xs) {
    const s = [...xs].sort((a, b) => a - b);
    return s[Math.floor(s.length / 2)];
}
/** Matmul FLOPs per token, training (fwd 2x + bwd 4x) over all weight matrices incl. the tied head, plus attention. */
function trainFlopsPerToken() {
    const matParams = L * 12 * C * C + cfg.vocab_size * C;
    const attention = L * 2 * 2 * T * C; // q k^T and p v, per token, forward
    return 6 * matParams + 3 * attention;
}
/** `lossTokens`: how many positions at the end of each row count in the loss (all: pretraining; few: fine-tuning). */
function randomBatch(seed, lossTokens = T) {
    let s = seed;
    const next = () => (s = (s * 1103515245 + 12345) % 2147483648);
    const ids = Array.from({ length: B * T }, () => next() % cfg.vocab_size);
    const targets = Array.from({ length: B * T }, () => next() % cfg.vocab_size);
    return {
        input_ids: int64Tensor([B, T], ids),
        targets: int64Tensor([B, T], targets),
        loss_mask: floatTensor('float32', [B, T], Array.from({ length: B * T }, (_, i) => (i % T >= T - lossTokens ? 1 : 0))),
    };
}
async function benchMatmul() {
    const n = 1024;
    const g = new GraphBuilder('matmul', 'float32');
    const a = g.input('a', 'float32', [n, n]);
    const b = g.input('b', 'float32', [n, n]);
    g.output(g.matmul(a, b), 'c');
    const s = await GraphSession.create(g, { threads });
    const data = new Float32Array(n * n).map((_, i) => ((i * 7) % 13) / 13);
    const feeds = { a: floatTensor('float32', [n, n], data), b: floatTensor('float32', [n, n], data) };
    await s.run(feeds);
    const times = [];
    for (let i = 0; i < 10; i++) {
        const t0 = performance.now();
        await s.run(feeds);
        times.push(performance.now() - t0);
    }
    await s.release();
    return (2 * n * n * n) / (median(times) / 1000) / 1e9;
}
/** GFLOP/s of Gemms with the model's own shapes (constant weight), by wall time and by process CPU time. */
async function benchGemmShapes() {
    const res = {};
    for (const [m, k, n] of [
        [256, 256, 1024],
        [256, 1024, 256],
        [2048, 256, 8192],
    ]) {
        const g = new GraphBuilder('gemm', 'float32');
        const a = g.input('a', 'float32', [m, k]);
        const w = g.initializer('w', floatTensor('float32', [k, n], new Float32Array(k * n).fill(0.01)));
        g.output(g.gemm(a, w), 'c');
        const s = await GraphSession.create(g, { threads });
        const feeds = { a: floatTensor('float32', [m, k], new Float32Array(m * k).fill(0.5)) };
        await s.run(feeds);
        const wall = [];
        const cpu = [];
        for (let i = 0; i < 8; i++) {
            const t0 = performance.now();
            const c0 = cpuMs();
            await s.run(feeds);
            cpu.push(cpuMs() - c0);
            wall.push(performance.now() - t0);
        }
        await s.release();
        const flop = 2 * m * k * n;
        res[`${m}x${k}x${n}`] = {
            wall: Math.round(flop / median(wall) / 1e6),
            cpu: Math.round(flop / median(cpu) / 1e6),
        };
    }
    return res;
}
const params = initParams(cfg, 1);
const tBuild = performance.now();
const memoryArena = !args['no-arena'];
const spinning = !args['no-spin'];
const trainer = await createTransformerTrainer(cfg, params, {
    threads,
    batch: B,
    seqLen: T,
    optimizationLevel,
    memoryArena,
    spinning,
});
console.error(`training session built in ${(performance.now() - tBuild).toFixed(0)} ms (threads ${threads})`);
const batches = [randomBatch(1), randomBatch(2)];
for (let i = 0; i < 2; i++)
    await trainer.step(batches[i % 2], 1e-4); // warm-up
const stepTimes = [];
const stepCpu = [];
for (let i = 0; i < steps; i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    const r = await trainer.step(batches[i % 2], 1e-4);
    stepCpu.push(cpuMs() - c0);
    stepTimes.push(performance.now() - t0);
    console.error(`step ${i}: ${stepTimes[i].toFixed(1)} ms, loss ${r.loss.toFixed(4)}`);
}
// Fine-tuning shape: the loss covers only the last 8 tokens of each row (a response after a prompt); the graph
// computes LM-head logits only for those rows.
const ftBatches = [randomBatch(3, 8), randomBatch(4, 8)];
const ftTimes = [];
const ftCpu = [];
for (let i = 0; i < Math.max(3, Math.ceil(steps / 2)) + 1; i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    await trainer.step(ftBatches[i % 2], 1e-4);
    if (i === 0)
        continue; // warm-up: first run of these shapes
    ftCpu.push(cpuMs() - c0);
    ftTimes.push(performance.now() - t0);
}
const stepMs = median(stepTimes);
const trainTokensPerS = (B * T) / (stepMs / 1000);
const achievedGflops = (trainFlopsPerToken() * trainTokensPerS) / 1e9;
const inference = await TransformerInference.create(cfg, trainer.parameters(), {
    hidden: true,
    threads,
    optimizationLevel,
    spinning,
    fused: !args['no-fused'],
});
await trainer.release();
const ids = int64Tensor([1, 256], Array.from({ length: 256 }, (_, i) => (i * 31) % cfg.vocab_size));
for (let i = 0; i < 3; i++)
    await inference.run(ids);
const fwdTimes = [];
const fwdCpu = [];
for (let i = 0; i < Number(args['forward-runs']); i++) {
    const t0 = performance.now();
    const c0 = cpuMs();
    await inference.run(ids);
    fwdCpu.push(cpuMs() - c0);
    fwdTimes.push(performance.now() - t0);
}
await inference.release();
const forwardMs = median(fwdTimes);
const matmulGflops = await benchMatmul();
const gemmShapes = await benchGemmShapes();
console.error(`train: median step ${stepMs.toFixed(1)} ms (min ${Math.min(...stepTimes).toFixed(1)}) for ${B}x${T} tokens; ` +
    `forward 1x256: median ${forwardMs.toFixed(2)} ms (min ${Math.min(...fwdTimes).toFixed(2)})`);
console.log(JSON.stringify({
    train_tokens_per_s: Math.round(trainTokensPerS),
    forward_ms_1x256: Number(forwardMs.toFixed(2)),
    achieved_gflops: Number(achievedGflops.toFixed(1)),
    matmul_gflops: Number(matmulGflops.toFixed(1)),
    peak_rss_mb: Math.round(process.resourceUsage().maxRSS / 1024),
    threads,
    step_ms_median: Number(stepMs.toFixed(1)),
    step_cpu_ms_median: Math.round(median(stepCpu)),
    finetune_tokens_per_s: Math.round((B * T) / (median(ftTimes) / 1000)),
    finetune_step_cpu_ms_median: Math.round(median(ftCpu)),
    forward_cpu_ms_median: Number(median(fwdCpu).toFixed(2)),
    // With --threads 1, training GFLOP per CPU-second, comparable to gemm_gflops_by_shape[...].cpu.
    train_cpu_gflops: Number(((trainFlopsPerToken() * B * T) / median(stepCpu) / 1e6).toFixed(1)),
    gemm_gflops_by_shape: gemmShapes,
    opt_level: optimizationLevel,
    memory_arena: memoryArena,
    spinning,
    fused_inference: !args['no-fused'],
    config: { vocab_size: cfg.vocab_size, n_layer: L, n_embd: C, n_head: cfg.n_head, context: T, batch: B },
}));
//# sourceMappingURL=engine.js.map