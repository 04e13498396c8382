// Instruction fine-tuning: accepted dataset records -> Alpaca-style prompts (model/prompt.ts) -> loss on the response
// tokens only (label token + EOS) -> AdamW with warmup + cosine; optional class-balanced sampling; validation each
// epoch (26-way label loss, accuracy and binary F1) with early stopping on one of them that keeps the best weights.
// Deterministic with a seed. Resumable: checkpoints at step 0, every epoch and every `checkpoint_every` steps carry
// what --resume needs (src/train/finetune-state.ts), and a resumed run with dropout 0 is bit-identical to one never
// interrupted.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { encodeSafetensors } from '../engine/safetensors.js';
import type { HostTensor } from '../engine/tensor.js';
import { CwescanError } from '../errors.js';
import { holdsCheckpoint, loadCheckpoint, writeCheckpoint } from '../model/checkpoint.js';
import { expectedTensors, parameterCount, parseGptConfig, type GptConfig } from '../model/gpt-config.js';
import { GptEvaluator } from '../model/gpt-evaluator.js';
import { LABELS, NONE_INDEX } from '../model/labels.js';
import { PromptEncoder, type TrainingSequence } from '../model/prompt.js';
import { responseLoss } from '../model/response-loss.js';
import { paramSpecs } from '../model/transformer.js';
import { SIGNALS_VERSION } from '../python/signals.js';
import { TrainingSession } from '../engine/session.js';
import { DEFAULT_FINETUNE } from './defaults.js';
import type { TrainEventHandler } from './events.js';
import { readExampleFiles, type LabelledExample } from './examples.js';
import { calibrateNoneBias, f1At, type CalibrationPoint } from './calibrate.js';
import { resolveHyper, withBasePrompt, type FinetuneHyper } from './finetune-hyper.js';
import { FinetuneStateSchema, type BestEpoch, type FinetuneState } from './finetune-state.js';
import { loadResumeState, readCheckpointTensors, type ResumeState } from './resume-state.js';
import { Rng } from './rng.js';
import { lrAt } from './schedule.js';
import { TrainLog, type LogEntry } from './train-log.js';

export { DEFAULT_FINETUNE };
export { FinetuneHyperSchema, type FinetuneHyper } from './finetune-hyper.js';

/** The weights training continues from, in a resumable checkpoint (model.safetensors holds the best epoch's). */
const TRAIN_WEIGHTS = 'train_weights.safetensors';

export interface FinetuneOptions {
  readonly base: string;
  /** One or more training files (e.g. the train split plus its rewrites), used together. */
  readonly data: string | readonly string[];
  readonly val?: string;
  readonly out: string;
  readonly hyper?: Partial<FinetuneHyper>;
  readonly threads?: number;
  readonly onEvent?: TrainEventHandler;
  readonly signal?: AbortSignal;
  /** Continue the interrupted run in `out` (its saved settings; `hyper` is ignored). */
  readonly resume?: boolean;
  /** The settings the user gave explicitly: on resume, those that differ from the run's own are reported as ignored. */
  readonly explicit?: Partial<FinetuneHyper>;
  /** On abort: write a resumable checkpoint first (Ctrl-C in the CLI), or stop as a crash would (tests). */
  readonly onAbort?: 'checkpoint' | 'discard';
}

export interface FinetuneResult {
  readonly out: string;
  readonly steps: number;
  readonly epochs: number;
  readonly bestEpoch: number;
  /** False when interrupted: the checkpoint in `out` can be resumed. */
  readonly complete: boolean;
  /** Label accuracy of the kept weights on the training examples (null when interrupted). */
  readonly trainAcc: number | null;
  readonly valAcc: number | null;
  readonly valLoss: number | null;
  readonly seconds: number;
}

export interface Encoded {
  readonly id: string;
  /** The record's twin (its bug or its fix), if any. */
  readonly twin: string | null;
  readonly seq: TrainingSequence;
  readonly labelIndex: number;
  /**
   * Line supervision targets: at the last token of each code line (pos), the label index of the code up to that
   * line. Empty for a vulnerable record without weakness lines (where the weakness starts is unknown).
   */
  readonly lineTargets: readonly { readonly pos: number; readonly label: number }[];
}

