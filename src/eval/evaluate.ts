// Scores one detector on a labelled set: runs it in batches, turns its label scores into decisions, and computes
// every metric of the report. Baselines go through the same function, so every row of the report is scored alike.
import { CwescanError } from '../errors.js';
import type { Detector, LabelScore, Locator, Precision } from '../model/detector.js';
import { topCwe, vulnerableProbability } from '../model/detector.js';
import { LABELS, type Label } from '../model/labels.js';
import { binaryMetricsOf, type BinaryMetrics } from './binary-metrics.js';
import { calibration, type Calibration } from './calibration.js';
import { thresholdCurves, type ThresholdCurves } from './curves.js';
import { wilsonInterval, type Interval } from './intervals.js';
import { multiclassMetrics, type MulticlassMetrics } from './multiclass-metrics.js';
import { localizationOf, type Localization } from './localization.js';
import { twinPairMetrics, type TwinPairMetrics } from './twin-pairs.js';

/** The fields of a dataset record that evaluation needs. */
export interface EvalExample {
  readonly id: string;
  readonly code: string;
  readonly vulnerable: boolean;
  readonly cwe: string | null;
  readonly twin: string | null;
  /** 1-based lines that carry the weakness (vulnerable examples), for the localization figure. */
  readonly lines?: readonly number[];
  /** "authored", "llm:<model>" or "rewrite:<kind>" (dataset schema); used to break the figures down by origin. */
  readonly source?: string;
}

/** Binary figures on the examples of one origin (authored, llm, rewrite:<kind>). */
export interface SliceMetrics {
  readonly slice: string;
  readonly binary: BinaryMetrics;
  readonly cweTop1Accuracy: number | null;
}

/** The slice an example belongs to: "llm:gemini-2" -> "llm"; "rewrite:rename" stays; missing -> "unknown". */
export function sourceSlice(source: string | undefined): string {
  if (!source) return 'unknown';
  return source.startsWith('llm:') ? 'llm' : source;
}

/** One example's outcome. */
export interface Prediction {
  readonly id: string;
  readonly truth: Label;
  readonly vulnerable: boolean;
  /** 1 - P(none). */
  readonly pVulnerable: number;
  readonly flagged: boolean;
  /** The predicted class: the most likely CWE when flagged, otherwise "none". */
  readonly predicted: Label;
  /** The three most likely CWEs, whatever the threshold. */
  readonly topCwes: readonly Label[];
}

export interface ModelInfo {
  /** Row name in the report, e.g. "model", "baseline (untuned)", "bag-of-tokens + logistic regression". */
  readonly role: string;
  readonly name: string;
  readonly modelType: string;
  readonly path: string;
  readonly isTestModel: boolean;
  readonly fingerprint: string;
  /** Linear-layer arithmetic the model ran with, when it offers a choice (int8 or fp32). */
  readonly precision?: Precision;
  /** Free text shown under the row (what a baseline was trained on, how Bandit was mapped). */
  readonly note?: string;
}

export interface PerCwe {
  readonly cwe: Label;
  /** Vulnerable examples of this CWE. */
  readonly support: number;
  readonly predicted: number;
  readonly precision: number | null;
  readonly recall: number | null;
  readonly f1: number | null;
  /** Non-vulnerable examples about this CWE (fixed code) and how many of them were flagged. */
  readonly safeSupport: number;
  readonly safeFlagged: number;
}

