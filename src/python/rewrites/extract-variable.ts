// Rewrite kind extract-variable: the first argument of a top-level call moves into a new variable on the line
// above (a call on a weakness line first), the edit that most often hides a tainted argument from a pattern.
import type { Node } from 'web-tree-sitter';
import { applyEdits, canMove, lineStartOf } from '../edits.js';
import type { RewriteDef } from '../rewrite.js';
import { walk } from './common.js';
import { allIdentifiers, freshNames } from './names.js';

export const extractVariableRewrite: RewriteDef = {
  kind: 'extract-variable',
  summary: 'move the first argument of a top-level call into a new variable on the line above',
  apply(root, code, lines, rand) {
    const r = extractVariable(root, code, new Set(lines), rand);
    if (!r) return null;
    const mapped = new Set(lines.flatMap((l) => r.mapLine(l)));
    return { code: r.code, lines: [...mapped].sort((a, b) => a - b) };
  },
};

const SIMPLE_PARENTS = new Set(['expression_statement', 'assignment', 'return_statement']);

function extractVariable(root: Node, code: string, weak: ReadonlySet<number>, rand: () => number) {
  const candidates: { call: Node; stmt: Node; arg: Node }[] = [];
  walk(root, (n) => {
    if (n.type !== 'call') return true;
    // The call must be the whole right-hand side of a simple statement, so its first argument is evaluated first.
    const parent = n.parent;
    if (!parent || !SIMPLE_PARENTS.has(parent.type)) return true;
    if (parent.type === 'assignment' && parent.childForFieldName('right')?.startIndex !== n.startIndex) return true;
    const stmt = parent.type === 'assignment' ? parent.parent : parent;
    if (!stmt || (stmt.type !== 'expression_statement' && stmt.type !== 'return_statement')) return true;
    if (stmt.parent?.type !== 'block' && stmt.parent?.type !== 'module') return true;
    const lineStart = lineStartOf(code, stmt.startIndex);
    if (code.slice(lineStart, stmt.startIndex).trim() !== '') return true; // shares its line (e.g. `if x: f(y)`)
    const fn = n.childForFieldName('function');
    if (!fn || (fn.type !== 'identifier' && fn.type !== 'attribute')) return true;
    if (fn.descendantsOfType('call').length > 0) return true;
    const arg = n.childForFieldName('arguments')?.namedChild(0);
    if (
      !arg ||
      [
        'identifier',
        'keyword_argument',
        'list_splat',
        'dictionary_splat',
        'integer',
        'true',
        'false',
        'none',
        'generator_expression',
        'parenthesized_expression',
      ].includes(arg.type)
    )
      return true;
    if (arg.type === 'string' && arg.descendantsOfType('interpolation').length === 0) return true;
    if (!canMove(arg)) return true;
    candidates.push({ call: n, stmt, arg });
    return true;
  });
  if (candidates.length === 0) return null;
  // Prefer a call on a weakness line: that is where an evasive edit matters.
  const onWeak = candidates.filter((c) => {
    for (let r = c.stmt.startPosition.row; r <= c.stmt.endPosition.row; r++) if (weak.has(r + 1)) return true;
    return false;
  });
  const pool = onWeak.length ? onWeak : candidates;
  const pick = pool[Math.floor(rand() * pool.length)]!;
  const name = freshNames(allIdentifiers(root), rand)();
  const lineStart = lineStartOf(code, pick.stmt.startIndex);
  const indent = code.slice(lineStart, pick.stmt.startIndex);
  const exprText = pick.arg.text.includes('\n') ? `(${pick.arg.text})` : pick.arg.text;
  const out = applyEdits(code, [
    { start: pick.arg.startIndex, end: pick.arg.endIndex, text: name },
    { start: lineStart, end: lineStart, text: `${indent}${name} = ${exprText}\n` },
  ]);
  // Line remapping. The new assignment takes `added` lines above the statement; the argument's own lines collapse
  // into the single line that now holds the variable name.
  const added = exprText.split('\n').length;
  const stmtLine = pick.stmt.startPosition.row + 1;
  const argFirst = pick.arg.startPosition.row + 1;
  const argLast = pick.arg.endPosition.row + 1;
  const mapLine = (l: number): number[] => {
    if (l < stmtLine) return [l];
    if (l < argFirst) return [l + added];
    // A weakness inside the argument is now in the assignment and in the call that uses the variable.
    if (l <= argLast) return [stmtLine + (l - argFirst), argFirst + added];
    return [l + added - (argLast - argFirst)];
  };
  return { code: out, mapLine };
}