/** Training sequences of labelled examples (a long vulnerable example keeps the window of its first weakness line). */
export function encodeExamples(
  encoder: PromptEncoder,
  xs: readonly LabelledExample[],
  withDescription: boolean,
): Encoded[] {
  return xs.map(({ example, label }) => {
    const firstWeak = example.lines.length > 0 ? Math.min(...example.lines) : undefined;
    const seq = encoder.trainingSequence(example.code, label, {
      ...(withDescription && example.description ? { description: example.description } : {}),
      ...(firstWeak !== undefined ? { focusLine: firstWeak } : {}),
    });
    const labelIndex = LABELS.indexOf(label);
    const vulnerable = labelIndex !== NONE_INDEX;
    const lineTargets =
      vulnerable && firstWeak === undefined
        ? []
        : seq.lineEnds.map((e) => ({
            pos: e.pos,
            label: vulnerable && e.line >= firstWeak! ? labelIndex : NONE_INDEX,
          }));
    return { id: example.id, twin: example.twin, seq, labelIndex, lineTargets };
  });
}

/**
 * Fine-tunes a checkpoint on labelled examples and writes the (best) result to `out`; with `resume`, continues the
 * interrupted run in `out` with its saved settings (exactly, when dropout is 0).
 * Example: await finetune({ base: 'runs/pre', data: 'train.jsonl', val: 'val.jsonl', out: 'runs/ft' })
 */
