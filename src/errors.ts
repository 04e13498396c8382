// Typed errors with a stable code and a sentence that says what to do next. Only the CLI entry point catches them
// and maps them to exit codes (0 clean, 1 findings, 2 usage/config/internal error).

/** Stable machine-readable error codes; add new ones here, never rename old ones. */
export type ErrorCode =
  | 'E_USAGE'
  | 'E_CONFIG'
  | 'E_IO'
  | 'E_DATASET'
  | 'E_CHECKPOINT'
  | 'E_SAFETENSORS'
  | 'E_TOKENIZER'
  | 'E_GRAPH'
  | 'E_ENGINE'
  | 'E_ENDPOINT'
  | 'E_INTERNAL';

export class CwescanError extends Error {
  readonly code: ErrorCode;
  /** What the user can do about it, shown after the message. */
  readonly hint: string | undefined;

  constructor(code: ErrorCode, message: string, options: { hint?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = code;
    this.hint = options.hint;
  }
}

export class UsageError extends CwescanError {
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super('E_USAGE', message, options);
  }
}

export class ConfigError extends CwescanError {
  constructor(message: string, options: { hint?: string; cause?: unknown } = {}) {
    super('E_CONFIG', message, options);
  }
}
