// Pretraining loop: corpus -> tokenizer (trained on the train split unless given) -> packed sequences -> masked-LM
// steps with warmup + cosine lr, periodic validation, atomic checkpoints every N steps, exact --resume (weights,
// AdamW moments, step, data position; the data order is a pure function of seed and epoch). With `init`, a run
// continues pretraining a finished checkpoint (its weights, shape and tokenizer) with a fresh optimizer and schedule:
// how a small model gets more training tokens across sessions without starting over.
import { z } from 'zod';
import { encodeSafetensors } from '../engine/safetensors.js';
import { floatTensor } from '../engine/tensor.js';
import { CwescanError } from '../errors.js';
import { loadCheckpoint, holdsCheckpoint, writeCheckpoint, type Checkpoint } from '../model/checkpoint.js';
import { CheckpointError } from '../model/checkpoint-error.js';
import { expectedTensors, parameterCount, type GptConfig } from '../model/gpt-config.js';
import { GptEvaluator } from '../model/gpt-evaluator.js';
import { PROMPT_TEXT } from '../model/prompt.js';
import { SPECIAL_TOKENS } from '../model/special-tokens.js';
import { createTransformerTrainer, initParams } from '../model/transformer.js';
import { loadTokenizer } from '../tokenizer/hf-json.js';
import type { Tokenizer } from '../tokenizer/tokenizer.js';
import { trainBpe } from '../tokenizer/train-bpe.js';
import { collectCorpus, packTokens, sequenceCount, type Corpus } from './corpus.js';
import type { TrainEventHandler } from './events.js';
import { DEFAULT_PRETRAIN } from './defaults.js';
import { buildGptConfig, type ModelShape } from './model-config.js';
import { Rng } from './rng.js';
import { loadResumeState, type ResumeState } from './resume-state.js';
import { lrAt } from './schedule.js';
import { TrainLog, type LogEntry } from './train-log.js';

/** Hyper-parameters of a pretraining run (saved in the checkpoint; --resume reuses them). */
export const PretrainHyperSchema = z
  .object({
    model: z.object({
      n_layer: z.number().int().positive(),
      n_embd: z.number().int().positive(),
      n_head: z.number().int().positive(),
      n_positions: z.number().int().min(16),
      n_inner: z.number().int().positive().optional(),
      position_embedding: z.enum(['learned', 'rope']),
      dropout: z.number().min(0).max(0.9),
    }),
    /** Vocabulary of a tokenizer trained for this run (ignored with --tokenizer). */
    vocab_size: z
      .number()
      .int()
      .min(256 + SPECIAL_TOKENS.length),
    /** Sequences per micro-batch (one engine call). */
    batch_size: z.number().int().positive(),
    /** Micro-batches per optimizer step (gradient accumulation): K * batch_size sequences per update. */
    accumulation: z.number().int().positive().default(1),
    /** Optimizer steps in total. */
    steps: z.number().int().positive(),
    lr: z.number().positive(),
    min_lr: z.number().nonnegative(),
    warmup_steps: z.number().int().nonnegative(),
    weight_decay: z.number().nonnegative(),
    max_grad_norm: z.number().positive(),
    /** Validate every N steps (and at the end). */
    eval_every: z.number().int().positive(),
    /** Most validation sequences per evaluation. */
    eval_sequences: z.number().int().positive(),
    /** Write a checkpoint every N steps (and at the end). */
    checkpoint_every: z.number().int().positive(),
    /** Log a line every N steps. */
    log_every: z.number().int().positive(),
    seed: z.number().int().nonnegative(),
    validation_fraction: z.number().min(0).max(0.5),
    max_file_bytes: z.number().int().positive(),
    /** Most bytes of training text used to train the tokenizer. */
    tokenizer_train_bytes: z.number().int().positive(),
    /**
     * Copies of the fixed prompt text among the tokenizer's training texts (its words get their own tokens). 0 trains
     * on code alone, as the first session's code did: the tokenizer of every default model (v1 to v10) was made so.
     * Runs saved before this setting existed read as 500, what the code did until then.
     */
    tokenizer_prompt_repeats: z.number().int().nonnegative().default(500),
    name: z.string().min(1),
  })
  .strict();

export type PretrainHyper = z.infer<typeof PretrainHyperSchema>;

export { DEFAULT_PRETRAIN };

