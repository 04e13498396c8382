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
 * Example: firstSyntaxError(parser.parse('x = [1, 2\ny = 3\n')) -> { line: 1, column: 9, message: "syntax error near '2'" }
 */
export function firstSyntaxError(tree: Tree): SyntaxProblem | null {
  if (!tree.rootNode.hasError) return null;
  // Tree-sitter wraps a whole region in an ERROR node when it recovers; the innermost ERROR (or MISSING) node is
  // where the parser actually gave up, so that is the position worth reporting.
  const found: Node[] = [];
  collect(tree.rootNode, found);
  const innermost = found.filter((n) => !found.some((m) => m !== n && contains(n, m)));
  const first = innermost.sort((a, b) => a.startIndex - b.startIndex)[0];
  if (!first) return { line: 1, column: 1, message: 'syntax error' };
  const source = tree.rootNode.text;
  let pos = first.startPosition;
  if (first.startIndex === first.endIndex && !first.isMissing) {
    // A zero-width ERROR sits before the next token; what is wrong is at the end of the code before it.
    let i = first.startIndex - 1;
    while (i > 0 && /\s/.test(source[i]!)) i--;
    const row = source.slice(0, i).split('\n').length - 1;
    pos = { row, column: 0 };
  }
  const sourceLine = source.split('\n')[pos.row] ?? '';
  const near = ((first.startIndex === first.endIndex ? '' : first.text) || sourceLine.slice(pos.column) || sourceLine)
    .split('\n')[0]!
    .trim()
    .slice(0, 40);
  const message = first.isMissing
    ? `syntax error: missing '${first.type}'`
    : near
      ? `syntax error near '${near}'`
      : 'syntax error';
  // The outermost ERROR around it shows where the statement that failed begins, often the more useful line.
  const outer = found.filter((n) => contains(n, first)).sort((a, b) => a.startIndex - b.startIndex)[0];
  const outerRow = outer ? outer.startPosition.row : pos.row;
  const context = outerRow < pos.row ? ` (in the statement that starts on line ${outerRow + 1})` : '';
  return { line: pos.row + 1, column: pos.column + 1, message: message + context };
}

function collect(node: Node, out: Node[]): void {
  if (node.type === 'ERROR' || node.isMissing) out.push(node);
  for (const child of node.children) if (child && (child.hasError || child.isMissing)) collect(child, out);
}

const contains = (outer: Node, inner: Node) => inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;

/** Parses Python source and returns the tree; throws only if tree-sitter itself fails. */
export function parsePython(parser: Parser, code: string): Tree {
  const tree = parser.parse(code);
  if (!tree) throw new Error('tree-sitter returned no tree');
  return tree;
}
