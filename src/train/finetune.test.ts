import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint, readManifest } from '../model/checkpoint.js';
import { loadGptScorer } from '../model/gpt-detector.js';
import { parseGptConfig } from '../model/gpt-config.js';
import { LABELS } from '../model/labels.js';
import { PromptEncoder } from '../model/prompt.js';
import { readExampleFiles } from './examples.js';
import { pretrain } from './pretrain.js';
import type { TrainEvent } from './events.js';
import { encodeExamples, epochBatches, finetune, toResponseBatch, type FinetuneOptions } from './finetune.js';
import { Rng } from './rng.js';
import { readTrainLog } from './train-log.js';

const FIXTURES = join(import.meta.dirname, '../../test/fixtures');
const BASE = join(FIXTURES, 'models/tiny-gpt-pretrained');
const TRAIN = join(FIXTURES, 'finetune/train.jsonl');
const VAL = join(FIXTURES, 'finetune/val.jsonl');

async function out(): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'cwescan-ft-')), 'ckpt');
}

/** 40 epochs at a high learning rate on the 12 training records: enough to fit them all. */
function fitTrainingSet(dir: string, hyper: Parameters<typeof finetune>[0]['hyper'] = {}) {
  return finetune({
    base: BASE,
    data: TRAIN,
    out: dir,
    threads: 1,
    hyper: { epochs: 40, batch_size: 4, lr: 5e-3, patience: 0, seed: 2, ...hyper },
  });
}

/** Fine-tunes the fixture into `dir` (validated on VAL, one thread) and aborts at the first event `stopAt` accepts. */
function runUntil(
  dir: string,
  hyper: FinetuneOptions['hyper'],
  stopAt: (e: TrainEvent) => boolean,
  more: Partial<FinetuneOptions> = {},
) {
  const ctl = new AbortController();
  const onEvent = (e: TrainEvent) => void (stopAt(e) && ctl.abort());
  return finetune({
    base: BASE,
    data: TRAIN,
    val: VAL,
    out: dir,
    threads: 1,
    hyper,
    signal: ctl.signal,
    onEvent,
    ...more,
  });
}

/** A log entry or metrics without their timings (which differ between any two runs). */
const withoutTime = (e: object) => Object.fromEntries(Object.entries(e).filter(([k]) => k !== 'time_s'));