export interface Evaluation {
  readonly model: ModelInfo;
  readonly n: number;
  readonly threshold: number;
  readonly binary: BinaryMetrics;
  /** Share of vulnerable examples whose predicted class (after the threshold) is their CWE. */
  readonly cweTop1Accuracy: number | null;
  readonly cweTop1Interval: Interval | null;
  /** Share of vulnerable examples whose most likely CWE is right, whatever P(vulnerable): ranking quality alone. */
  readonly cweRankedTop1Accuracy: number | null;
  /** Share of vulnerable examples whose CWE is among the three most likely. */
  readonly cweTop3Accuracy: number | null;
  readonly multiclass: MulticlassMetrics;
  readonly perCwe: PerCwe[];
  readonly twinPairs: TwinPairMetrics;
  readonly curves: ThresholdCurves;
  readonly calibration: Calibration;
  /** The binary figures by example origin, when the set has more than one. */
  readonly bySource: SliceMetrics[];
  readonly predictions: Prediction[];
  /** Where the scanner would put the findings of flagged vulnerable examples (only when asked: RunOptions.localize). */
  readonly localization?: Localization;
  readonly seconds: number;
}

/** The class an example should get: its CWE when vulnerable, otherwise "none". */
export function truthLabel(ex: EvalExample): Label {
  if (!ex.vulnerable || ex.cwe === null) return 'none';
  if (!LABELS.includes(ex.cwe as Label))
    throw new RangeError(`example ${ex.id}: ${ex.cwe} is not one of the 26 labels`);
  return ex.cwe as Label;
}

/** Turns one example's label scores into a Prediction at a threshold on P(vulnerable). */
export function decide(ex: EvalExample, scores: readonly LabelScore[], threshold: number): Prediction {
  const pVulnerable = vulnerableProbability(scores);
  const flagged = pVulnerable >= threshold;
  const top = topCwe(scores);
  const topCwes = scores
    .filter((s) => s.cwe !== 'none')
    .slice(0, 3)
    .map((s) => s.cwe);
  return {
    id: ex.id,
    truth: truthLabel(ex),
    vulnerable: ex.vulnerable,
    pVulnerable,
    flagged,
    predicted: flagged && top ? top.cwe : 'none',
    topCwes,
  };
}

export interface RunOptions {
  readonly threshold?: number;
  readonly batchSize?: number;
  /**
   * Also measure where findings land (localization.ts), for the model under test, not for baselines: true places
   * them as the scanner would, a Locator forces one way.
   */
  readonly localize?: boolean | Locator;
  /** Called after each batch with (done, total). */
  readonly onProgress?: (done: number, total: number) => void;
}

/** A detector's answer must be a probability for each label, summing to 1: anything else is a bug worth naming. */
function checkScores(scores: readonly LabelScore[], id: string, model: string): void {
  let sum = 0;
  for (const s of scores) {
    if (!Number.isFinite(s.probability) || s.probability < 0 || s.probability > 1 + 1e-9) {
      throw new CwescanError('E_INTERNAL', `${model} gave ${s.cwe} the probability ${s.probability} on example ${id}`);
    }
    sum += s.probability;
  }
  if (scores.length === 0 || Math.abs(sum - 1) > 1e-3) {
    throw new CwescanError('E_INTERNAL', `${model}'s probabilities on example ${id} sum to ${sum}, not 1`);
  }
}

/** Runs a detector over the examples in batches and evaluates its outputs. */
export async function evaluateDetector(
  detector: Detector,
  examples: readonly EvalExample[],
  model: ModelInfo,
  options: RunOptions = {},
): Promise<Evaluation> {
  const batchSize = options.batchSize ?? 16;
  const started = performance.now();
  const scores: LabelScore[][] = [];
  for (let i = 0; i < examples.length; i += batchSize) {
    const batch = examples.slice(i, i + batchSize);
    const out = await detector.detect(batch.map((e) => e.code));
    if (out.length !== batch.length) {
      throw new Error(`detector ${model.name} returned ${out.length} results for ${batch.length} snippets`);
    }
    out.forEach((s, j) => checkScores(s, (batch[j] as EvalExample).id, model.name));
    scores.push(...out);
    options.onProgress?.(Math.min(i + batchSize, examples.length), examples.length);
  }
  const ev = evaluateScores(examples, scores, model, { threshold: options.threshold });
  const localization = options.localize
    ? await localizationOf(detector, examples, ev.predictions, scores, batchSize, ev.threshold, {
        ...(options.localize === true ? {} : { locator: options.localize }),
      })
    : undefined;
  const seconds = (performance.now() - started) / 1000;
  return { ...ev, seconds, ...(localization ? { localization } : {}) };
}