export interface PretrainOptions {
  readonly corpus: readonly string[];
  readonly out: string;
  readonly hyper?: Partial<Omit<PretrainHyper, 'model'>> & { model?: Partial<ModelShape> };
  /** Continue the interrupted run in `out` (its saved hyper-parameters win). */
  readonly resume?: boolean;
  /** Use this tokenizer.json instead of training one (it must hold the cwescan special tokens). */
  readonly tokenizer?: string;
  /**
   * Continue pretraining this checkpoint: start from its weights, shape and tokenizer (a fresh optimizer, warmup and
   * cosine schedule over `hyper.steps`). Ignored on resume: the run's own checkpoint holds the weights by then.
   */
  readonly init?: string;
  readonly threads?: number;
  readonly onEvent?: TrainEventHandler;
  /** Stops the run after the current step. */
  readonly signal?: AbortSignal;
  /** On abort: write a checkpoint first (Ctrl-C in the CLI), or stop as a crash would (tests). Default 'checkpoint'. */
  readonly onAbort?: 'checkpoint' | 'discard';
}

export interface PretrainResult {
  readonly out: string;
  readonly steps: number;
  readonly tokens: number;
  readonly complete: boolean;
  readonly valLoss: number | null;
  readonly valPpl: number | null;
}

const TrainStateSchema = z
  .object({
    version: z.literal(1),
    phase: z.literal('pretrain'),
    step: z.number().int().nonnegative(),
    tokens: z.number().int().nonnegative(),
    epoch: z.number().int().nonnegative(),
    cursor: z.number().int().nonnegative(),
    time_s: z.number().nonnegative(),
    hyper: PretrainHyperSchema,
    /** The checkpoint a continued run started from, and the tokens it had been trained on (0 for a fresh run). */
    init: z
      .object({ path: z.string(), weights_sha256: z.string(), tokens: z.number().int().nonnegative() })
      .nullable()
      .default(null),
  })
  .strict();
type TrainState = z.infer<typeof TrainStateSchema>;

/**
 * Runs (or resumes) pretraining and leaves a checkpoint in `out`.
 * Example: await pretrain({ corpus: ['/usr/lib/python3.11'], out: 'runs/pre', hyper: { steps: 2000 } })
 */
