// Quote styles of plain one-line strings: the string-quotes rewrite kind swaps them, and normalizeQuotes puts them
// all in double quotes for models that read code that way (prompt.quotes). Same length, same lines: nothing moves.
import type { Node, Parser } from 'web-tree-sitter';
import { applyEdits, type Edit } from '../edits.js';
import type { RewriteDef } from '../rewrite.js';
import { walk } from './common.js';

export const stringQuotesRewrite: RewriteDef = {
  kind: 'string-quotes',
  summary: 'swap \'...\' and "..." on single-line strings that contain neither quote character',
  apply(root, code, lines) {
    const edits = swapQuotes(root);
    return edits.length ? { code: applyEdits(code, edits), lines: [...lines] } : null;
  },
};

/**
 * The single-line strings whose quotes can change without changing the literal: not triple-quoted, and no quote
 * character or backslash inside. Strings inside a parse error count only when they end with their opening quote.
 */
function plainStrings(root: Node): Node[] {
  const plain: Node[] = [];
  walk(root, (n) => {
    if (n.type !== 'string') return true;
    const m = /^([rRbBuUfF]*)(['"])/.exec(n.text);
    if (!m) return false;
    const body = n.text.slice(m[0].length, -1);
    const triple = n.text.slice(m[1]!.length).startsWith(m[2]!.repeat(3));
    const closed = n.text.length > m[0].length && n.text.endsWith(m[2]!);
    if (!triple && closed && n.startPosition.row === n.endPosition.row && !/['"\\]/.test(body)) plain.push(n);
    return false;
  });
  return plain;
}

/** Edits that put each string in `to` quotes (same length: positions and lines do not move). */
function requote(strings: readonly Node[], to: "'" | '"'): Edit[] {
  const edits: Edit[] = [];
  for (const n of strings) {
    const prefix = /^[rRbBuUfF]*/.exec(n.text)![0];
    const body = n.text.slice(prefix.length + 1, -1);
    const text = `${prefix}${to}${body}${to}`;
    if (text !== n.text) edits.push({ start: n.startIndex, end: n.endIndex, text });
  }
  return edits;
}

function swapQuotes(root: Node): Edit[] {
  const plain = plainStrings(root);
  // Move every eligible string to the quote style the snippet uses less, so something always changes.
  const doubles = plain.filter((n) => n.text.replace(/^[rRbBuUfF]*/, '').startsWith('"')).length;
  return requote(plain, doubles * 2 >= plain.length ? "'" : '"');
}

/**
 * The code with every plain single-line string in double quotes, the style of almost all of the dataset's code, so
 * that a model trained on it reads real code written with single quotes the same way. The length and the lines are
 * unchanged. Works on fragments that do not parse (a window cut from a long function): only strings that tree-sitter
 * closes on their own line change.
 * Example: normalizeQuotes(parser, "x = 'a'  # it's\n") -> 'x = "a"  # it\'s\n'
 */
export function normalizeQuotes(parser: Parser, code: string): string {
  if (!code.includes("'")) return code;
  const tree = parser.parse(code);
  if (!tree) return code;
  try {
    return applyEdits(code, requote(plainStrings(tree.rootNode), '"'));
  } finally {
    tree.delete();
  }
}
