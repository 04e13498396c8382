// Bad input never crashes a scan: binary, latin-1, 0-byte, huge, syntax errors, symlink loops, broken symlinks and
// symlinks out of the root are reported as skipped with a reason, in every format; the exit code only changes
// with --strict.
import { chmodSync, cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotations, cwescan, FIXTURE_MODEL, FIXTURES, keys } from './scan-helpers.js';
function badProject() {
    const dir = mkdtempSync(join(tmpdir(), 'cwescan-bad-'));
    cpSync(join(FIXTURES, 'bad'), dir, { recursive: true });
    // Made at run time: a 1.1 MB file, symlinks that loop or dangle or leave the root, an unreadable file.
    writeFileSync(join(dir, 'huge.py'), `x = 1\n`.repeat(200_000));
    mkdirSync(join(dir, 'pkg'));
    symlinkSync('..', join(dir, 'pkg', 'loop'));
    symlinkSync('self.py', join(dir, 'self.py'));
    symlinkSync('missing.py', join(dir, 'broken.py'));
    symlinkSync(join(FIXTURES, 'project', 'app', 'db.py'), join(dir, 'outside.py'));
    writeFileSync(join(dir, 'locked.py'), 'x = 1\n');
    chmodSync(join(dir, 'locked.py'), 0o000);
    return dir;
}
const canDenyReads = process.getuid?.() !== 0; // root reads files whatever their mode
describe('bad input', () => {
    const dir = badProject();
    const run = cwescan(['scan', '.', '--model', FIXTURE_MODEL, '--no-cache', '--format', 'json'], dir);
    const report = JSON.parse(run.stdout);
    it('reports every bad file as skipped with its reason and keeps scanning', () => {
        const kinds = Object.fromEntries(report.skipped.map((s) => [s.file, s.kind]));
        expect(kinds).toEqual({
            'binary.py': 'binary',
            'broken.py': 'broken-symlink',
            'empty.py': 'empty',
            'huge.py': 'too-large',
            'latin1.py': 'encoding',
            ...(canDenyReads ? { 'locked.py': 'permission-denied' } : {}),
            'outside.py': 'outside-root',
            'pkg/loop': 'symlink-loop',
            'self.py': 'symlink-loop',
            'syntax_error.py': 'syntax-error',
        });
        const reason = (file) => report.skipped.find((s) => s.file === file)?.reason ?? '';
        expect(reason('latin1.py')).toBe('not valid UTF-8 (byte 0xe9 at offset 5) and no coding declaration');
        expect(reason('huge.py')).toMatch(/^file is 1200000 bytes, over the 1048576-byte limit/);
        expect(reason('syntax_error.py')).toBe('syntax error at line 4: 1 of 2 chunks not scanned, the rest was');
        expect(report.skipped.find((s) => s.file === 'syntax_error.py')?.line).toBe(4);
    });
    it('still scans what it can: a latin-1 file with a coding line, and the parts of a file that parse', () => {
        const expected = annotations(dir, 'expect', dir);
        expect(keys(report.findings)).toEqual(expected);
        expect(run.code).toBe(1);
    });
    it('lists the skipped files in the text report too', () => {
        const text = cwescan(['scan', '.', '--model', FIXTURE_MODEL, '--no-cache'], dir);
        expect(text.stdout).toContain('  binary.py: binary file (NUL byte at offset 10)');
        expect(text.stdout).toContain('  pkg/loop: symlink loop: points back to a directory above it');
        expect(text.stdout).toContain('skipped 1 empty file (0 bytes)');
    });
    it('exits 2 under --strict when anything was skipped', () => {
        const strict = cwescan(['scan', '.', '--model', FIXTURE_MODEL, '--no-cache', '--strict', '-q'], dir);
        expect(strict.code).toBe(2);
        expect(strict.stderr).toMatch(/--strict: \d+ files \(or parts of files\) were skipped/);
    });
    it('honours --max-file-size', () => {
        const r = cwescan(['scan', 'syntax_error.py', '--model', FIXTURE_MODEL, '--no-cache', '--format', 'json', '--max-file-size', '50'], dir);
        expect(JSON.parse(r.stdout).skipped.map((s) => s.kind)).toEqual(['too-large']);
        expect(r.code).toBe(0);
    });
});
//# sourceMappingURL=scan-bad-input.test.js.map