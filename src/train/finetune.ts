// Instruction fine-tuning: accepted dataset records -> Alpaca-style prompts (model/prompt.ts) -> loss on the response
// tokens only (label token + EOS) -> AdamW with warmup + cosine; optional class-balanced sampling; validation each
// epoch (26-way label loss, accuracy and binary F1) with early stopping on one of them that keeps the best weights.
// Deterministic with a seed.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { z } from 'zod';
import type { HostTensor } from '../engine/tensor.js';
import { CwescanError } from '../errors.js';
import { holdsCheckpoint, loadCheckpoint, writeCheckpoint } from '../model/checkpoint.js';
import { expectedTensors, parameterCount, parseGptConfig, type GptConfig } from '../model/gpt-config.js';
import { GptEvaluator } from '../model/gpt-evaluator.js';
import { LABELS, NONE_INDEX } from '../model/labels.js';
import { PromptEncoder, type TrainingSequence } from '../model/prompt.js';
import { responseLoss } from '../model/response-loss.js';
import { paramSpecs } from '../model/transformer.js';
import { CALL_FLATTENINGS } from '../python/flatten-calls.js';
import { SIGNALS_VERSION } from '../python/signals.js';
import { TrainingSession } from '../engine/session.js';
import { DEFAULT_FINETUNE } from './defaults.js';
import type { TrainEventHandler } from './events.js';
import { readExampleFiles, type LabelledExample } from './examples.js';
import { calibrateNoneBias, f1At, type CalibrationPoint } from './calibrate.js';
import { Rng } from './rng.js';
import { lrAt } from './schedule.js';
import { TrainLog, type LogEntry } from './train-log.js';

export const FinetuneHyperSchema = z
  .object({
    epochs: z.number().int().positive(),
    batch_size: z.number().int().positive(),
    lr: z.number().positive(),
    min_lr: z.number().nonnegative(),
    /** Warmup as a share of all steps. */
    warmup_fraction: z.number().min(0).max(0.5),
    weight_decay: z.number().nonnegative(),
    max_grad_norm: z.number().positive(),
    /** Sample examples with probability inversely proportional to their label's frequency. */
    balanced: z.boolean(),
    /** Stop after this many epochs without a better validation loss (0: never stop early). */
    patience: z.number().int().nonnegative(),
    /** Put each record's `description` in the prompt (the code-plus-text experiment). */
    with_description: z.boolean(),
    /** Put the snippet's static signals (src/python/signals.ts) in the prompt. */
    signals: z.boolean().default(false),
    /** Read code with its plain single-line strings in double quotes (config prompt.quotes "double"). */
    normalize_quotes: z.boolean().default(false),
    /** Read code without comments and docstrings (config prompt.comments "strip"). */
    strip_comments: z.boolean().default(false),
    /** Read code without comments and docstrings and without the lines they were alone on (prompt.comments "remove"). */
    remove_comments: z.boolean().default(false),
    /** Read code with nested calls pulled apart, one per line (config prompt.calls; src/python/flatten-calls.ts). */
    flatten_calls: z.enum(CALL_FLATTENINGS).optional(),
    /** Dropout while fine-tuning (attention, residual and embedding dropout; inference never drops). */
    dropout: z.number().min(0).max(0.9),
    /**
     * What picks the best epoch and drives early stopping: the 26-way validation label loss, label accuracy, or the
     * binary F1 of "vulnerable" (any CWE) against "none". Loss punishes confident mistakes, so with a small
     * validation set it can rise while the decisions still improve.
     */
    select: z.enum(['loss', 'accuracy', 'f1']),
    /**
     * After each epoch, shift the "none" logit so that P(vulnerable) >= 0.5 is the decision with the best validation
     * F1 (src/train/calibrate.ts); the F1 that selects the epoch is then the calibrated one.
     */
    calibrate: z.boolean(),
    /**
     * Weight of line supervision (model/response-loss.ts): the end of every code line also predicts the label of the
     * code up to that line, using the records' weakness `lines`. 0 turns it off.
     */
    line_loss: z.number().min(0).max(10),
    /**
     * Weight of the twin-pair loss (model/response-loss.ts): each (vulnerable, fixed) twin pair in a batch adds the
     * logistic loss of the bug being less likely "none" than its fix. Twins are batched together. 0 turns it off.
     */
    pair_loss: z.number().min(0).max(10).default(0),
    seed: z.number().int().nonnegative(),
    name: z.string().min(1),
  })
  .strict()
  .refine((h) => !(h.strip_comments && h.remove_comments), {
    message: 'strip_comments and remove_comments exclude each other (pick one way to read comments)',
    path: ['remove_comments'],
  })
  .refine((h) => !(h.pair_loss > 0 && h.balanced), {
    message: 'pair_loss needs twins batched together, which class-balanced sampling does not do',
    path: ['pair_loss'],
  });

export type FinetuneHyper = z.infer<typeof FinetuneHyperSchema>;

export { DEFAULT_FINETUNE };

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
}

