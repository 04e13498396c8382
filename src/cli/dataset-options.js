// Shared option parsers and defaults of the `cwescan dataset` subcommands.
import { InvalidArgumentError } from 'commander';
/** The committed dataset, relative to the working directory. */
export const DEFAULT_DATA = 'data/cwe-top25-python/examples.jsonl';
export const intArg = (name, min) => (raw) => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min)
        throw new InvalidArgumentError(`${name} must be an integer >= ${min}`);
    return n;
};
export const numArg = (name, min, max) => (raw) => {
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max)
        throw new InvalidArgumentError(`${name} must be in ${min}..${max}`);
    return n;
};
export const out = (s) => process.stdout.write(s);
//# sourceMappingURL=dataset-options.js.map