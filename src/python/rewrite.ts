// Semantics-preserving rewrites of Python snippets with tree-sitter, for data augmentation and for measuring how
// robust a detector is to evasive edits. Each rewrite returns the new code and the weakness lines remapped onto it,
// or null when it does not apply. The code is only parsed, never imported or run.
//
// Kinds:
//   rename-locals     rename local variables of functions (never parameters, globals, attributes or keywords)
//   string-quotes     swap '...' and "..." on single-line strings that contain neither quote character
//   reorder-imports   permute a block of consecutive one-line imports at the top of the module
//   extract-variable  move the first argument of a top-level call into a new variable on the line above
//   add-docstrings    give every function without a docstring a one-line one (real code has them everywhere)
//   add-comments      a comment line above every statement with a call, some of them reassuring, as an author
//                     hiding a weakness from a reviewer (or a model) would write them
import type { Node, Parser } from 'web-tree-sitter';
import { FORBIDDEN_WORDS } from '../dataset/leakage.js';
import { mulberry32 } from '../engine/rng.js';
import { applyEdits, isDocstring, type Edit } from './edits.js';

export type RewriteKind =
  'rename-locals' | 'string-quotes' | 'reorder-imports' | 'extract-variable' | 'add-docstrings' | 'add-comments';
export const REWRITE_KINDS: readonly RewriteKind[] = [
  'add-comments',
  'add-docstrings',
  'extract-variable',
  'rename-locals',
  'reorder-imports',
  'string-quotes',
];

export interface RewriteResult {
  readonly kind: RewriteKind;
  readonly code: string;
  /** The weakness lines, 1-based, remapped onto the new code. */
  readonly lines: number[];
}

/** Seeded PRNG (mulberry32) so a rewrite with the same seed is the same rewrite. */
const prng = mulberry32;

function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

function walk(node: Node, visit: (n: Node) => boolean | void): void {
  if (visit(node) === false) return;
  for (const c of node.children) if (c) walk(c, visit);
}

const PY_RESERVED = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from global if ' +
    'import in is lambda nonlocal not or pass raise return try while with yield match case type print len str int list ' +
    'dict set tuple id input open range object format filter map next iter hash min max sum any all bytes'
  ).split(' '),
);

/** Neutral replacement names: realistic, and none of them contains a leakage word. */
const NAME_POOL = [
  'item',
  'entry',
  'record',
  'value',
  'current',
  'payload',
  'chunk',
  'field',
  'target',
  'outcome',
  'part',
  'row_data',
  'label_text',
  'piece',
  'holder',
  'element',
  'cursor_value',
  'handle',
  'node_value',
  'member',
  'token_value',
  'slot',
];

function freshNames(taken: Set<string>, rand: () => number): () => string {
  const pool = shuffle([...NAME_POOL], rand);
  let i = 0;
  return () => {
    for (;;) {
      const base = pool[i % pool.length]!;
      const round = Math.floor(i / pool.length);
      i++;
      const name = round === 0 ? base : `${base}_${round + 1}`;
      if (!taken.has(name) && !PY_RESERVED.has(name) && !FORBIDDEN_WORDS.test(name)) {
        taken.add(name);
        return name;
      }
    }
  };
}

function allIdentifiers(root: Node): Set<string> {
  const names = new Set<string>();
  walk(root, (n) => {
    if (n.type === 'identifier') names.add(n.text);
  });
  return names;
}

const SCOPES = new Set(['function_definition', 'class_definition', 'lambda']);
const COMPREHENSIONS = new Set([
  'list_comprehension',
  'set_comprehension',
  'dictionary_comprehension',
  'generator_expression',
]);

/** Identifiers bound by an assignment-like target (identifier, tuple and list patterns; not attributes or subscripts). */
function targetNames(t: Node | null, out: Set<string>): void {
  if (!t) return;
  if (t.type === 'identifier') out.add(t.text);
  else if (t.type === 'attribute' || t.type === 'subscript') return;
  else for (const c of t.namedChildren) targetNames(c, out);
}