export interface FinetuneResult {
  readonly out: string;
  readonly steps: number;
  readonly epochs: number;
  readonly bestEpoch: number;
  readonly trainAcc: number;
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
 * Fine-tunes a checkpoint on labelled examples and writes the (best) result to `out`.
 * Example: await finetune({ base: 'runs/pre', data: 'train.jsonl', val: 'val.jsonl', out: 'runs/ft' })
 */
export async function finetune(options: FinetuneOptions): Promise<FinetuneResult> {
  const emit = options.onEvent ?? (() => {});
  const asked = resolveHyper(options.hyper);
  if (await holdsCheckpoint(options.out)) {
    throw new CwescanError('E_USAGE', `${options.out} already holds a checkpoint`, { hint: 'choose another --out' });
  }
  const base = await loadCheckpoint(options.base, { expectedTensors });
  const hyper = base.config.stage === 'finetuned' ? withBasePrompt(asked, base.config.prompt) : asked;
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
    initial: base.weights as ReadonlyMap<string, HostTensor>,
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
  const rng = new Rng(hyper.seed);
  const started = performance.now();
  let step = 0;
  let tokens = 0;
  let best: (LabelMetrics & { epoch: number; params: Map<string, HostTensor> }) | undefined;
  let sinceBest = 0;
  let epochsRun = 0;
  let lastLoss = NaN;
  const dataSha = dataHash(trainFile.examples, valFile?.examples ?? []);
  /** Writes `weights` as the checkpoint (atomically), then appends the pending log lines. */
  const save = async (
    weights: ReadonlyMap<string, HostTensor>,
    metrics: Record<string, number | null>,
    complete: boolean,
  ): Promise<void> => {
    await writeCheckpoint(options.out, {
      config: { ...config, none_logit_bias: best?.bias ?? 0 },
      tokenizer: base.tokenizer,
      weights,
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
          time_s: (performance.now() - started) / 1000,
          ...metrics,
        },
        training: { step, complete },
      },
    });
    for (const e of logLines.splice(0)) await log.append(e);
    emit({ type: 'checkpoint', step, dir: options.out });
  };
  try {
    for (let epoch = 0; epoch < hyper.epochs; epoch++) {
      const pairs = hyper.pair_loss > 0;
      for (const batch of epochBatches(train, B, hyper.balanced, rng, pairs)) {
        const lr = lrAt(step, sched);
        const res = await trainer.step(
          toResponseBatch(batch, config.pad_token_id, { lines: hyper.line_loss > 0, pairs }),
          lr,
        );
        step++;
        tokens += batch.reduce((n, x) => n + x.seq.ids.length, 0);
        lastLoss = res.loss;
        const elapsed = (performance.now() - started) / 1000;
        emit({
          type: 'step',
          phase: 'finetune',
          step,
          totalSteps,
          loss: res.loss,
          lr,
          tokensPerSecond: tokens / elapsed,
        });
        if (step % 10 === 0) logLines.push({ phase: 'finetune', step, tokens, loss: res.loss, lr, time_s: elapsed });
        if (options.signal?.aborted) break;
      }
      epochsRun = epoch + 1;
      const entry: LogEntry & Record<string, number | string> = {
        phase: 'finetune',
        step,
        tokens,
        loss: lastLoss,
        lr: lrAt(Math.max(0, step - 1), sched),
        time_s: (performance.now() - started) / 1000,
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
          best = { ...v, points: [], epoch: epoch + 1, params: cloneParams(trainer.parameters()) };
          sinceBest = 0;
        } else sinceBest++;
      }
      logLines.push(entry);
      // After every epoch the best weights so far are on disk: a crash loses at most the epoch in progress.
      if (epoch + 1 < hyper.epochs) await save(best ? best.params : trainer.parameters(), {}, false);
      if (options.signal?.aborted) break;
      if (hyper.patience > 0 && sinceBest >= hyper.patience) {
        emit({
          type: 'info',
          message: `early stop after epoch ${epoch + 1}: no better validation ${hyper.select} for ${hyper.patience} epochs`,
        });
        break;
      }
    }
    const finalParams = best ? best.params : cloneParams(trainer.parameters());
    const trainMetrics = await labelMetrics(evaluator, finalParams, train, B, config.pad_token_id);
    const seconds = (performance.now() - started) / 1000;
    await save(
      finalParams,
      { train_acc: trainMetrics.acc, train_label_loss: trainMetrics.loss },
      !options.signal?.aborted,
    );
    return {
      out: options.out,
      steps: step,
      epochs: epochsRun,
      bestEpoch: best?.epoch ?? epochsRun,
      trainAcc: trainMetrics.acc,
      valAcc: best?.acc ?? null,
      valLoss: best?.loss ?? null,
      seconds,
    };
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
export function epochBatches(xs: readonly Encoded[], B: number, balanced: boolean, rng: Rng, pairs = false): Encoded[][] {
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
  const int64 = (xs: readonly bigint[]): HostTensor => ({ dtype: 'int64', shape: [xs.length], data: BigInt64Array.from(xs) });
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
function better(a: LabelMetrics, b: LabelMetrics, on: FinetuneHyper['select']): boolean {
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

/**
 * A fine-tuned base keeps reading code the way its weights learned to: its prompt settings (description slot, signals,
 * quotes, comments, calls) carry over to the new run. Options can add to them, and an explicit way of reading
 * comments or calls replaces the base's. Fine-tuning further from the default model without repeating its flags
 * would otherwise drop, say, the signals section its weights rely on.
 */
function withBasePrompt(h: FinetuneHyper, p: GptConfig['prompt']): FinetuneHyper {
  const comments =
    h.strip_comments || h.remove_comments
      ? {}
      : { strip_comments: p.comments === 'strip', remove_comments: p.comments === 'remove' };
  const calls = h.flatten_calls ?? p.calls;
  return FinetuneHyperSchema.parse({
    ...h,
    with_description: h.with_description || p.with_description,
    signals: h.signals || p.signals !== undefined,
    normalize_quotes: h.normalize_quotes || p.quotes === 'double',
    ...comments,
    ...(calls ? { flatten_calls: calls } : {}),
  });
}

function resolveHyper(o: Partial<FinetuneHyper> = {}): FinetuneHyper {
  const r = FinetuneHyperSchema.safeParse({ ...DEFAULT_FINETUNE, ...o });
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new CwescanError('E_USAGE', `invalid fine-tuning options: ${problems}`);
  }
  return r.data;
}
