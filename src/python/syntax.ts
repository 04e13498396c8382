// Syntax checks on Python source with tree-sitter: the first ERROR or MISSING node, with its position.
// Used by the dataset validator and the candidate generator; nothing here imports or executes the code.
import type { Node, Parser, Tree } from 'web-tree-sitter';

export interface SyntaxProblem {
  /** 1-based line and column of the first ERROR or MISSING node. */
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/**
 * The first syntax problem in a parsed tree, or null when it has none.
 * Example: firstSyntaxError(parser.parse('def f(:\n  pass\n')) -> { line: 1, column: 7, message: "syntax error at ':'" }
 */
export function firstSyntaxError(tree: Tree): SyntaxProblem | null {
  if (!tree.rootNode.hasError) return null;
  const found = findError(tree.rootNode);
  if (!found) return { line: 1, column: 1, message: 'syntax error' };
  const pos = found.startPosition;
  const snippet = found.text.split('\n')[0]?.slice(0, 40) ?? '';
  const message = found.isMissing
    ? `syntax error: missing '${found.type}'`
    : snippet
      ? `syntax error at '${snippet}'`
      : 'syntax error';
  return { line: pos.row + 1, column: pos.column + 1, message };
}

function findError(node: Node): Node | null {
  if (node.type === 'ERROR' || node.isMissing) return node;
  for (const child of node.children) {
    if (child && child.hasError) {
      const hit = findError(child);
      if (hit) return hit;
    }
    if (child?.isMissing) return child;
  }
  return null;
}

/** Parses Python source and returns the tree; throws only if tree-sitter itself fails. */
export function parsePython(parser: Parser, code: string): Tree {
  const tree = parser.parse(code);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}
