import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Detector, LabelScore } from '../model/detector.js';
import { LABELS } from '../model/labels.js';
import { scanPaths } from './scan.js';

/** A detector that flags CWE-78 wherever `os.system(` appears and records what it saw. */
function fakeDetector(): Detector & { seen: string[]; closed: boolean } {
  const d = {
    info: { modelType: 'fake', name: 'fake', path: '-', isTestModel: false, fingerprint: 'f1' },
    seen: [] as string[],
    closed: false,
    async detect(snippets: readonly string[]): Promise<LabelScore[][]> {
      d.seen.push(...snippets);
      return snippets.map((s) => {
        const p = s.includes('os.system(') ? 0.8 : 0;
        return LABELS.map((cwe) => ({ cwe, probability: cwe === 'CWE-78' ? p : cwe === 'none' ? 1 - p : 0 })).sort(
          (a, b) => b.probability - a.probability,
        );
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
    writeFileSync(
      join(dir, 'app.py'),
      'import os\n\n\ndef clean(p):\n    p = p.strip()\n    os.system("rm " + p)\n    return p\n',
    );
    const detector = fakeDetector();
    const result = await scanPaths({ paths: ['.'], cwd: dir, detector, cacheDir: null });
    expect(result.findings.map((f) => [f.file, f.startLine, f.endLine, f.line, f.cwe, f.confidence])).toEqual([
      ['app.py', 4, 7, 6, 'CWE-78', 'medium'],
    ]);
    expect(result.warnings).toEqual([]);
    expect(result.stats).toMatchObject({ files: 1, lines: 7, chunks: 1, cachedFiles: 0 });
    expect(detector.seen[0]).toBe(
      'import os\n\ndef clean(p):\n    p = p.strip()\n    os.system("rm " + p)\n    return p',
    );
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

  it('flags by P(vulnerable) when the model spreads its belief over two CWEs, from a cold and a warm cache alike', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cwescan-split-'));
    const cacheDir = join(dir, '.cache');
    writeFileSync(join(dir, 'ping.py'), 'import os\n\n\ndef ping(host):\n    return os.popen("ping " + host).read()\n');
    // none 0.29, CWE-77 0.44, CWE-78 0.27: no CWE reaches 0.5, but P(vulnerable) = 0.71 does.
    const split: Detector = {
      info: { modelType: 'fake', name: 'split', path: '-', isTestModel: false, fingerprint: 'split1' },
      async detect(snippets) {
        return snippets.map((code) => {
          const hit = code.includes('os.popen(');
          const p = (cwe: string): number =>
            cwe === 'none' ? (hit ? 0.29 : 1) : hit && cwe === 'CWE-77' ? 0.44 : hit && cwe === 'CWE-78' ? 0.27 : 0;
          return LABELS.map((cwe) => ({ cwe, probability: p(cwe) })).sort((a, b) => b.probability - a.probability);
        });
      },
      async close() {},
    };
    const scan = async (extra: object): Promise<[number, string, number][]> =>
      (await scanPaths({ paths: ['.'], cwd: dir, detector: split, cacheDir, ...extra })).findings.map((f) => [
        f.line,
        f.cwe,
        f.probability,
      ]);
    expect(await scan({})).toEqual([[5, 'CWE-77', 0.71]]);
    expect(await scan({})).toEqual([[5, 'CWE-77', 0.71]]); // warm
    const [f] = (await scanPaths({ paths: ['.'], cwd: dir, detector: split, cacheDir })).findings;
    expect(f!.cweProbability).toBe(0.44); // what the model gives CWE-77 itself
    // Below 0.5 a further CWE is reported by its own probability.
    expect(await scan({ threshold: 0.25 })).toEqual([
      [5, 'CWE-77', 0.71],
      [5, 'CWE-78', 0.27],
    ]);
    // A per-CWE threshold applies to P(vulnerable) of the chunks whose most likely CWE it names.
    expect(await scan({ cweThresholds: { 'CWE-77': 0.8 } })).toEqual([]);
    // Only CWE-78 enabled: its own 0.27 is below the threshold, so nothing is reported.
    expect(await scan({ enabledCwes: ['CWE-78'] })).toEqual([]);
  });
});
