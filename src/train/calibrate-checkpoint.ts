// `cwescan train calibrate`: sets the "none" logit bias of a fine-tuned checkpoint, either from a validation set
// (src/train/calibrate.ts says why) or to a threshold chosen elsewhere, and rewrites the checkpoint atomically with
// the new config and its manifest.
import { CwescanError } from '../errors.js';
import { loadCheckpoint, rewriteCheckpointConfig, type Checkpoint } from '../model/checkpoint.js';
import { expectedTensors } from '../model/gpt-config.js';
import { LABELS } from '../model/labels.js';
import { calibrateNoneBias, f1At, type Calibration } from './calibrate.js';
import { valMetrics } from './val-metrics.js';

export interface CalibrateResult {
  /** F1 with the checkpoint's bias before, and with the new one. */
  readonly before: Calibration;
  readonly after: Calibration;
  readonly examples: number;
}

/** Example: await calibrateCheckpoint({ model: 'runs/ft', val: 'val.jsonl' }) -> { before: {f1: 0}, after: {bias: -2.1, f1: 0.7} } */
export async function calibrateCheckpoint(opts: {
  model: string;
  val: string;
  threads?: number;
  /** A new model name for config.json: a calibrated model answers differently, so it may ship under a new name. */
  name?: string;
}): Promise<CalibrateResult> {
  const ckpt = await loadFineTuned(opts.model);
  const [scored] = await valMetrics(ckpt.config, ckpt.tokenizer, opts.val, [ckpt.weights], opts.threads);
  const { points } = scored!;
  const none = LABELS.indexOf('none');
  const before = f1At(points, none, ckpt.config.none_logit_bias);
  const after = calibrateNoneBias(points, none);
  await writeBias(ckpt, after.bias, opts.name, {
    hyperparameters: { calibration: { val: opts.val, examples: points.length } },
    metrics: { none_logit_bias: after.bias, calibrated_val_f1: after.f1 },
  });
  return { before, after, examples: points.length };
}

export interface ThresholdResult {
  /** The checkpoint's bias before, and the new one. */
  readonly before: number;
  readonly after: number;
}

/**
 * Moves the cut without data: after it, P(vulnerable) >= 0.5 on the checkpoint is P(vulnerable) >= `threshold` on the
 * checkpoint as it was. Flagged means margin >= bias (calibrate.ts), and P >= t is margin - bias >= ln(t / (1 - t)),
 * so the new bias is the old one plus that log-odds. Why a threshold goes into the model and not into a flag: the
 * scanner, the evaluator and editors all read 0.5 (or the user's --threshold) on the checkpoint they are given.
 * Example: await setThreshold({ model: 'runs/ft', threshold: 0.35 }) -> { before: 0, after: -0.619 }
 */
export async function setThreshold(opts: {
  model: string;
  threshold: number;
  name?: string;
}): Promise<ThresholdResult> {
  const t = opts.threshold;
  if (!(t > 0 && t < 1)) throw new CwescanError('E_USAGE', `--threshold must be between 0 and 1 (exclusive), got ${t}`);
  const ckpt = await loadFineTuned(opts.model);
  const before = ckpt.config.none_logit_bias;
  const after = before + Math.log(t / (1 - t));
  await writeBias(ckpt, after, opts.name, {
    hyperparameters: { calibration: { threshold: t, bias_before: before } },
    metrics: { none_logit_bias: after },
  });
  return { before, after };
}

/** The checkpoint to calibrate: only a fine-tuned one has a "none" answer to bias. */
async function loadFineTuned(model: string): Promise<Checkpoint> {
  const ckpt = await loadCheckpoint(model, { expectedTensors });
  if (ckpt.config.stage !== 'finetuned')
    throw new CwescanError('E_USAGE', `${model} is a pretrained checkpoint; calibrate a fine-tuned one`);
  return ckpt;
}

/** Rewrites the checkpoint in place (atomically) with the new bias, the new name if any, and how it was chosen. */
async function writeBias(
  ckpt: Checkpoint,
  bias: number,
  name: string | undefined,
  record: Parameters<typeof rewriteCheckpointConfig>[3],
): Promise<void> {
  await rewriteCheckpointConfig(
    ckpt.dir,
    ckpt,
    { ...ckpt.config, none_logit_bias: bias, ...(name ? { name } : {}) },
    record,
  );
}
