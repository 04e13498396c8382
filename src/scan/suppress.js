// Suppressions: inline comments (`# cwescan: ignore[CWE-89]`, or a bare `# cwescan: ignore`), per-file ignores from
// config, and a baseline of fingerprints. A suppressed finding is kept (SARIF records it) but never counted.
import ignore from 'ignore';
import { canonicalCweId, toTop25 } from '../cwe/catalog.js';
const INLINE = /#\s*cwescan:\s*ignore\b(?:\[([^\]]*)\])?/i;
const INLINE_GLOBAL = new RegExp(INLINE.source, 'gi');
/** Example: parseInlineIgnore('q = f"..."  # cwescan: ignore[CWE-89, 78]') -> { cwes: ['CWE-89', 'CWE-78'] } */
export function parseInlineIgnore(line) {
    const m = INLINE.exec(line);
    if (!m)
        return null;
    if (m[1] === undefined)
        return { cwes: null };
    const cwes = m[1]
        .split(/[,\s]+/)
        .map((s) => canonicalCweId(s))
        .filter((id) => id !== null);
    return { cwes };
}
/** Number of bare `# cwescan: ignore` comments in a file's lines (they are reported in a warning). */
export function countBareIgnores(text) {
    let n = 0;
    for (const m of text.matchAll(INLINE_GLOBAL))
        if (m[1] === undefined)
            n++;
    return n;
}
function covers(rule, cwe) {
    if (rule.cwes === null)
        return true;
    const top = toTop25(cwe)?.id;
    return rule.cwes.some((c) => c === cwe || toTop25(c)?.id === top);
}
/** An inline comment on the flagged line, or on the first line of the chunk (its `def`/decorator line), suppresses. */
export function inlineSuppression(finding, lines) {
    for (const lineNo of [finding.line, finding.startLine]) {
        const rule = parseInlineIgnore(lines[lineNo - 1] ?? '');
        if (rule && covers(rule, finding.cwe)) {
            return { kind: 'inline', justification: `# cwescan: ignore on line ${lineNo}` };
        }
    }
    return null;
}
export class PerFileIgnores {
    rules;
    constructor(rules) {
        this.rules = rules.map((r) => ({
            pattern: r.pattern,
            matcher: ignore().add(r.pattern),
            all: r.cwes.some((c) => c.toLowerCase() === 'all'),
            cwes: r.cwes.map((c) => canonicalCweId(c)).filter((c) => c !== null),
        }));
    }
    /** `paths` are the file's path relative to the scan root and relative to the working directory. */
    match(paths, cwe) {
        for (const r of this.rules) {
            if (!paths.some((p) => p !== '' && !p.startsWith('..') && r.matcher.ignores(p)))
                continue;
            if (r.all || covers({ cwes: r.cwes }, cwe)) {
                return { kind: 'config', justification: `per-file-ignores "${r.pattern}"` };
            }
        }
        return null;
    }
}
//# sourceMappingURL=suppress.js.map