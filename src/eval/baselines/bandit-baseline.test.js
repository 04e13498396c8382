// Runs the real Bandit (the Debian package; .ci/run installs it) on snippets written to a temp dir.
import { describe, expect, it } from 'vitest';
import { vulnerableProbability } from '../../model/detector.js';
import { banditDetector, banditVersion, findingScore, scoresFromFindings } from './bandit-baseline.js';
describe('scoresFromFindings', () => {
    it('puts the strongest mapped finding on its CWE and the rest on none', () => {
        const s = scoresFromFindings([
            { filename: 'a.py', testId: 'B608', severity: 'MEDIUM', confidence: 'LOW', line: 3 },
            { filename: 'a.py', testId: 'B303', severity: 'HIGH', confidence: 'HIGH', line: 4 }, // not Top 25: ignored
        ]);
        const p = findingScore('MEDIUM', 'LOW');
        expect(s[0]).toEqual({ cwe: 'CWE-89', probability: p });
        expect(vulnerableProbability(s)).toBeCloseTo(p, 12);
        expect(s.reduce((a, b) => a + b.probability, 0)).toBeCloseTo(1, 12);
    });
    it('no mapped finding: P(none) = 1', () => {
        expect(vulnerableProbability(scoresFromFindings([]))).toBe(0);
    });
});
describe('banditDetector', () => {
    it('scans snippets with the real bandit and maps its findings', async () => {
        const version = await banditVersion();
        expect(version, 'bandit must be on PATH (apt-get install bandit)').not.toBeNull();
        const d = banditDetector(version);
        const out = await d.detect([
            'import subprocess\ndef run(cmd):\n    subprocess.call(cmd, shell=True)\n',
            'def add(a, b):\n    return a + b\n',
            'def broken(:\n',
        ]);
        expect(out).toHaveLength(3);
        expect(out[0][0].cwe).toBe('CWE-78');
        expect(vulnerableProbability(out[1])).toBe(0);
        expect(vulnerableProbability(out[2])).toBe(0);
        expect(d.stats.parseErrors).toBe(1);
    });
});
//# sourceMappingURL=bandit-baseline.test.js.map