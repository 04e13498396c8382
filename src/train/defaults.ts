// Default hyper-parameters of model size, pretraining and fine-tuning, as plain data with no heavy imports, so the
// CLI can show them in --help without loading ONNX Runtime (the training modules load only when a command runs).
import type { FinetuneHyper } from './finetune-hyper.js';
import type { ModelShape } from './model-config.js';
import type { PretrainHyper } from './pretrain.js';

/**
 * The default size: 4 layers, d 256, 4 heads, context 512 (about 5.4M parameters with the 8,192-token vocabulary).
 * Context 512, not 256: with the 47-token prompt, 690 of the 771 training examples of data/cwe-top25-python
 * (median 267 code tokens, 90th percentile 344) did not fit one 256-token window, so most examples would have been
 * cut into windows; at 512 almost all fit. Scoring cost depends on the actual prompt length, not on this maximum.
 */
export const DEFAULT_MODEL: ModelShape = {
  n_layer: 4,
  n_embd: 256,
  n_head: 4,
  n_positions: 512,
  position_embedding: 'learned',
  dropout: 0,
};

export const DEFAULT_VOCAB_SIZE = 8192;

export const DEFAULT_PRETRAIN: PretrainHyper = {
  model: { ...DEFAULT_MODEL },
  vocab_size: DEFAULT_VOCAB_SIZE,
  batch_size: 8,
  accumulation: 1,
  steps: 2000,
  lr: 1e-3,
  min_lr: 1e-4,
  warmup_steps: 100,
  weight_decay: 0.1,
  max_grad_norm: 1,
  eval_every: 100,
  eval_sequences: 32,
  checkpoint_every: 200,
  log_every: 10,
  seed: 1,
  validation_fraction: 0.05,
  max_file_bytes: 1 << 20,
  tokenizer_train_bytes: 8 << 20,
  tokenizer_prompt_repeats: 500,
  name: 'cwescan-pretrained',
};

export const DEFAULT_FINETUNE: FinetuneHyper = {
  epochs: 3,
  batch_size: 8,
  lr: 1e-3,
  min_lr: 1e-4,
  warmup_fraction: 0.05,
  weight_decay: 0.01,
  max_grad_norm: 1,
  balanced: false,
  patience: 2,
  with_description: false,
  signals: false,
  normalize_quotes: false,
  strip_comments: false,
  remove_comments: false,
  dropout: 0,
  select: 'loss',
  calibrate: false,
  line_loss: 0,
  pair_loss: 0,
  checkpoint_every: 200,
  seed: 1,
  name: 'cwescan-finetuned',
};
