// Turns scored chunks into findings: CWE name and severity from the catalog, a confidence level from the
// probability, a message, and a fingerprint that survives line shifts: it hashes the file, the CWE, the enclosing
// chunk's name, the normalised flagged line and, for functions, the normalised function text; never line numbers.
// So a baseline keeps hiding an accepted finding when code moves, but not once its function changes.
import { createHash } from 'node:crypto';
import { getCwe, type CweId } from '../cwe/catalog.js';
import type { Confidence, Finding } from './types.js';

/** Confidence from probability: high >= 0.9, medium >= 0.7, low below. */
export function confidenceOf(probability: number): Confidence {
  return probability >= 0.9 ? 'high' : probability >= 0.7 ? 'medium' : 'low';
}

/** The flagged line as it is hashed: no suppression comment, whitespace collapsed. */
export function normaliseLine(text: string): string {
  return text
    .replace(/#\s*cwescan:.*$/i, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Code lines without comments, blank lines or indentation differences, for hashing. */
export function normaliseCode(lines: readonly string[]): string {
  return lines
    .map((l) => normaliseLine(stripComment(l)))
    .filter((l) => l !== '')
    .join('\n');
}

/** Drops a trailing `# comment` unless the `#` sits inside a string literal on that line. */
function stripComment(line: string): string {
  let quote: string | null = null;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quote) {
      if (ch === '\\') i++;
      else if (ch === quote) quote = null;
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if (ch === '#') {
      return line.slice(0, i);
    }
  }
  return line;
}

export interface RawFinding {
  readonly file: string;
  readonly cwe: CweId;
  /** What the threshold was compared with (decision.ts). */
  readonly probability: number;
  /** The model's probability of this CWE itself. */
  readonly cweProbability: number;
  readonly startLine: number;
  readonly endLine: number;
  readonly line: number;
  readonly chunk: string;
  readonly chunkKind: 'function' | 'class' | 'module';
}

/**
 * Builds the findings of one file; `lines` is the file's text split into lines (0-based array, 1-based line numbers).
 * Example: makeFindings([{ file: 'app.py', cwe: 'CWE-89', probability: 0.93, cweProbability: 0.9, startLine: 10, endLine: 14, line: 12,
 *   chunk: 'get_user', chunkKind: 'function' }], lines)
 *   -> [{ file: 'app.py', cwe: 'CWE-89', name: 'Improper Neutralization ... (SQL Injection)', severity: 'critical',
 *         confidence: 'high', message: 'Possible SQL injection in function get_user: ...', fingerprint: '3b9c…', ... }]
 */
export function makeFindings(raw: readonly RawFinding[], lines: readonly string[]): Finding[] {
  const deduped = dedupe(raw);
  const occurrences = new Map<string, number>();
  const out: Finding[] = [];
  for (const r of deduped) {
    const entry = getCwe(r.cwe);
    const text = lines[r.line - 1] ?? '';
    const normalised = normaliseLine(text);
    // Module and class chunks gather statements from all over the file: only the flagged line identifies them.
    const body = r.chunkKind === 'function' ? normaliseCode(lines.slice(r.startLine - 1, r.endLine)) : '';
    const base = [r.file, r.cwe, r.chunk, normalised, body].join('\0');
    // Identical flagged lines in one chunk are told apart by their order, not their line numbers.
    const n = occurrences.get(base) ?? 0;
    occurrences.set(base, n + 1);
    const fingerprint = createHash('sha256').update(`${base}\0${n}`).digest('hex').slice(0, 32);
    const where = r.chunkKind === 'module' ? 'module-level code' : `${r.chunkKind} ${r.chunk}`;
    const short = entry?.short ?? r.cwe;
    out.push({
      file: r.file,
      startLine: r.startLine,
      endLine: r.endLine,
      line: r.line,
      cwe: r.cwe,
      name: entry?.name ?? r.cwe,
      probability: Math.round(r.probability * 10000) / 10000,
      cweProbability: Math.round(r.cweProbability * 10000) / 10000,
      severity: entry?.severity ?? 'medium',
      confidence: confidenceOf(r.probability),
      message: `Possible ${short} in ${where}: ${entry?.description ?? ''}`.trim(),
      fingerprint,
      chunk: r.chunk,
      snippet: text.trim(),
      excerpt: [r.line - 1, r.line, r.line + 1]
        .filter((n) => n >= 1 && n <= lines.length && (n === r.line || (lines[n - 1] ?? '').trim() !== ''))
        .map((n) => ({ line: n, text: (lines[n - 1] ?? '').replace(/\r$/, '') })),
    });
  }
  return out;
}

/**
 * A nested function is scored alone and inside its parent, and windows overlap: one (file, CWE, line) is reported
 * once, from the chunk that scored it highest (the smaller chunk on a tie, as it is the more precise span).
 */
function dedupe(raw: readonly RawFinding[]): RawFinding[] {
  const best = new Map<string, RawFinding>();
  for (const r of raw) {
    const key = `${r.cwe}:${r.line}`;
    const cur = best.get(key);
    const span = (x: RawFinding): number => x.endLine - x.startLine;
    if (!cur || r.probability > cur.probability || (r.probability === cur.probability && span(r) < span(cur))) {
      best.set(key, r);
    }
  }
  return [...best.values()].sort((a, b) => a.line - b.line || a.cwe.localeCompare(b.cwe));
}