/**
 * Every metric from precomputed scores (one LabelScore[] per example, same order).
 * Example: evaluateScores(examples, await detector.detect(codes), info).binary.f1 -> 0.99
 */
export function evaluateScores(
  examples: readonly EvalExample[],
  scores: readonly (readonly LabelScore[])[],
  model: ModelInfo,
  options: { threshold?: number | undefined; seconds?: number } = {},
): Evaluation {
  const threshold = options.threshold ?? 0.5;
  if (scores.length !== examples.length) throw new RangeError('evaluateScores: one score list per example');
  const predictions = examples.map((ex, i) => decide(ex, scores[i] as LabelScore[], threshold));
  const truthVuln = predictions.map((p) => p.vulnerable);
  const flagged = predictions.map((p) => p.flagged);
  const binary = binaryMetricsOf(truthVuln, flagged);
  const multiclass = multiclassMetrics(
    predictions.map((p) => p.truth),
    predictions.map((p) => p.predicted),
  );
  const vulnerable = predictions.filter((p) => p.vulnerable);
  const top1 = vulnerable.filter((p) => p.predicted === p.truth).length;
  const ranked = vulnerable.filter((p) => p.topCwes[0] === p.truth).length;
  const top3 = vulnerable.filter((p) => p.topCwes.includes(p.truth)).length;
  const share = (k: number) => (vulnerable.length > 0 ? k / vulnerable.length : null);

  const perCwe: PerCwe[] = multiclass.perClass
    .filter((c) => c.label !== 'none')
    .map((c) => {
      const safe = examples
        .map((ex, i) => ({ ex, p: predictions[i] as Prediction }))
        .filter(({ ex }) => !ex.vulnerable && ex.cwe === c.label);
      return {
        cwe: c.label,
        support: c.support,
        predicted: c.predicted,
        precision: c.precision,
        recall: c.recall,
        f1: c.f1,
        safeSupport: safe.length,
        safeFlagged: safe.filter(({ p }) => p.flagged).length,
      };
    });

  const twinPairs = twinPairMetrics(
    examples.map((ex, i) => {
      const p = predictions[i] as Prediction;
      return {
        id: ex.id,
        vulnerable: ex.vulnerable,
        twin: ex.twin,
        flagged: p.flagged,
        cweRight: p.predicted === p.truth,
      };
    }),
  );
  const pv = predictions.map((p) => p.pVulnerable);
  const slices = [...new Set(examples.map((e) => sourceSlice(e.source)))].sort();
  const bySource: SliceMetrics[] =
    slices.length < 2
      ? []
      : slices.map((slice) => {
          const idx = examples.flatMap((e, i) => (sourceSlice(e.source) === slice ? [i] : []));
          const ps = idx.map((i) => predictions[i] as Prediction);
          const vuln = ps.filter((p) => p.vulnerable);
          return {
            slice,
            binary: binaryMetricsOf(
              ps.map((p) => p.vulnerable),
              ps.map((p) => p.flagged),
            ),
            cweTop1Accuracy: vuln.length > 0 ? vuln.filter((p) => p.predicted === p.truth).length / vuln.length : null,
          };
        });
  return {
    model,
    n: examples.length,
    threshold,
    binary,
    cweTop1Accuracy: share(top1),
    cweTop1Interval: wilsonInterval(top1, vulnerable.length),
    cweRankedTop1Accuracy: share(ranked),
    cweTop3Accuracy: share(top3),
    multiclass,
    perCwe,
    twinPairs,
    curves: thresholdCurves(pv, truthVuln),
    calibration: calibration(pv, truthVuln),
    bySource,
    predictions,
    seconds: options.seconds ?? 0,
  };
}
