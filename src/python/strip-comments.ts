// Comments and docstrings out of the code a model reads. The dataset's code has almost none (1 comment and 7
// docstring lines per 1,000 lines in the train split), real code has many (84 and 208 per 1,000 lines in stdlib
// json/http and Django's contrib/auth), and the real functions fine-tuning learns "none" from carry them. A model
// can then take a docstring as a sign of safe code: v6 lost 15 of 52 detections on the validation examples when
// every function got a one-line docstring. Stripping them shows every model code in the style it was trained on.
// Only parsed, never run.
import type { Node, Parser } from 'web-tree-sitter';
import { applyEdits, isDocstring, type Edit } from './edits.js';

/**
 * The code without comments and docstrings, line for line: a removed line stays as an empty line, so line numbers
 * do not move. A docstring that is the only statement of its block becomes `pass`.
 * Example: stripComments(parser, 'def f():\n    """Doc."""\n    return 1  # one\n') -> 'def f():\n\n    return 1\n'
 */
export function stripComments(parser: Parser, code: string): string {
  const tree = parser.parse(code);
  if (!tree) return code;
  try {
    const edits: Edit[] = [];
    collect(tree.rootNode, code, edits);
    return applyEdits(code, edits);
  } finally {
    tree.delete();
  }
}

function collect(node: Node, code: string, edits: Edit[]): void {
  if (node.type === 'comment') {
    // Take the blanks before the comment too, and the indentation of a comment on its own line.
    edits.push({ start: afterCode(code, node.startIndex), end: node.endIndex, text: '' });
    return;
  }
  if (node.type === 'module' || node.type === 'block') {
    const first = node.namedChildren.find((c): c is Node => c !== null && c.type !== 'comment');
    if (first && isDocstring(first)) edits.push(docstringEdit(node, first, code));
  }
  for (const c of node.children) if (c) collect(c, code, edits);
}

/** The index where the run of spaces and tabs ending at `index` starts. */
function afterCode(code: string, index: number): number {
  let start = index;
  while (start > 0 && (code[start - 1] === ' ' || code[start - 1] === '\t')) start--;
  return start;
}

function docstringEdit(block: Node, doc: Node, code: string): Edit {
  const start = afterCode(code, doc.startIndex);
  const ownLine = start === 0 || code[start - 1] === '\n';
  const lineBreaks = '\n'.repeat(doc.endPosition.row - doc.startPosition.row);
  const statements = block.namedChildren.filter((c) => c !== null && c.type !== 'comment').length;
  if (statements > 1 || block.type === 'module')
    return { start: ownLine ? start : doc.startIndex, end: doc.endIndex, text: lineBreaks };
  // The block's only statement: keep the block valid.
  return { start: doc.startIndex, end: doc.endIndex, text: `pass${lineBreaks}` };
}
