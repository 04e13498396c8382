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
  const edits = removals(parser, code).map((r) => r.edit);
  return applyEdits(code, edits);
}

/** One comment or docstring to take out, and the 0-based rows of the code it spans. */
interface Removal {
  readonly edit: Edit;
  readonly firstRow: number;
  readonly lastRow: number;
}

function removals(parser: Parser, code: string): Removal[] {
  const tree = parser.parse(code);
  if (!tree) return [];
  try {
    const found: Removal[] = [];
    collect(tree.rootNode, code, found);
    return found;
  } finally {
    tree.delete();
  }
}

function collect(node: Node, code: string, found: Removal[]): void {
  if (node.type === 'comment') {
    // Take the blanks before the comment too, and the indentation of a comment on its own line.
    const edit = { start: afterCode(code, node.startIndex), end: node.endIndex, text: '' };
    found.push({ edit, firstRow: node.startPosition.row, lastRow: node.endPosition.row });
    return;
  }
  if (node.type === 'module' || node.type === 'block') {
    const first = node.namedChildren.find((c): c is Node => c !== null && c.type !== 'comment');
    if (first && isDocstring(first)) {
      found.push({
        edit: docstringEdit(node, first, code),
        firstRow: first.startPosition.row,
        lastRow: first.endPosition.row,
      });
    }
  }
  for (const c of node.children) if (c) collect(c, code, found);
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

/** Code with some lines left out, and where each of its lines came from. */
export interface CompactCode {
  readonly code: string;
  /** lines[i]: the 1-based line of the original code that line i + 1 of `code` is. */
  readonly lines: readonly number[];
}

/**
 * The code without comments and docstrings and without the lines they were alone on, with each kept line's
 * original number, so findings can still point at the code as written. Stripping alone (stripComments) keeps
 * those lines empty, and a model trained on code without such gaps reads each one as a change: on the validation
 * split one added docstring per function, stripped again, still changed 24 decisions (tenth session). Removing the
 * lines makes code with and without docstrings one and the same prompt. Blank lines outside docstrings stay.
 * Example: removeComments(parser, 'def f():\n    """Doc."""\n    return 1\n')
 *   -> { code: 'def f():\n    return 1\n', lines: [1, 3, 4] }
 */
export function removeComments(parser: Parser, code: string): CompactCode {
  const found = removals(parser, code);
  const touched = new Set<number>();
  for (const r of found) for (let row = r.firstRow; row <= r.lastRow; row++) touched.add(row);
  const before = code.split('\n');
  const edits = found.map((r) => r.edit);
  const after = applyEdits(code, edits).split('\n');
  // The edits keep every line break; anything else would make the numbers below wrong, so read the code as written.
  if (after.length !== before.length) return { code, lines: before.map((_, i) => i + 1) };
  const kept: string[] = [];
  const lines: number[] = [];
  after.forEach((line, row) => {
    // A line a comment or docstring was on (a blank line inside a docstring too) that nothing else is left on.
    if (touched.has(row) && line.trim() === '') return;
    kept.push(line);
    lines.push(row + 1);
  });
  return { code: kept.join('\n'), lines };
}
