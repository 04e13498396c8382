// The cwescan-gpt Detector: loads and validates a checkpoint directory and scores snippets with GptScorer.
// Registered in model/registry.ts under model_type "cwescan-gpt". Works for fine-tuned checkpoints and for
// pretrained-only ones (the paper's untuned baseline: same prompt, untrained label-token embeddings).
import { createHash } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { loadCheckpoint, type Checkpoint } from './checkpoint.js';
import type { Detector } from './detector.js';
import { expectedTensors } from './gpt-config.js';
import { GptScorer, type ScorerOptions } from './gpt-scorer.js';
import type { LoadOptions } from './registry.js';

/**
 * Example: const d = await loadGptDetector('models/default', config, { threads: 2 });
 *          await d.detect(['os.system("ping " + host)']) -> [[{ cwe: 'CWE-78', probability: 0.9 }, ...]]
 */
export async function loadGptDetector(
  dir: string,
  _config: Record<string, unknown>,
  options: LoadOptions = {},
): Promise<Detector> {
  const ckpt = await loadCheckpoint(dir, { expectedTensors });
  const precision = options.precision ?? 'int8';
  const scorer = await GptScorer.create(ckpt, {
    threads: options.threads ?? availableParallelism(),
    int8: precision === 'int8',
  });
  // Line-end outputs mean something only where training supervised them.
  const lineSupervised = Number(ckpt.manifest.hyperparameters.line_loss ?? 0) > 0;
  return {
    info: {
      modelType: ckpt.config.model_type,
      name: ckpt.config.name,
      path: ckpt.dir,
      isTestModel: false,
      fingerprint: scoringFingerprint(ckpt),
      precision,
      locator: lineSupervised ? 'line-scores' : 'occlusion',
    },
    detect: (snippets) => scorer.score(snippets.map((code) => ({ code }))),
    ...(lineSupervised
      ? { lineScores: (snippets: readonly string[]) => scorer.lineScores(snippets.map((code) => ({ code }))) }
      : {}),
    close: () => scorer.release(),
  };
}

/**
 * The scorer behind the detector, for callers that pass a description with the code (the code-plus-text experiment:
 * models fine-tuned with --with-description). Example:
 *   const s = await loadGptScorer('runs/ft'); await s.score([{ code, description: 'Deletes a user by id.' }])
 */
export async function loadGptScorer(dir: string, options: ScorerOptions = {}): Promise<GptScorer> {
  const ckpt = await loadCheckpoint(dir, { expectedTensors });
  return GptScorer.create(ckpt, { threads: availableParallelism(), ...options });
}

/**
 * What the scores depend on: the weights, and also config.json (the none-logit bias that `train calibrate` sets,
 * the prompt's signals) and tokenizer.json. The weights' hash alone let a calibrated copy of a model reuse the
 * uncalibrated one's cached scan results.
 */
function scoringFingerprint(ckpt: Checkpoint): string {
  const hash = createHash('sha256');
  for (const f of ['model.safetensors', 'config.json', 'tokenizer.json'])
    hash.update(`${f}:${ckpt.manifest.files[f]!.sha256}\n`);
  return hash.digest('hex');
}
