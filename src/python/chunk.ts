// Cuts a parsed Python file into the pieces the model scores: every function and method (nested and async ones
// too, with their decorators), the non-method statements of each class body, and the module-level statements.
// Each chunk keeps exact line spans and becomes a small self-contained Python file (the imports it uses, the class
// line for methods, then the code), because the model is trained on 8-80 line example files.
import type { Node, Tree } from 'web-tree-sitter';

export type ChunkKind = 'function' | 'class' | 'module';

export interface Chunk {
  readonly kind: ChunkKind;
  /** Qualified name: "login", "UserView.get", "outer.inner", "<module>". */
  readonly name: string;
  /** 1-based inclusive span of the chunk's own code in the file. */
  readonly startLine: number;
  readonly endLine: number;
  /** The snippet the model scores: context (imports, class line, def line of a window) then the code. */
  readonly code: string;
  /** For each line of `code`, its 1-based line in the file, or null for context lines. */
  readonly lineMap: readonly (number | null)[];
  /** 1-based line of the first syntax error inside the chunk, or null when it parses cleanly. */
  readonly syntaxErrorLine: number | null;
}

export interface ChunkOptions {
  /** Chunks with more code lines than this are cut into overlapping windows. */
  readonly maxLines: number;
  /** Lines shared by consecutive windows, so a weakness on a window edge is seen whole once. */
  readonly overlap: number;
}

export const DEFAULT_CHUNK_OPTIONS: ChunkOptions = { maxLines: 80, overlap: 20 };

/** Bumped whenever chunking changes what the model sees, so that cached scan results made before are not reused. */
export const CHUNKER_VERSION = 4;

const FUNCTION = 'function_definition';
const CLASS = 'class_definition';
const DECORATED = 'decorated_definition';
const IMPORTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);

interface ImportContext {
  readonly text: string;
  /** Names the import binds ("os", "path" for `from os import path`); null for `from x import *` (always kept). */
  readonly names: readonly string[] | null;
}

interface Piece {
  /** The code lines with their file line numbers (1-based). */
  readonly lines: readonly { readonly text: string; readonly line: number }[];
  /** Context lines placed before the code (class line, def line for later windows). */
  readonly header: readonly string[];
}

/**
 * Chunks one parsed file. Pure: reads the tree and the source, never runs anything.
 * Example: chunkPython('import os\n\ndef rm(p):\n    os.system("rm " + p)\n', tree)
 *   -> [{ kind: 'function', name: 'rm', startLine: 3, endLine: 4,
 *         code: 'import os\n\ndef rm(p):\n    os.system("rm " + p)', lineMap: [null, null, 3, 4], syntaxErrorLine: null }]
 */
export function chunkPython(source: string, tree: Tree, options: ChunkOptions = DEFAULT_CHUNK_OPTIONS): Chunk[] {
  const lines = source.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
  const root = tree.rootNode;
  const imports = collectImports(root);
  const chunks: Chunk[] = [];
  // Only chunks longer than a window need the statement starts; most files have none, so the walk is lazy.
  let starts: Map<number, Node> | undefined;
  const cuts = (): ReadonlyMap<number, Node> => (starts ??= statementStarts(root));

  for (const fn of root.descendantsOfType(FUNCTION)) {
    const outer = withDecorators(fn);
    const cls = enclosingClass(fn);
    // The class line (all of it, when its bases span lines) without the class's decorators.
    const header = cls ? headerLines(lines, cls, cls, 0) : [];
    const indent = cls ? 4 : 0;
    const code = nodeLines(lines, outer, indent);
    // The whole signature, which later windows repeat: a multi-line `def` cut to its last line (`) -> str:`) is
    // not Python, and the model would score a fragment.
    const defLine = headerLines(lines, fn, fn, indent);
    // A later window that starts inside nested blocks also gets the lines that open them (chunker v4).
    const inside = (stmt: Node): string[] =>
      enclosingHeaders(lines, fn, stmt, (raw) => ' '.repeat(indent) + dedent(raw, outer.startPosition.column));
    chunks.push(
      ...build('function', qualifiedName(fn), code, header, defLine, imports, errorLine(outer), options, cuts, inside),
    );
  }

  for (const cls of root.descendantsOfType(CLASS)) {
    const outer = withDecorators(cls);
    const body = cls.childForFieldName('body');
    if (!body) continue;
    const stmts = body.namedChildren.filter((s): s is Node => s !== null && isPlainStatement(s, true));
    if (stmts.length === 0) continue;
    const header = headerLines(lines, outer, cls, 0);
    const code = stmts.flatMap((s) => nodeLines(lines, s, 4, s.startPosition.column));
    const err = firstError(stmts);
    chunks.push(...build('class', qualifiedName(cls), code, header, [], imports, err, options, cuts));
  }

  const moduleStmts = root.namedChildren.filter((s): s is Node => s !== null && isPlainStatement(s, false));
  if (moduleStmts.length > 0) {
    const code = moduleStmts.flatMap((s) => nodeLines(lines, s, 0));
    chunks.push(...build('module', '<module>', code, [], [], imports, firstError(moduleStmts), options, cuts));
  }
  return chunks.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}

