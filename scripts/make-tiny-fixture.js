// Builds the tiny real cwescan-gpt checkpoints that tests load (test/fixtures/models/tiny-gpt-pretrained and
// tiny-gpt): a 2-layer, 32-wide model pretrained briefly on test/fixtures/corpus, then fine-tuned on
// test/fixtures/finetune/train.jsonl. Deterministic (fixed seeds, 2 threads). Run from the repository root:
//   npx tsx scripts/make-tiny-fixture.ts
import { rm } from 'node:fs/promises';
import { finetune } from '../src/train/finetune.js';
import { pretrain } from '../src/train/pretrain.js';
const PRE = 'test/fixtures/models/tiny-gpt-pretrained';
const FT = 'test/fixtures/models/tiny-gpt';
await rm(PRE, { recursive: true, force: true });
await rm(FT, { recursive: true, force: true });
const pre = await pretrain({
    corpus: ['test/fixtures/corpus'],
    out: PRE,
    threads: 2,
    hyper: {
        name: 'tiny-gpt-pretrained (test fixture)',
        model: { n_layer: 2, n_embd: 32, n_head: 2, n_positions: 192 },
        vocab_size: 600,
        batch_size: 8,
        steps: 150,
        warmup_steps: 10,
        lr: 5e-3,
        eval_every: 50,
        checkpoint_every: 1000,
        validation_fraction: 0.2,
        seed: 1,
    },
});
console.log(`pretrained: ${pre.steps} steps, validation perplexity ${pre.valPpl?.toFixed(1)}`);
const ft = await finetune({
    base: PRE,
    data: 'test/fixtures/finetune/train.jsonl',
    out: FT,
    threads: 2,
    hyper: { name: 'tiny-gpt (test fixture)', epochs: 40, batch_size: 4, lr: 5e-3, patience: 0, seed: 1 },
});
console.log(`fine-tuned: ${ft.steps} steps, training accuracy ${ft.trainAcc}`);
//# sourceMappingURL=make-tiny-fixture.js.map