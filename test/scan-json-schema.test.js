// The JSON report matches its published schema (docs/cwescan-report.schema.json), for a project with findings and
// suppressions and for one with skipped files.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cwescan, FIXTURE_MODEL, ROOT } from './scan-helpers.js';
const require = createRequire(import.meta.url);
const { default: Ajv } = require('ajv');
const schema = JSON.parse(readFileSync(join(ROOT, 'docs', 'cwescan-report.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true }).compile(schema);
describe('JSON report schema', () => {
    it.each(['test/fixtures/scan/project', 'test/fixtures/scan/bad'])('validates the report of %s', (path) => {
        const r = cwescan(['scan', path, '--model', FIXTURE_MODEL, '--no-cache', '--format', 'json']);
        const report = JSON.parse(r.stdout);
        validate(report);
        expect(validate.errors ?? []).toEqual([]);
    });
    it('rejects a report with a misspelt field', () => {
        const r = cwescan([
            'scan',
            'test/fixtures/scan/project',
            '--model',
            FIXTURE_MODEL,
            '--no-cache',
            '--format',
            'json',
        ]);
        const report = JSON.parse(r.stdout);
        report.findings[0].startline = report.findings[0].start_line;
        delete report.findings[0].start_line;
        expect(validate(report)).toBe(false);
    });
});
//# sourceMappingURL=scan-json-schema.test.js.map