function renameLocals(root: Node, rand: () => number): Edit[] {
  const taken = allIdentifiers(root);
  const next = freshNames(taken, rand);
  const edits: Edit[] = [];
  const renamed = new Set<number>(); // node start offsets already renamed by an enclosing function
  walk(root, (fn) => {
    if (fn.type !== 'function_definition') return;
    const body = fn.childForFieldName('body');
    if (!body) return;
    // Functions that reach their frame by name (locals(), vars(), eval, exec) or hold a class body are left alone.
    let opaque = false;
    walk(body, (n) => {
      if (n.type === 'class_definition') opaque = true;
      if (n.type === 'call') {
        const f = n.childForFieldName('function');
        if (f?.type === 'identifier' && ['locals', 'vars', 'eval', 'exec', 'globals'].includes(f.text)) opaque = true;
      }
    });
    if (opaque) return;
    const params = new Set<string>();
    walk(fn.childForFieldName('parameters')!, (n) => {
      if (n.type === 'identifier') params.add(n.text);
    });
    const bound = new Set<string>();
    const excluded = new Set<string>();
    walk(body, (n) => {
      if (n.type === 'global_statement' || n.type === 'nonlocal_statement' || n.type.startsWith('import')) {
        walk(n, (m) => {
          if (m.type === 'identifier') excluded.add(m.text);
        });
        return false;
      }
      if (SCOPES.has(n.type) || COMPREHENSIONS.has(n.type)) return false; // their bindings are not this frame's
      if (['assignment', 'augmented_assignment', 'for_statement'].includes(n.type))
        targetNames(n.childForFieldName('left'), bound);
      if (n.type === 'named_expression') targetNames(n.childForFieldName('name'), bound);
      if (n.type === 'as_pattern_target' && n.parent?.parent?.type !== 'except_clause')
        targetNames(n.namedChild(0), bound);
      return true;
    });
    // Nested scopes that declare one of our names global or nonlocal would be broken by a rename.
    walk(body, (n) => {
      if (n.type === 'global_statement' || n.type === 'nonlocal_statement')
        walk(n, (m) => {
          if (m.type === 'identifier') excluded.add(m.text);
        });
    });
    const locals = [...bound].filter((n) => !params.has(n) && !excluded.has(n)).sort();
    if (locals.length === 0) return;
    const mapping = new Map(locals.map((n) => [n, next()]));
    walk(body, (n) => {
      if (n.type !== 'identifier' || !mapping.has(n.text) || renamed.has(n.startIndex)) return;
      const parent = n.parent;
      if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === n.startIndex) return;
      if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.startIndex === n.startIndex) return;
      renamed.add(n.startIndex);
      edits.push({ start: n.startIndex, end: n.endIndex, text: mapping.get(n.text)! });
    });
  });
  return edits;
}

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
const COMMENTED_STATEMENTS = new Set(['expression_statement', 'return_statement']);

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

function reorderImports(
  root: Node,
  code: string,
  rand: () => number,
): { code: string; lineMap: Map<number, number> } | null {
  const stmts = root.namedChildren.filter((n): n is Node => n !== null);
  // The first run of consecutive one-line imports at module level (after a docstring or comments).
  const start = stmts.findIndex((n) => n.type === 'import_statement' || n.type === 'import_from_statement');
  if (start < 0) return null;
  const block: Node[] = [];
  for (let i = start; i < stmts.length; i++) {
    const n = stmts[i]!;
    const isImport = n.type === 'import_statement' || n.type === 'import_from_statement';
    const prev = block[block.length - 1];
    if (!isImport || n.startPosition.row !== n.endPosition.row) break;
    if (prev && n.startPosition.row !== prev.startPosition.row + 1) break;
    block.push(n);
  }
  if (block.length < 2) return null;
  const lines = code.split('\n');
  // Lines that hold anything besides the import (a trailing comment is fine) are not moved.
  if (
    block.some(
      (n) => lines[n.startPosition.row]!.trim() !== n.text.trim() && !lines[n.startPosition.row]!.includes('#'),
    )
  )
    return null;
  const order = block.map((_, i) => i);
  shuffle(order, rand);
  if (order.every((v, i) => v === i)) order.reverse();
  const first = block[0]!.startPosition.row;
  const original = block.map((n) => lines[n.startPosition.row]!);
  const lineMap = new Map<number, number>();
  order.forEach((from, to) => {
    lines[first + to] = original[from]!;
    lineMap.set(first + from + 1, first + to + 1);
  });
  return { code: lines.join('\n'), lineMap };
}

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
    const lineStart = code.lastIndexOf('\n', stmt.startIndex - 1) + 1;
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
    if (arg.descendantsOfType(['await', 'yield', 'named_expression', 'lambda']).length > 0) return true;
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
  const lineStart = code.lastIndexOf('\n', pick.stmt.startIndex - 1) + 1;
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

