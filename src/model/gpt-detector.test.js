import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { vulnerableProbability } from './detector.js';
import { LABELS } from './labels.js';
import { loadDetector } from './registry.js';
const MODELS = join(import.meta.dirname, '../../test/fixtures/models');
let tuned;
let untuned;
beforeAll(async () => {
    tuned = await loadDetector(join(MODELS, 'tiny-gpt'), { threads: 1 });
    untuned = await loadDetector(join(MODELS, 'tiny-gpt-pretrained'), { threads: 1 });
});
afterAll(async () => {
    await tuned.close();
    await untuned.close();
});
describe('cwescan-gpt detector', () => {
    it('is loaded through the registry and describes itself', () => {
        expect(tuned.info).toMatchObject({ modelType: 'cwescan-gpt', name: 'tiny-gpt (test fixture)', isTestModel: false });
        expect(tuned.info.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    });
    it('gives 26 sorted probabilities summing to 1, deterministically, for fine-tuned and untuned checkpoints', async () => {
        const snippets = [
            'import os\n\ndef ping(host):\n    os.system("ping -c 1 " + host)\n',
            'def add(a, b):\n    return a + b\n',
        ];
        for (const d of [tuned, untuned]) {
            const r = await d.detect(snippets);
            expect(r).toHaveLength(2);
            for (const scores of r) {
                expect(scores.map((s) => s.cwe).sort()).toEqual([...LABELS].sort());
                expect(scores.reduce((a, s) => a + s.probability, 0)).toBeCloseTo(1, 9);
                for (let i = 1; i < scores.length; i++)
                    expect(scores[i].probability).toBeLessThanOrEqual(scores[i - 1].probability);
            }
            expect(await d.detect(snippets)).toEqual(r);
        }
    });
    it('reproduces the fine-tuning labels on its training examples (the fixture reached training accuracy 1)', async () => {
        const lines = (await readFile(join(MODELS, '../finetune/train.jsonl'), 'utf8'))
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l));
        const accepted = lines.filter((x) => x.review.status === 'accepted');
        const results = await tuned.detect(accepted.map((x) => x.code));
        expect(results.map((r) => r[0].cwe)).toEqual(accepted.map((x) => (x.vulnerable ? x.cwe : 'none')));
    });
    it('scores a snippet the same alone and in a batch, and max-pools windows of long code', async () => {
        const vuln = 'import os\n\ndef ping(host):\n    os.system("ping -c 1 " + host)\n';
        const filler = Array.from({ length: 60 }, (_, i) => `total_${i} = sum(range(${i}))\n`).join('');
        const [alone] = await tuned.detect([vuln]);
        const [, inBatch] = await tuned.detect([filler, vuln, 'x = 1\n']);
        for (let i = 0; i < alone.length; i++)
            expect(inBatch[i].probability).toBeCloseTo(alone[i].probability, 5);
        // The vulnerable function at the end of a long file: the windows are max-pooled on P(vulnerable).
        const [long] = await tuned.detect([filler + vuln]);
        const [fillerOnly] = await tuned.detect([filler]);
        expect(vulnerableProbability(long)).toBeGreaterThanOrEqual(vulnerableProbability(fillerOnly) - 1e-9);
    });
});
//# sourceMappingURL=gpt-detector.test.js.map