import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint, readManifest } from '../model/checkpoint.js';
import { INSTRUCTION } from '../model/prompt.js';
import { pretrain, type PretrainOptions } from './pretrain.js';
import { readTrainLog } from './train-log.js';

const CORPUS = join(import.meta.dirname, '../../test/fixtures/corpus');
const TINY: PretrainOptions['hyper'] = {
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

async function out(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'cwescan-pre-')), 'ckpt');
}

const withoutTime = (e: object) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'time_s'));

describe('pretrain', () => {
  it('lowers the validation loss of a tiny model on a tiny corpus and logs in the documented format', async () => {
    const dir = await out();
    const r = await pretrain({ corpus: [CORPUS], out: dir, threads: 1, hyper: { ...TINY, steps: 40, eval_every: 20 } });
    expect(r.complete).toBe(true);
    const log = await readTrainLog(dir);
    const evals = log.filter((e) => e.val_loss !== undefined);
    expect(evals.map((e) => e.step)).toEqual([0, 20, 40]);
    expect(evals[2]!.val_loss!).toBeLessThan(evals[0]!.val_loss! * 0.85);
    for (const e of log) {
      expect(e.phase).toBe('pretrain');
      expect(Object.keys(e)).toEqual(expect.arrayContaining(['step', 'tokens', 'loss', 'lr', 'time_s']));
    }
    expect(evals[1]!.val_ppl).toBeCloseTo(Math.exp(evals[1]!.val_loss!), 6);
    const m = await readManifest(dir);
    expect(m.training).toEqual({ step: 40, complete: true });
    expect(m.files['optimizer.safetensors']).toBeUndefined(); // a finished run ships without optimizer state
    expect(m.metrics.val_loss).toBe(evals[2]!.val_loss);
    // The tokenizer learned the fixed prompt text: each word of the instruction is one token.
    const tok = (await loadCheckpoint(dir)).tokenizer;
    expect(tok.encode(INSTRUCTION).length).toBe(INSTRUCTION.split(/(?=[ ?,.])/).length);
    await expect(pretrain({ corpus: [CORPUS], out: dir, resume: true })).rejects.toMatchObject({
      problem: 'not-resumable',
    });
    await expect(pretrain({ corpus: [CORPUS], out: dir })).rejects.toThrow(/already holds a checkpoint/);
  });

  it("trains the tokenizer on code alone with tokenizer_prompt_repeats 0 (how the default model's was made)", async () => {
    const dir = await out();
    const hyper = { ...TINY, steps: 2, eval_every: 2, checkpoint_every: 2, tokenizer_prompt_repeats: 0 };
    await pretrain({ corpus: [CORPUS], out: dir, threads: 1, hyper });
    const tok = (await loadCheckpoint(dir)).tokenizer;
    // Without the prompt text among its training texts, the instruction's words are not tokens of their own.
    // (With them, the first test above: one token per word.)
    expect(tok.encode(INSTRUCTION).length).toBeGreaterThan(INSTRUCTION.split(/(?=[ ?,.])/).length);
    expect((await readManifest(dir)).hyperparameters).toMatchObject({ tokenizer_prompt_repeats: 0 });
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
    expect((await readTrainLog(b)).at(-1)!.step).toBe(6); // logged past the checkpoint: dropped on resume

    const r2 = await pretrain({ corpus: [CORPUS], out: b, threads: 1, resume: true });
    expect(r2).toMatchObject({ complete: true, steps: 12 });
    // Compared by hash: a failing byte-for-byte diff of two weight files takes vitest minutes to print.
    expect((await loadCheckpoint(b)).fingerprint).toBe((await loadCheckpoint(a)).fingerprint);
    expect((await readTrainLog(b)).map(withoutTime)).toEqual((await readTrainLog(a)).map(withoutTime));
    expect((await loadCheckpoint(b)).manifest.metrics.val_loss).toBe(
      (await loadCheckpoint(a)).manifest.metrics.val_loss,
    );
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
    expect(rb.valLoss!).toBeCloseTo(ra.valLoss!, 4);
    const wa = (await loadCheckpoint(a)).weights.get('transformer.wte.weight')!.data;
    const wb = (await loadCheckpoint(b)).weights.get('transformer.wte.weight')!.data;
    let maxDiff = 0;
    for (let i = 0; i < wa.length; i++) maxDiff = Math.max(maxDiff, Math.abs(wa[i]! - wb[i]!));
    expect(maxDiff).toBeLessThan(1e-4);
  });

  it('refuses a --tokenizer without the cwescan special tokens, naming the missing token', async () => {
    const gpt2 = join(CORPUS, '../tokenizers/gpt2-style.json');
    await expect(pretrain({ corpus: [CORPUS], out: await out(), tokenizer: gpt2, hyper: TINY })).rejects.toThrow(
      /the tokenizer has no special token <\|CWE-79\|>/,
    );
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
    await expect(
      pretrain({ corpus: [join(CORPUS, 'glob.py'), join(CORPUS, 'shlex.py')], out: dir, resume: true }),
    ).rejects.toThrow(/the corpus changed/);
  });

  it('continues a finished checkpoint with its weights and tokenizer, a fresh schedule, and resumes that exactly', async () => {
    const a = await out();
    const ra = await pretrain({ corpus: [CORPUS], out: a, threads: 1, hyper: TINY });
    const more = { ...TINY, steps: 20, eval_every: 10 };
    const c = await out();
    const rc = await pretrain({ corpus: [CORPUS], out: c, init: a, threads: 1, hyper: more });
    expect(rc.complete).toBe(true);
    const log = await readTrainLog(c);
    // Step 0 of the continued run measures the init's weights on the same validation files (same seed): the loss
    // the first run ended with.
    expect(log[0]!.step).toBe(0);
    expect(log[0]!.val_loss!).toBeCloseTo(ra.valLoss!, 6);
    expect(log.at(-1)!.val_loss!).toBeLessThan(log[0]!.val_loss!);
    expect(await readFile(join(c, 'tokenizer.json'))).toEqual(await readFile(join(a, 'tokenizer.json')));
    const ck = await loadCheckpoint(c);
    const ckA = await loadCheckpoint(a);
    expect(ck.config).toMatchObject({ n_layer: 1, n_embd: 32, n_head: 2, n_positions: 64, stage: 'pretrained' });
    expect(ck.manifest.base).toEqual({ path: a, weights_sha256: ckA.fingerprint });
    expect(ck.manifest.metrics.total_tokens).toBe(ra.tokens + rc.tokens);

    // Interrupted as a crash would at step 7 (last checkpoint: step 4) and resumed: the same weights.
    const d = await out();
    const ctl = new AbortController();
    await pretrain({
      corpus: [CORPUS],
      out: d,
      init: a,
      threads: 1,
      hyper: more,
      signal: ctl.signal,
      onAbort: 'discard',
      onEvent: (e) => e.type === 'step' && e.step === 7 && ctl.abort(),
    });
    await pretrain({ corpus: [CORPUS], out: d, threads: 1, resume: true });
    // Compared by hash: a failing byte-for-byte diff of two weight files takes vitest minutes to print.
    expect((await loadCheckpoint(d)).fingerprint).toBe((await loadCheckpoint(c)).fingerprint);
    expect((await loadCheckpoint(d)).manifest.metrics.total_tokens).toBe(ra.tokens + rc.tokens);
  });

  it('refuses to continue a fine-tuned checkpoint, or to take another tokenizer with --init', async () => {
    const ft = join(import.meta.dirname, '../../test/fixtures/models/tiny-gpt');
    await expect(pretrain({ corpus: [CORPUS], out: await out(), init: ft, hyper: TINY })).rejects.toThrow(
      /is a finetuned checkpoint, not a pretrained one/,
    );
    const gpt2 = join(CORPUS, '../tokenizers/gpt2-style.json');
    await expect(pretrain({ corpus: [CORPUS], out: await out(), init: ft, tokenizer: gpt2 })).rejects.toThrow(
      /--init and --tokenizer cannot be combined/,
    );
  });
});