/** A statement that belongs to a class or module chunk: not a definition, import, comment or docstring. */
function isPlainStatement(node: Node, inClass: boolean): boolean {
  const t = node.type;
  if (t === FUNCTION || t === CLASS || t === DECORATED || t === 'comment' || IMPORTS.has(t)) return false;
  if (t === 'pass_statement' && inClass) return false;
  if (t === 'expression_statement' && node.namedChildCount === 1 && node.namedChild(0)?.type === 'string') {
    return false; // docstrings and bare string literals carry no behaviour
  }
  return true;
}

function withDecorators(node: Node): Node {
  return node.parent?.type === DECORATED ? node.parent : node;
}

/** The class a function is a method of (its direct parent body), or null. */
function enclosingClass(fn: Node): Node | null {
  const block = withDecorators(fn).parent;
  return block?.type === 'block' && block.parent?.type === CLASS ? block.parent : null;
}

function qualifiedName(node: Node): string {
  const parts: string[] = [];
  for (let n: Node | null = node; n; n = n.parent) {
    if (n.type === FUNCTION || n.type === CLASS) parts.unshift(n.childForFieldName('name')?.text ?? '?');
  }
  return parts.join('.');
}

/** The source lines of a node, dedented by its own column and re-indented by `indent` spaces. */
function nodeLines(
  lines: readonly string[],
  node: Node,
  indent: number,
  column = node.startPosition.column,
): { text: string; line: number }[] {
  const out: { text: string; line: number }[] = [];
  const pad = ' '.repeat(indent);
  for (let row = node.startPosition.row; row <= node.endPosition.row; row++) {
    const raw = lines[row] ?? '';
    out.push({ text: raw.trim() === '' ? '' : pad + dedent(raw, column), line: row + 1 });
  }
  return out;
}

