// Derived examples: semantics-preserving rewrites (src/python/rewrite.ts) of dataset examples, recorded with
// source "rewrite:<kind>" and origin = the example they came from, so that split keeps them with their origin and
// validate does not flag them as near-duplicates of it.
import type { Parser } from 'web-tree-sitter';
import { rewriteChain, type RewriteKind } from '../python/rewrite.js';
import type { Example } from './schema.js';

export interface AugmentOptions {
  readonly seed: number;
  /**
   * Copy the origin's review decision (with a note saying so) instead of starting as pending. Use it only for kinds
   * that cannot change the meaning of the code; a reviewer never saw the rewritten text.
   */
  readonly inheritReview: boolean;
}

/**
 * The rewrite of one example, or null when the kind does not apply to its code. A chain of kinds applies them in a
 * row (rewriteChain): the first must apply, the others are added where they apply, so that the chains
 * a+x and b+x of one example never collapse into the same record. Id and source name the kinds that applied.
 * Example: rewriteExample(parser, ex, ['string-quotes'], {seed: 1, inheritReview: false})
 *   -> { id: 'cwe89-report-filter-v-rw-string-quotes', source: 'rewrite:string-quotes', origin: 'cwe89-report-filter-v', ... }
 */
export function rewriteExample(
  parser: Parser,
  ex: Example,
  kinds: readonly RewriteKind[],
  opts: AugmentOptions,
): Example | null {
  const r = rewriteChain(parser, ex.code, ex.lines, kinds, opts.seed);
  if (!r || r.applied[0] !== kinds[0]) return null;
  const kind = r.applied.join('-');
  const origin = ex.origin ?? ex.id;
  const review: Example['review'] = opts.inheritReview
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
