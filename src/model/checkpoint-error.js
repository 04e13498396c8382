// The typed error of checkpoint loading and writing: which file, and which problem, so users and tests can tell a
// truncated weights file from a hash mismatch or a tokenizer that does not fit the model.
import { CwescanError } from '../errors.js';
export class CheckpointError extends CwescanError {
    problem;
    /** The file concerned (a path), or the checkpoint directory. */
    file;
    constructor(problem, file, message, options = {}) {
        super('E_CHECKPOINT', message, {
            hint: options.hint ?? 'the checkpoint is damaged or incomplete: restore it, or train it again',
            cause: options.cause,
        });
        this.problem = problem;
        this.file = file;
    }
}
//# sourceMappingURL=checkpoint-error.js.map