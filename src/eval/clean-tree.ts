// `cwescan eval --clean <dir>`: scans real code presumed mostly safe (the standard library, Debian's python3-django)
// with the scanner and reports how often the model fires: findings per 1,000 lines, per CWE, and the
// highest-scoring findings to read. Bandit runs on the same tree for comparison when it is on PATH.
import { resolve } from 'node:path';
import { stat } from 'node:fs/promises';
import { getCwe } from '../cwe/catalog.js';
import { CwescanError } from '../errors.js';
import { scanPaths, type ScanProgress } from '../scan/scan.js';
import type { Finding, Skipped } from '../scan/types.js';
import type { DetectorInfo, Precision } from '../model/detector.js';
import { LABELS } from '../model/labels.js';
import { banditVersion, runBandit } from './baselines/bandit-baseline.js';
import { banditLabel } from './baselines/bandit-map.js';

export interface CweCount {
  readonly cwe: string;
  readonly name: string;
  readonly findings: number;
  /** Findings per 1,000 scanned lines. */
  readonly perKloc: number;
}

export interface BanditCleanFigures {
  readonly version: string;
  /** Every Bandit finding, whatever its test. */
  readonly findings: number;
  readonly findingsPerKloc: number;
  /** Findings whose test maps to a Top-25 CWE: the ones comparable with ours. */
  readonly mappedFindings: number;
  readonly mappedPerKloc: number;
  readonly perCwe: CweCount[];
  readonly bySeverity: Record<string, number>;
  /** Findings of tests outside the Top 25, by test id. */
  readonly unmapped: Record<string, number>;
  /** Bandit's own count of lines of code (no blanks or comments). */
  readonly loc: number | null;
  readonly parseErrors: number;
  readonly seconds: number;
}

export interface CleanReport {
  readonly version: string;
  readonly createdAt: string;
  readonly path: string;
  readonly model: DetectorInfo;
  readonly threshold: number;
  readonly files: number;
  readonly lines: number;
  readonly skipped: readonly Skipped[];
  readonly findings: number;
  readonly findingsPerKloc: number;
  readonly suppressed: number;
  readonly filesWithFindings: number;
  readonly perCwe: CweCount[];
  /** The highest-probability findings, for a person to read and judge. */
  readonly top: readonly Finding[];
  readonly seconds: number;
  readonly bandit: BanditCleanFigures | { readonly skipped: string };
  readonly warnings: readonly string[];
}

export interface CleanOptions {
  readonly dir: string;
  readonly model?: string | undefined;
  readonly threshold: number;
  readonly bandit: boolean;
  /** How many top findings to list. */
  readonly top: number;
  readonly threads?: number | undefined;
  readonly precision?: Precision | undefined;
  readonly version: string;
  readonly onProgress?: (p: ScanProgress) => void;
}

const perKloc = (n: number, lines: number): number => (lines > 0 ? (n * 1000) / lines : 0);

function countByCwe(cwes: readonly string[], lines: number): CweCount[] {
  const counts = new Map<string, number>();
  for (const c of cwes) counts.set(c, (counts.get(c) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || LABELS.indexOf(a[0] as never) - LABELS.indexOf(b[0] as never))
    .map(([cwe, n]) => ({ cwe, name: getCwe(cwe)?.short ?? cwe, findings: n, perKloc: perKloc(n, lines) }));
}

/**
 * Example: await evaluateCleanTree({ dir: '/usr/lib/python3/dist-packages/django', threshold: 0.5, bandit: true,
 *   top: 20, version: '0.1.0' }) -> { files: 2712, lines: 389117, findings: 41, findingsPerKloc: 0.105, ... }
 */
export async function evaluateCleanTree(o: CleanOptions): Promise<CleanReport> {
  const dir = resolve(o.dir);
  const st = await stat(dir).catch((cause: unknown) => {
    throw new CwescanError('E_IO', `cannot read ${o.dir}: ${(cause as Error).message}`, {
      hint: 'pass --clean a directory of Python code, e.g. /usr/lib/python3.11',
      cause,
    });
  });
  if (!st.isDirectory()) throw new CwescanError('E_USAGE', `--clean needs a directory, and ${o.dir} is not one`);
  const started = performance.now();
  // cwd = the tree itself, so paths in the report are relative to it and nothing counts as outside the root.
  const scan = await scanPaths({
    paths: ['.'],
    cwd: dir,
    model: o.model === undefined ? undefined : resolve(o.model),
    threshold: o.threshold,
    threads: o.threads,
    precision: o.precision,
    cacheDir: null,
    onProgress: o.onProgress,
  });
  const seconds = (performance.now() - started) / 1000;
  const lines = scan.stats.lines;
  const findings = scan.findings;
  const top = [...findings]
    .sort((a, b) => b.probability - a.probability || a.file.localeCompare(b.file) || a.line - b.line)
    .slice(0, o.top);

  let bandit: CleanReport['bandit'];
  const version = o.bandit ? await banditVersion() : null;
  if (!o.bandit) bandit = { skipped: 'turned off with --no-bandit' };
  else if (version === null) bandit = { skipped: 'bandit is not on PATH (Debian: apt-get install bandit)' };
  else {
    const t0 = performance.now();
    const out = await runBandit(dir);
    const mapped = out.findings.flatMap((f) => {
      const l = banditLabel(f.testId);
      return l ? [l] : [];
    });
    const unmapped: Record<string, number> = {};
    const bySeverity: Record<string, number> = {};
    for (const f of out.findings) {
      bySeverity[f.severity] = (bySeverity[f.severity] ?? 0) + 1;
      if (!banditLabel(f.testId)) unmapped[f.testId] = (unmapped[f.testId] ?? 0) + 1;
    }
    bandit = {
      version,
      findings: out.findings.length,
      findingsPerKloc: perKloc(out.findings.length, lines),
      mappedFindings: mapped.length,
      mappedPerKloc: perKloc(mapped.length, lines),
      perCwe: countByCwe(mapped, lines),
      bySeverity,
      unmapped,
      loc: out.loc,
      parseErrors: out.errors.length,
      seconds: (performance.now() - t0) / 1000,
    };
  }

  return {
    version: o.version,
    createdAt: new Date().toISOString(),
    path: o.dir,
    model: scan.model,
    threshold: o.threshold,
    files: scan.stats.files,
    lines,
    skipped: scan.skipped,
    findings: findings.length,
    findingsPerKloc: perKloc(findings.length, lines),
    suppressed: scan.suppressed.length,
    filesWithFindings: new Set(findings.map((f) => f.file)).size,
    perCwe: countByCwe(
      findings.map((f) => f.cwe),
      lines,
    ),
    top,
    seconds,
    bandit,
    warnings: scan.warnings,
  };
}
