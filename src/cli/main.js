#!/usr/bin/env node
// The cwescan command line: the only place that touches argv, stdout and exit codes.
// Exit codes: 0 clean, 1 findings, 2 usage/config/internal error.
import { Command, CommanderError } from 'commander';
import { CwescanError } from '../errors.js';
import { COMMANDS } from './commands.js';
import { VERSION } from './version.js';
export async function main(argv) {
    const program = new Command('cwescan')
        .description('Offline detection of the MITRE CWE Top 25 in Python code with small local language models.')
        .version(VERSION)
        .exitOverride()
        .showHelpAfterError();
    let exitCode = 0;
    for (const register of COMMANDS) {
        register(program, (code) => {
            exitCode = Math.max(exitCode, code);
        });
    }
    try {
        await program.parseAsync([...argv], { from: 'user' });
        return exitCode;
    }
    catch (err) {
        return reportError(err);
    }
}
function reportError(err) {
    if (err instanceof CommanderError) {
        // Help and version requests exit 0; commander has already printed its own message for real usage errors.
        return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof CwescanError) {
        process.stderr.write(`cwescan: error ${err.code}: ${err.message}\n`);
        if (err.hint)
            process.stderr.write(`  ${err.hint}\n`);
        return 2;
    }
    const message = err instanceof Error ? (err.stack ?? err.message) : String(err);
    process.stderr.write(`cwescan: internal error: ${message}\n`);
    return 2;
}
main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
}, (err) => {
    process.stderr.write(`cwescan: internal error: ${String(err)}\n`);
    process.exitCode = 2;
});
//# sourceMappingURL=main.js.map