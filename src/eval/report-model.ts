// The evaluation report as data: the main model's evaluation, the baselines', the dataset, the training log and the
// paper. Both renderers (Markdown, HTML) and the JSON output are pure functions of this object.
import type { RobustnessRow } from './robustness.js';
import type { RecordProblem } from './read-examples.js';
import type { Evaluation } from './evaluate.js';
import type { TrainLogResult } from './train-log.js';
import type { BanditStats } from './baselines/bandit-baseline.js';

export interface DatasetSummary {
  readonly path: string;
  readonly sha256: string;
  readonly examples: number;
  readonly vulnerable: number;
  readonly safe: number;
  /** Distinct CWEs among the vulnerable examples. */
  readonly cwes: number;
  /** Malformed records that were left out, with their line numbers. */
  readonly problems: readonly RecordProblem[];
}

export interface SkippedBaseline {
  readonly role: string;
  readonly reason: string;
}

export interface ClassicalTraining {
  readonly path: string;
  readonly sha256: string;
  readonly examples: number;
  /** Training records whose id or exact code also appears in the test set (leakage). */
  readonly overlapIds: number;
  readonly overlapCode: number;
  readonly vocabularySize: number;
  readonly steps: number;
  readonly seconds: number;
}

export interface EvalReport {
  readonly version: string;
  readonly createdAt: string;
  readonly dataset: DatasetSummary;
  readonly threshold: number;
  readonly main: Evaluation;
  /** The model on rewritten copies of the set (eval --robustness), else null. */
  readonly robustness: readonly RobustnessRow[] | null;
  readonly baselines: readonly Evaluation[];
  readonly skipped: readonly SkippedBaseline[];
  readonly classical: ClassicalTraining | null;
  readonly bandit: { readonly version: string; readonly stats: BanditStats } | null;
  readonly trainLog: TrainLogResult;
}
