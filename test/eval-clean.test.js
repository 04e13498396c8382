// End-to-end: `cwescan eval --clean` on a small annotated tree. Every line marked `# expect: CWE-n` must be found,
// and nothing else; Bandit runs on the same tree.
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, FIX } from './eval-helpers.js';
const TREE = `${FIX}/clean-tree`;
/** "file:line:CWE" for every `# expect:` annotation under the tree. */
function expectations(dir) {
    const out = [];
    const walk = (d) => {
        for (const e of readdirSync(d, { withFileTypes: true })) {
            const p = join(d, e.name);
            if (e.isDirectory())
                walk(p);
            else if (e.name.endsWith('.py')) {
                readFileSync(p, 'utf8')
                    .split('\n')
                    .forEach((line, i) => {
                    const m = /# expect: (CWE-\d+)/.exec(line);
                    if (m)
                        out.push(`${relative(dir, p)}:${i + 1}:${m[1]}`);
                });
            }
        }
    };
    walk(dir);
    return out.sort();
}
describe('cwescan eval --clean', () => {
    it('finds exactly the annotated lines and reports rates per 1,000 lines beside Bandit', () => {
        const r = cli(['eval', '--clean', TREE, '--model', `${FIX}/pattern-model`, '--json']);
        expect(r.code, r.stderr).toBe(0);
        const j = JSON.parse(r.stdout);
        const found = j.top_findings
            .map((f) => `${f.file}:${f.line}:${f.cwe}`)
            .sort();
        expect(found).toEqual(expectations(TREE));
        expect(j).toMatchObject({ mode: 'clean', files: 5, lines: 44, findings: 3, files_with_findings: 3 });
        expect(j.findings_per_kloc).toBeCloseTo((3 * 1000) / 44, 9);
        expect(j.per_cwe.map((c) => [c.cwe, c.findings])).toEqual([
            ['CWE-89', 1],
            ['CWE-78', 1],
            ['CWE-502', 1],
        ]);
        // Bandit 1.6.2 fires on risky calls and imports, safe or not: import subprocess (B404), os.system (B605), the
        // list-form subprocess.run (B603, and B607 for the partial path "ls"), import pickle (B403), pickle.loads (B301).
        // It does not flag the concatenated SELECT (its B608 misses this form).
        expect(j.bandit.findings).toBe(6);
        expect(j.bandit.per_cwe.map((c) => [c.cwe, c.findings])).toEqual([
            ['CWE-78', 4],
            ['CWE-502', 2],
        ]);
        expect(j.bandit.mapped_per_kloc).toBeCloseTo(6000 / 44, 9);
    });
    it('--top limits the list, --out writes the clean report files, --no-bandit skips Bandit', async () => {
        const out = await mkdtemp(join(tmpdir(), 'cwescan-clean-'));
        const r = cli([
            'eval',
            '--clean',
            TREE,
            '--model',
            `${FIX}/pattern-model`,
            '--top',
            '1',
            '--no-bandit',
            '--out',
            out,
        ]);
        expect(r.code, r.stderr).toBe(0);
        expect(r.stdout).toContain('bandit: not run (turned off with --no-bandit)');
        expect((await readdir(out)).sort()).toEqual(['clean-metrics.json', 'clean-report.html', 'clean-report.md']);
        const j = JSON.parse(readFileSync(join(out, 'clean-metrics.json'), 'utf8'));
        expect(j.top_findings).toHaveLength(1);
        expect(j.top_findings[0].cwe).toBe('CWE-89'); // the pattern model's highest rule probability (0.9)
        expect(readFileSync(join(out, 'clean-report.md'), 'utf8')).toContain('## Highest-scoring findings (top 1)');
    });
    it('refuses a missing directory and --clean with --data', () => {
        const missing = cli(['eval', '--clean', `${FIX}/no-such-dir`, '--model', `${FIX}/pattern-model`]);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('E_IO');
        const both = cli(['eval', '--clean', TREE, '--data', `${FIX}/test.jsonl`, '--model', `${FIX}/pattern-model`]);
        expect(both.code).toBe(2);
        expect(both.stderr).toContain('--clean and --data');
    });
});
//# sourceMappingURL=eval-clean.test.js.map