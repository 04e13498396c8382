// The SARIF report validates against the official SARIF 2.1.0 schema (vendored, draft-04) and carries what GitHub
// code scanning reads: rules with CWE tags, help and security-severity; partialFingerprints; suppressions; and
// tool execution notifications for skipped files and for a test model.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { annotations, cwescan, FIXTURE_MODEL, FIXTURES } from './scan-helpers.js';
const schema = JSON.parse(readFileSync(join(FIXTURES, 'sarif', 'sarif-schema-2.1.0.json'), 'utf8'));
// ajv and ajv-formats are CommonJS packages whose entry points also export themselves as `default`.
const require = createRequire(import.meta.url);
const { default: AjvDraft04 } = require('ajv-draft-04');
const { default: addFormats } = require('ajv-formats');
const ajv = new AjvDraft04({ allErrors: true, strict: false });
addFormats(ajv);
const validate = ajv.compile(schema);
function sarifOf(path) {
    const r = cwescan(['scan', path, '--model', FIXTURE_MODEL, '--no-cache', '--format', 'sarif']);
    return { code: r.code, log: JSON.parse(r.stdout) };
}
describe('SARIF report', () => {
    const project = sarifOf('test/fixtures/scan/project');
    const bad = sarifOf('test/fixtures/scan/bad');
    it('is valid SARIF 2.1.0 for a project with findings and suppressions, and for one with skipped files', () => {
        for (const log of [project.log, bad.log]) {
            const ok = validate(log);
            expect(validate.errors ?? []).toEqual([]);
            expect(ok).toBe(true);
        }
    });
    it('the validator rejects a broken log (so the check above can fail)', () => {
        const broken = structuredClone(project.log);
        broken.runs[0].results[0].level = 'catastrophic';
        expect(validate(broken)).toBe(false);
    });
    it('has one rule per reported CWE with tags, help text and a security-severity', () => {
        const rules = project.log.runs[0].tool.driver.rules ?? [];
        expect(rules.map((r) => r.id)).toEqual(['CWE-78', 'CWE-89', 'CWE-502', 'CWE-798']);
        const sql = rules.find((r) => r.id === 'CWE-89');
        expect(sql.properties?.tags).toEqual(['security', 'external/cwe/cwe-89']);
        expect(sql.properties?.['security-severity']).toBe('9.5');
        expect(sql.helpUri).toBe('https://cwe.mitre.org/data/definitions/89.html');
        expect(sql.help?.text).toContain('How it shows up in Python');
        expect(sql.name).toBe('SqlInjection');
    });
    it('places results on the annotated lines, with partial fingerprints and suppressions kept', () => {
        const results = project.log.runs[0].results ?? [];
        const at = (r) => `${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri}:${r.locations?.[0]?.physicalLocation?.region?.startLine}:${r.ruleId}`;
        const open = new Set(results.filter((r) => !r.suppressions).map(at));
        const suppressed = new Set(results.filter((r) => r.suppressions).map(at));
        expect(open).toEqual(annotations(join(FIXTURES, 'project'), 'expect'));
        expect(suppressed).toEqual(annotations(join(FIXTURES, 'project'), 'suppressed'));
        for (const r of results)
            expect(r.partialFingerprints?.['cwescan/v1']).toMatch(/^[0-9a-f]{32}$/);
        expect(results.filter((r) => r.suppressions).map((r) => r.suppressions[0].kind)).toEqual([
            'inSource',
            'inSource',
        ]);
    });
    it('reports skipped files and the test model as tool execution notifications', () => {
        const notes = bad.log.runs[0].invocations[0].toolExecutionNotifications ?? [];
        expect(notes.map((n) => n.descriptor?.id)).toEqual([
            'cwescan/test-model',
            'cwescan/skipped/binary',
            'cwescan/skipped/empty',
            'cwescan/skipped/encoding',
            'cwescan/skipped/syntax-error',
        ]);
        expect(bad.log.runs[0].properties?.testModel).toBe(true);
        expect(bad.code).toBe(1);
    });
});
//# sourceMappingURL=scan-sarif.test.js.map