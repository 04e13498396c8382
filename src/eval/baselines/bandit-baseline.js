// Bandit as a baseline Detector: the snippets are written as files to a temp dir (never run), Bandit scans the dir
// with its default tests, and each finding's test id is mapped to a label (bandit-map.ts). Bandit has no
// probabilities: a snippet's score is an ordinal from the strongest mapped finding's severity x confidence.
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { z } from 'zod';
import { CwescanError } from '../../errors.js';
import { LABELS } from '../../model/labels.js';
import { banditLabel } from './bandit-map.js';
const run = promisify(execFile);
const BanditOutputSchema = z.looseObject({
    errors: z.array(z.looseObject({ filename: z.string(), reason: z.string() })).default([]),
    metrics: z.looseObject({ _totals: z.looseObject({ loc: z.number().optional() }).optional() }).optional(),
    results: z.array(z.looseObject({
        filename: z.string(),
        test_id: z.string(),
        issue_severity: z.string(),
        issue_confidence: z.string(),
        line_number: z.number(),
    })),
});
const LEVEL = { LOW: 1, MEDIUM: 2, HIGH: 3 };
/** Ordinal score of a finding in (0.5, 1]: LOW/LOW 0.56 ... HIGH/HIGH 1. Any mapped finding flags at 0.5. */
export function findingScore(severity, confidence) {
    return 0.5 + (0.5 * (LEVEL[severity] ?? 1) * (LEVEL[confidence] ?? 1)) / 9;
}
/** Bandit's version line, or null when it is not on PATH. */
export async function banditVersion() {
    try {
        const { stdout } = await run('bandit', ['--version'], { timeout: 30_000 });
        return stdout.split('\n')[0]?.trim() || 'bandit';
    }
    catch {
        return null;
    }
}
/** Runs Bandit on a directory (recursively) and returns its findings. Bandit exits 1 when it finds something. */
export async function runBandit(dir) {
    let stdout;
    try {
        ({ stdout } = await run('bandit', ['-f', 'json', '-q', '-r', dir], {
            maxBuffer: 512 * 1024 * 1024,
            timeout: 3_600_000,
        }));
    }
    catch (err) {
        const e = err;
        if (e.code === 1 && typeof e.stdout === 'string')
            stdout = e.stdout;
        else
            throw new CwescanError('E_INTERNAL', `bandit failed on ${dir}: ${err.message}`, { cause: err });
    }
    const parsed = BanditOutputSchema.safeParse(JSON.parse(stdout));
    if (!parsed.success)
        throw new CwescanError('E_INTERNAL', `bandit printed JSON of an unexpected shape`);
    return {
        findings: parsed.data.results.map((r) => ({
            filename: r.filename,
            testId: r.test_id,
            severity: r.issue_severity,
            confidence: r.issue_confidence,
            line: r.line_number,
        })),
        errors: parsed.data.errors,
        loc: parsed.data.metrics?._totals?.loc ?? null,
    };
}
/** Label scores of one snippet from its findings: mass on the mapped CWEs by their best score, the rest on "none". */
export function scoresFromFindings(findings) {
    const best = new Map();
    for (const f of findings) {
        const label = banditLabel(f.testId);
        if (!label)
            continue;
        best.set(label, Math.max(best.get(label) ?? 0, findingScore(f.severity, f.confidence)));
    }
    const p = Math.max(0, ...best.values());
    const total = [...best.values()].reduce((a, b) => a + b, 0);
    const scores = LABELS.map((cwe) => ({
        cwe,
        probability: cwe === 'none' ? 1 - p : total > 0 ? (p * (best.get(cwe) ?? 0)) / total : 0,
    }));
    return scores.sort((a, b) => b.probability - a.probability || LABELS.indexOf(a.cwe) - LABELS.indexOf(b.cwe));
}
/** Bandit wrapped as a Detector. `stats` accumulates over detect() calls. */
export function banditDetector(version) {
    const stats = { findings: 0, unmapped: {}, parseErrors: 0 };
    return {
        info: { modelType: 'bandit', name: version, path: 'bandit', isTestModel: false, fingerprint: version },
        stats,
        async detect(snippets) {
            const dir = await mkdtemp(join(tmpdir(), 'cwescan-bandit-'));
            try {
                const names = snippets.map((_, i) => `snippet_${String(i).padStart(6, '0')}.py`);
                await Promise.all(snippets.map((code, i) => writeFile(join(dir, names[i]), code)));
                const { findings, errors } = await runBandit(dir);
                stats.parseErrors += errors.length;
                const byFile = new Map();
                for (const f of findings) {
                    stats.findings++;
                    if (!banditLabel(f.testId))
                        stats.unmapped[f.testId] = (stats.unmapped[f.testId] ?? 0) + 1;
                    const key = basename(f.filename);
                    byFile.set(key, [...(byFile.get(key) ?? []), f]);
                }
                return names.map((n) => scoresFromFindings(byFile.get(n) ?? []));
            }
            finally {
                await rm(dir, { recursive: true, force: true });
            }
        },
        async close() { },
    };
}
//# sourceMappingURL=bandit-baseline.js.map