export async function pretrain(options: PretrainOptions): Promise<PretrainResult> {
  const emit = options.onEvent ?? (() => {});
  const out = options.out;
  let resumeFrom: ResumeState<TrainState> | undefined;
  if (options.resume) {
    resumeFrom = await loadResumeState(out, TrainStateSchema, 'pretraining');
  } else if (await holdsCheckpoint(out)) {
    throw new CwescanError('E_USAGE', `${out} already holds a checkpoint`, {
      hint: 'pass --resume to continue that run, or choose another --out',
    });
  }
  if (options.init && options.tokenizer)
    throw new CwescanError('E_USAGE', '--init and --tokenizer cannot be combined', {
      hint: 'a continued run keeps the tokenizer of the checkpoint it starts from',
    });
  const initFrom = !resumeFrom && options.init ? await loadInit(options.init) : undefined;
  const hyper: PretrainHyper = resumeFrom
    ? resumeFrom.state.hyper
    : resolveHyper(
        initFrom ? { ...options.hyper, model: { ...options.hyper?.model, ...initFrom.shape } } : options.hyper,
      );
  const init: TrainState['init'] = resumeFrom ? resumeFrom.state.init : (initFrom?.link ?? null);

  const corpus = await collectCorpus(options.corpus, {
    seed: hyper.seed,
    validationFraction: hyper.validation_fraction,
    maxFileBytes: hyper.max_file_bytes,
  });
  emit({
    type: 'info',
    message: `corpus: ${corpus.train.length} train and ${corpus.validation.length} validation files (${corpus.duplicates} duplicates dropped, ${corpus.skipped.length} skipped)`,
  });
  for (const s of corpus.skipped.slice(0, 20)) emit({ type: 'info', message: `skipped ${s.path}: ${s.reason}` });
  if (corpus.train.length === 0) throw new CwescanError('E_USAGE', 'the corpus has no usable .py files');
  if (resumeFrom && resumeFrom.ckpt.manifest.training_data.sha256 !== corpus.sha256) {
    throw new CheckpointError('mismatch', out, `the corpus changed since the run in ${out} began (its hash differs)`, {
      hint: 'resume with the same --corpus directories and files, or start a new run',
    });
  }

  const tok = (resumeFrom ?? initFrom)?.ckpt.tokenizer ?? (await makeTokenizer(options.tokenizer, corpus, hyper, emit));
  const config: GptConfig = resumeFrom
    ? resumeFrom.ckpt.config
    : initFrom
      ? { ...initFrom.ckpt.config, name: hyper.name, stage: 'pretrained', dropout: hyper.model.dropout }
      : buildGptConfig(tok, hyper.model, hyper.name, 'pretrained');
  if (initFrom)
    emit({
      type: 'info',
      message: `continuing ${options.init} (${initFrom.link.tokens.toLocaleString('en-US')} tokens so far) with a fresh optimizer and schedule`,
    });
  const T = config.n_positions;
  const B = hyper.batch_size;
  const K = hyper.accumulation;
  const train = packTokens(tok, corpus.train, config.eos_token_id);
  const val = packTokens(tok, corpus.validation, config.eos_token_id);
  const nSeq = sequenceCount(train, T);
  if (nSeq < 1)
    throw new CwescanError('E_USAGE', `the corpus is too small: ${train.length} tokens, a sequence needs ${T + 1}`);
  emit({
    type: 'info',
    message: `model: ${parameterCount(config).toLocaleString('en-US')} parameters, vocabulary ${config.vocab_size}, ${train.length.toLocaleString('en-US')} train tokens (${nSeq} sequences of ${T}), ${val.length.toLocaleString('en-US')} validation tokens`,
  });

  const threads = options.threads;
  const trainer = await createTransformerTrainer(
    config,
    (resumeFrom ?? initFrom)?.ckpt.weights ?? initParams(config, hyper.seed),
    {
      threads,
      adamw: { weightDecay: hyper.weight_decay },
      maxGradNorm: hyper.max_grad_norm,
      accumulationSteps: K,
      batch: B,
      seqLen: T,
      dropoutSeed: hyper.seed,
    },
    hyper.seed,
  );
  const evaluator = await GptEvaluator.create(config, [], { threads });
  const log = new TrainLog(out);
  let step = 0;
  let tokens = 0;
  let epoch = 0;
  let cursor = 0;
  let timeBefore = 0;
  if (resumeFrom) {
    const s = resumeFrom.state;
    trainer.loadOptimizerState(resumeFrom.optimizer, s.step);
    ({ step, tokens, epoch, cursor } = s);
    timeBefore = s.time_s;
    await log.truncateAfter(step);
    emit({ type: 'info', message: `resuming at step ${step} of ${hyper.steps} with the run's saved settings` });
  }
  const sched = { maxLr: hyper.lr, minLr: hyper.min_lr, warmupSteps: hyper.warmup_steps, totalSteps: hyper.steps };
  const order = (e: number): number[] =>
    new Rng((hyper.seed * 7919 + e * 104729) >>> 0).shuffle([...Array(nSeq).keys()]);
  let perm = order(epoch);
  const inputs = new BigInt64Array(B * T);
  const targets = new BigInt64Array(B * T);
  const mask = floatTensor('float32', [B, T], new Float32Array(B * T).fill(1));
  const started = performance.now();
  const startTokens = tokens;
  let recent: number[] = [];
  let lastVal: { loss: number; ppl: number; acc: number } | null = null;

  const save = async (complete: boolean): Promise<void> => {
    const time_s = timeBefore + (performance.now() - started) / 1000;
    const state: TrainState = { version: 1, phase: 'pretrain', step, tokens, epoch, cursor, time_s, hyper, init };
    await writeCheckpoint(out, {
      config,
      tokenizer: tok,
      weights: trainer.parameters(),
      extraFiles: complete
        ? {}
        : {
            'optimizer.safetensors': encodeSafetensors(trainer.optimizerState()),
            'train_state.json': JSON.stringify(state, null, 2) + '\n',
          },
      carry: ['train_log.jsonl'],
      manifest: {
        training_data: {
          sha256: corpus.sha256,
          description: `pretraining corpus: ${corpus.train.length} train + ${corpus.validation.length} validation .py files from ${options.corpus.join(', ')}`,
          items: corpus.train.length + corpus.validation.length,
        },
        base: init && { path: init.path, weights_sha256: init.weights_sha256 },
        hyperparameters: { ...hyper, parameters: parameterCount(config) },
        metrics: {
          steps: step,
          tokens,
          // Tokens of this run plus those the init checkpoint had seen: what the weights have been trained on.
          total_tokens: (init?.tokens ?? 0) + tokens,
          train_loss: recent.length ? mean(recent) : null,
          val_loss: lastVal?.loss ?? null,
          val_ppl: lastVal?.ppl ?? null,
          val_acc: lastVal?.acc ?? null,
          time_s,
        },
        training: { step, complete },
      },
    });
    emit({ type: 'checkpoint', step, dir: out });
  };

  const evaluate = async (): Promise<{ loss: number; ppl: number; acc: number } | null> => {
    const nVal = Math.min(hyper.eval_sequences, sequenceCount(val, T));
    if (nVal === 0) return null;
    let nll = 0;
    let correct = 0;
    let count = 0;
    const params = trainer.parameters();
    for (let i = 0; i < nVal; i += B) {
      const rows = Math.min(B, nVal - i);
      const vi = new BigInt64Array(rows * T);
      const vt = new BigInt64Array(rows * T);
      for (let r = 0; r < rows; r++) {
        for (let t = 0; t < T; t++) {
          vi[r * T + t] = BigInt(val[(i + r) * T + t]!);
          vt[r * T + t] = BigInt(val[(i + r) * T + t + 1]!);
        }
      }
      const res = await evaluator.lm(params, {
        input_ids: { dtype: 'int64', shape: [rows, T], data: vi },
        targets: { dtype: 'int64', shape: [rows, T], data: vt },
        loss_mask: floatTensor('float32', [rows, T], new Float32Array(rows * T).fill(1)),
      });
      nll += res.nllSum;
      correct += res.correct;
      count += res.count;
    }
    const loss = nll / count;
    return { loss, ppl: Math.exp(loss), acc: correct / count };
  };

  let aborted = false;
  try {
    // A fresh run writes its step-0 checkpoint first: the directory (and its log) exist from the start, and a crash
    // at any point can be resumed.
    if (!resumeFrom) {
      await save(false);
      // The untrained model's validation loss: the first point of every learning curve.
      lastVal = await evaluate();
      if (lastVal) {
        await log.append({
          phase: 'pretrain',
          step: 0,
          tokens: 0,
          loss: lastVal.loss,
          lr: 0,
          time_s: 0,
          val_loss: lastVal.loss,
          val_ppl: lastVal.ppl,
          val_acc: lastVal.acc,
        });
        emit({
          type: 'eval',
          phase: 'pretrain',
          step: 0,
          valLoss: lastVal.loss,
          valPpl: lastVal.ppl,
          valAcc: lastVal.acc,
        });
      }
    }
    while (step < hyper.steps) {
      // One optimizer step = `accumulation` micro-batches of B sequences (the engine averages their gradients).
      const lr = lrAt(step, sched);
      let lossSum = 0;
      for (let micro = 0; micro < K; micro++) {
        for (let r = 0; r < B; r++) {
          if (cursor >= perm.length) {
            epoch++;
            cursor = 0;
            perm = order(epoch);
          }
          const s = perm[cursor++]! * T;
          for (let t = 0; t < T; t++) {
            inputs[r * T + t] = BigInt(train[s + t]!);
            targets[r * T + t] = BigInt(train[s + t + 1]!);
          }
        }
        const r = await trainer.step(
          {
            input_ids: { dtype: 'int64', shape: [B, T], data: inputs },
            targets: { dtype: 'int64', shape: [B, T], data: targets },
            loss_mask: mask,
          },
          lr,
        );
        lossSum += r.loss;
      }
      const res = { loss: lossSum / K };
      if (!Number.isFinite(res.loss)) {
        throw new CwescanError('E_ENGINE', `the loss became ${res.loss} at step ${step + 1}`, {
          hint: 'lower --lr, or resume from the last checkpoint',
        });
      }
      step++;
      tokens += K * B * T;
      recent.push(res.loss);
      if (recent.length > hyper.log_every) recent = recent.slice(-hyper.log_every);
      const elapsed = (performance.now() - started) / 1000;
      emit({
        type: 'step',
        phase: 'pretrain',
        step,
        totalSteps: hyper.steps,
        loss: res.loss,
        lr,
        tokensPerSecond: (tokens - startTokens) / Math.max(elapsed, 1e-9),
      });
      const isEval = step % hyper.eval_every === 0 || step === hyper.steps;
      const entry: LogEntry & Record<string, number | string> = {
        phase: 'pretrain',
        step,
        tokens,
        loss: res.loss,
        lr,
        time_s: timeBefore + elapsed,
      };
      if (isEval) {
        lastVal = await evaluate();
        if (lastVal) {
          Object.assign(entry, { val_loss: lastVal.loss, val_ppl: lastVal.ppl, val_acc: lastVal.acc });
          emit({
            type: 'eval',
            phase: 'pretrain',
            step,
            valLoss: lastVal.loss,
            valPpl: lastVal.ppl,
            valAcc: lastVal.acc,
          });
        }
      }
      if (isEval || step % hyper.log_every === 0) await log.append(entry);
      if (step < hyper.steps && step % hyper.checkpoint_every === 0) await save(false);
      if (options.signal?.aborted) {
        aborted = true;
        break;
      }
    }
    if (aborted) {
      if ((options.onAbort ?? 'checkpoint') === 'checkpoint') await save(false);
    } else {
      await save(true);
    }
  } finally {
    await trainer.release();
    await evaluator.release();
  }
  return { out, steps: step, tokens, complete: !aborted, valLoss: lastVal?.loss ?? null, valPpl: lastVal?.ppl ?? null };
}

