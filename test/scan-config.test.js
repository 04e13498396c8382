// Config (cwescan.toml and [tool.cwescan]), baselines keyed by fingerprint, and the result cache, through the CLI.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotations, cwescan, FIXTURE_MODEL, FIXTURES, keys } from './scan-helpers.js';
/** A fresh copy of the fixture project in a temp dir (the scan's cwd). */
function project() {
    const dir = mkdtempSync(join(tmpdir(), 'cwescan-cfg-'));
    cpSync(join(FIXTURES, 'project'), dir, { recursive: true });
    return dir;
}
function json(args, cwd) {
    const r = cwescan(['scan', '.', '--format', 'json', ...args], cwd);
    return { code: r.code, report: JSON.parse(r.stdout || 'null'), stderr: r.stderr };
}
describe('config', () => {
    it('reads cwescan.toml: threshold, per-CWE thresholds, enabled CWEs, excludes, per-file ignores, model, cache', () => {
        const dir = project();
        writeFileSync(join(dir, 'cwescan.toml'), [
            `model = "${FIXTURE_MODEL}"`,
            'threshold = 0.5',
            'enabled-cwes = ["CWE-89", "CWE-78", "CWE-798"]',
            'exclude = ["scripts/"]',
            'cache-dir = false',
            '[cwe-thresholds]',
            '"CWE-798" = 0.8',
            '[per-file-ignores]',
            '"app/long.py" = ["CWE-78"]',
        ].join('\n'));
        const { code, report } = json([], dir);
        expect(code).toBe(1);
        expect(keys(report.findings)).toEqual(new Set([
            'app/db.py:11:CWE-89',
            'app/db.py:23:CWE-89',
            'app/db.py:30:CWE-78',
            'app/db.py:33:CWE-89',
            'app/suppressed.py:14:CWE-78',
        ]));
        expect(report.suppressed.filter((f) => f.suppression?.kind === 'config').map((f) => `${f.file}:${f.line}`)).toEqual(['app/long.py:106']);
        expect(report.stats.cached_files).toBe(0);
    });
    it('reads [tool.cwescan] from pyproject.toml, and flags override it', () => {
        const dir = project();
        writeFileSync(join(dir, 'pyproject.toml'), `[project]\nname = "x"\n\n[tool.cwescan]\nmodel = "${FIXTURE_MODEL}"\nenabled-cwes = ["CWE-502"]\n`);
        expect(keys(json(['--no-cache'], dir).report.findings)).toEqual(new Set(['app/db.py:38:CWE-502']));
        expect(keys(json(['--no-cache', '--enable', 'CWE-798'], dir).report.findings)).toEqual(new Set(['app/settings.py:4:CWE-798']));
    });
    it('names every bad key by its path and exits 2', () => {
        const dir = project();
        writeFileSync(join(dir, 'pyproject.toml'), '[tool.cwescan]\nthreshhold = 0.5\nthreshold = 3\nenabled-cwes = ["CWE-1"]\n');
        const r = cwescan(['scan', '.', '--model', FIXTURE_MODEL], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('pyproject.toml has 3 problems');
        expect(r.stderr).toContain('tool.cwescan.threshhold: unknown key');
        expect(r.stderr).toContain('tool.cwescan.threshold: ');
        expect(r.stderr).toContain('tool.cwescan.enabled-cwes.0: not a CWE of the Top 25');
    });
    it('reports invalid TOML with the file name', () => {
        const dir = project();
        writeFileSync(join(dir, 'cwescan.toml'), 'threshold = = 1\n');
        const r = cwescan(['scan', '.', '--model', FIXTURE_MODEL], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toMatch(/E_CONFIG: .*cwescan\.toml is not valid TOML/);
    });
});
describe('baseline', () => {
    it('hides accepted findings by fingerprint; new ones, even on shifted lines, stay visible', () => {
        const dir = project();
        const args = ['--model', FIXTURE_MODEL, '--no-cache'];
        const write = cwescan(['scan', '.', ...args, '--write-baseline', 'baseline.json', '-q'], dir);
        expect(write.code).toBe(0);
        const baseline = JSON.parse(readFileSync(join(dir, 'baseline.json'), 'utf8'));
        expect(baseline.findings).toHaveLength(9);
        const clean = json([...args, '--baseline', 'baseline.json'], dir);
        expect(clean.code).toBe(0);
        expect(clean.report.findings).toEqual([]);
        expect(clean.report.suppressed.filter((f) => f.suppression?.kind === 'baseline')).toHaveLength(9);
        // Lines shift (three comment lines on top of db.py): the fingerprints hold, nothing new appears.
        const db = join(dir, 'app', 'db.py');
        const lines = readFileSync(db, 'utf8').split('\n');
        lines.splice(1, 0, '# a', '# b', '# c');
        writeFileSync(db, lines.join('\n'));
        const shifted = json([...args, '--baseline', 'baseline.json'], dir);
        expect(shifted.code).toBe(0);
        expect(shifted.report.findings).toEqual([]);
        // A second injection added to find_user does not hide behind the accepted one: the function changed.
        const at = lines.findIndex((l) => l.includes("WHERE name = '{name}'"));
        lines.splice(at + 1, 0, lines[at].replace('users', 'admins'));
        writeFileSync(db, lines.join('\n'));
        const after = json([...args, '--baseline', 'baseline.json'], dir);
        expect(after.code).toBe(1);
        expect(keys(after.report.findings)).toEqual(new Set([`app/db.py:${at + 1}:CWE-89`]));
    });
    it('rejects a file that is not a baseline', () => {
        const dir = project();
        writeFileSync(join(dir, 'b.json'), '{"hello": 1}');
        const r = cwescan(['scan', '.', '--model', FIXTURE_MODEL, '--baseline', 'b.json'], dir);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('is neither a cwescan baseline nor a cwescan JSON report');
    });
});
describe('result cache', () => {
    it('serves an unchanged re-scan from the cache with identical findings, and survives a corrupt entry', () => {
        const dir = project();
        const args = ['--model', FIXTURE_MODEL];
        const cold = json(args, dir);
        const warm = json(args, dir);
        expect(cold.report.stats.cached_files).toBe(0);
        expect(warm.report.stats.cached_files).toBe(warm.report.stats.files);
        expect(warm.report.findings).toEqual(cold.report.findings);
        // Truncate every cache entry (a crash mid-write cannot do this thanks to rename, but a disk problem could).
        const cacheDir = join(dir, '.cwescan-cache');
        for (const sub of readdirSync(cacheDir).filter((d) => /^[0-9a-f]{2}$/.test(d))) {
            for (const f of readdirSync(join(cacheDir, sub)))
                writeFileSync(join(cacheDir, sub, f), '{"form');
        }
        const repaired = json(args, dir);
        expect(repaired.report.stats.cached_files).toBe(0);
        expect(repaired.report.findings).toEqual(cold.report.findings);
        expect(json(args, dir).report.stats.cached_files).toBe(cold.report.stats.files);
    });
    it('scans without a cache it cannot write, and says so', () => {
        const dir = project();
        writeFileSync(join(dir, 'not-a-dir'), '');
        const { code, report } = json(['--model', FIXTURE_MODEL, '--cache-dir', 'not-a-dir/cache'], dir);
        expect(code).toBe(1);
        expect(report.warnings).toContain(`cannot write the result cache in ${join(dir, 'not-a-dir', 'cache')} (ENOTDIR); scanning without it`);
        expect(keys(report.findings)).toEqual(annotations(dir, 'expect', dir));
    });
    it('misses after a change to the model', () => {
        const dir = project();
        json(['--model', FIXTURE_MODEL], dir);
        const other = mkdtempSync(join(tmpdir(), 'cwescan-model-'));
        const config = JSON.parse(readFileSync(join(FIXTURE_MODEL, 'config.json'), 'utf8'));
        writeFileSync(join(other, 'config.json'), JSON.stringify({ ...config, name: 'another' }));
        expect(json(['--model', other], dir).report.stats.cached_files).toBe(0);
    });
});
//# sourceMappingURL=scan-config.test.js.map