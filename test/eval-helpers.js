// Helpers for the eval end-to-end tests: run the built CLI and locate the fixtures.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const FIX = `${ROOT}test/fixtures/eval`;
/** Runs `node dist/cli/main.js ...args` from the repository root (build first: npm run build). */
export function cli(args) {
    const r = spawnSync(process.execPath, [`${ROOT}dist/cli/main.js`, ...args], {
        cwd: ROOT,
        encoding: 'utf8',
        timeout: 120_000,
    });
    return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}
//# sourceMappingURL=eval-helpers.js.map