export async function finetune(options: FinetuneOptions): Promise<FinetuneResult> {
  const emit = options.onEvent ?? (() => {});
  let resumeFrom: ResumeState<FinetuneState> | undefined;
  if (options.resume) {
    resumeFrom = await loadResumeState(options.out, FinetuneStateSchema, 'fine-tuning');
  } else if (await holdsCheckpoint(options.out)) {
    throw new CwescanError('E_USAGE', `${options.out} already holds a checkpoint`, {
      hint: 'pass --resume to continue an interrupted run there, or choose another --out',
    });
  }
  const asked = resumeFrom ? resumeFrom.state.hyper : resolveHyper(options.hyper);
  const base = await loadCheckpoint(options.base, { expectedTensors });
  if (resumeFrom && base.fingerprint !== resumeFrom.state.base_sha256) {
    throw new CwescanError('E_USAGE', `${options.base} is not the base the run in ${options.out} started from`, {
      hint: 'resume with the same --base (its weights must not have changed)',
    });
  }
  // A resumed run's saved settings already hold what it took from its base.
  const hyper = !resumeFrom && base.config.stage === 'finetuned' ? withBasePrompt(asked, base.config.prompt) : asked;
  const config: GptConfig = parseGptConfig({
    ...base.config,
    name: hyper.name,
    stage: 'finetuned',
    dropout: hyper.dropout,
    prompt: {
      format: 'cwescan-alpaca-v1',
      with_description: hyper.with_description,
      ...(hyper.signals ? { signals: SIGNALS_VERSION } : {}),
      ...(hyper.normalize_quotes ? { quotes: 'double' as const } : {}),
      ...(hyper.strip_comments ? { comments: 'strip' as const } : {}),
      ...(hyper.remove_comments ? { comments: 'remove' as const } : {}),
      ...(hyper.flatten_calls ? { calls: hyper.flatten_calls } : {}),
    },
  });
  const encoder = await PromptEncoder.load(base.tokenizer, config);
  const dataFiles = typeof options.data === 'string' ? [options.data] : [...options.data];
  const trainFile = await readExampleFiles(dataFiles);
  if (trainFile.examples.length === 0)
    throw new CwescanError('E_DATASET', `${dataFiles.join(', ')} holds no accepted examples`);
  const valFile = options.val ? await readExampleFiles([options.val]) : undefined;
  const dataSha = dataHash(trainFile.examples, valFile?.examples ?? []);
  if (resumeFrom && resumeFrom.ckpt.manifest.training_data.sha256 !== dataSha) {
    throw new CwescanError('E_USAGE', `the training or validation data changed since the run in ${options.out} began`, {
      hint: 'resume with the same --data and --val files, unchanged, or start a new run',
    });
  }
  emit({
    type: 'info',
    message: `data: ${trainFile.examples.length} accepted training examples (${trainFile.notAccepted} not accepted)${valFile ? `, ${valFile.examples.length} validation` : ''}`,
  });
  const train = encodeExamples(encoder, trainFile.examples, hyper.with_description);
  const val = valFile ? encodeExamples(encoder, valFile.examples, hyper.with_description) : [];

  const B = hyper.batch_size;
  const stepsPerEpoch = Math.ceil(train.length / B);
  const totalSteps = stepsPerEpoch * hyper.epochs;
  const sched = {
    maxLr: hyper.lr,
    minLr: hyper.min_lr,
    warmupSteps: Math.round(totalSteps * hyper.warmup_fraction),
    totalSteps,
  };
  const threads = options.threads;
  const trainer = await TrainingSession.create({
    params: paramSpecs(config),
    initial: resumeFrom
      ? await readCheckpointTensors(resumeFrom.ckpt, TRAIN_WEIGHTS)
      : (base.weights as ReadonlyMap<string, HostTensor>),
    loss: responseLoss(config, {
      dropoutSeed: hyper.seed,
      lineWeight: hyper.line_loss,
      pairWeight: hyper.pair_loss,
      labelIds: encoder.labelIds,
    }),
    adamw: { weightDecay: hyper.weight_decay },
    maxGradNorm: hyper.max_grad_norm,
    ...(threads === undefined ? {} : { threads }),
  });
  const evaluator = await GptEvaluator.create(config, encoder.labelIds, { threads });
  const log = new TrainLog(resolve(options.out));
  const logLines: LogEntry[] = [];
  const s = resumeFrom?.state;
  let step = s?.step ?? 0;
  let tokens = s?.tokens ?? 0;
  let best: (BestEpoch & { loss: number; params: Map<string, HostTensor> }) | undefined =
    s?.best && resumeFrom
      ? { ...s.best, loss: s.best.loss ?? NaN, params: resumeFrom.ckpt.weights as Map<string, HostTensor> }
      : undefined;
  let sinceBest = s?.since_best ?? 0;
  let epochsRun = s?.epochs_run ?? 0;
  let lastLoss = s?.last_loss ?? NaN;
  /** Where training continues: the epoch, the batches of it already done, and the batch-order state it began with. */
  let at = { epoch: s?.epoch ?? 0, batch: s?.batch ?? 0, rng: s?.rng ?? new Rng(hyper.seed).state };
  const timeBefore = s?.time_s ?? 0;
  /** The step of the last checkpoint written (an abort right after one need not write it again). */
  let savedStep = -1;
  const started = performance.now();
  const startTokens = tokens;
  const seconds = (): number => timeBefore + (performance.now() - started) / 1000;
  if (resumeFrom) {
    const ignored = Object.entries(options.explicit ?? {}).filter(
      ([k, v]) => JSON.stringify(v) !== JSON.stringify(hyper[k as keyof FinetuneHyper]),
    );
    if (ignored.length > 0)
      emit({
        type: 'info',
        message: `ignored on resume (the run keeps its own settings): ${ignored.map(([k, v]) => `${k} ${JSON.stringify(v)} (the run's: ${JSON.stringify(hyper[k as keyof FinetuneHyper])})`).join(', ')}`,
      });
    trainer.loadOptimizerState(resumeFrom.optimizer, step);
    await log.truncateAfter(step);
    emit({
      type: 'info',
      message: `resuming at step ${step} of ${totalSteps} (epoch ${at.epoch + 1}) with the run's saved settings`,
    });
  }

  /**
   * Writes the checkpoint (atomically): the best weights so far as the model, and, while the run is not complete, what
   * --resume needs. Then appends the pending log lines.
   */
  const save = async (complete: boolean, metrics: Record<string, number | null> = {}): Promise<void> => {
    // The log first: lines past the checkpoint a kill leaves are dropped on resume; lines never written are lost.
    for (const e of logLines.splice(0)) await log.append(e);
    const current = trainer.parameters();
    const state: FinetuneState = {
      version: 1,
      phase: 'finetune',
      step,
      tokens,
      ...at,
      epochs_run: epochsRun,
      since_best: sinceBest,
      best: best
        ? { epoch: best.epoch, loss: finiteOrNull(best.loss), acc: best.acc, f1: best.f1, bias: best.bias }
        : null,
      last_loss: finiteOrNull(lastLoss),
      time_s: seconds(),
      hyper,
      base_sha256: base.fingerprint,
    };
    await writeCheckpoint(options.out, {
      config: { ...config, none_logit_bias: best?.bias ?? 0 },
      tokenizer: base.tokenizer,
      weights: best ? best.params : current,
      extraFiles: complete
        ? {}
        : {
            [TRAIN_WEIGHTS]: encodeSafetensors(current),
            'optimizer.safetensors': encodeSafetensors(trainer.optimizerState()),
            'train_state.json': JSON.stringify(state, null, 2) + '\n',
          },
      carry: ['train_log.jsonl'],
      manifest: {
        training_data: {
          sha256: dataSha,
          description: `fine-tuning: ${train.length} accepted examples from ${dataFiles.join(' + ')}${options.val ? `, validation ${options.val}` : ''}`,
          items: train.length + val.length,
        },
        base: { path: options.base, weights_sha256: base.fingerprint },
        hyperparameters: { ...hyper, parameters: parameterCount(config) },
        metrics: {
          steps: step,
          epochs: epochsRun,
          best_epoch: best?.epoch ?? epochsRun,
          val_loss: best?.loss ?? null,
          val_acc: best?.acc ?? null,
          val_f1: best?.f1 ?? null,
          none_logit_bias: best?.bias ?? 0,
          time_s: seconds(),
          ...metrics,
        },
        training: { step, complete },
      },
    });
    savedStep = step;
    emit({ type: 'checkpoint', step, dir: options.out });
  };

  const pairs = hyper.pair_loss > 0;
  const rng = new Rng(at.rng);
  let aborted = false;
  try {
    // A fresh run writes its step-0 checkpoint first: a kill at any point leaves a run that --resume continues.
    if (!resumeFrom) await save(false);
    epochs: for (let epoch = at.epoch; epoch < hyper.epochs; epoch++) {
      const epochRng = rng.state;
      const batches = epochBatches(train, B, hyper.balanced, rng, pairs);
      for (let i = epoch === at.epoch ? at.batch : 0; i < batches.length; i++) {
        const batch = batches[i]!;
        const lr = lrAt(step, sched);
        const res = await trainer.step(
          toResponseBatch(batch, config.pad_token_id, { lines: hyper.line_loss > 0, pairs }),
          lr,
        );
        step++;
        tokens += batch.reduce((n, x) => n + x.seq.ids.length, 0);
        lastLoss = res.loss;
        at = { epoch, batch: i + 1, rng: epochRng };
        const elapsed = (performance.now() - started) / 1000;
        emit({
          type: 'step',
          phase: 'finetune',
          step,
          totalSteps,
          loss: res.loss,
          lr,
          tokensPerSecond: (tokens - startTokens) / elapsed,
        });
        if (step % 10 === 0) logLines.push({ phase: 'finetune', step, tokens, loss: res.loss, lr, time_s: seconds() });
        if (options.signal?.aborted) {
          aborted = true;
          break epochs;
        }
        if (hyper.checkpoint_every > 0 && step % hyper.checkpoint_every === 0 && i + 1 < batches.length)
          await save(false);
      }
      epochsRun = epoch + 1;
      const entry: LogEntry & Record<string, number | string> = {
        phase: 'finetune',
        step,
        tokens,
        loss: lastLoss,
        lr: lrAt(Math.max(0, step - 1), sched),
        time_s: seconds(),
      };
      if (val.length > 0) {
        const v = await labelMetrics(evaluator, trainer.parameters(), val, B, config.pad_token_id, hyper.calibrate);
        Object.assign(entry, { val_loss: v.loss, val_ppl: Math.exp(v.loss), val_acc: v.acc, val_f1: v.f1 });
        emit({ type: 'eval', phase: 'finetune', step, valLoss: v.loss, valPpl: Math.exp(v.loss), valAcc: v.acc });
        emit({
          type: 'info',
          message: `epoch ${epoch + 1}: validation binary F1 ${(100 * v.f1).toFixed(1)}%${hyper.calibrate ? ` (none-logit bias ${v.bias.toFixed(3)})` : ''}`,
        });
        if (!best || better(v, best, hyper.select)) {
          best = {
            epoch: epoch + 1,
            loss: v.loss,
            acc: v.acc,
            f1: v.f1,
            bias: v.bias,
            params: cloneParams(trainer.parameters()),
          };
          sinceBest = 0;
        } else sinceBest++;
      }
      logLines.push(entry);
      // Decided before the checkpoint, which then records it: a resume after an early stop trains no further.
      const stop = hyper.patience > 0 && sinceBest >= hyper.patience;
      at = { epoch: stop ? hyper.epochs : epoch + 1, batch: 0, rng: rng.state };
      // After every epoch the best weights so far are on disk: a crash loses at most the steps since.
      if (at.epoch < hyper.epochs || stop) await save(false);
      if (stop)
        emit({
          type: 'info',
          message: `early stop after epoch ${epoch + 1}: no better validation ${hyper.select} for ${hyper.patience} epochs`,
        });
      if (options.signal?.aborted) {
        aborted = true;
        break;
      }
      if (stop) break;
    }
    const result = (trainAcc: number | null): FinetuneResult => ({
      out: options.out,
      steps: step,
      epochs: epochsRun,
      bestEpoch: best?.epoch ?? epochsRun,
      complete: trainAcc !== null,
      trainAcc,
      valAcc: best?.acc ?? null,
      valLoss: best?.loss ?? null,
      seconds: seconds(),
    });
    if (aborted) {
      // Stop at once, resumable; the training-set figures are for finished runs (they take a pass over the data).
      if ((options.onAbort ?? 'checkpoint') === 'checkpoint' && savedStep !== step) await save(false);
      return result(null);
    }
    const finalParams = best ? best.params : cloneParams(trainer.parameters());
    const trainMetrics = await labelMetrics(evaluator, finalParams, train, B, config.pad_token_id);
    await save(true, { train_acc: trainMetrics.acc, train_label_loss: trainMetrics.loss });
    return result(trainMetrics.acc);
  } finally {
    await trainer.release();
    await evaluator.release();
  }
}

/**
 * One epoch of batches: a permutation (or a class-balanced sample with replacement), cut into groups of 8 batches
 * whose members are sorted by length (little padding), with the batch order shuffled again. With `pairs`, twins
 * stay next to each other (a shuffled order of twin pairs and single examples, sorted by each pair's longer
 * member), so that most pairs share a batch; one cut between two batches splits a pair now and then.
 */
export function epochBatches(
  xs: readonly Encoded[],
  B: number,
  balanced: boolean,
  rng: Rng,
  pairs = false,
): Encoded[][] {
  if (pairs && !balanced) return pairedBatches(xs, B, rng);
  let order: number[];
  if (balanced) {
    const counts = new Map<number, number>();
    for (const x of xs) counts.set(x.labelIndex, (counts.get(x.labelIndex) ?? 0) + 1);
    const weights = xs.map((x) => 1 / counts.get(x.labelIndex)!);
    const cum: number[] = [];
    let acc = 0;
    for (const w of weights) cum.push((acc += w));
    order = xs.map(() => {
      const u = rng.next() * acc;
      let lo = 0;
      let hi = cum.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (cum[mid]! > u) hi = mid;
        else lo = mid + 1;
      }
      return lo;
    });
  } else {
    order = rng.shuffle([...xs.keys()]);
  }
  const batches: Encoded[][] = [];
  for (let g = 0; g < order.length; g += B * 8) {
    const group = order.slice(g, g + B * 8).sort((a, b) => xs[a]!.seq.ids.length - xs[b]!.seq.ids.length || a - b);
    for (let i = 0; i < group.length; i += B) batches.push(group.slice(i, i + B).map((k) => xs[k]!));
  }
  return rng.shuffle(batches);
}

