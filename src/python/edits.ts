// Text edits on Python source found through a tree-sitter parse (rewrites, prompt normalizations), and the one
// syntax question both ask: is this statement a docstring? Offsets are JavaScript string indices, which is what
// web-tree-sitter's startIndex/endIndex are.
import type { Node } from 'web-tree-sitter';

export interface Edit {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** Applies non-overlapping edits, last first, so earlier offsets stay valid. */
export function applyEdits(code: string, edits: readonly Edit[]): string {
  let out = code;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.text + out.slice(e.end);
  return out;
}

/** Index of the first character of the line that holds `index`. */
export function lineStartOf(code: string, index: number): number {
  return code.lastIndexOf('\n', index - 1) + 1;
}

/** A node's text with edits that lie inside it (offsets in the whole code) applied. */
export function textWithEdits(node: Node, edits: readonly Edit[]): string {
  const inside = edits.filter((e) => e.start >= node.startIndex && e.end <= node.endIndex);
  return applyEdits(
    node.text,
    inside.map((e) => ({ ...e, start: e.start - node.startIndex, end: e.end - node.startIndex })),
  );
}

/** Expressions whose meaning depends on where they are written: one holding them cannot move to another line. */
const PLACE_BOUND = ['await', 'yield', 'named_expression', 'lambda'];

/** Whether an expression can be evaluated on another line (a variable above, or inlined below) with the same meaning. */
export function canMove(expr: Node): boolean {
  return expr.descendantsOfType(PLACE_BOUND).length === 0;
}

/** A statement that is a bare string literal: a docstring when it is the first statement of its block or module. */
export function isDocstring(stmt: Node): boolean {
  return stmt.type === 'expression_statement' && stmt.namedChildCount === 1 && stmt.namedChild(0)?.type === 'string';
}
