// Rewrite kind reorder-imports: a block of consecutive one-line imports at the top of the module, permuted.
import type { Node } from 'web-tree-sitter';
import type { RewriteDef } from '../rewrite.js';
import { shuffle } from './common.js';

export const reorderImportsRewrite: RewriteDef = {
  kind: 'reorder-imports',
  summary: 'permute a block of consecutive one-line imports at the top of the module',
  apply(root, code, lines, rand) {
    const r = reorderImports(root, code, rand);
    return r && { code: r.code, lines: lines.map((l) => r.lineMap.get(l) ?? l).sort((a, b) => a - b) };
  },
};

function reorderImports(
  root: Node,
  code: string,
  rand: () => number,
): { code: string; lineMap: Map<number, number> } | null {
  const stmts = root.namedChildren.filter((n): n is Node => n !== null);
  // The first run of consecutive one-line imports at module level (after a docstring or comments).
  const start = stmts.findIndex((n) => n.type === 'import_statement' || n.type === 'import_from_statement');
  if (start < 0) return null;
  const block: Node[] = [];
  for (let i = start; i < stmts.length; i++) {
    const n = stmts[i]!;
    const isImport = n.type === 'import_statement' || n.type === 'import_from_statement';
    const prev = block[block.length - 1];
    if (!isImport || n.startPosition.row !== n.endPosition.row) break;
    if (prev && n.startPosition.row !== prev.startPosition.row + 1) break;
    block.push(n);
  }
  if (block.length < 2) return null;
  const lines = code.split('\n');
  // Lines that hold anything besides the import (a trailing comment is fine) are not moved.
  if (
    block.some(
      (n) => lines[n.startPosition.row]!.trim() !== n.text.trim() && !lines[n.startPosition.row]!.includes('#'),
    )
  )
    return null;
  const order = block.map((_, i) => i);
  shuffle(order, rand);
  if (order.every((v, i) => v === i)) order.reverse();
  const first = block[0]!.startPosition.row;
  const original = block.map((n) => lines[n.startPosition.row]!);
  const lineMap = new Map<number, number>();
  order.forEach((from, to) => {
    lines[first + to] = original[from]!;
    lineMap.set(first + from + 1, first + to + 1);
  });
  return { code: lines.join('\n'), lineMap };
}
