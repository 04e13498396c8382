// Suppressions: inline comments (`# cwescan: ignore[CWE-89]`, or a bare `# cwescan: ignore`), per-file ignores from
// config, and a baseline of fingerprints. A suppressed finding is kept (SARIF records it) but never counted.
import ignore from 'ignore';
import { canonicalCweId, toTop25, type CweId } from '../cwe/catalog.js';
import type { Finding, Suppression } from './types.js';

const INLINE = /#\s*cwescan:\s*ignore\b(?:\[([^\]]*)\])?/i;
const INLINE_GLOBAL = new RegExp(INLINE.source, 'gi');

export interface InlineIgnore {
  /** null for a bare `# cwescan: ignore` (every CWE). */
  readonly cwes: readonly CweId[] | null;
}

/** Example: parseInlineIgnore('q = f"..."  # cwescan: ignore[CWE-89, 78]') -> { cwes: ['CWE-89', 'CWE-78'] } */
export function parseInlineIgnore(line: string): InlineIgnore | null {
  const m = INLINE.exec(line);
  if (!m) return null;
  if (m[1] === undefined) return { cwes: null };
  const cwes = m[1]
    .split(/[,\s]+/)
    .map((s) => canonicalCweId(s))
    .filter((id): id is CweId => id !== null);
  return { cwes };
}

/** Number of bare `# cwescan: ignore` comments in a file's lines (they are reported in a warning). */
export function countBareIgnores(text: string): number {
  let n = 0;
  for (const m of text.matchAll(INLINE_GLOBAL)) if (m[1] === undefined) n++;
  return n;
}

function covers(rule: InlineIgnore, cwe: CweId): boolean {
  if (rule.cwes === null) return true;
  const top = toTop25(cwe)?.id;
  return rule.cwes.some((c) => c === cwe || toTop25(c)?.id === top);
}

/** An inline comment on the flagged line, or on the first line of the chunk (its `def`/decorator line), suppresses. */
export function inlineSuppression(finding: Finding, lines: readonly string[]): Suppression | null {
  for (const lineNo of [finding.line, finding.startLine]) {
    const rule = parseInlineIgnore(lines[lineNo - 1] ?? '');
    if (rule && covers(rule, finding.cwe)) {
      return { kind: 'inline', justification: `# cwescan: ignore on line ${lineNo}` };
    }
  }
  return null;
}

export interface PerFileIgnore {
  readonly pattern: string;
  /** CWE ids, or ['all']. */
  readonly cwes: readonly string[];
}

export class PerFileIgnores {
  private readonly rules: { pattern: string; matcher: ReturnType<typeof ignore>; all: boolean; cwes: CweId[] }[];

  constructor(rules: readonly PerFileIgnore[]) {
    this.rules = rules.map((r) => ({
      pattern: r.pattern,
      matcher: ignore().add(r.pattern),
      all: r.cwes.some((c) => c.toLowerCase() === 'all'),
      cwes: r.cwes.map((c) => canonicalCweId(c)).filter((c): c is CweId => c !== null),
    }));
  }

  /** `paths` are the file's path relative to the scan root and relative to the working directory. */
  match(paths: readonly string[], cwe: CweId): Suppression | null {
    for (const r of this.rules) {
      if (!paths.some((p) => p !== '' && !p.startsWith('..') && r.matcher.ignores(p))) continue;
      if (r.all || covers({ cwes: r.cwes }, cwe)) {
        return { kind: 'config', justification: `per-file-ignores "${r.pattern}"` };
      }
    }
    return null;
  }
}
