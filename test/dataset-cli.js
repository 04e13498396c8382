// Helper for the dataset end-to-end tests: runs the built CLI (node dist/cli/main.js) with optional stdin and env.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
export const FIXTURES = fileURLToPath(new URL('./fixtures/dataset/', import.meta.url));
export function runCli(args, opts = {}) {
    return new Promise((resolve, reject) => {
        const child = spawn(process.execPath, [CLI, ...args], {
            cwd: opts.cwd ?? ROOT,
            env: { ...process.env, NO_COLOR: '1', ...opts.env },
            stdio: ['pipe', 'pipe', 'pipe'],
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (d) => (stdout += d.toString()));
        child.stderr.on('data', (d) => (stderr += d.toString()));
        child.on('error', reject);
        child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
        child.stdin.end(opts.input ?? '');
    });
}
//# sourceMappingURL=dataset-cli.js.map