import { rewritePython } from '../python/rewrite.js';
/**
 * The rewrite of one example, or null when the kind does not apply to its code.
 * Example: rewriteExample(parser, ex, 'string-quotes', {seed: 1, inheritReview: false})
 *   -> { id: 'cwe89-report-filter-v-rw-string-quotes', source: 'rewrite:string-quotes', origin: 'cwe89-report-filter-v', ... }
 */
export function rewriteExample(parser, ex, kind, opts) {
    const r = rewritePython(parser, ex.code, ex.lines, kind, opts.seed);
    if (!r)
        return null;
    const origin = ex.origin ?? ex.id;
    const review = opts.inheritReview
        ? { ...ex.review, note: [ex.review.note, `review inherited from ${ex.id}`].filter(Boolean).join('; ') }
        : { status: 'pending', by: null, at: null, note: '' };
    return {
        ...ex,
        id: `${ex.id}-rw-${kind}`.slice(0, 101),
        code: r.code,
        lines: r.lines,
        twin: null,
        origin,
        source: `rewrite:${kind}`,
        review,
    };
}
//# sourceMappingURL=augment.js.map