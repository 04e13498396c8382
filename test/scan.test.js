// End-to-end: the built CLI scans the fixture project with the fixture pattern model and reports exactly the
// annotated (file, line, CWE) set, honours discovery rules and suppressions, and exits 0/1/2 as documented.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotations, cwescan, FIXTURE_MODEL, FIXTURES, keys, ROOT } from './scan-helpers.js';
const PROJECT = join(FIXTURES, 'project');
const base = ['--model', FIXTURE_MODEL, '--no-cache'];
/** (file:line:CWE) keys from examples/flask-app/expected.json: the example keeps its answers out of the code. */
function exampleExpectations(kind) {
    const expected = JSON.parse(readFileSync(join(ROOT, 'examples/flask-app/expected.json'), 'utf8'));
    return new Set((expected[kind] ?? []).map((e) => `examples/flask-app/${e.file}:${e.line}:${e.cwe}`));
}
describe('cwescan scan (end to end)', () => {
    const run = cwescan(['scan', 'test/fixtures/scan/project', ...base, '--format', 'json']);
    const report = JSON.parse(run.stdout);
    it('reports exactly the annotated (file, line, CWE) set and exits 1', () => {
        expect(run.code).toBe(1);
        expect(keys(report.findings)).toEqual(annotations(PROJECT, 'expect'));
    });
    it('keeps suppressed findings apart, with their reason', () => {
        expect(keys(report.suppressed)).toEqual(annotations(PROJECT, 'suppressed'));
        expect(report.suppressed.map((f) => f.suppression?.kind)).toEqual(['inline', 'inline']);
        expect(report.warnings.some((w) => w.includes('1 bare "# cwescan: ignore" comment'))).toBe(true);
    });
    it('finds shebang scripts and skips .gitignore entries, virtualenvs, node_modules and build output', () => {
        const files = new Set([...report.findings, ...report.suppressed].map((f) => f.file));
        expect(files).toEqual(new Set([
            'test/fixtures/scan/project/app/db.py',
            'test/fixtures/scan/project/app/long.py',
            'test/fixtures/scan/project/app/settings.py',
            'test/fixtures/scan/project/app/suppressed.py',
            'test/fixtures/scan/project/scripts/deploy',
        ]));
        expect(report.skipped).toEqual([
            { file: 'test/fixtures/scan/project/app/__init__.py', reason: 'empty file (0 bytes)', kind: 'empty' },
        ]);
    });
    it('gives every finding catalog names, severity, confidence, span and a fingerprint', () => {
        const sql = report.findings.find((f) => f.line === 11 && f.file.endsWith('db.py'));
        expect(sql).toMatchObject({
            start_line: 9,
            end_line: 12,
            cwe: 'CWE-89',
            name: "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
            probability: 0.95,
            severity: 'critical',
            confidence: 'high',
        });
        expect(sql?.message).toMatch(/^Possible SQL injection in function find_user: /);
        expect(sql?.fingerprint).toMatch(/^[0-9a-f]{32}$/);
        expect(new Set(report.findings.map((f) => f.fingerprint)).size).toBe(report.findings.length);
    });
    it('says in the JSON report that the model is a test model', () => {
        expect(report.version).toBe('1.0');
        expect(report.model).toMatchObject({ type: 'cwescan-pattern-test', test_model: true });
        expect(report.warnings[0]).toMatch(/is a test model/);
    });
    it('prints the text report grouped by file, with excerpts and the test-model warning, without colours off a TTY', () => {
        const text = cwescan(['scan', 'test/fixtures/scan/project/app/db.py', ...base]);
        expect(text.code).toBe(1);
        expect(text.stdout).toMatch(/^warning: model "scan fixture patterns" \(cwescan-pattern-test\) is a test model/);
        expect(text.stdout).toContain('test/fixtures/scan/project/app/db.py\n  11  CWE-89  SQL injection  critical');
        expect(text.stdout).toContain('   > 11 |     cur.execute(f"SELECT * FROM users WHERE name = \'{name}\'")');
        expect(text.stdout).toMatch(/5 findings \(5 critical\) in 1 file/);
        expect(text.stdout).not.toContain('\u001b[');
    });
    it('exits 0 when nothing reaches the threshold, and with --enable limits the CWEs', () => {
        const clean = cwescan(['scan', 'test/fixtures/scan/project', ...base, '--enable', 'CWE-918', '--format', 'json']);
        expect(clean.code).toBe(0);
        expect(JSON.parse(clean.stdout).findings).toEqual([]);
        const high = cwescan(['scan', 'test/fixtures/scan/project', ...base, '--threshold', '0.92', '--format', 'json']);
        expect(new Set(JSON.parse(high.stdout).findings.map((f) => f.cwe))).toEqual(new Set(['CWE-89']));
    });
    it('exits 2 with a clear message for usage errors and a bad model directory', () => {
        const badThreshold = cwescan(['scan', 'test/fixtures/scan/project', ...base, '--threshold', '7']);
        expect(badThreshold.code).toBe(2);
        expect(badThreshold.stderr).toContain('--threshold 7: expected a probability from 0.01 to 1');
        const badCwe = cwescan(['scan', 'test/fixtures/scan/project', ...base, '--enable', 'CWE-99999']);
        expect(badCwe.code).toBe(2);
        const noPath = cwescan(['scan', 'test/fixtures/scan/no-such-dir', ...base]);
        expect(noPath.code).toBe(2);
        expect(noPath.stderr).toContain('E_USAGE: no such file or directory: test/fixtures/scan/no-such-dir');
        const noModel = cwescan(['scan', 'test/fixtures/scan/project', '--model', 'test/fixtures/scan/nope', '--no-cache']);
        expect(noModel.code).toBe(2);
        expect(noModel.stderr).toMatch(/E_CHECKPOINT: cannot read .*nope\/config\.json/);
    });
    it('writes the report atomically to --output and still warns about the test model on stderr', () => {
        const dir = mkdtempSync(join(tmpdir(), 'cwescan-out-'));
        const out = join(dir, 'report.json');
        writeFileSync(out, 'old');
        const r = cwescan(['scan', 'test/fixtures/scan/project', ...base, '--format', 'json', '--output', out]);
        expect(r.code).toBe(1);
        expect(r.stdout).toBe('');
        expect(keys(JSON.parse(readFileSync(out, 'utf8')).findings)).toEqual(annotations(PROJECT, 'expect'));
        expect(r.stderr).toMatch(/cwescan: warning: model .* is a test model/);
    });
    it('scans the bundled example with the shipped default model and reports exit code 1 for its weaknesses', () => {
        const r = cwescan(['scan', 'examples/flask-app', '--no-cache', '--format', 'json']);
        const example = JSON.parse(r.stdout);
        expect(r.code).toBe(example.findings.length > 0 ? 1 : 0);
        if (example.model.type === 'cwescan-pattern-test') {
            // The placeholder model: exactly the weaknesses listed in expected.json, none of the look-alikes, and it says so.
            expect(keys(example.findings)).toEqual(exampleExpectations('weaknesses'));
            expect(example.model.test_model).toBe(true);
            expect(example.warnings[0]).toMatch(/is a test model/);
        }
        else {
            // A trained default model: it must run cleanly over the example and stay quiet on the look-alike lines.
            expect(r.code).not.toBe(2);
            const flagged = new Set(example.findings.map((f) => `${f.file}:${f.line}`));
            const lookAlikes = [...exampleExpectations('look_alikes')].map((k) => k.split(':').slice(0, 2).join(':'));
            expect(lookAlikes.filter((k) => flagged.has(k))).toEqual([]);
        }
    });
});
//# sourceMappingURL=scan.test.js.map