// Types for ml-logistic-regression 2.x (mljs), which ships none: only the parts the classical baseline uses.
declare module 'ml-logistic-regression' {
  import type { Matrix } from 'ml-matrix';

  class LogisticRegressionTwoClasses {
    /** Sigmoid scores, one per row of `features`. */
    testScores(features: Matrix): number[];
  }

  export default class LogisticRegression {
    constructor(options?: { numSteps?: number; learningRate?: number });
    classifiers: LogisticRegressionTwoClasses[];
    numberClasses: number;
    /** Y: a column vector of class numbers 0..K-1. */
    train(X: Matrix, Y: Matrix): void;
    predict(X: Matrix): number[];
    toJSON(): unknown;
  }
}