function resolveHyper(o: PretrainOptions['hyper'] = {}): PretrainHyper {
  const merged = { ...DEFAULT_PRETRAIN, ...o, model: { ...DEFAULT_PRETRAIN.model, ...o.model } };
  const r = PretrainHyperSchema.safeParse(merged);
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CwescanError('E_USAGE', `invalid pretraining options: ${problems}`);
  }
  const h = r.data;
  if (h.model.n_embd % h.model.n_head !== 0)
    throw new CwescanError('E_USAGE', `--n-embd ${h.model.n_embd} must be divisible by --n-head ${h.model.n_head}`);
  return h;
}

async function makeTokenizer(
  path: string | undefined,
  corpus: Corpus,
  hyper: PretrainHyper,
  emit: TrainEventHandler,
): Promise<Tokenizer> {
  if (path) return loadTokenizer(path);
  const texts: string[] = [];
  let bytes = 0;
  // Files in content-hash order: the sample does not depend on where files live.
  for (const f of [...corpus.train].sort((a, b) => (a.sha256 < b.sha256 ? -1 : 1))) {
    if (bytes >= hyper.tokenizer_train_bytes) break;
    texts.push(f.text);
    bytes += f.text.length;
  }
  // The fixed prompt text, as if it were in 500 files (by default): its words get their own tokens (short prompts,
  // more room for code) at the cost of a few dozen of the merges.
  for (let i = 0; i < hyper.tokenizer_prompt_repeats; i++) texts.push(PROMPT_TEXT);
  const t0 = performance.now();
  const tok = trainBpe(texts, { vocabSize: hyper.vocab_size, specialTokens: SPECIAL_TOKENS });
  emit({
    type: 'info',
    message: `tokenizer: ${tok.vocabSize} tokens trained on ${(bytes / 1e6).toFixed(1)} MB in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  });
  return tok;
}

/** The checkpoint a continued run starts from: weights, tokenizer, its shape, and the link the manifest records. */
async function loadInit(path: string): Promise<{
  ckpt: Checkpoint;
  shape: Omit<PretrainHyper['model'], 'dropout'>;
  link: NonNullable<TrainState['init']>;
}> {
  // An input, like fine-tuning's --base: read, never repaired or written.
  const ckpt = await loadCheckpoint(path, { expectedTensors });
  if (ckpt.config.stage !== 'pretrained')
    throw new CheckpointError('mismatch', path, `${path} is a ${ckpt.config.stage} checkpoint, not a pretrained one`, {
      hint: 'continue pretraining from a pretrained checkpoint; fine-tuned weights have forgotten some code modelling',
    });
  const c = ckpt.config;
  const m = ckpt.manifest.metrics;
  return {
    ckpt,
    shape: {
      n_layer: c.n_layer,
      n_embd: c.n_embd,
      n_head: c.n_head,
      n_positions: c.n_positions,
      ...(c.n_inner !== undefined ? { n_inner: c.n_inner } : {}),
      position_embedding: c.position_embedding,
    },
    link: { path, weights_sha256: ckpt.fingerprint, tokens: m.total_tokens ?? m.tokens ?? 0 },
  };
}

function mean(xs: readonly number[]): number {
  return xs.reduce((a, b) => a + b, 0) / xs.length;
}
