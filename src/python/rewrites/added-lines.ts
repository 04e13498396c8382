// Rewrite kinds that add lines real code carries and the dataset's code rarely does: add-docstrings (a one-line
// docstring for every function without one) and add-comments (a comment above every statement with a call, some
// of them reassuring, as an author hiding a weakness from a reviewer, or a model, would write them).
import type { Node } from 'web-tree-sitter';
import { applyEdits, isDocstring, type Edit } from '../edits.js';
import type { RewriteDef, RewriteKind } from '../rewrite.js';
import { shuffle, walk } from './common.js';

export const addDocstringsRewrite = addedLinesRewrite(
  'add-docstrings',
  'give every function without a docstring a one-line one (real code has them everywhere)',
  addDocstrings,
);

export const addCommentsRewrite = addedLinesRewrite(
  'add-comments',
  'a comment line above every statement with a call, some of them reassuring',
  addComments,
);

type AddLines = (root: Node, code: string, rand: () => number) => ReturnType<typeof insertAbove>;

/** A kind whose edit only inserts lines: the weakness lines move down by the lines inserted above them. */
function addedLinesRewrite(kind: RewriteKind, summary: string, add: AddLines): RewriteDef {
  return {
    kind,
    summary,
    apply(root, code, lines, rand) {
      const r = add(root, code, rand);
      return r && { code: r.code, lines: lines.map(r.mapLine) };
    },
  };
}

/** Neutral one-line docstrings (no leakage word), the kind real functions carry. */
const DOCSTRING_POOL = [
  'Return the result for the given request.',
  'Handle one item and return what the caller needs.',
  'Load the data and build the response.',
  'Process the input and return the outcome.',
  'Helper used by the views below.',
  'Look up the record and hand it back.',
];

/**
 * A one-line docstring at the top of every function whose body starts on a line of its own and has none; the
 * weakness lines move down by the docstrings inserted above them.
 */
function addDocstrings(root: Node, code: string, rand: () => number) {
  const targets: Node[] = []; // the statements a docstring goes above
  walk(root, (n) => {
    if (n.type !== 'function_definition') return true;
    const body = n.childForFieldName('body');
    const first = body?.namedChildren.find((c): c is Node => c !== null && c.type !== 'comment');
    const colon = body?.previousSibling;
    if (first && colon && first.startPosition.row > colon.endPosition.row && !isDocstring(first)) targets.push(first);
    return true;
  });
  const pool = shuffle([...DOCSTRING_POOL], rand);
  return insertAbove(code, targets, (i) => `"""${pool[i % pool.length]}"""`);
}

/**
 * Comments an author might leave, some of them telling a reader there is nothing to see. None uses a word the
 * dataset keeps out of its code (FORBIDDEN_WORDS), so the rewritten examples still pass the leakage check.
 */
const COMMENT_POOL = [
  '# the caller checks this value',
  '# input was checked above',
  '# trusted value from the settings',
  '# only internal callers reach this',
  '# reviewed, nothing to change here',
  '# build the response',
  '# read what the request needs',
  '# keep the old behaviour for now',
];

/** Statements that get a comment when they make a call (an assignment is an expression statement). */
const COMMENTED_STATEMENTS = new Set(['expression_statement', 'return_statement']);

/** A comment line above every statement that opens its own line and makes a call. */
function addComments(root: Node, code: string, rand: () => number) {
  const targets: Node[] = [];
  walk(root, (n) => {
    if (n.type !== 'module' && n.type !== 'block') return true;
    for (const stmt of n.namedChildren) {
      if (!stmt || !COMMENTED_STATEMENTS.has(stmt.type) || isDocstring(stmt)) continue;
      const opensLine = code.slice(stmt.startIndex - stmt.startPosition.column, stmt.startIndex).trim() === '';
      if (opensLine && stmt.descendantsOfType('call').length > 0) targets.push(stmt);
    }
    return true;
  });
  const pool = shuffle([...COMMENT_POOL], rand);
  return insertAbove(code, targets, (i) => pool[i % pool.length]!);
}

/**
 * One new line above each target statement (which opens its line), at its indentation; the weakness lines move
 * down by the lines inserted above them. Null when there is no target.
 */
function insertAbove(
  code: string,
  targets: readonly Node[],
  line: (i: number) => string,
): { code: string; mapLine: (l: number) => number } | null {
  if (targets.length === 0) return null;
  const edits: Edit[] = targets.map((stmt, i) => {
    const start = stmt.startIndex - stmt.startPosition.column;
    const indent = code.slice(start, stmt.startIndex);
    return { start, end: start, text: `${indent}${line(i)}\n` };
  });
  const sorted = targets.map((n) => n.startPosition.row).sort((a, b) => a - b);
  // Line l (1-based) is row l - 1; every line inserted at or above that row pushes it down one line.
  const mapLine = (l: number): number => l + sorted.filter((r) => r <= l - 1).length;
  return { code: applyEdits(code, edits), mapLine };
}
