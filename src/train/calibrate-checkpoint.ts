// `cwescan train calibrate`: sets the "none" logit bias of a fine-tuned checkpoint from a validation set
// (src/train/calibrate.ts says why) and rewrites the checkpoint atomically with the new config and its manifest.
import { CwescanError } from '../errors.js';
import { loadCheckpoint, rewriteCheckpointConfig } from '../model/checkpoint.js';
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
}): Promise<CalibrateResult> {
  const ckpt = await loadCheckpoint(opts.model, { expectedTensors });
  if (ckpt.config.stage !== 'finetuned')
    throw new CwescanError('E_USAGE', `${opts.model} is a pretrained checkpoint; calibrate a fine-tuned one`);
  const [scored] = await valMetrics(ckpt.config, ckpt.tokenizer, opts.val, [ckpt.weights], opts.threads);
  const { points } = scored!;
  const none = LABELS.indexOf('none');
  const before = f1At(points, none, ckpt.config.none_logit_bias);
  const after = calibrateNoneBias(points, none);
  await rewriteCheckpointConfig(
    opts.model,
    ckpt,
    { ...ckpt.config, none_logit_bias: after.bias },
    {
      hyperparameters: { calibration: { val: opts.val, examples: points.length } },
      metrics: { none_logit_bias: after.bias, calibrated_val_f1: after.f1 },
    },
  );
  return { before, after, examples: points.length };
}
