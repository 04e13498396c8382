// The typed error of checkpoint loading and writing: which file, and which problem, so users and tests can tell a
// truncated weights file from a hash mismatch or a tokenizer that does not fit the model.
import { CwescanError } from '../errors.js';

export type CheckpointProblem =
  | 'missing-file'
  | 'bad-json'
  | 'bad-config'
  | 'bad-manifest'
  | 'format-version'
  | 'hash-mismatch'
  | 'weights'
  | 'tokenizer'
  | 'mismatch'
  | 'write-failed'
  | 'not-resumable';

export class CheckpointError extends CwescanError {
  readonly problem: CheckpointProblem;
  /** The file concerned (a path), or the checkpoint directory. */
  readonly file: string;
  constructor(
    problem: CheckpointProblem,
    file: string,
    message: string,
    options: { hint?: string; cause?: unknown } = {},
  ) {
    super('E_CHECKPOINT', message, {
      hint: options.hint ?? 'the checkpoint is damaged or incomplete: restore it, or train it again',
      cause: options.cause,
    });
    this.problem = problem;
    this.file = file;
  }
}
