// The evaluation experiment behind `cwescan eval`: reads the labelled set, scores the model and every baseline the
// same way, and assembles the report. No argv, no stdout: the CLI wraps it.
import { existsSync } from 'node:fs';
import { CwescanError } from '../errors.js';
import { exampleLabel } from '../dataset/schema.js';
import type { Detector, Locator, Precision } from '../model/detector.js';
import type { Label } from '../model/labels.js';
import { loadDetector } from '../model/registry.js';
import { banditDetector, banditVersion, type BanditStats } from './baselines/bandit-baseline.js';
import { LOGREG_DEFAULTS, trainLogRegBaseline } from './baselines/logreg-baseline.js';
import { evaluateDetector, type Evaluation, type ModelInfo } from './evaluate.js';
import { readExampleSet } from './read-examples.js';
import { measureRobustness, type RobustnessRow } from './robustness.js';
import { getPythonParser } from '../python/parser.js';
import type { ClassicalTraining, EvalReport, SkippedBaseline } from './report-model.js';
import { readTrainLog, withPretrainFrom } from './train-log.js';

/** Where the classical baseline looks for training data when --train is not given. */
export const DEFAULT_TRAIN_PATH = 'data/cwe-top25-python/splits/train.jsonl';

export interface EvalOptions {
  readonly model: string;
  readonly data: string;
  readonly baseline?: string | undefined;
  /** Training set of the classical baseline; undefined = DEFAULT_TRAIN_PATH if it exists. */
  readonly train?: string | undefined;
  readonly classical: boolean;
  readonly bandit: boolean;
  readonly threshold: number;
  /** Fail on malformed records instead of leaving them out. */
  readonly strict: boolean;
  readonly threads?: number | undefined;
  /** Linear-layer arithmetic of the checkpoints (model and untuned baseline); default int8. */
  readonly precision?: Precision | undefined;
  /** How the localization figure places findings; default the scanner's way for this model. */
  readonly locator?: Locator | undefined;
  /** Also score the model on rewritten copies of the set (robustness.ts). */
  readonly robustness?: boolean;
  readonly version: string;
  /** Progress of the detector runs: (what, done, total). */
  readonly onProgress?: (what: string, done: number, total: number) => void;
  /** Warnings (malformed records, skipped baselines) as they happen. */
  readonly onWarning?: (message: string) => void;
}

const info = (role: string, d: Detector, note?: string): ModelInfo => ({
  role,
  name: d.info.name,
  modelType: d.info.modelType,
  path: d.info.path,
  isTestModel: d.info.isTestModel,
  fingerprint: d.info.fingerprint,
  ...(d.info.precision ? { precision: d.info.precision } : {}),
  ...(note ? { note } : {}),
});

/**
 * Example: await runEvaluation({ model: 'models/default', data: 'test.jsonl', classical: true, bandit: true,
 *   threshold: 0.5, strict: false, version: '0.1.0' }) -> EvalReport (main.binary.f1 = 0.93, baselines: [...])
 */
