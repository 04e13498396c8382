// Semantics-preserving rewrites of Python snippets with tree-sitter, for data augmentation and for measuring how
// robust a detector is to evasive edits. Each rewrite returns the new code and the weakness lines remapped onto it,
// or null when it does not apply. The code is only parsed, never imported or run. One file per kind under
// rewrites/; REWRITES below is the table of them.
import type { Node, Parser } from 'web-tree-sitter';
import { mulberry32 } from '../engine/rng.js';
import { addCommentsRewrite, addDocstringsRewrite } from './rewrites/added-lines.js';
import { extractVariableRewrite } from './rewrites/extract-variable.js';
import { inlineVariablesRewrite } from './rewrites/inline-variables.js';
import { renameLocalsRewrite } from './rewrites/rename-locals.js';
import { reorderImportsRewrite } from './rewrites/reorder-imports.js';
import { stringQuotesRewrite } from './rewrites/string-quotes.js';

export type RewriteKind =
  | 'rename-locals'
  | 'string-quotes'
  | 'reorder-imports'
  | 'extract-variable'
  | 'inline-variables'
  | 'add-docstrings'
  | 'add-comments';

/** One rewrite kind: its name and one line on what it does, then the rewrite. */
export interface RewriteDef {
  readonly kind: RewriteKind;
  readonly summary: string;
  /** The rewritten code with the weakness lines (1-based) remapped onto it, or null when the kind does not apply. */
  readonly apply: (
    root: Node,
    code: string,
    lines: readonly number[],
    rand: () => number,
  ) => { code: string; lines: number[] } | null;
}

/** Every kind, sorted by name; "all" in the CLI and the robustness report is this order. */
export const REWRITES: readonly RewriteDef[] = [
  addCommentsRewrite,
  addDocstringsRewrite,
  extractVariableRewrite,
  inlineVariablesRewrite,
  renameLocalsRewrite,
  reorderImportsRewrite,
  stringQuotesRewrite,
];
export const REWRITE_KINDS: readonly RewriteKind[] = REWRITES.map((r) => r.kind);

export interface RewriteResult {
  readonly kind: RewriteKind;
  readonly code: string;
  /** The weakness lines, 1-based, remapped onto the new code. */
  readonly lines: number[];
}

/** Seeded PRNG (mulberry32) so a rewrite with the same seed is the same rewrite. */
const prng = mulberry32;

/**
 * Applies one rewrite. Returns null when the kind does not apply to this code (or the code does not parse).
 * Example: rewritePython(parser, 'import os\nimport sys\n', [], 'reorder-imports')
 *   -> { kind: 'reorder-imports', code: 'import sys\nimport os\n', lines: [] }
 */
export function rewritePython(
  parser: Parser,
  code: string,
  lines: readonly number[],
  kind: RewriteKind,
  seed = 1,
): RewriteResult | null {
  const tree = parser.parse(code);
  if (!tree) return null;
  try {
    if (tree.rootNode.hasError) return null;
    const def = REWRITES.find((r) => r.kind === kind);
    if (!def) throw new RangeError(`unknown rewrite kind ${kind}`);
    const r = def.apply(tree.rootNode, code, lines, prng(seed));
    if (!r || r.code === code) return null;
    const result: RewriteResult = { kind, ...r };
    // A rewrite must never break the code: check the result parses cleanly.
    const check = parser.parse(result.code);
    const ok = check !== null && !check.rootNode.hasError;
    check?.delete();
    return ok ? result : null;
  } finally {
    tree.delete();
  }
}

export interface ChainResult {
  readonly code: string;
  readonly lines: number[];
  /** The kinds that changed the code, in the order applied. */
  readonly applied: RewriteKind[];
}

/**
 * Several rewrites in a row, each on the previous one's output; kinds that do not apply are skipped. Null when none
 * applies. Used to compose augmentations (rename locals, then swap quotes) and for the robustness "all" edit.
 * Example: rewriteChain(parser, 'def f():\n    x = "a"\n    return x\n', [], ['rename-locals', 'string-quotes'])
 *   -> { code: <x renamed, "a" now 'a'>, lines: [], applied: ['rename-locals', 'string-quotes'] }
 */
export function rewriteChain(
  parser: Parser,
  code: string,
  lines: readonly number[],
  kinds: readonly RewriteKind[],
  seed = 1,
): ChainResult | null {
  let current = { code, lines: [...lines] };
  const applied: RewriteKind[] = [];
  for (const kind of kinds) {
    const r = rewritePython(parser, current.code, current.lines, kind, seed);
    if (r) {
      current = { code: r.code, lines: r.lines };
      applied.push(kind);
    }
  }
  return applied.length ? { ...current, applied } : null;
}
