// `cwescan train soup`: the uniform mean of the weights of fine-tuned runs that share one base ("model soup",
// Wortsman et al. 2022). Runs fine-tuned from the same pretrained weights stay close to each other, so their mean is
// itself a model, of the same size and speed as one of them; averaging cancels part of what differs between seeds
// (here: large, see models/default/MODEL_CARD.md). Unlike an ensemble it costs nothing at scan time.
//
// The soup is only meaningful for runs of one base, shape, tokenizer and prompt, so anything else is refused. With
// a validation file, every ingredient and the soup are scored by val-metrics.ts, so the figures compare with the
// `val_loss` fine-tuning recorded.
import { isDeepStrictEqual } from 'node:util';
import { CwescanError } from '../errors.js';
import type { F32Tensor } from '../engine/safetensors.js';
import { holdsCheckpoint, loadCheckpoint, sha256, writeCheckpoint, type Checkpoint } from '../model/checkpoint.js';
import { expectedTensors, type GptConfig } from '../model/gpt-config.js';
import { LABELS } from '../model/labels.js';
import { f1At } from './calibrate.js';
import { valMetrics } from './val-metrics.js';

export interface SoupOptions {
  /** Fine-tuned checkpoint directories, at least two, of one base. */
  readonly inputs: readonly string[];
  readonly out: string;
  /** Validation examples: score each ingredient and the soup (never the test split). */
  readonly val?: string;
  /** Model name in the soup's config.json (default: the first ingredient's). */
  readonly name?: string;
  readonly threads?: number;
}

export interface ValFigures {
  readonly loss: number;
  readonly acc: number;
  readonly f1: number;
}

export interface SoupResult {
  readonly out: string;
  readonly ingredients: readonly {
    readonly path: string;
    readonly weights_sha256: string;
    readonly val?: ValFigures;
  }[];
  readonly val?: ValFigures;
}

/**
 * Averages the weights of `inputs` and writes the soup to `out` (atomically), with a manifest naming every
 * ingredient. Example: await soup({ inputs: ['runs/ft-s1', 'runs/ft-s2'], out: 'runs/soup', val: 'val.jsonl' })
 */
export async function soup(options: SoupOptions): Promise<SoupResult> {
  if (options.inputs.length < 2) throw new CwescanError('E_USAGE', 'a soup needs at least two checkpoints');
  if (new Set(options.inputs).size !== options.inputs.length)
    throw new CwescanError('E_USAGE', 'a checkpoint is listed twice', { hint: 'each run counts once in the mean' });
  if (await holdsCheckpoint(options.out))
    throw new CwescanError('E_USAGE', `${options.out} already holds a checkpoint`, { hint: 'choose another --out' });
  const ckpts: Checkpoint[] = [];
  for (const dir of options.inputs) ckpts.push(await loadCheckpoint(dir, { expectedTensors }));
  const first = ckpts[0]!;
  for (const c of ckpts) assertSoupable(first, c);

  const weights = meanWeights(ckpts.map((c) => c.weights));
  const config: GptConfig = { ...first.config, ...(options.name ? { name: options.name } : {}) };
  // Paths as given (like fine-tuning's `base`), so a shipped manifest names no machine's absolute paths.
  const ingredients = ckpts.map((c, i) => ({ path: options.inputs[i]!, weights_sha256: c.fingerprint }));

  let scored: { ingredients: ValFigures[]; soup: ValFigures } | undefined;
  if (options.val) scored = await scoreOnVal(config, first, [...ckpts.map((c) => c.weights), weights], options);

  const sameData = ckpts.every((c) => c.manifest.training_data.sha256 === first.manifest.training_data.sha256);
  await writeCheckpoint(options.out, {
    config,
    tokenizer: first.tokenizer,
    weights,
    manifest: {
      training_data: sameData
        ? first.manifest.training_data
        : {
            // Different data per run: hash the ingredients' hashes in order; `items` is the largest run's (the sets may overlap).
            sha256: sha256(ckpts.map((c) => c.manifest.training_data.sha256).join('\n')),
            description: `soup of runs on different data: ${ckpts.map((c) => c.manifest.training_data.description).join(' | ')}`,
            items: Math.max(...ckpts.map((c) => c.manifest.training_data.items)),
          },
      base: first.manifest.base,
      hyperparameters: {
        ...first.manifest.hyperparameters,
        seed: null,
        soup: {
          method: 'uniform mean of weights',
          ingredients: ingredients.map((x, i) => ({
            ...x,
            seed: ckpts[i]!.manifest.hyperparameters.seed ?? null,
            recorded_val_loss: ckpts[i]!.manifest.metrics.val_loss ?? null,
            ...(scored ? { val: scored.ingredients[i] } : {}),
          })),
          ...(options.val ? { val: options.val } : {}),
        },
      },
      metrics: scored
        ? {
            val_loss: scored.soup.loss,
            val_acc: scored.soup.acc,
            val_f1: scored.soup.f1,
            none_logit_bias: config.none_logit_bias,
          }
        : { none_logit_bias: config.none_logit_bias },
      training: { step: 0, complete: true },
    },
  });
  return {
    out: options.out,
    ingredients: ingredients.map((x, i) => ({ ...x, ...(scored ? { val: scored.ingredients[i] } : {}) })),
    ...(scored ? { val: scored.soup } : {}),
  };
}

