// Label metrics of one or more weight sets of a fine-tuned model on a validation file, with the fine-tuning's own
// code (finetune.ts labelMetrics, batch 8 as fine-tuning validates), so the figures compare with a run's recorded
// `val_loss`. Used by `train calibrate` (one weight set) and `train soup` (each run and their mean).
import type { F32Tensor } from '../engine/safetensors.js';
import { CwescanError } from '../errors.js';
import type { GptConfig } from '../model/gpt-config.js';
import { GptEvaluator } from '../model/gpt-evaluator.js';
import { PromptEncoder } from '../model/prompt.js';
import type { Tokenizer } from '../tokenizer/tokenizer.js';
import { readExampleFiles } from './examples.js';
import { encodeExamples, labelMetrics, type LabelMetrics } from './finetune.js';

/** Example: (await valMetrics(ckpt.config, ckpt.tokenizer, 'val.jsonl', [ckpt.weights]))[0].loss -> 1.51 */
export async function valMetrics(
  config: GptConfig,
  tokenizer: Tokenizer,
  val: string,
  weightSets: readonly ReadonlyMap<string, F32Tensor>[],
  threads?: number,
): Promise<LabelMetrics[]> {
  const encoder = await PromptEncoder.load(tokenizer, config);
  const file = await readExampleFiles([val]);
  if (file.examples.length === 0) throw new CwescanError('E_DATASET', `${val} has no accepted examples`);
  const xs = encodeExamples(encoder, file.examples, config.prompt.with_description);
  // One evaluator graph for every weight set: the weights are inputs of the graph, not baked in.
  const evaluator = await GptEvaluator.create(config, encoder.labelIds, { threads });
  try {
    const out: LabelMetrics[] = [];
    for (const w of weightSets) out.push(await labelMetrics(evaluator, w, xs, 8, config.pad_token_id));
    return out;
  } finally {
    await evaluator.release();
  }
}