function dedent(line: string, column: number): string {
  let i = 0;
  while (i < column && i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return line.slice(i);
}

/** The lines of a definition before its body: decorators and the (possibly multi-line) `def`/`class` line. */
function headerLines(lines: readonly string[], outer: Node, def: Node, indent: number): string[] {
  const body = def.childForFieldName('body');
  // The signature ends at the `:` before the body (blank lines and comments may sit between the two).
  const colon = def.children.filter((c): c is Node => c !== null && c.type === ':').pop();
  const last = colon ? colon.startPosition.row : def.startPosition.row;
  const pad = ' '.repeat(indent);
  const out: string[] = [];
  for (let row = outer.startPosition.row; row <= last; row++)
    out.push(pad + dedent(lines[row] ?? '', outer.startPosition.column));
  // A one-line definition (`def f(): return x`) keeps only its signature as context.
  if (body && body.startPosition.row === def.startPosition.row) {
    const sig = out[out.length - 1] ?? '';
    out[out.length - 1] = sig.slice(0, Math.max(0, sig.indexOf(':', sig.indexOf(')')) + 1)) || sig;
  }
  return out;
}

function collectImports(root: Node): ImportContext[] {
  const out: ImportContext[] = [];
  for (const node of root.descendantsOfType([...IMPORTS])) {
    let inFunction = false;
    for (let n = node.parent; n; n = n.parent) if (n.type === FUNCTION) inFunction = true;
    if (inFunction || node.hasError) continue; // imports inside a function are already part of its chunk
    out.push({ text: node.text.replace(/\r/g, ''), names: importedNames(node) });
  }
  return out;
}

function importedNames(node: Node): string[] | null {
  if (node.type === 'future_import_statement') return [];
  if (node.descendantsOfType('wildcard_import').length > 0) return null;
  const names: string[] = [];
  for (const n of node.childrenForFieldName('name')) {
    if (!n) continue;
    if (n.type === 'aliased_import') {
      const alias = n.childForFieldName('alias')?.text;
      if (alias) names.push(alias);
    } else if (node.type === 'import_statement') {
      names.push(n.text.split('.')[0] ?? n.text); // `import os.path` binds `os`
    } else {
      names.push(n.text);
    }
  }
  return names;
}

/** 1-based line of the first syntax error in a parsed file, or null. Example: syntaxErrorLine(parse('def f(:')) -> 1 */
export function syntaxErrorLine(tree: Tree): number | null {
  return errorLine(tree.rootNode);
}

/**
 * 1-based line of the first ERROR or MISSING node under `node`, or null. Iterative, following only subtrees that
 * hold an error: generated code can nest thousands of levels deep.
 */
function errorLine(node: Node): number | null {
  if (!node.hasError) return null;
  let cur: Node = node;
  for (;;) {
    if (cur.type === 'ERROR' || cur.isMissing) return cur.startPosition.row + 1;
    const next: Node | undefined = cur.children.find((c): c is Node => c !== null && (c.hasError || c.isMissing));
    if (!next) return cur.startPosition.row + 1;
    cur = next;
  }
}

function firstError(nodes: readonly Node[]): number | null {
  for (const n of nodes) {
    const line = errorLine(n);
    if (line !== null) return line;
  }
  return null;
}

/** Turns one chunk's code into one or more snippets (windows), each with the imports it uses in front. */
function build(
  kind: ChunkKind,
  name: string,
  code: readonly { text: string; line: number }[],
  header: readonly string[],
  windowHeader: readonly string[],
  imports: readonly ImportContext[],
  syntaxErrorLine: number | null,
  options: ChunkOptions,
  cuts: () => ReadonlyMap<number, Node>,
  inside: (stmt: Node) => string[] = () => [],
): Chunk[] {
  const pieces: Piece[] = [];
  if (code.length <= options.maxLines) {
    pieces.push({ lines: code, header });
  } else {
    const starts = cuts();
    const isCut = (i: number): boolean => starts.has(code[i]!.line);
    for (const [start, end] of windowBounds(code.length, options, isCut)) {
      // Later windows of a function repeat its signature so the model knows where the code lives, and the lines that
      // open the blocks the window starts in, so that it parses (an `else:` needs its `if`).
      const first = starts.get(code[start]!.line);
      const opened = start > 0 && first ? inside(first) : [];
      pieces.push({
        lines: code.slice(start, end),
        header: start === 0 ? header : [...header, ...windowHeader, ...opened],
      });
    }
  }
  return pieces.map((piece) => {
    const words = new Set(piece.lines.flatMap((l) => l.text.match(/[A-Za-z_]\w*/g) ?? []));
    const used = imports.filter((imp) => imp.names === null || imp.names.some((n) => words.has(n)));
    const context = used.flatMap((imp) => imp.text.split('\n'));
    if (context.length > 0) context.push('');
    const all = [...context, ...piece.header];
    const text = [...all, ...piece.lines.map((l) => l.text)].join('\n');
    const lineMap = [...all.map(() => null), ...piece.lines.map((l) => l.line)];
    const first = piece.lines[0]?.line ?? 1;
    const last = piece.lines[piece.lines.length - 1]?.line ?? first;
    const err =
      syntaxErrorLine !== null && syntaxErrorLine >= first && syntaxErrorLine <= last ? syntaxErrorLine : null;
    return {
      kind,
      name,
      startLine: first,
      endLine: last,
      code: text,
      lineMap,
      syntaxErrorLine: err ?? (pieces.length === 1 ? syntaxErrorLine : null),
    };
  });
}

/**
 * 1-based lines where a statement of the module or of a block begins, with that statement: the places a window may
 * start or end, so that a window does not open with the tail of a call or a dict (`)`, `"TLSv1": (3, 1),`) that no
 * longer parses.
 */
function statementStarts(root: Node): Map<number, Node> {
  const starts = new Map<number, Node>();
  for (const parent of [root, ...root.descendantsOfType('block')]) {
    for (const s of parent.namedChildren) {
      const line = (s?.startPosition.row ?? 0) + 1;
      // The outermost statement of a line: `if x: y` starts at its `if`.
      if (s !== null && !starts.has(line)) starts.set(line, s);
    }
  }
  return starts;
}

/** Clauses that continue a compound statement; a header of one needs its statement's header and a body before it. */
const CLAUSES = new Set(['elif_clause', 'else_clause', 'except_clause', 'except_group_clause', 'finally_clause']);

/**
 * The lines that open the blocks of `fn` a statement is nested in, outermost first, each re-indented like the chunk:
 * `for row in rows:`, `if row:`; before a clause (`else:`, `except E:`) the header of its statement and a `pass`.
 * A window of a long function that starts inside those blocks then parses, and its `else` has its `if`. (The `else`
 * of a `try` would need an `except` as well; a window that starts inside one still does not parse.)
 * Example: for `y = 2` in `def f():\n    if a:\n        x = 1\n    else:\n        y = 2`
 *   -> ['    if a:', '        pass', '    else:']
 */
function enclosingHeaders(lines: readonly string[], fn: Node, stmt: Node, reindent: (raw: string) => string): string[] {
  const row = stmt.startPosition.row;
  const chain: Node[] = [];
  for (let n = stmt.parent; n && n.id !== fn.id; n = n.parent) {
    if (n.type !== 'block' && n.startPosition.row < row) chain.unshift(n);
  }
  const out: string[] = [];
  for (const node of chain) {
    const body = node.children.find((c): c is Node => c !== null && c.type === 'block');
    if (!body) continue; // decorated_definition: its definition, next in the chain, has the header
    if (CLAUSES.has(node.type)) {
      const col = node.startPosition.column;
      out.push(reindent(`${' '.repeat(col + 4)}pass`));
    }
    const last = Math.max(node.startPosition.row, body.startPosition.row - 1);
    for (let r = node.startPosition.row; r <= last; r++) {
      const raw = lines[r] ?? '';
      // A header that shares its line with its body (`if x: y`) keeps only the part before the body.
      out.push(reindent(r === body.startPosition.row ? raw.slice(0, body.startPosition.column).trimEnd() : raw));
    }
  }
  return out;
}

/**
 * Overlapping windows [start, end) over n code lines, at most maxLines long, that begin and end on statement starts
 * (isCut) where one lies in reach; a statement longer than a window is cut by lines, as before chunker v3.
 * Example: windowBounds(30, { maxLines: 12, overlap: 4 }, () => true) -> [[0, 12], [8, 20], [16, 28], [24, 30]]
 */
export function windowBounds(
  n: number,
  options: ChunkOptions,
  isCut: (index: number) => boolean,
): Array<[number, number]> {
  const { maxLines, overlap } = options;
  // A window from `start` ends before the last statement that begins inside it, so none is cut at its end; when one
  // statement fills the whole window, it ends maxLines on.
  const endOf = (start: number): number => {
    if (start + maxLines >= n) return n;
    for (let e = start + maxLines; e > start; e--) if (isCut(e)) return e;
    return start + maxLines;
  };
  const out: Array<[number, number]> = [];
  for (let start = 0; ;) {
    const end = endOf(start);
    out.push([start, end]);
    if (end >= n) return out;
    // The next window starts on the first statement of the overlap from which it reaches past this one; with none,
    // at `end` (no overlap, but no statement cut), or `overlap` lines back when this window cut a statement.
    let next = isCut(end) ? end : Math.max(start + 1, end - overlap);
    for (let s = Math.max(start + 1, end - overlap); s < end; s++) {
      if (isCut(s) && endOf(s) > end) {
        next = s;
        break;
      }
    }
    start = next;
  }
}