export async function runEvaluation(o: EvalOptions): Promise<EvalReport> {
  if (!(o.threshold > 0 && o.threshold <= 1)) {
    throw new CwescanError('E_USAGE', `threshold must be in (0, 1], got ${o.threshold}`);
  }
  const set = await readExampleSet(o.data);
  for (const p of set.problems.slice(0, 20)) o.onWarning?.(`${o.data}:${p.line}: ${p.message}`);
  if (set.problems.length > 20) o.onWarning?.(`${o.data}: ${set.problems.length - 20} more malformed records`);
  if (set.problems.length > 0 && o.strict) {
    throw new CwescanError(
      'E_DATASET',
      `${o.data}: ${set.problems.length} malformed records (first on line ${set.problems[0]?.line})`,
      {
        hint: 'fix them, or drop --strict to evaluate on the valid records and list the rest in the report',
      },
    );
  }
  const examples = set.examples;
  if (examples.length === 0) {
    throw new CwescanError('E_DATASET', `${o.data} holds no valid examples`, {
      hint: 'pass a JSONL file of the dataset schema',
    });
  }
  const run = async (role: string, d: Detector, batchSize?: number): Promise<Evaluation> => {
    const opts = {
      threshold: o.threshold,
      localize: role === 'model' ? (o.locator ?? true) : false,
      onProgress: (done: number, total: number) => o.onProgress?.(role, done, total),
    };
    return evaluateDetector(d, examples, info(role, d), batchSize === undefined ? opts : { ...opts, batchSize });
  };

  const load = {
    ...(o.threads === undefined ? {} : { threads: o.threads }),
    ...(o.precision ? { precision: o.precision } : {}),
  };
  const detector = await loadDetector(o.model, load);
  let main: Evaluation;
  let robustness: RobustnessRow[] | null = null;
  try {
    main = await run('model', detector);
    if (o.robustness) {
      const parser = await getPythonParser();
      try {
        robustness = await measureRobustness(
          detector,
          main.model,
          parser,
          examples,
          main.predictions,
          o.threshold,
          (edit, d, t) => o.onProgress?.(`model on ${edit} rewrites`, d, t),
        );
      } finally {
        parser.delete();
      }
    }
  } finally {
    await detector.close();
  }

  const baselines: Evaluation[] = [];
  const skipped: SkippedBaseline[] = [];
  const skip = (role: string, reason: string) => {
    skipped.push({ role, reason });
    o.onWarning?.(`${role} baseline not run: ${reason}`);
  };

  if (o.baseline) {
    const base = await loadDetector(o.baseline, load);
    try {
      baselines.push(await run('untuned', base));
    } finally {
      await base.close();
    }
  } else {
    skip(
      'untuned',
      "no --baseline checkpoint given (pass the pretrained-only checkpoint to compare with the paper's baseline)",
    );
  }

  let classical: ClassicalTraining | null = null;
  if (o.classical) {
    const trainPath = o.train ?? (existsSync(DEFAULT_TRAIN_PATH) ? DEFAULT_TRAIN_PATH : null);
    if (trainPath === null) {
      skip('classical', `no training data: ${DEFAULT_TRAIN_PATH} does not exist and --train was not given`);
    } else {
      const train = await readExampleSet(trainPath);
      for (const p of train.problems.slice(0, 5)) o.onWarning?.(`${trainPath}:${p.line}: ${p.message}`);
      if (train.examples.length === 0) {
        skip('classical', `${trainPath} holds no valid examples`);
      } else {
        const testIds = new Set(examples.map((e) => e.id));
        const testCode = new Set(examples.map((e) => e.code.trim()));
        const started = performance.now();
        const model = trainLogRegBaseline(
          train.examples.map((e) => ({ code: e.code, label: exampleLabel(e) as Label })),
          trainPath,
        );
        const seconds = (performance.now() - started) / 1000;
        classical = {
          path: trainPath,
          sha256: train.sha256,
          examples: train.examples.length,
          overlapIds: train.examples.filter((e) => testIds.has(e.id)).length,
          overlapCode: train.examples.filter((e) => testCode.has(e.code.trim())).length,
          vocabularySize: LOGREG_DEFAULTS.vocabularySize,
          steps: LOGREG_DEFAULTS.steps,
          seconds,
        };
        if (classical.overlapIds + classical.overlapCode > 0) {
          o.onWarning?.(
            `classical baseline: ${classical.overlapIds} ids and ${classical.overlapCode} snippets of ${trainPath} are also in ${o.data}`,
          );
        }
        baselines.push(await run('classical', model));
      }
    }
  } else {
    skip('classical', 'turned off with --no-classical');
  }

  let bandit: { version: string; stats: BanditStats } | null = null;
  if (o.bandit) {
    const version = await banditVersion();
    if (version === null) {
      skip('bandit', 'bandit is not on PATH (Debian: apt-get install bandit)');
    } else {
      const d = banditDetector(version);
      // One Bandit process for the whole set: its start-up dominates small batches.
      baselines.push(await run('bandit', d, Math.max(1, examples.length)));
      bandit = { version, stats: d.stats };
    }
  } else {
    skip('bandit', 'turned off with --no-bandit');
  }

  const vulnerable = examples.filter((e) => e.vulnerable);
  return {
    version: o.version,
    createdAt: new Date().toISOString(),
    dataset: {
      path: o.data,
      sha256: set.sha256,
      examples: examples.length,
      vulnerable: vulnerable.length,
      safe: examples.length - vulnerable.length,
      cwes: new Set(vulnerable.map((e) => e.cwe)).size,
      problems: set.problems,
    },
    threshold: o.threshold,
    main,
    robustness,
    baselines,
    skipped,
    classical,
    bandit,
    trainLog: o.baseline
      ? withPretrainFrom(await readTrainLog(o.model), await readTrainLog(o.baseline))
      : await readTrainLog(o.model),
  };
}
