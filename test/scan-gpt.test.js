// A real transformer checkpoint (the `train` engineer's tiny-gpt fixture, model_type cwescan-gpt, run by ONNX
// Runtime) goes through the whole scanner: same chunks as the pattern model, deterministic results, warm cache equal
// to cold, findings inside their spans. The tiny model is untrained for accuracy, so no (line, CWE) set is asserted.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cwescan, FIXTURE_MODEL, ROOT } from './scan-helpers.js';
const GPT = join(ROOT, 'test', 'fixtures', 'models', 'tiny-gpt');
function scan(model, extra = []) {
    const r = cwescan([
        'scan',
        'test/fixtures/scan/project',
        '--model',
        model,
        '--format',
        'json',
        '--threads',
        '1',
        ...extra,
    ]);
    if (r.code === 2)
        throw new Error(r.stderr);
    return { code: r.code, report: JSON.parse(r.stdout) };
}
describe('scanning with a cwescan-gpt checkpoint', () => {
    const cache = mkdtempSync(join(tmpdir(), 'cwescan-gpt-cache-'));
    const cold = scan(GPT, ['--cache-dir', cache, '--threshold', '0.4']);
    it('runs the transformer over the same chunks as the pattern model and reports it is not a test model', () => {
        const pattern = scan(FIXTURE_MODEL, ['--no-cache']);
        expect(cold.report.model).toMatchObject({ type: 'cwescan-gpt', test_model: false });
        expect(cold.report.warnings.some((w) => w.includes('test model'))).toBe(false);
        expect(cold.report.stats.chunks).toBe(pattern.report.stats.chunks);
        expect(cold.report.stats.files).toBe(pattern.report.stats.files);
        expect(cold.code).toBe(cold.report.findings.length > 0 ? 1 : 0);
    });
    it('gives findings with probabilities at or above the threshold and lines inside their spans', () => {
        for (const f of [...cold.report.findings, ...cold.report.suppressed]) {
            expect(f.probability).toBeGreaterThanOrEqual(0.4);
            expect(f.line).toBeGreaterThanOrEqual(f.start_line);
            expect(f.line).toBeLessThanOrEqual(f.end_line);
        }
    });
    it('is deterministic, and a warm re-scan from the cache reports exactly the cold findings', () => {
        const again = scan(GPT, ['--no-cache', '--threshold', '0.4']);
        expect(again.report.findings).toEqual(cold.report.findings);
        const warm = scan(GPT, ['--cache-dir', cache, '--threshold', '0.4']);
        expect(warm.report.stats.cached_files).toBe(warm.report.stats.files);
        expect(warm.report.findings).toEqual(cold.report.findings);
    });
});
//# sourceMappingURL=scan-gpt.test.js.map