/**
 * Applies one rewrite. Returns null when the kind does not apply to this code (or the code does not parse).
 * Example: rewritePython(parser, 'import os\nimport sys\n', [], 'reorder-imports')
 *   -> { kind: 'reorder-imports', code: 'import sys\nimport os\n', lines: [] }
 */
export function rewritePython(
  parser: Parser,
  code: string,
  lines: readonly number[],
  kind: RewriteKind,
  seed = 1,
): RewriteResult | null {
  const tree = parser.parse(code);
  if (!tree) return null;
  try {
    if (tree.rootNode.hasError) return null;
    const rand = prng(seed);
    const root = tree.rootNode;
    let result: RewriteResult | null = null;
    if (kind === 'rename-locals' || kind === 'string-quotes') {
      const edits = kind === 'rename-locals' ? renameLocals(root, rand) : swapQuotes(root);
      if (edits.length) result = { kind, code: applyEdits(code, edits), lines: [...lines] };
    } else if (kind === 'add-docstrings' || kind === 'add-comments') {
      const r = kind === 'add-docstrings' ? addDocstrings(root, code, rand) : addComments(root, code, rand);
      if (r) result = { kind, code: r.code, lines: lines.map(r.mapLine) };
    } else if (kind === 'reorder-imports') {
      const r = reorderImports(root, code, rand);
      if (r) result = { kind, code: r.code, lines: lines.map((l) => r.lineMap.get(l) ?? l).sort((a, b) => a - b) };
    } else {
      const r = extractVariable(root, code, new Set(lines), rand);
      if (r) {
        const mapped = new Set(lines.flatMap((l) => r.mapLine(l)));
        result = { kind, code: r.code, lines: [...mapped].sort((a, b) => a - b) };
      }
    }
    if (!result || result.code === code) return null;
    // A rewrite must never break the code: check the result parses cleanly.
    const check = parser.parse(result.code);
    const ok = check !== null && !check.rootNode.hasError;
    check?.delete();
    return ok ? result : null;
  } finally {
    tree.delete();
  }
}

export interface ChainResult {
  readonly code: string;
  readonly lines: number[];
  /** The kinds that changed the code, in the order applied. */
  readonly applied: RewriteKind[];
}

/**
 * Several rewrites in a row, each on the previous one's output; kinds that do not apply are skipped. Null when none
 * applies. Used to compose augmentations (rename locals, then swap quotes) and for the robustness "all" edit.
 * Example: rewriteChain(parser, 'def f():\n    x = "a"\n    return x\n', [], ['rename-locals', 'string-quotes'])
 *   -> { code: <x renamed, "a" now 'a'>, lines: [], applied: ['rename-locals', 'string-quotes'] }
 */
export function rewriteChain(
  parser: Parser,
  code: string,
  lines: readonly number[],
  kinds: readonly RewriteKind[],
  seed = 1,
): ChainResult | null {
  let current = { code, lines: [...lines] };
  const applied: RewriteKind[] = [];
  for (const kind of kinds) {
    const r = rewritePython(parser, current.code, current.lines, kind, seed);
    if (r) {
      current = { code: r.code, lines: r.lines };
      applied.push(kind);
    }
  }
  return applied.length ? { ...current, applied } : null;
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