function pairedBatches(xs: readonly Encoded[], B: number, rng: Rng): Encoded[][] {
  const index = new Map(xs.map((x, k) => [x.id, k]));
  const units: number[][] = [];
  const seen = new Set<number>();
  xs.forEach((x, k) => {
    if (seen.has(k)) return;
    const t = x.twin === null ? undefined : index.get(x.twin);
    const unit = t !== undefined && !seen.has(t) && xs[t]!.twin === x.id ? [k, t] : [k];
    for (const u of unit) seen.add(u);
    units.push(unit);
  });
  const len = (u: readonly number[]): number => Math.max(...u.map((k) => xs[k]!.seq.ids.length));
  const order = rng.shuffle(units);
  const batches: Encoded[][] = [];
  const groupSize = B * 8;
  let g = 0;
  while (g < order.length) {
    // A group holds about B * 8 examples; its units are sorted by length, twins kept together.
    const group: number[][] = [];
    let n = 0;
    while (g < order.length && n < groupSize) {
      group.push(order[g]!);
      n += order[g]!.length;
      g++;
    }
    const flat = group.sort((a, b) => len(a) - len(b) || a[0]! - b[0]!).flat();
    for (let i = 0; i < flat.length; i += B) batches.push(flat.slice(i, i + B).map((k) => xs[k]!));
  }
  return rng.shuffle(batches);
}

