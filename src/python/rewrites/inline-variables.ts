// Rewrite kind inline-variables: a local variable assigned on one line and read once, in the statement right after,
// is replaced by its value there (`host = request.args["host"]` + `os.system("ping " + host)` becomes
// `os.system("ping " + request.args["host"])`). The opposite of extract-variable, and how much real code is written:
// a model that only knows the step-by-step style of tutorials misses the nested one.
import type { Node } from 'web-tree-sitter';
import { applyEdits, canMove, lineStartOf, textWithEdits, type Edit } from '../edits.js';
import type { RewriteDef } from '../rewrite.js';
import { readsFrame, walk } from './common.js';

export const inlineVariablesRewrite: RewriteDef = {
  kind: 'inline-variables',
  summary: 'put the value of a variable read once, in the next statement, in place of its name',
  apply(root, code, lines) {
    const found = candidates(root, code);
    if (found.length === 0) return null;
    return inline(code, found, lines);
  },
};

/** One variable to inline: its one-line assignment statement, its value, and the one place it is read. */
interface Candidate {
  readonly stmt: Node;
  readonly value: Node;
  readonly use: Node;
}

/** Values that need no parentheses wherever a name could stand. */
const ATOMIC = new Set([
  'identifier',
  'call',
  'attribute',
  'subscript',
  'string',
  'concatenated_string',
  'integer',
  'float',
  'true',
  'false',
  'none',
  'list',
  'dictionary',
  'set',
  'parenthesized_expression',
  'list_comprehension',
  'dictionary_comprehension',
  'set_comprehension',
]);
/** Where a name stands alone, so any value fits without parentheses: `f(x)`, `f(k=x)`, `return x`, `y = x`. */
const WHOLE_SLOTS = new Set(['argument_list', 'keyword_argument', 'return_statement', 'assignment', 'list', 'set']);
/** A read inside one of these runs at another time, more than once, or not at all. */
const DEFERRED = new Set([
  'elif_clause',
  'conditional_expression',
  'boolean_operator',
  'lambda',
  'function_definition',
  'class_definition',
  'list_comprehension',
  'set_comprehension',
  'dictionary_comprehension',
  'generator_expression',
  'interpolation',
  'block',
]);

function candidates(root: Node, code: string): Candidate[] {
  const found: Candidate[] = [];
  walk(root, (fn) => {
    if (fn.type !== 'function_definition') return true;
    const body = fn.childForFieldName('body');
    if (!body || readsFrame(body)) return true;
    const counts = new Map<string, number>();
    walk(fn, (n) => {
      if (n.type === 'identifier') counts.set(n.text, (counts.get(n.text) ?? 0) + 1);
    });
    walk(body, (stmt) => {
      if (stmt.type === 'function_definition' || stmt.type === 'class_definition') return false;
      const c = stmt.type === 'expression_statement' ? candidate(stmt, code, counts) : null;
      if (c) found.push(c);
      return true;
    });
    return true; // nested functions (closures, decorator wrappers) are visited on their own
  });
  return found.sort((a, b) => a.stmt.startIndex - b.stmt.startIndex);
}

function candidate(stmt: Node, code: string, counts: ReadonlyMap<string, number>): Candidate | null {
  const a = stmt.namedChild(0);
  if (stmt.namedChildCount !== 1 || a?.type !== 'assignment' || a.childForFieldName('type')) return null;
  const target = a.childForFieldName('left');
  const value = a.childForFieldName('right');
  if (target?.type !== 'identifier' || !value || value.type === 'assignment') return null;
  if (stmt.startPosition.row !== stmt.endPosition.row || !ownsLine(stmt, code)) return null;
  if (!canMove(value) || value.type === 'expression_list') return null;
  // Read exactly once in the whole function (nested scopes included): the assignment plus one identifier.
  if (counts.get(target.text) !== 2) return null;
  const next = stmt.nextNamedSibling;
  if (!next || next.type === 'comment' || next.type === 'while_statement') return null;
  const use = next.descendantsOfType('identifier').find((n) => n?.text === target.text);
  return use && isPlainRead(use, next) ? { stmt, value, use } : null;
}

/** A statement alone on its line (nothing before or after it but blanks). */
function ownsLine(stmt: Node, code: string): boolean {
  const lineStart = lineStartOf(code, stmt.startIndex);
  const lineEnd = code.indexOf('\n', stmt.endIndex);
  const after = code.slice(stmt.endIndex, lineEnd === -1 ? code.length : lineEnd);
  return code.slice(lineStart, stmt.startIndex).trim() === '' && after.trim() === '';
}

/** The identifier is read as a variable, right away, where it stands (not a name field, not stored to). */
function isPlainRead(use: Node, stmt: Node): boolean {
  let n: Node = use;
  while (n.id !== stmt.id) {
    const parent = n.parent;
    if (!parent) return false;
    // A comprehension's first iterable is read once, at once, in the enclosing scope: `[f(x) for x in rows]`.
    if (parent.type === 'for_in_clause' && isFirstIterable(parent, n)) {
      n = parent.parent!;
      continue;
    }
    if (DEFERRED.has(parent.type)) return false;
    if (parent.type === 'attribute' && parent.childForFieldName('attribute')?.id === n.id) return false;
    if (parent.type === 'keyword_argument' && parent.childForFieldName('name')?.id === n.id) return false;
    if (
      (parent.type === 'assignment' || parent.type === 'augmented_assignment' || parent.type === 'for_statement') &&
      parent.childForFieldName('left')?.id === n.id
    )
      return false;
    n = parent;
  }
  return true;
}

function isFirstIterable(clause: Node, n: Node): boolean {
  const comprehension = clause.parent;
  const first = comprehension?.namedChildren.find((c) => c?.type === 'for_in_clause');
  return clause.childForFieldName('right')?.id === n.id && first?.id === clause.id && comprehension !== null;
}

/**
 * Applies every candidate at once. A chain (`a = x`, `b = f(a)`, `g(b)`) folds into the last statement: candidates
 * are taken in source order, so a value is rendered with the inlines already made inside it.
 */
function inline(code: string, found: readonly Candidate[], weak: readonly number[]): { code: string; lines: number[] } {
  const replacements: Edit[] = [];
  const deletions: Edit[] = [];
  const movedTo = new Map<number, number>(); // 1-based line of a removed assignment -> line of its use
  for (const c of found) {
    const text = textWithEdits(c.value, replacements);
    const bare = ATOMIC.has(c.value.type) || WHOLE_SLOTS.has(c.use.parent?.type ?? '');
    replacements.push({ start: c.use.startIndex, end: c.use.endIndex, text: bare ? text : `(${text})` });
    const lineStart = lineStartOf(code, c.stmt.startIndex);
    const lineEnd = code.indexOf('\n', c.stmt.endIndex);
    deletions.push({ start: lineStart, end: lineEnd === -1 ? code.length : lineEnd + 1, text: '' });
    movedTo.set(c.stmt.startPosition.row + 1, c.use.startPosition.row + 1);
  }
  // An inline inside a removed assignment lives on in that assignment's own inline.
  const kept = replacements.filter((r) => !deletions.some((d) => r.start >= d.start && r.end <= d.end));
  const removed = [...movedTo.keys()];
  const newLine = (l: number): number => {
    let line = l;
    while (movedTo.has(line)) line = movedTo.get(line)!;
    return line - removed.filter((r) => r < line).length;
  };
  const lines = [...new Set(weak.map(newLine))].sort((x, y) => x - y);
  return { code: applyEdits(code, [...kept, ...deletions]), lines };
}
