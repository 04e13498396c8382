// Typed errors with a stable code and a sentence that says what to do next. Only the CLI entry point catches them
// and maps them to exit codes (0 clean, 1 findings, 2 usage/config/internal error).
export class CwescanError extends Error {
    code;
    /** What the user can do about it, shown after the message. */
    hint;
    constructor(code, message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = new.target.name;
        this.code = code;
        this.hint = options.hint;
    }
}
export class UsageError extends CwescanError {
    constructor(message, options = {}) {
        super('E_USAGE', message, options);
    }
}
export class ConfigError extends CwescanError {
    constructor(message, options = {}) {
        super('E_CONFIG', message, options);
    }
}
//# sourceMappingURL=errors.js.map