/**
 * Inputs of the response-only loss: padded ids and the flat rows / targets of every response token, plus, with
 * `lines`, the flat rows / label indices of every line end, and with `pairs`, each (vulnerable, safe) twin pair in
 * the batch as indices into those response rows (each example's first response row is its answer position).
 */
export function toResponseBatch(
  batch: readonly Encoded[],
  padId: number,
  { lines = false, pairs = false }: { lines?: boolean; pairs?: boolean } = {},
): Record<string, HostTensor> {
  const T = Math.max(...batch.map((x) => x.seq.ids.length));
  const ids = new BigInt64Array(batch.length * T).fill(BigInt(padId));
  const rows: bigint[] = [];
  const targets: bigint[] = [];
  const lineRows: bigint[] = [];
  const lineTargets: bigint[] = [];
  const answerRow = new Map<string, number>();
  batch.forEach((x, r) => {
    answerRow.set(x.id, rows.length);
    for (const l of x.lineTargets) {
      lineRows.push(BigInt(r * T + l.pos));
      lineTargets.push(BigInt(l.label));
    }
    const s = x.seq;
    for (let t = 0; t < s.ids.length; t++) {
      ids[r * T + t] = BigInt(s.ids[t]!);
      if (s.lossMask[t]) {
        rows.push(BigInt(r * T + t));
        targets.push(BigInt(s.ids[t + 1]!));
      }
    }
  });
  const bug: bigint[] = [];
  const fix: bigint[] = [];
  if (pairs) {
    for (const x of batch) {
      const t = x.twin === null ? undefined : batch.find((y) => y.id === x.twin);
      if (x.labelIndex !== NONE_INDEX && t && t.labelIndex === NONE_INDEX && t.twin === x.id) {
        bug.push(BigInt(answerRow.get(x.id)!));
        fix.push(BigInt(answerRow.get(t.id)!));
      }
    }
  }
  const int64 = (xs: readonly bigint[]): HostTensor => ({
    dtype: 'int64',
    shape: [xs.length],
    data: BigInt64Array.from(xs),
  });
  return {
    input_ids: { dtype: 'int64', shape: [batch.length, T], data: ids },
    response_rows: { dtype: 'int64', shape: [rows.length], data: BigInt64Array.from(rows) },
    response_targets: { dtype: 'int64', shape: [targets.length], data: BigInt64Array.from(targets) },
    ...(lines
      ? {
          line_rows: { dtype: 'int64', shape: [lineRows.length], data: BigInt64Array.from(lineRows) },
          line_targets: { dtype: 'int64', shape: [lineTargets.length], data: BigInt64Array.from(lineTargets) },
          line_norm: { dtype: 'float32', shape: [], data: Float32Array.of(1 / Math.max(1, lineRows.length)) },
        }
      : {}),
    ...(pairs
      ? {
          pair_bug: int64(bug),
          pair_fix: int64(fix),
          pair_none: int64(bug.map(() => BigInt(NONE_INDEX))),
          pair_first: int64(bug.map(() => 0n)),
          pair_norm: { dtype: 'float32', shape: [], data: Float32Array.of(1 / Math.max(1, bug.length)) },
        }
      : {}),
  };
}

