// Model architectures by model_type (config.json), one sorted table: adding one means adding a line.
// loadDetector() reads a checkpoint directory's config.json and hands it to the matching loader.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { CwescanError } from '../errors.js';
import type { Detector, Precision } from './detector.js';
import { loadGptDetector } from './gpt-detector.js';
import { loadPatternDetector } from './pattern-detector.js';

export interface LoadOptions {
  /** ONNX Runtime intra-op threads; defaults to all cores. */
  readonly threads?: number;
  /** Linear-layer arithmetic for models that offer a choice; default int8. */
  readonly precision?: Precision;
}

export interface ModelTypeEntry {
  readonly modelType: string;
  readonly description: string;
  load(dir: string, config: Record<string, unknown>, options: LoadOptions): Promise<Detector>;
}

export const MODEL_TYPES: readonly ModelTypeEntry[] = [
  {
    modelType: 'cwescan-gpt',
    description: 'Decoder-only transformer scoring 26 label tokens (train/finetune).',
    load: loadGptDetector,
  },
  {
    modelType: 'cwescan-pattern-test',
    description: 'Deterministic regex rules: a test double for the scanner and evaluator, not a detector to rely on.',
    load: loadPatternDetector,
  },
];

/** Loads any cwescan checkpoint directory. Throws E_CHECKPOINT naming the file and the problem. */
export async function loadDetector(dir: string, options: LoadOptions = {}): Promise<Detector> {
  const configPath = join(dir, 'config.json');
  let text: string;
  try {
    text = await readFile(configPath, 'utf8');
  } catch (cause) {
    throw new CwescanError('E_CHECKPOINT', `cannot read ${configPath}`, {
      hint: 'pass --model a cwescan checkpoint directory (config.json, model.safetensors, tokenizer.json, manifest.json)',
      cause,
    });
  }
  let config: unknown;
  try {
    config = JSON.parse(text);
  } catch (cause) {
    throw new CwescanError('E_CHECKPOINT', `${configPath} is not valid JSON`, { cause });
  }
  if (typeof config !== 'object' || config === null || Array.isArray(config)) {
    throw new CwescanError('E_CHECKPOINT', `${configPath} must hold a JSON object`);
  }
  const record = config as Record<string, unknown>;
  const entry = MODEL_TYPES.find((m) => m.modelType === record.model_type);
  if (!entry) {
    const known = MODEL_TYPES.map((m) => m.modelType).join(', ');
    throw new CwescanError('E_CHECKPOINT', `${configPath}: unknown model_type ${JSON.stringify(record.model_type)}`, {
      hint: `known model types: ${known}`,
    });
  }
  return entry.load(dir, record, options);
}