/** Refuses a run that cannot be averaged with `first`: not fine-tuned, another base, shape, tokenizer or bias. */
function assertSoupable(first: Checkpoint, c: Checkpoint): void {
  const refuse = (why: string, hint?: string): never => {
    throw new CwescanError('E_USAGE', `cannot soup ${c.dir} with ${first.dir}: ${why}`, hint ? { hint } : {});
  };
  if (c.config.stage !== 'finetuned') refuse(`${c.dir} is a pretrained checkpoint`, 'soup fine-tuned runs of one base');
  if (c.manifest.base?.weights_sha256 !== first.manifest.base?.weights_sha256)
    refuse(
      'they were fine-tuned from different base weights',
      'a soup averages runs that started from the same weights',
    );
  if (!isDeepStrictEqual(comparable(c.config), comparable(first.config)))
    refuse('their configs differ beyond name and dropout');
  if (c.manifest.files['tokenizer.json']?.sha256 !== first.manifest.files['tokenizer.json']?.sha256)
    refuse('their tokenizers differ');
  if (c.config.none_logit_bias !== first.config.none_logit_bias)
    refuse(
      'their none-logit biases differ (calibrated differently)',
      'soup the uncalibrated runs, then run `cwescan train calibrate` on the soup',
    );
}

/** The config without what may differ between runs of one recipe: the name, the training-only dropout and the bias (checked on its own). */
function comparable(c: GptConfig): Omit<GptConfig, 'name' | 'dropout' | 'none_logit_bias'> {
  const { name: _name, dropout: _dropout, none_logit_bias: _bias, ...rest } = c;
  return rest;
}

/** Element-wise mean, accumulated in float64 so the order of the ingredients does not change the result. */
export function meanWeights(all: readonly ReadonlyMap<string, F32Tensor>[]): Map<string, F32Tensor> {
  const out = new Map<string, F32Tensor>();
  for (const [name, t0] of all[0]!) {
    const acc = new Float64Array(t0.data.length);
    for (const w of all) {
      const d = w.get(name)!.data;
      for (let i = 0; i < acc.length; i++) acc[i]! += d[i]!;
    }
    const data = new Float32Array(acc.length);
    for (let i = 0; i < acc.length; i++) data[i] = acc[i]! / all.length;
    out.set(name, { dtype: 'float32', shape: t0.shape, data });
  }
  return out;
}

/** Label loss, accuracy and binary F1 (at the runs' shared none-logit bias) of each weight set on the validation file. */
async function scoreOnVal(
  config: GptConfig,
  first: Checkpoint,
  weightSets: readonly ReadonlyMap<string, F32Tensor>[],
  options: SoupOptions,
): Promise<{ ingredients: ValFigures[]; soup: ValFigures }> {
  const all = await valMetrics(config, first.tokenizer, options.val!, weightSets, options.threads);
  const figures = all.map((m) => ({
    loss: m.loss,
    acc: m.acc,
    f1: f1At(m.points, LABELS.indexOf('none'), config.none_logit_bias).f1,
  }));
  return { ingredients: figures.slice(0, -1), soup: figures.at(-1)! };
}
