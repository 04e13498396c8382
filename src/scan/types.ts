// The scanner's result types: findings, skipped files and the whole scan result that reporters turn into text,
// JSON or SARIF. Field names of the JSON report are documented in docs/json-schema.md.
import type { CweId, Severity } from '../cwe/catalog.js';
import type { DetectorInfo } from '../model/detector.js';

export type Confidence = 'high' | 'medium' | 'low';

/** Why a finding is not counted: an inline comment, a per-file ignore in config, or the baseline. */
export interface Suppression {
  readonly kind: 'inline' | 'config' | 'baseline';
  readonly justification: string;
}

export interface Finding {
  /** Path relative to the working directory, with forward slashes. */
  readonly file: string;
  readonly startLine: number;
  readonly endLine: number;
  /** The most likely line: the one whose removal lowers P(cwe) most. */
  readonly line: number;
  readonly cwe: CweId;
  readonly name: string;
  /** What the threshold was compared with: P(vulnerable) for the chunk's most likely CWE, else P(cwe) (decision.ts). */
  readonly probability: number;
  /** The model's probability of this CWE itself (below `probability` when its belief is spread over several CWEs). */
  readonly cweProbability: number;
  readonly severity: Severity;
  readonly confidence: Confidence;
  readonly message: string;
  /** Stable across line shifts: hash of file, CWE, enclosing chunk name and the normalised flagged line. */
  readonly fingerprint: string;
  /** Qualified name of the chunk ("UserView.get", "<module>"). */
  readonly chunk: string;
  /** The flagged line's text. */
  readonly snippet: string;
  /** The flagged line and one line either side, for the text report's excerpt. */
  readonly excerpt: readonly { readonly line: number; readonly text: string }[];
  readonly suppression?: Suppression;
}

export type SkipReason =
  | 'binary'
  | 'encoding'
  | 'empty'
  | 'too-large'
  | 'syntax-error'
  | 'unreadable'
  | 'permission-denied'
  | 'broken-symlink'
  | 'symlink-loop'
  | 'outside-root';

export interface Skipped {
  readonly file: string;
  readonly kind: SkipReason;
  /** A sentence for humans: "not valid UTF-8 (byte 0xe9 at offset 12) and no coding declaration". */
  readonly reason: string;
  /** For partial skips (syntax errors): the line of the first error. */
  readonly line?: number;
}

export interface ScanStats {
  readonly files: number;
  readonly lines: number;
  readonly chunks: number;
  /** Files whose results came from the on-disk cache. */
  readonly cachedFiles: number;
  readonly seconds: number;
}

export interface ScanResult {
  /** cwescan version that produced the result. */
  readonly scannerVersion: string;
  readonly model: DetectorInfo;
  /** Unsuppressed findings at or above their threshold, sorted by file then line. */
  readonly findings: readonly Finding[];
  /** Findings hidden by an inline comment, a per-file ignore or the baseline (kept for SARIF and audits). */
  readonly suppressed: readonly Finding[];
  readonly skipped: readonly Skipped[];
  /** Sentences the user should read: test model in use, bare ignore comments, cache problems. */
  readonly warnings: readonly string[];
  readonly stats: ScanStats;
  /** The working directory paths are relative to (absolute). */
  readonly cwd: string;
}
