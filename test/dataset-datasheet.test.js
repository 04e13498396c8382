// Consistency of the committed dataset: once examples.jsonl is merged, it validates and the datasheet's statistics
// section is exactly what `cwescan dataset stats --markdown` prints for it (never typed by hand).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './dataset-cli.js';
const DIR = join(ROOT, 'data', 'cwe-top25-python');
const DATA = join(DIR, 'examples.jsonl');
const hasData = existsSync(DATA);
describe('the committed CWE Top 25 Python dataset', () => {
    it('has a datasheet with statistics markers', async () => {
        const sheet = await readFile(join(DIR, 'README.md'), 'utf8');
        expect(sheet).toContain('<!-- stats:begin -->');
        expect(sheet).toContain('<!-- stats:end -->');
    });
    it.runIf(hasData)('passes cwescan dataset validate', async () => {
        const r = await runCli(['dataset', 'validate']);
        expect(r.stdout).toMatch(/no problems/);
        expect(r.code).toBe(0);
    });
    it.runIf(hasData)('has a datasheet whose statistics match `cwescan dataset stats --markdown`', async () => {
        const r = await runCli(['dataset', 'stats', '--markdown']);
        const sheet = await readFile(join(DIR, 'README.md'), 'utf8');
        const section = sheet.slice(sheet.indexOf('<!-- stats:begin -->') + '<!-- stats:begin -->\n'.length, sheet.indexOf('<!-- stats:end -->'));
        expect(section, 'run `npm run dataset:datasheet`').toBe(r.stdout);
    });
});
//# sourceMappingURL=dataset-datasheet.test.js.map