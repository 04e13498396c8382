// The predict API: what the scanner and the evaluator call. A Detector turns code snippets into a probability for
// each of the 26 classes (25 CWEs and "none"). Implementations are registered in model/registry.ts by model_type.
import type { Label } from './labels.js';

export interface LabelScore {
  readonly cwe: Label;
  readonly probability: number;
}

export interface DetectorInfo {
  /** model_type from config.json, e.g. "cwescan-gpt". */
  readonly modelType: string;
  /** Human name, e.g. "cwescan-default v1". */
  readonly name: string;
  /** Directory the checkpoint was loaded from. */
  readonly path: string;
  /** True for test doubles and placeholder models; the scanner says so in its output. */
  readonly isTestModel: boolean;
  /**
   * sha256 of what the scores depend on (weights, config and tokenizer; the config alone for weightless test models):
   * part of every result-cache key.
   */
  readonly fingerprint: string;
  /** Arithmetic of the linear layers for models that offer a choice (cwescan-gpt): also part of the cache key. */
  readonly precision?: Precision;
  /**
   * How the scanner places a finding on a line: 'line-scores' for detectors that offer lineScores (line-supervised
   * models), else occlusion. Part of the cache key, since the two can place one finding differently.
   */
  readonly locator?: Locator;
}

export type Locator = 'line-scores' | 'occlusion';
export const LOCATORS: readonly Locator[] = ['line-scores', 'occlusion'];

/** int8: block linear layers as integer GEMMs (the default, about twice as fast); fp32: all float32. */
export type Precision = 'int8' | 'fp32';
export const PRECISIONS: readonly Precision[] = ['int8', 'fp32'];

/** What a line-supervised model predicts at the end of one line of a snippet (1-based), for the code up to it. */
export interface LineScore {
  readonly line: number;
  /** P(vulnerable) = 1 - P(none) of the snippet's code up to and including this line. */
  readonly vulnerable: number;
}

export interface Detector {
  readonly info: DetectorInfo;
  /**
   * Scores each snippet. Returns, per snippet, the 26 label scores sorted by probability, highest first; the
   * probabilities of one snippet sum to 1. Deterministic: the same input gives the same output.
   * Example: await d.detect(['cur.execute("SELECT * FROM t WHERE id=" + uid)'])
   *   -> [[{ cwe: 'CWE-89', probability: 0.97 }, { cwe: 'none', probability: 0.02 }, ...]]
   */
  detect(snippets: readonly string[]): Promise<LabelScore[][]>;
  /**
   * Per-line scores, offered only by models trained to predict a label at every line end (line supervision). The
   * scanner places findings with them; without it, it places them by occlusion (re-scoring with lines removed).
   */
  lineScores?(snippets: readonly string[]): Promise<LineScore[][]>;
  /** Releases native resources (ONNX Runtime sessions). */
  close(): Promise<void>;
}

/** P(vulnerable) of one result: 1 - P(none). */
export function vulnerableProbability(scores: readonly LabelScore[]): number {
  const none = scores.find((s) => s.cwe === 'none');
  return none ? 1 - none.probability : 1;
}

/** The most likely CWE (never "none") and its probability. */
export function topCwe(scores: readonly LabelScore[]): LabelScore | undefined {
  return scores.find((s) => s.cwe !== 'none');
}
