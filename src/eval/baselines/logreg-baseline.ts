// The classical baseline: bag of tokens + one-vs-rest logistic regression (ml-logistic-regression, mljs), trained on
// a labelled JSONL set and wrapped as a Detector, so it is scored exactly like a cwescan model.
import { createHash } from 'node:crypto';
import LogisticRegression from 'ml-logistic-regression';
import { Matrix } from 'ml-matrix';
import type { Detector, LabelScore } from '../../model/detector.js';
import { LABELS, type Label } from '../../model/labels.js';
import { buildVocabulary, featurize, type Vocabulary } from './bag-of-tokens.js';

export interface LogRegOptions {
  /** Vocabulary size (features, not counting the bias). Cost grows linearly with it. */
  readonly vocabularySize: number;
  /** Gradient-descent steps per one-vs-rest classifier. */
  readonly steps: number;
  /** Step size times the number of training examples (the library sums, not averages, the gradient). */
  readonly learningRate: number;
}

/**
 * Chosen on the validation split of data/cwe-top25-python (never the test split), by validation macro-F1 when trained
 * on splits/train.jsonl. With 771 training examples: (steps, learning rate, vocabulary) = (150, 4, 512) 0.163,
 * (300, 8, 512) 0.204, (300, 12, 1024) 0.261, (300, 20, 512) 0.285, (600, 20, 512) 0.269. With 1,705 (dataset
 * round 4) the old choice underfit and flagged 1 of 100 validation examples: (300, 20, 512) 0.053, (300, 12, 1024)
 * 0.238, (600, 20, 512) 0.079, (600, 40, 512) 0.350, (1200, 40, 512) 0.324. Plain gradient descent with a step size
 * per example count is sensitive to the set's size: re-choose when the training set grows. About 140 s for 1,705
 * examples on 2 loaded cores. With 2,211 (dataset round 6) the choice stays (macro-F1, binary F1 / FPR): (600, 40,
 * 512) 0.312, 0.624 / 0.945; (1200, 40, 512) 0.309, 0.636 / 0.818; (600, 80, 512) 0.027 (flags nothing); (600, 40,
 * 1024) 0.027 (flags nothing). Its "none"-vs-rest classifier swings between flagging almost all and almost nothing.
 */
export const LOGREG_DEFAULTS: LogRegOptions = { vocabularySize: 512, steps: 600, learningRate: 40 };

export interface TrainingExample {
  readonly code: string;
  readonly label: Label;
}

/**
 * The library recomputes features.transpose() on every gradient step of every class; the features never change, so
 * the transpose is computed once (a third of the training time).
 */
class TransposeCachedMatrix extends Matrix {
  private cachedTranspose: Matrix | undefined;
  override transpose(): Matrix {
    this.cachedTranspose ??= super.transpose();
    return this.cachedTranspose;
  }
}

/** Mass given to classes the training set never showed, so every label keeps a probability above zero. */
const UNSEEN = 1e-6;

/**
 * Trains the baseline and returns it as a Detector.
 * Example: const d = trainLogRegBaseline(train, 'data/.../train.jsonl'); await d.detect(['os.system(cmd)'])
 *   -> [[{ cwe: 'CWE-78', probability: 0.41 }, ...]]
 */
export function trainLogRegBaseline(
  train: readonly TrainingExample[],
  source: string,
  options: Partial<LogRegOptions> = {},
): Detector {
  const opts = { ...LOGREG_DEFAULTS, ...options };
  if (train.length === 0) throw new RangeError('the classical baseline needs at least one training example');
  const vocab: Vocabulary = buildVocabulary(
    train.map((e) => e.code),
    opts.vocabularySize,
  );
  // The library numbers classes 0..K-1 by what it sees: map the labels present onto that range.
  const classes = [...new Set(train.map((e) => e.label))].sort((a, b) => LABELS.indexOf(a) - LABELS.indexOf(b));
  const classIndex = new Map(classes.map((c, i) => [c, i]));
  const X = new TransposeCachedMatrix(train.map((e) => featurize(e.code, vocab)));
  const y = Matrix.columnVector(train.map((e) => classIndex.get(e.label) as number));
  const model = new LogisticRegression({ numSteps: opts.steps, learningRate: opts.learningRate / train.length });
  if (classes.length > 1) model.train(X, y);
  const fingerprint = createHash('sha256')
    .update(JSON.stringify({ vocab: vocab.tokens, classes, opts, n: train.length }))
    .update(JSON.stringify(model.toJSON()))
    .digest('hex');

  return {
    info: {
      modelType: 'bag-of-tokens-logreg',
      name: 'bag of tokens + logistic regression',
      path: source,
      isTestModel: false,
      fingerprint,
    },
    async detect(snippets) {
      if (snippets.length === 0) return [];
      const Xt = new Matrix(snippets.map((s) => featurize(s, vocab)));
      // Each one-vs-rest classifier was trained with its own class as 0, so testScores() is P(not class).
      const perClass: number[][] =
        classes.length > 1 ? model.classifiers.map((c) => c.testScores(Xt).map((p) => 1 - p)) : [snippets.map(() => 1)];
      return snippets.map((_, i) => {
        const raw = new Map<Label, number>();
        classes.forEach((c, k) => raw.set(c, Math.max(UNSEEN, perClass[k]?.[i] ?? 0)));
        // One-vs-rest scores do not sum to 1. The "none"-vs-rest classifier is itself a vulnerable-or-not classifier,
        // so its score is P(none); the rest of the mass goes to the CWEs in proportion to their own scores.
        // (Normalising all 26 scores instead would let 25 small CWE scores outvote a confident "none".)
        const pNone = raw.has('none') ? (raw.get('none') as number) : null;
        let cweTotal = 0;
        for (const l of LABELS) if (l !== 'none') cweTotal += raw.get(l) ?? UNSEEN;
        const scores: LabelScore[] = LABELS.map((cwe) => {
          const own = raw.get(cwe) ?? UNSEEN;
          if (pNone === null) return { cwe, probability: cwe === 'none' ? 0 : own / cweTotal };
          return { cwe, probability: cwe === 'none' ? pNone : ((1 - pNone) * own) / cweTotal };
        });
        return scores.sort((a, b) => b.probability - a.probability || LABELS.indexOf(a.cwe) - LABELS.indexOf(b.cwe));
      });
    },
    async close() {},
  };
}
