// Nested calls pulled apart into one call per line, for models whose config asks for prompt.calls "flatten".
//
// Why: the dataset's code, written the way tutorials write it, mostly names each step
// (`expr = request.args["expr"]`, `result = eval(expr)`), and a small model learned that shape. Real code nests:
// v8 gave `return str(eval(request.args["expr"]))` P(none) 0.73 and the same code with the call on its own line
// P(CWE-94) 0.97; `os.system("ping " + request.args["host"])` 0.72 none against 0.84 CWE-78 once the command is
// built on the line above. Flattening shows the model every call the way it learned to read one. The code is only
// parsed, never imported or run; the result is for the model's eyes only (evaluation order of arguments that are not
// pulled out can change, which does not matter to a reader).
import type { Node, Parser } from 'web-tree-sitter';
import { applyEdits, canMove, lineStartOf, textWithEdits, type Edit } from './edits.js';
import { allIdentifiers } from './rewrites/names.js';
import type { CompactCode } from './strip-comments.js';

/** The name pulled-out values get (then value_2, value_3...): neutral, and common in the dataset. */
const BASE_NAME = 'value';
/** Arguments that are worth a line of their own: a call, an operation on values, an f-string. */
const COMPLEX = new Set(['call', 'binary_operator', 'concatenated_string']);

/** The ways a checkpoint can ask for (config prompt.calls), each doing what the one before does and more. */
export const CALL_FLATTENINGS = ['flatten-args', 'flatten-returns', 'flatten-chains'] as const;
export type CallFlattening = (typeof CALL_FLATTENINGS)[number];

/** The options a config value stands for. */
export function flattenOptions(calls: CallFlattening): FlattenOptions {
  return { returns: calls !== 'flatten-args', chains: calls === 'flatten-chains' };
}

export interface FlattenOptions {
  /** Also turn `return f(x)` into `value = f(x)` + `return value`. */
  readonly returns?: boolean;
  /** Also pull out the call a method is called on: `db.execute(q).fetchall()`. */
  readonly chains?: boolean;
}

/**
 * The code with every complex argument of a statement's call (a call, an operation, an f-string; innermost first)
 * moved to a variable on a line above the statement, and where each line came from (a new line counts as the
 * statement's first line). Only statements that start their own line are touched; code that does not parse is
 * returned as it is.
 * Example: flattenCalls(parser, 'def f():\n    return str(eval(x + y))\n')
 *   -> { code: 'def f():\n    value = x + y\n    value_2 = eval(value)\n    return str(value_2)\n',
 *        lines: [1, 2, 2, 2, 3] }
 */
export function flattenCalls(parser: Parser, code: string, options: FlattenOptions = {}): CompactCode {
  const identity = (): CompactCode => ({ code, lines: code.split('\n').map((_, i) => i + 1) });
  const tree = parser.parse(code);
  if (!tree) return identity();
  try {
    if (tree.rootNode.hasError) return identity();
    const names = nameSource(tree.rootNode);
    const edits: Edit[] = [];
    const added = new Map<number, number>(); // 0-based row -> lines inserted above it
    for (const stmt of statements(tree.rootNode, code)) {
      const pre: string[] = [];
      const call = topCall(stmt);
      if (!call) continue;
      const argEdits = pullArguments(call, pre, names, options);
      let finalEdits = argEdits;
      if (options.returns && stmt.type === 'return_statement' && call.startPosition.row === call.endPosition.row) {
        const name = names();
        pre.push(`${name} = ${textWithEdits(call, argEdits)}`);
        finalEdits = [{ start: call.startIndex, end: call.endIndex, text: name }];
      }
      if (pre.length === 0) continue;
      const lineStart = lineStartOf(code, stmt.startIndex);
      const indent = code.slice(lineStart, stmt.startIndex);
      edits.push({ start: lineStart, end: lineStart, text: pre.map((p) => `${indent}${p}\n`).join('') }, ...finalEdits);
      added.set(stmt.startPosition.row, pre.length);
    }
    if (edits.length === 0) return identity();
    const lines: number[] = [];
    code.split('\n').forEach((_, row) => {
      for (let k = 0; k < (added.get(row) ?? 0); k++) lines.push(row + 1);
      lines.push(row + 1);
    });
    return { code: applyEdits(code, edits), lines };
  } finally {
    tree.delete();
  }
}

/** Simple statements that start their own line, in source order. */
function statements(root: Node, code: string): Node[] {
  const found: Node[] = [];
  const visit = (n: Node): void => {
    if ((n.type === 'expression_statement' || n.type === 'return_statement') && startsLine(n, code)) found.push(n);
    for (const c of n.namedChildren) if (c) visit(c);
  };
  visit(root);
  return found;
}

function startsLine(n: Node, code: string): boolean {
  const parent = n.parent?.type;
  if (parent !== 'block' && parent !== 'module') return false;
  const lineStart = lineStartOf(code, n.startIndex);
  return code.slice(lineStart, n.startIndex).trim() === '';
}

/** The call a statement is: `f(x)`, `y = f(x)` (one target) or `return f(x)`. */
function topCall(stmt: Node): Node | null {
  const first = stmt.namedChild(0);
  if (!first || stmt.namedChildCount !== 1) return null;
  if (first.type === 'call') return first;
  if (first.type === 'assignment' && stmt.type === 'expression_statement') {
    const right = first.childForFieldName('right');
    return right?.type === 'call' ? right : null;
  }
  return null;
}

/**
 * Pulls the complex arguments of `call` (and, first, theirs) into `pre` as `name = text` lines, and returns the
 * edits that put the names in their places within the call.
 */
function pullArguments(call: Node, pre: string[], names: () => string, options: FlattenOptions): Edit[] {
  const fn = call.childForFieldName('function');
  // `f(x for x in y)` has a generator, not an argument list: its parts are not arguments.
  const args = call.childForFieldName('arguments');
  if (!fn || args?.type !== 'argument_list') return [];
  const moved: Node[] = [];
  if (fn.type === 'attribute') {
    const receiver = fn.childForFieldName('object');
    if (options.chains && receiver?.type === 'call' && movable(receiver)) moved.push(receiver);
  } else if (fn.type !== 'identifier') return [];
  for (const arg of args.namedChildren) if (arg && movable(arg)) moved.push(arg);
  return moved.map((node) => {
    const inner = node.type === 'call' ? pullArguments(node, pre, names, options) : [];
    const name = names();
    pre.push(`${name} = ${textWithEdits(node, inner)}`);
    return { start: node.startIndex, end: node.endIndex, text: name };
  });
}

function movable(arg: Node): boolean {
  const complex = COMPLEX.has(arg.type) || (arg.type === 'string' && arg.descendantsOfType('interpolation').length > 0);
  return complex && arg.startPosition.row === arg.endPosition.row && canMove(arg);
}

/** value, value_2, value_3...: skipping every identifier the code already uses. */
function nameSource(root: Node): () => string {
  const taken = allIdentifiers(root);
  let i = 1;
  return () => {
    for (;;) {
      const name = i === 1 ? BASE_NAME : `${BASE_NAME}_${i}`;
      i++;
      if (!taken.has(name)) return name;
    }
  };
}
