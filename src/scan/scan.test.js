import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../model/labels.js';
import { scanPaths } from './scan.js';
/** A detector that flags CWE-78 wherever `os.system(` appears and records what it saw. */
function fakeDetector() {
    const d = {
        info: { modelType: 'fake', name: 'fake', path: '-', isTestModel: false, fingerprint: 'f1' },
        seen: [],
        closed: false,
        async detect(snippets) {
            d.seen.push(...snippets);
            return snippets.map((s) => {
                const p = s.includes('os.system(') ? 0.8 : 0;
                return LABELS.map((cwe) => ({ cwe, probability: cwe === 'CWE-78' ? p : cwe === 'none' ? 1 - p : 0 })).sort((a, b) => b.probability - a.probability);
            });
        },
        async close() {
            d.closed = true;
        },
    };
    return d;
}
describe('scanPaths (programmatic API)', () => {
    it('scans with a caller-owned detector, finds the line by occlusion and leaves the detector open', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'cwescan-api-'));
        writeFileSync(join(dir, 'app.py'), 'import os\n\n\ndef clean(p):\n    p = p.strip()\n    os.system("rm " + p)\n    return p\n');
        const detector = fakeDetector();
        const result = await scanPaths({ paths: ['.'], cwd: dir, detector, cacheDir: null });
        expect(result.findings.map((f) => [f.file, f.startLine, f.endLine, f.line, f.cwe, f.confidence])).toEqual([
            ['app.py', 4, 7, 6, 'CWE-78', 'medium'],
        ]);
        expect(result.warnings).toEqual([]);
        expect(result.stats).toMatchObject({ files: 1, lines: 7, chunks: 1, cachedFiles: 0 });
        expect(detector.seen[0]).toBe('import os\n\ndef clean(p):\n    p = p.strip()\n    os.system("rm " + p)\n    return p');
        expect(detector.closed).toBe(false);
    });
    it('re-scans from the file index without reading unchanged files, and sees a same-size edit', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'cwescan-index-scan-'));
        const cacheDir = join(dir, '.cache');
        writeFileSync(join(dir, 'a.py'), 'import os\n\n\ndef a(p):\n    return os.getcwd(p)\n');
        await new Promise((r) => setTimeout(r, 2100)); // let the files age past the racy window
        const first = await scanPaths({ paths: ['.'], cwd: dir, detector: fakeDetector(), cacheDir });
        expect(first.findings).toEqual([]);
        const second = await scanPaths({ paths: ['.'], cwd: dir, detector: fakeDetector(), cacheDir });
        expect(second.stats.cachedFiles).toBe(1);
        // Same size, different content: the stat changes (ctime), so the index does not hide the edit.
        writeFileSync(join(dir, 'a.py'), 'import os\n\n\ndef a(p):\n    return os.system(p)\n');
        const third = await scanPaths({ paths: ['.'], cwd: dir, detector: fakeDetector(), cacheDir });
        expect(third.findings.map((f) => [f.line, f.cwe])).toEqual([[5, 'CWE-78']]);
    });
});
//# sourceMappingURL=scan.test.js.map