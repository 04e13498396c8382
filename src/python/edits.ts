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

/** A statement that is a bare string literal: a docstring when it is the first statement of its block or module. */
export function isDocstring(stmt: Node): boolean {
  return stmt.type === 'expression_statement' && stmt.namedChildCount === 1 && stmt.namedChild(0)?.type === 'string';
}