export interface LabelMetrics {
  /** Mean 26-way label loss (-log softmax over the label logits). */
  readonly loss: number;
  /** Share of examples whose most likely label is right. */
  readonly acc: number;
  /** Binary F1 of "vulnerable" (P(vulnerable) >= 0.5, after the bias) against the truth "label is not none". */
  readonly f1: number;
  /** The "none" logit bias behind `f1` (0 unless calibrating). */
  readonly bias: number;
  /** Per example: the 26 label logits (no bias) and the truth, for calibration. */
  readonly points: CalibrationPoint[];
}

/** Is `a` better than `b` on the selection metric? Ties keep the earlier epoch. */
function better(a: LabelMetrics, b: Pick<LabelMetrics, 'loss' | 'acc' | 'f1'>, on: FinetuneHyper['select']): boolean {
  if (on === 'loss') return a.loss < b.loss;
  if (on === 'accuracy') return a.acc > b.acc || (a.acc === b.acc && a.loss < b.loss);
  return a.f1 > b.f1 || (a.f1 === b.f1 && a.loss < b.loss);
}

/**
 * Label loss, accuracy and binary F1 at the response positions; with `calibrate`, F1 with the best "none" bias.
 */
export async function labelMetrics(
  evaluator: GptEvaluator,
  params: ReadonlyMap<string, HostTensor>,
  xs: readonly Encoded[],
  B: number,
  padId: number,
  calibrate = false,
): Promise<LabelMetrics> {
  let loss = 0;
  let correct = 0;
  const points: CalibrationPoint[] = [];
  const K = LABELS.length;
  const NONE = LABELS.indexOf('none');
  for (let i = 0; i < xs.length; i += B) {
    const batch = xs.slice(i, i + B);
    const T = Math.max(...batch.map((x) => x.seq.ids.length));
    const ids = new BigInt64Array(batch.length * T).fill(BigInt(padId));
    batch.forEach((x, r) => x.seq.ids.forEach((id, t) => (ids[r * T + t] = BigInt(id))));
    const logits = await evaluator.labels(
      params,
      { dtype: 'int64', shape: [batch.length, T], data: ids },
      { dtype: 'int64', shape: [batch.length], data: BigInt64Array.from(batch.map((x) => BigInt(x.seq.responsePos))) },
    );
    batch.forEach((x, r) => {
      const row = logits.subarray(r * K, (r + 1) * K);
      let max = -Infinity;
      let arg = 0;
      for (let k = 0; k < K; k++) if (row[k]! > max) [max, arg] = [row[k]!, k];
      let sum = 0;
      for (let k = 0; k < K; k++) sum += Math.exp(row[k]! - max);
      loss += -(row[x.labelIndex]! - max - Math.log(sum));
      if (arg === x.labelIndex) correct++;
      points.push({ logits: row.slice(), vulnerable: x.labelIndex !== NONE });
    });
  }
  const binary = calibrate ? calibrateNoneBias(points, NONE) : f1At(points, NONE, 0);
  return { loss: loss / xs.length, acc: correct / xs.length, f1: binary.f1, bias: binary.bias, points };
}

function cloneParams(params: ReadonlyMap<string, HostTensor>): Map<string, HostTensor> {
  const out = new Map<string, HostTensor>();
  for (const [k, v] of params)
    out.set(k, { dtype: v.dtype, shape: [...v.shape], data: v.data.slice() as Float32Array });
  return out;
}

function dataHash(train: readonly LabelledExample[], val: readonly LabelledExample[]): string {
  const h = createHash('sha256');
  for (const [tag, xs] of [
    ['t', train],
    ['v', val],
  ] as const) {
    for (const x of [...xs].sort((a, b) => (a.example.id < b.example.id ? -1 : 1)))
      h.update(`${tag}:${JSON.stringify(x.example)}\n`);
  }
  return h.digest('hex');
}

/** JSON has no NaN: a non-finite figure is saved as null (and read back as NaN). */
function finiteOrNull(x: number): number | null {
  return Number.isFinite(x) ? x : null;
}
