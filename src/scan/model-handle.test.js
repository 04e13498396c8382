import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { openModel } from './model-handle.js';
const loads = vi.hoisted(() => ({ n: 0 }));
vi.mock('../model/registry.js', async (importOriginal) => {
    const real = await importOriginal();
    return {
        ...real,
        loadDetector: async (...args) => {
            loads.n++;
            return real.loadDetector(...args);
        },
    };
});
function checkpoint(name) {
    const dir = mkdtempSync(join(tmpdir(), 'cwescan-handle-'));
    writeFileSync(join(dir, 'config.json'), JSON.stringify({
        model_type: 'cwescan-pattern-test',
        name,
        rules: [{ cwe: 'CWE-78', pattern: 'os\\.system', probability: 0.9 }],
    }));
    return dir;
}
describe('openModel', () => {
    it('loads once, remembers the description, and later loads only when the detector is needed', async () => {
        const dir = checkpoint('first');
        const cache = mkdtempSync(join(tmpdir(), 'cwescan-handle-cache-'));
        loads.n = 0;
        const first = await openModel(dir, {}, cache);
        expect(loads.n).toBe(1);
        const info = first.info;
        await first.close();
        const second = await openModel(dir, {}, cache);
        expect(loads.n).toBe(1); // described from the cache: nothing loaded yet
        expect(second.info).toEqual(info);
        const d = await second.get();
        expect(loads.n).toBe(2);
        expect(d.info.fingerprint).toBe(info.fingerprint);
        await second.close();
    });
    it('loads again when the checkpoint changes, and always loads without a cache', async () => {
        const dir = checkpoint('a');
        const cache = mkdtempSync(join(tmpdir(), 'cwescan-handle-cache-'));
        loads.n = 0;
        const a = await openModel(dir, {}, cache);
        writeFileSync(join(dir, 'config.json'), JSON.stringify({
            model_type: 'cwescan-pattern-test',
            name: 'b',
            rules: [{ cwe: 'CWE-89', pattern: 'x', probability: 0.9 }],
        }));
        const b = await openModel(dir, {}, cache);
        expect(loads.n).toBe(2);
        expect(b.info.name).toBe('b');
        expect(b.info.fingerprint).not.toBe(a.info.fingerprint);
        await openModel(dir, {}, null);
        expect(loads.n).toBe(3);
    });
});
//# sourceMappingURL=model-handle.test.js.map