import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CwescanError } from '../errors.js';
import { topCwe, vulnerableProbability } from './detector.js';
import { loadDetector } from './registry.js';
async function checkpoint(config) {
    const dir = await mkdtemp(join(tmpdir(), 'cwescan-model-'));
    await writeFile(join(dir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config));
    return dir;
}
describe('loadDetector', () => {
    it('loads a pattern test model and scores snippets deterministically', async () => {
        const dir = await checkpoint({
            model_type: 'cwescan-pattern-test',
            name: 'fixture',
            rules: [{ cwe: 'CWE-89', pattern: 'execute\\(f"', probability: 0.9 }],
        });
        const d = await loadDetector(dir);
        expect(d.info.isTestModel).toBe(true);
        const [hit, miss] = await d.detect(['cur.execute(f"SELECT {x}")', 'print(1)']);
        expect(topCwe(hit)).toEqual({ cwe: 'CWE-89', probability: 0.9 });
        expect(hit.reduce((s, x) => s + x.probability, 0)).toBeCloseTo(1, 10);
        expect(vulnerableProbability(miss)).toBeCloseTo(0.02, 10);
    });
    it('names the file and the problem for missing, malformed and unknown checkpoints', async () => {
        await expect(loadDetector('/nonexistent/ckpt')).rejects.toThrow(/cannot read \/nonexistent\/ckpt\/config.json/);
        await expect(loadDetector(await checkpoint('{nope'))).rejects.toThrow(/not valid JSON/);
        await expect(loadDetector(await checkpoint({ model_type: 'gpt-99' }))).rejects.toThrow(/unknown model_type "gpt-99"/);
        const bad = loadDetector(await checkpoint({
            model_type: 'cwescan-pattern-test',
            name: 'x',
            rules: [{ cwe: 'CWE-1', pattern: 'a', probability: 2 }],
        }));
        await expect(bad).rejects.toBeInstanceOf(CwescanError);
        await expect(bad).rejects.toThrow(/rules.0.cwe/);
    });
});
//# sourceMappingURL=registry.test.js.map