describe('finetune', () => {
  it('reaches perfect training accuracy on a tiny labelled set and records it in the checkpoint', async () => {
    const dir = await out();
    const r = await fitTrainingSet(dir);
    expect(r.trainAcc).toBe(1);
    const c = await loadCheckpoint(dir);
    expect(c.config.stage).toBe('finetuned');
    expect(c.manifest.metrics.train_acc).toBe(1);
    expect(c.manifest.base?.weights_sha256).toBe((await loadCheckpoint(BASE)).fingerprint);
    expect(c.manifest.training_data.items).toBe(12); // the pending record is not used
    const log = await readTrainLog(dir);
    expect(log.every((e) => e.phase === 'finetune')).toBe(true);
    expect(log.at(-1)!.loss).toBeLessThan(log[0]!.loss);
  });

  it('with line supervision, labels each line end by the code up to it and still fits the training set', async () => {
    const base = await loadCheckpoint(BASE);
    const config = parseGptConfig(base.config);
    const encoder = await PromptEncoder.load(base.tokenizer, config);
    const { examples } = await readExampleFiles([TRAIN]);
    const enc = encodeExamples(encoder, examples, false);
    const sql = enc[examples.findIndex((x) => x.example.id === 'ft-sql-1')]!; // weakness on line 2 of 3
    expect(sql.lineTargets.map((t) => LABELS[t.label])).toEqual(['none', 'CWE-89', 'CWE-89']);
    expect(sql.lineTargets.map((t) => t.pos)).toEqual(sql.seq.lineEnds.map((e) => e.pos));
    const safe = enc[examples.findIndex((x) => x.example.id === 'ft-none-1')]!;
    expect(safe.lineTargets.every((t) => LABELS[t.label] === 'none')).toBe(true);
    const batch = toResponseBatch([sql, safe], config.pad_token_id, { lines: true });
    expect(batch.line_rows!.shape).toEqual([sql.lineTargets.length + safe.lineTargets.length]);
    expect(batch.line_norm!.data[0]).toBeCloseTo(1 / batch.line_rows!.shape[0]!, 6);
    // An unlabelled vulnerable record (no weakness lines) gets no line targets, and such a batch adds nothing.
    const bare = encodeExamples(encoder, [{ ...examples[0]!, example: { ...examples[0]!.example, lines: [] } }], false);
    expect(bare[0]!.lineTargets).toEqual([]);
    expect(toResponseBatch(bare, config.pad_token_id, { lines: true }).line_norm!.data[0]).toBe(1);

    const dir = await out();
    const r = await fitTrainingSet(dir, { line_loss: 0.5 });
    expect(r.trainAcc).toBe(1);
    expect((await loadCheckpoint(dir)).manifest.hyperparameters.line_loss).toBe(0.5);
  });

  it('with the twin-pair loss, batches twins together, points at their answer rows and still fits', async () => {
    const base = await loadCheckpoint(BASE);
    const config = parseGptConfig(base.config);
    const encoder = await PromptEncoder.load(base.tokenizer, config);
    // Three bug/fix pairs made from the fixture's records: sql-1/none-1, cmd-1/none-2, path-1/none-3.
    const twins: Record<string, string> = {
      'ft-sql-1': 'ft-none-1',
      'ft-none-1': 'ft-sql-1',
      'ft-cmd-1': 'ft-none-2',
      'ft-none-2': 'ft-cmd-1',
      'ft-path-1': 'ft-none-3',
      'ft-none-3': 'ft-path-1',
    };
    const { examples } = await readExampleFiles([TRAIN]);
    const paired = examples.map((x) => ({ ...x, example: { ...x.example, twin: twins[x.example.id] ?? null } }));
    const enc = encodeExamples(encoder, paired, false);
    const byId = (id: string) => enc.find((x) => x.id === id)!;

    // Each example has two response rows (label, EOS); the answer is the first: rows 0, 2 and 4 here.
    const batch = toResponseBatch([byId('ft-none-1'), byId('ft-cmd-2'), byId('ft-sql-1')], config.pad_token_id, {
      pairs: true,
    });
    expect(batch.response_rows!.shape).toEqual([6]);
    expect([...batch.pair_bug!.data].map(Number)).toEqual([4]);
    expect([...batch.pair_fix!.data].map(Number)).toEqual([0]);
    expect([...batch.pair_none!.data].map(Number)).toEqual([LABELS.indexOf('none')]);
    // A twin outside the batch gives no pair; the term then adds nothing (pair_norm 1, no rows).
    const alone = toResponseBatch([byId('ft-sql-1'), byId('ft-cmd-1')], config.pad_token_id, { pairs: true });
    expect(alone.pair_bug!.shape).toEqual([0]);

    // Every example once per epoch (here in as many batches as without pairs), twins side by side.
    const batches = epochBatches(enc, 4, false, new Rng(5), true);
    expect(batches.length).toBe(Math.ceil(enc.length / 4));
    expect(
      batches
        .flat()
        .map((x) => x.id)
        .sort(),
    ).toEqual(enc.map((x) => x.id).sort());
    const flat = batches.flatMap((b) => b.map((x) => x.id));
    for (const [a, b] of Object.entries(twins)) expect(Math.abs(flat.indexOf(a) - flat.indexOf(b))).toBeLessThan(4);

    const dir = await out();
    const data = join(await mkdtemp(join(tmpdir(), 'cwescan-ft-pairs-')), 'train.jsonl');
    await writeFile(data, paired.map((x) => JSON.stringify(x.example)).join('\n') + '\n');
    const r = await finetune({
      base: BASE,
      data,
      out: dir,
      threads: 1,
      hyper: { epochs: 40, batch_size: 4, lr: 5e-3, patience: 0, seed: 2, pair_loss: 1 },
    });
    expect(r.trainAcc).toBe(1);
    expect((await loadCheckpoint(dir)).manifest.hyperparameters.pair_loss).toBe(1);
  });

  it("selects the epoch on validation F1 and, with calibrate, stores that epoch's none-logit bias", async () => {
    const dir = await out();
    const r = await finetune({
      base: BASE,
      data: [TRAIN],
      val: VAL,
      out: dir,
      threads: 1,
      hyper: { epochs: 4, batch_size: 4, lr: 5e-3, patience: 0, seed: 3, select: 'f1', calibrate: true, dropout: 0.1 },
    });
    const c = await loadCheckpoint(dir);
    const epochs = (await readTrainLog(dir)).filter((e) => e.val_f1 !== undefined);
    expect(epochs).toHaveLength(4);
    // The kept epoch has the highest validation F1 (ties: the lowest validation loss), and its bias is in config.json.
    const f1 = (e: (typeof epochs)[number]) => e.val_f1!;
    const top = epochs.filter((e) => f1(e) === Math.max(...epochs.map(f1)));
    const kept = top.reduce((a, b) => (b.val_loss! < a.val_loss! ? b : a));
    expect(r.bestEpoch).toBe(epochs.indexOf(kept) + 1);
    expect(c.manifest.metrics.val_f1).toBe(f1(kept));
    expect(c.config.none_logit_bias).toBe(c.manifest.metrics.none_logit_bias);
    expect(c.config.dropout).toBe(0.1);
  });

  it('is deterministic with a seed, validates every epoch, and stops early keeping the best epoch', async () => {
    const opts = {
      base: BASE,
      data: TRAIN,
      val: VAL,
      threads: 1,
      hyper: { epochs: 12, batch_size: 4, lr: 5e-2, patience: 2, seed: 5, balanced: true },
    };
    const a = await out();
    const b = await out();
    const ra = await finetune({ ...opts, out: a });
    await finetune({ ...opts, out: b });
    // Compared by hash: a failing byte-for-byte diff of two weight files takes vitest minutes to print.
    expect((await loadCheckpoint(a)).fingerprint).toBe((await loadCheckpoint(b)).fingerprint);
    const losses = (await readTrainLog(a)).filter((e) => e.val_loss !== undefined).map((e) => e.val_loss!);
    expect(losses.length).toBe(ra.epochs);
    // The kept weights are those of the best epoch.
    expect(ra.valLoss).toBe(Math.min(...losses));
    expect(losses[ra.bestEpoch - 1]).toBe(ra.valLoss);
    // The stopping rule, checked against the observed curve: never 2 epochs without a new best before the end, and
    // (lr 5e-2 overfits 12 examples within a few epochs) it stopped early, exactly 2 epochs after the best.
    let best = Infinity;
    let since = 0;
    losses.forEach((l, i) => {
      if (l < best) [best, since] = [l, 0];
      else since++;
      if (i < losses.length - 1) expect(since).toBeLessThan(2);
    });
    expect(ra.epochs).toBeLessThan(12);
    expect(ra.epochs - ra.bestEpoch).toBe(2);
  });

  it('puts descriptions in the prompt with --with-description and records it in config.json', async () => {
    const dir = await out();
    await finetune({ base: BASE, data: TRAIN, out: dir, threads: 1, hyper: { epochs: 1, with_description: true } });
    const c = await loadCheckpoint(dir);
    expect(c.config.prompt).toEqual({ format: 'cwescan-alpaca-v1', with_description: true });
    const scorer = await loadGptScorer(dir, { threads: 1 });
    const code = 'import os\n\ndef ping(host):\n    os.system("ping -c 1 " + host)\n';
    const [plain, described] = await scorer.score([{ code }, { code, description: 'Pings a host.' }]);
    expect(plain).not.toEqual(described);
    expect(scorer.encoder.windows(code, 'Pings a host.')[0]!.ids.length).toBeGreaterThan(
      scorer.encoder.windows(code)[0]!.ids.length,
    );
    await scorer.release();
  });

  it('puts static signals in the prompt with --signals, records it in config.json, and the scorer follows', async () => {
    const dir = await out();
    await finetune({ base: BASE, data: TRAIN, out: dir, threads: 1, hyper: { epochs: 1, signals: true } });
    const c = await loadCheckpoint(dir);
    expect(c.config.prompt).toEqual({ format: 'cwescan-alpaca-v1', with_description: false, signals: 'sinks-v1' });
    const scorer = await loadGptScorer(dir, { threads: 1 });
    const code = 'import os\n\ndef ping(host):\n    os.system("ping -c 1 " + host)\n';
    const text = c.tokenizer.decode(scorer.encoder.windows(code)[0]!.ids);
    expect(text).toContain('### Signals:\nshell os.system(concat<-param)\n\n### Input:\nimport os\n');
    await scorer.release();
  });

  it('records --normalize-quotes and --strip-comments in config.json, and the scorer follows', async () => {
    const dir = await out();
    const hyper = { epochs: 1, normalize_quotes: true, strip_comments: true };
    await finetune({ base: BASE, data: TRAIN, out: dir, threads: 1, hyper });
    const c = await loadCheckpoint(dir);
    expect(c.config.prompt).toEqual({
      format: 'cwescan-alpaca-v1',
      with_description: false,
      quotes: 'double',
      comments: 'strip',
    });
    const scorer = await loadGptScorer(dir, { threads: 1 });
    expect(scorer.encoder.windows("os.system('ls ' + d)  # list\n")).toEqual(
      scorer.encoder.windows('os.system("ls " + d)\n'),
    );
    await scorer.release();
  });

  it('records --remove-comments, reading documented code as the same code without its docstring lines', async () => {
    await expect(
      finetune({ base: BASE, data: TRAIN, out: await out(), hyper: { strip_comments: true, remove_comments: true } }),
    ).rejects.toThrow(/exclude each other/);
    const dir = await out();
    await finetune({ base: BASE, data: TRAIN, out: dir, threads: 1, hyper: { epochs: 1, remove_comments: true } });
    expect((await loadCheckpoint(dir)).config.prompt.comments).toBe('remove');
    const scorer = await loadGptScorer(dir, { threads: 1 });
    const [doc] = scorer.encoder.windows('def f(d):\n    """List d."""\n    os.system("ls " + d)\n');
    const [plain] = scorer.encoder.windows('def f(d):\n    os.system("ls " + d)\n');
    expect(doc!.ids).toEqual(plain!.ids);
    expect(doc!.lineEnds.map((e) => e.line)).toEqual([1, 3]);
    await scorer.release();
  });

  it('records --flatten-calls, reading nested calls as the same code with each call on its own line', async () => {
    const dir = await out();
    await finetune({
      base: BASE,
      data: TRAIN,
      out: dir,
      threads: 1,
      hyper: { epochs: 1, flatten_calls: 'flatten-args' },
    });
    const ckpt = await loadCheckpoint(dir);
    expect(ckpt.config.prompt.calls).toBe('flatten-args');
    expect(ckpt.manifest.hyperparameters.flatten_calls).toBe('flatten-args');
    const scorer = await loadGptScorer(dir, { threads: 1 });
    const [nested] = scorer.encoder.windows('def f(d):\n    os.system("ls " + d)\n');
    const [flat] = scorer.encoder.windows('def f(d):\n    value = "ls " + d\n    os.system(value)\n');
    expect(nested!.ids).toEqual(flat!.ids);
    expect(nested!.lineEnds.map((e) => e.line)).toEqual([1, 2, 2]);
    await scorer.release();
  });

  it("carries a fine-tuned base's way of reading code over to the new run; options add to it", async () => {
    const first = await out();
    await finetune({
      base: BASE,
      data: TRAIN,
      out: first,
      threads: 1,
      hyper: { epochs: 1, signals: true, normalize_quotes: true, remove_comments: true },
    });
    const second = await out();
    await finetune({
      base: first,
      data: TRAIN,
      out: second,
      threads: 1,
      hyper: { epochs: 1, flatten_calls: 'flatten-args' },
    });
    const ckpt = await loadCheckpoint(second);
    expect(ckpt.config.prompt).toMatchObject({ quotes: 'double', comments: 'remove', calls: 'flatten-args' });
    expect(ckpt.config.prompt.signals).toBeDefined();
    expect(ckpt.manifest.hyperparameters).toMatchObject({
      signals: true,
      normalize_quotes: true,
      remove_comments: true,
    });
    // An explicit way of reading comments replaces the base's.
    const third = await out();
    await finetune({ base: first, data: TRAIN, out: third, threads: 1, hyper: { epochs: 1, strip_comments: true } });
    expect((await loadCheckpoint(third)).config.prompt.comments).toBe('strip');
  });

  it('stops on Ctrl-C at once with a resumable checkpoint of the best epoch so far, which resumes exactly', async () => {
    const hyper = { epochs: 5, batch_size: 4 };
    const dir = await out();
    const r = await runUntil(dir, hyper, (e) => e.type === 'step' && e.step === 4);
    // Epoch 2 was cut short after its first batch: not validated, and no pass over the training set on the way out.
    expect(r).toMatchObject({ steps: 4, epochs: 1, bestEpoch: 1, complete: false, trainAcc: null });
    const c = await loadCheckpoint(dir);
    expect(c.manifest.training).toEqual({ step: 4, complete: false });
    expect(Object.keys(c.manifest.files)).toEqual(
      expect.arrayContaining(['train_state.json', 'optimizer.safetensors', 'train_weights.safetensors']),
    );
    expect((await readTrainLog(dir)).map((e) => e.step)).toEqual([3]); // one line per finished epoch
    // The model is epoch 1's weights, not the step-4 weights training continues from.
    expect(c.manifest.files['model.safetensors']!.sha256).not.toBe(
      c.manifest.files['train_weights.safetensors']!.sha256,
    );

    const whole = await out();
    await finetune({ base: BASE, data: TRAIN, val: VAL, out: whole, threads: 1, hyper });
    await finetune({ base: BASE, data: TRAIN, val: VAL, out: dir, threads: 1, resume: true });
    expect((await loadCheckpoint(dir)).fingerprint).toBe((await loadCheckpoint(whole)).fingerprint);
  });

  it('resumes a run stopped during the validation that stops it early without training further', async () => {
    const hyper = { epochs: 12, batch_size: 4, lr: 5e-2, patience: 2, seed: 5, balanced: true };
    const a = await out();
    const ra = await finetune({ base: BASE, data: TRAIN, val: VAL, out: a, threads: 1, hyper });
    expect(ra.epochs).toBeLessThan(12); // it does stop early (the test below needs it)

    const b = await out();
    const r1 = await runUntil(b, hyper, (e) => e.type === 'eval' && e.step === ra.steps);
    expect(r1).toMatchObject({ complete: false, steps: ra.steps });
    const r2 = await finetune({ base: BASE, data: TRAIN, val: VAL, out: b, threads: 1, resume: true });
    expect(r2).toMatchObject({ complete: true, steps: ra.steps, epochs: ra.epochs, bestEpoch: ra.bestEpoch });
    expect((await loadCheckpoint(b)).fingerprint).toBe((await loadCheckpoint(a)).fingerprint);
    expect((await readTrainLog(b)).map(withoutTime)).toEqual((await readTrainLog(a)).map(withoutTime));
  });

  it('resumes a killed run exactly: the same weights, log and figures as a run never interrupted', async () => {
    const hyper = { epochs: 3, batch_size: 4, lr: 5e-3, patience: 0, seed: 2, checkpoint_every: 2 };
    const a = await out();
    await finetune({ base: BASE, data: TRAIN, val: VAL, out: a, threads: 1, hyper });
    // Writing checkpoints within epochs reads the weights and changes nothing of the training.
    const c = await out();
    await finetune({ base: BASE, data: TRAIN, val: VAL, out: c, threads: 1, hyper: { ...hyper, checkpoint_every: 0 } });
    expect((await loadCheckpoint(c)).fingerprint).toBe((await loadCheckpoint(a)).fingerprint);

    // Killed after step 5 (epoch 2, second batch) with no checkpoint on the way out: the last one is step 4.
    const b = await out();
    const r1 = await runUntil(b, hyper, (e) => e.type === 'step' && e.step === 5, { onAbort: 'discard' });
    expect(r1.complete).toBe(false);
    expect((await readManifest(b)).training).toEqual({ step: 4, complete: false });

    const events: string[] = [];
    const r2 = await finetune({
      base: BASE,
      data: TRAIN,
      val: VAL,
      out: b,
      threads: 1,
      resume: true,
      hyper: { epochs: 99, lr: 1 }, // ignored: a resume keeps the run's own settings, and says so
      explicit: { epochs: 99, seed: 2 },
      onEvent: (e) => e.type === 'info' && events.push(e.message),
    });
    expect(events).toContain("resuming at step 4 of 9 (epoch 2) with the run's saved settings");
    expect(events).toContain("ignored on resume (the run keeps its own settings): epochs 99 (the run's: 3)");
    expect(r2).toMatchObject({ complete: true, steps: 9, epochs: 3 });
    // Compared by hash: a failing byte-for-byte diff of two weight files takes vitest minutes to print.
    expect((await loadCheckpoint(b)).fingerprint).toBe((await loadCheckpoint(a)).fingerprint);
    expect((await readTrainLog(b)).map(withoutTime)).toEqual((await readTrainLog(a)).map(withoutTime));
    const [ma, mb] = [await readManifest(a), await readManifest(b)];
    expect(withoutTime(mb.metrics)).toEqual(withoutTime(ma.metrics));
    expect(Object.keys(mb.files).sort()).toEqual(Object.keys(ma.files).sort()); // no resume state left behind
    expect(mb.training).toEqual({ step: 9, complete: true });
  });

  it('refuses to resume with other data, another base, a finished run or a pretraining run', async () => {
    const dir = await out();
    await runUntil(dir, { epochs: 2, batch_size: 4 }, (e) => e.type === 'step' && e.step === 2, { val: undefined });
    await expect(finetune({ base: BASE, data: VAL, out: dir, resume: true })).rejects.toThrow(
      /the training or validation data changed since the run in .* began/,
    );
    const other = await out();
    await fitTrainingSet(other, { epochs: 1 });
    await expect(finetune({ base: other, data: TRAIN, out: dir, resume: true })).rejects.toThrow(
      /is not the base the run in .* started from/,
    );
    await expect(finetune({ base: BASE, data: TRAIN, out: other, resume: true })).rejects.toThrow(
      /is complete \(step 3\); nothing to resume/,
    );
    await expect(finetune({ base: BASE, data: TRAIN, out: dir })).rejects.toThrow(/already holds a checkpoint/);
    await expect(finetune({ base: BASE, data: TRAIN, out: await out(), resume: true })).rejects.toThrow(
      /nothing to resume: .* holds no training run/,
    );

    const pre = await out();
    const stop = new AbortController();
    await pretrain({
      corpus: [join(FIXTURES, 'corpus')],
      out: pre,
      threads: 1,
      hyper: { model: { n_layer: 1, n_embd: 32, n_head: 2, n_positions: 64 }, vocab_size: 400, steps: 50 },
      signal: stop.signal,
      onEvent: (e) => e.type === 'step' && stop.abort(),
    });
    await expect(finetune({ base: BASE, data: TRAIN, out: pre, resume: true })).rejects.toThrow(
      /train_state.json is not a valid fine-tuning state/,
    );
  });

  it('names the file, line and field of a bad record', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cwescan-ft-'));
    const bad = join(dir, 'bad.jsonl');
    const good = (await readFile(TRAIN, 'utf8')).split('\n')[0]!;
    await writeFile(bad, `${good}\n{"id": "x"}\n`);
    await expect(finetune({ base: BASE, data: bad, out: join(dir, 'o') })).rejects.toThrow(
      /bad.jsonl:2: invalid example: .*code/,
    );
  });
});
