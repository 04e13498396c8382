// Ships a finished pretraining run as models/pretrained: its weights, config and tokenizer, hash-checked on the way
// and written atomically with a fresh manifest (the run's training log stays behind; a finished run has already dropped
// the optimizer state a resume needs). What is shipped is what `cwescan train finetune --base` and `cwescan eval
// --baseline` read, so a fine-tuning experiment (ours, or a user's on their own data) can start from our base without
// the two hours of pretraining.
//   node scripts/ship-base.mjs [run-dir] [out-dir]     (defaults: runs/default/pretrained models/pretrained)
// The run's corpus list (corpus.txt beside it) is copied in after the checkpoint; a README already there is kept.
import { copyFileSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

const DIST = process.env.DIST ?? 'dist';
const { loadCheckpoint, writeCheckpoint } = await import(`../${DIST}/model/checkpoint.js`);
const { expectedTensors } = await import(`../${DIST}/model/gpt-config.js`);

const [run = 'runs/default/pretrained', out = 'models/pretrained'] = process.argv.slice(2);
const ckpt = await loadCheckpoint(run, { expectedTensors });
if (ckpt.config.stage !== 'pretrained' || !ckpt.manifest.training.complete) {
  console.error(
    `${run}: not a finished pretraining run (stage ${ckpt.config.stage}, step ${ckpt.manifest.training.step})`,
  );
  process.exit(2);
}
const { training_data, hyperparameters, metrics, training, cwescan_version } = ckpt.manifest;
await writeCheckpoint(out, {
  config: ckpt.config,
  tokenizer: ckpt.tokenizer,
  weights: ckpt.weights,
  dtype: ckpt.storedDtype, // a run converted with `cwescan train set-dtype` ships as it is stored
  manifest: { training_data, base: null, hyperparameters, metrics, training },
  // The README beside the weights is ours, not the run's: keep it across re-ships.
  carryOthers: true,
  cwescanVersion: cwescan_version,
});
const corpus = join(dirname(run), 'corpus.txt');
if (existsSync(corpus)) copyFileSync(corpus, join(out, 'corpus.txt'));
console.log(`${out}: ${ckpt.config.name}, step ${ckpt.manifest.training.step}, from ${run}`);
