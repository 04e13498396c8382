import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint, readManifest } from '../model/checkpoint.js';
import { INSTRUCTION } from '../model/prompt.js';
import { pretrain } from './pretrain.js';
import { readTrainLog } from './train-log.js';
const CORPUS = join(import.meta.dirname, '../../test/fixtures/corpus');
const TINY = {
    model: { n_layer: 1, n_embd: 32, n_head: 2, n_positions: 64 },
    vocab_size: 400,
    batch_size: 4,
    steps: 12,
    warmup_steps: 2,
    lr: 5e-3,
    eval_every: 6,
    eval_sequences: 8,
    checkpoint_every: 4,
    log_every: 2,
    validation_fraction: 0.2,
    seed: 3,
};
async function out() {
    return join(await mkdtemp(join(tmpdir(), 'cwescan-pre-')), 'ckpt');
}
const withoutTime = (e) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'time_s'));
describe('pretrain', () => {
    it('lowers the validation loss of a tiny model on a tiny corpus and logs in the documented format', async () => {
        const dir = await out();
        const r = await pretrain({ corpus: [CORPUS], out: dir, threads: 1, hyper: { ...TINY, steps: 40, eval_every: 20 } });
        expect(r.complete).toBe(true);
        const log = await readTrainLog(dir);
        const evals = log.filter((e) => e.val_loss !== undefined);
        expect(evals.map((e) => e.step)).toEqual([0, 20, 40]);
        expect(evals[2].val_loss).toBeLessThan(evals[0].val_loss * 0.85);
        for (const e of log) {
            expect(e.phase).toBe('pretrain');
            expect(Object.keys(e)).toEqual(expect.arrayContaining(['step', 'tokens', 'loss', 'lr', 'time_s']));
        }
        expect(evals[1].val_ppl).toBeCloseTo(Math.exp(evals[1].val_loss), 6);
        const m = await readManifest(dir);
        expect(m.training).toEqual({ step: 40, complete: true });
        expect(m.files['optimizer.safetensors']).toBeUndefined(); // a finished run ships without optimizer state
        expect(m.metrics.val_loss).toBe(evals[2].val_loss);
        // The tokenizer learned the fixed prompt text: each word of the instruction is one token.
        const tok = (await loadCheckpoint(dir)).tokenizer;
        expect(tok.encode(INSTRUCTION).length).toBe(INSTRUCTION.split(/(?=[ ?,.])/).length);
        await expect(pretrain({ corpus: [CORPUS], out: dir, resume: true })).rejects.toMatchObject({
            problem: 'not-resumable',
        });
        await expect(pretrain({ corpus: [CORPUS], out: dir })).rejects.toThrow(/already holds a checkpoint/);
    });
    it('resumes an interrupted run exactly: same weights and log as an uninterrupted run with the same seed', async () => {
        const a = await out();
        await pretrain({ corpus: [CORPUS], out: a, threads: 1, hyper: TINY });
        // Interrupt after step 6 as a crash would (no checkpoint on the way out): the last checkpoint is step 4.
        const b = await out();
        const ctl = new AbortController();
        const r1 = await pretrain({
            corpus: [CORPUS],
            out: b,
            threads: 1,
            hyper: TINY,
            signal: ctl.signal,
            onAbort: 'discard',
            onEvent: (e) => e.type === 'step' && e.step === 6 && ctl.abort(),
        });
        expect(r1).toMatchObject({ complete: false, steps: 6 });
        expect((await readManifest(b)).training).toEqual({ step: 4, complete: false });
        expect((await readTrainLog(b)).at(-1).step).toBe(6); // logged past the checkpoint: dropped on resume
        const r2 = await pretrain({ corpus: [CORPUS], out: b, threads: 1, resume: true });
        expect(r2).toMatchObject({ complete: true, steps: 12 });
        expect(await readFile(join(b, 'model.safetensors'))).toEqual(await readFile(join(a, 'model.safetensors')));
        expect((await readTrainLog(b)).map(withoutTime)).toEqual((await readTrainLog(a)).map(withoutTime));
        expect((await loadCheckpoint(b)).manifest.metrics.val_loss).toBe((await loadCheckpoint(a)).manifest.metrics.val_loss);
    });
    it('accumulates gradients: 2 micro-batches of 2 train like one batch of 4', async () => {
        const a = await out();
        const b = await out();
        const ra = await pretrain({ corpus: [CORPUS], out: a, threads: 1, hyper: { ...TINY, steps: 6, batch_size: 4 } });
        const rb = await pretrain({
            corpus: [CORPUS],
            out: b,
            threads: 1,
            hyper: { ...TINY, steps: 6, batch_size: 2, accumulation: 2 },
        });
        expect(rb.tokens).toBe(ra.tokens);
        expect(rb.valLoss).toBeCloseTo(ra.valLoss, 4);
        const wa = (await loadCheckpoint(a)).weights.get('transformer.wte.weight').data;
        const wb = (await loadCheckpoint(b)).weights.get('transformer.wte.weight').data;
        let maxDiff = 0;
        for (let i = 0; i < wa.length; i++)
            maxDiff = Math.max(maxDiff, Math.abs(wa[i] - wb[i]));
        expect(maxDiff).toBeLessThan(1e-4);
    });
    it('refuses a --tokenizer without the cwescan special tokens, naming the missing token', async () => {
        const gpt2 = join(CORPUS, '../tokenizers/gpt2-style.json');
        await expect(pretrain({ corpus: [CORPUS], out: await out(), tokenizer: gpt2, hyper: TINY })).rejects.toThrow(/the tokenizer has no special token <\|CWE-79\|>/);
    });
    it('refuses to resume with a different corpus', async () => {
        const dir = await out();
        const ctl = new AbortController();
        await pretrain({
            corpus: [CORPUS],
            out: dir,
            threads: 1,
            hyper: TINY,
            signal: ctl.signal,
            onEvent: (e) => e.type === 'step' && ctl.abort(),
        });
        await expect(pretrain({ corpus: [join(CORPUS, 'glob.py'), join(CORPUS, 'shlex.py')], out: dir, resume: true })).rejects.toThrow(/the corpus changed/);
    });
});
//# sourceMappingURL=pretrain.test.js.map