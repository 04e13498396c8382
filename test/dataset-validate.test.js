// `cwescan dataset validate` end to end: passes on the good fixture, fails with exact, clear problems on each broken
// fixture (bad JSON/schema/duplicate id, parse error, leakage, near-duplicate, broken twins, balance).
import { describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './dataset-cli.js';
async function validate(name, ...extra) {
    const r = await runCli(['dataset', 'validate', '--data', `${FIXTURES}${name}`, '--json', ...extra]);
    return { code: r.code, result: JSON.parse(r.stdout) };
}
const keys = (r) => r.problems.map((p) => `${p.line}:${p.id}:${p.kind}`);
describe('cwescan dataset validate', () => {
    it('passes the good fixture (balance off: it is one small part)', async () => {
        const { code, result } = await validate('good.jsonl', '--no-balance');
        expect(result).toEqual({ file: `${FIXTURES}good.jsonl`, examples: 8, ok: true, problems: [] });
        expect(code).toBe(0);
    });
    it('prints one line per problem with file:line, id, kind and message, and exits 1', async () => {
        const r = await runCli(['dataset', 'validate', '--data', `${FIXTURES}near-duplicate.jsonl`, '--no-balance']);
        expect(r.code).toBe(1);
        expect(r.stdout).toContain(`${FIXTURES}near-duplicate.jsonl:3 cwe89-report-filter-copy [near-duplicate] near-duplicate of ` +
            'cwe89-report-filter-f (Jaccard 0.91 on 5-token shingles, limit 0.8)');
        expect(r.stdout).toMatch(/3 readable examples, 1 problems \(1 near-duplicate\)/);
    });
    it('reports bad JSON, schema problems with the field path, and duplicate ids', async () => {
        const { code, result } = await validate('bad-schema.jsonl', '--no-balance');
        expect(code).toBe(1);
        expect(keys(result)).toEqual([
            '3:null:json',
            '4:Bad_ID:schema',
            '4:Bad_ID:schema',
            '5:cwe78-ping-host-f:schema',
            '5:cwe78-ping-host-f:schema',
            '6:cwe89-report-filter-v:duplicate-id',
        ]);
        const messages = result.problems.map((p) => p.message);
        expect(messages).toContain('id: id must be lowercase letters, digits and dashes');
        expect(messages).toContain('lines: a vulnerable example must name the lines that carry the weakness');
        expect(messages).toContain('cwe: "CWE-327" is not one of the 2024 CWE Top 25 (write it as "CWE-<n>", or null for benign code)');
        expect(messages).toContain('explanation: Invalid input: expected string, received undefined');
        expect(messages).toContain('duplicate id (first on line 1)');
    });
    it('reports code that tree-sitter cannot parse', async () => {
        const { result } = await validate('parse-error.jsonl', '--no-balance');
        expect(keys(result)).toEqual(['1:cwe22-parse-error-b:parse']);
        expect(result.problems[0].message).toBe("code line 13: syntax error near 'return send_from_directory' (in the statement that starts on line 10)");
    });
    it('reports leakage in comments, docstrings and defined names, never in API names used', async () => {
        const { result } = await validate('leakage.jsonl', '--no-balance');
        expect(result.problems.map((p) => `${p.id} ${p.message}`)).toEqual([
            "cwe502-leaky-config-f code line 9: definition 'import_settings_safely' gives the label away",
            'cwe502-leaky-config-f code line 10: docstring of import_settings_safely gives the label away',
            "cwe502-leaky-config-f code line 14: comment '# fixed: safe_load instead of load' gives the label away",
            "cwe502-leaky-config-f code line 16: attribute 'secure_mode' gives the label away",
        ]);
    });
    it('reports broken twins: missing, not pointing back, same label, other CWE', async () => {
        const { result } = await validate('broken-twin.jsonl', '--no-balance');
        expect(result.problems.map((p) => `${p.id}: ${p.message}`)).toEqual([
            'cwe78-ping-host-v: twin cwe78-does-not-exist does not exist',
            'cwe78-ping-host-f: twin cwe78-ping-host-v does not point back (its twin is cwe78-does-not-exist)',
            'cwe502-upload-config-v: twin cwe502-upload-config-f has the same label (both vulnerable)',
            'cwe502-upload-config-f: twin cwe502-upload-config-v has the same label (both vulnerable)',
            'cwe89-report-filter-v: twin cwe89-report-filter-f has another CWE (CWE-20 vs CWE-89)',
            'cwe89-report-filter-f: twin cwe89-report-filter-v has another CWE (CWE-89 vs CWE-20)',
        ]);
    });
    it('checks per-CWE balance by default and names each CWE that is short', async () => {
        const { code, result } = await validate('good.jsonl');
        expect(code).toBe(1);
        expect(result.problems.every((p) => p.kind === 'balance')).toBe(true);
        expect(result.problems).toHaveLength(25);
        expect(result.problems.find((p) => p.id === 'CWE-89')?.message).toBe('accepted examples: 1 vulnerable (need 10), 1 not vulnerable (need 10), 1 fixed twins (need 5)');
        // the CWE-22 example is still pending, so it does not count
        expect(result.problems.find((p) => p.id === 'CWE-22')?.message).toBe('accepted examples: 0 vulnerable (need 10), 0 not vulnerable (need 10), 0 fixed twins (need 5)');
    });
    it('fails with a clear error on a missing file', async () => {
        const r = await runCli(['dataset', 'validate', '--data', `${FIXTURES}nope.jsonl`]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`cwescan: error E_IO: dataset file ${FIXTURES}nope.jsonl does not exist`);
    });
});
//# sourceMappingURL=dataset-validate.test.js.map