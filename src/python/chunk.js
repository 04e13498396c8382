export const DEFAULT_CHUNK_OPTIONS = { maxLines: 80, overlap: 20 };
const FUNCTION = 'function_definition';
const CLASS = 'class_definition';
const DECORATED = 'decorated_definition';
const IMPORTS = new Set(['import_statement', 'import_from_statement', 'future_import_statement']);
/**
 * Chunks one parsed file. Pure: reads the tree and the source, never runs anything.
 * Example: chunkPython('import os\n\ndef rm(p):\n    os.system("rm " + p)\n', tree)
 *   -> [{ kind: 'function', name: 'rm', startLine: 3, endLine: 4,
 *         code: 'import os\n\ndef rm(p):\n    os.system("rm " + p)', lineMap: [null, null, 3, 4], syntaxErrorLine: null }]
 */
export function chunkPython(source, tree, options = DEFAULT_CHUNK_OPTIONS) {
    const lines = source.split('\n').map((l) => (l.endsWith('\r') ? l.slice(0, -1) : l));
    const root = tree.rootNode;
    const imports = collectImports(root);
    const chunks = [];
    for (const fn of root.descendantsOfType(FUNCTION)) {
        const outer = withDecorators(fn);
        const cls = enclosingClass(fn);
        const header = cls ? headerLines(lines, withDecorators(cls), cls, 0).slice(-1) : [];
        const indent = cls ? 4 : 0;
        const code = nodeLines(lines, outer, indent);
        const defLine = headerLines(lines, outer, fn, indent);
        chunks.push(...build('function', qualifiedName(fn), code, header, defLine, imports, errorLine(outer), options));
    }
    for (const cls of root.descendantsOfType(CLASS)) {
        const outer = withDecorators(cls);
        const body = cls.childForFieldName('body');
        if (!body)
            continue;
        const stmts = body.namedChildren.filter((s) => s !== null && isPlainStatement(s, true));
        if (stmts.length === 0)
            continue;
        const header = headerLines(lines, outer, cls, 0);
        const code = stmts.flatMap((s) => nodeLines(lines, s, 4, s.startPosition.column));
        const err = firstError(stmts);
        chunks.push(...build('class', qualifiedName(cls), code, header, [], imports, err, options));
    }
    const moduleStmts = root.namedChildren.filter((s) => s !== null && isPlainStatement(s, false));
    if (moduleStmts.length > 0) {
        const code = moduleStmts.flatMap((s) => nodeLines(lines, s, 0));
        chunks.push(...build('module', '<module>', code, [], [], imports, firstError(moduleStmts), options));
    }
    return chunks.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
/** A statement that belongs to a class or module chunk: not a definition, import, comment or docstring. */
function isPlainStatement(node, inClass) {
    const t = node.type;
    if (t === FUNCTION || t === CLASS || t === DECORATED || t === 'comment' || IMPORTS.has(t))
        return false;
    if (t === 'pass_statement' && inClass)
        return false;
    if (t === 'expression_statement' && node.namedChildCount === 1 && node.namedChild(0)?.type === 'string') {
        return false; // docstrings and bare string literals carry no behaviour
    }
    return true;
}
function withDecorators(node) {
    return node.parent?.type === DECORATED ? node.parent : node;
}
/** The class a function is a method of (its direct parent body), or null. */
function enclosingClass(fn) {
    const block = withDecorators(fn).parent;
    return block?.type === 'block' && block.parent?.type === CLASS ? block.parent : null;
}
function qualifiedName(node) {
    const parts = [];
    for (let n = node; n; n = n.parent) {
        if (n.type === FUNCTION || n.type === CLASS)
            parts.unshift(n.childForFieldName('name')?.text ?? '?');
    }
    return parts.join('.');
}
/** The source lines of a node, dedented by its own column and re-indented by `indent` spaces. */
function nodeLines(lines, node, indent, column = node.startPosition.column) {
    const out = [];
    const pad = ' '.repeat(indent);
    for (let row = node.startPosition.row; row <= node.endPosition.row; row++) {
        const raw = lines[row] ?? '';
        out.push({ text: raw.trim() === '' ? '' : pad + dedent(raw, column), line: row + 1 });
    }
    return out;
}
function dedent(line, column) {
    let i = 0;
    while (i < column && i < line.length && (line[i] === ' ' || line[i] === '\t'))
        i++;
    return line.slice(i);
}
/** The lines of a definition before its body: decorators and the (possibly multi-line) `def`/`class` line. */
function headerLines(lines, outer, def, indent) {
    const body = def.childForFieldName('body');
    const last = body && body.startPosition.row > def.startPosition.row ? body.startPosition.row - 1 : def.startPosition.row;
    const pad = ' '.repeat(indent);
    const out = [];
    for (let row = outer.startPosition.row; row <= last; row++)
        out.push(pad + dedent(lines[row] ?? '', outer.startPosition.column));
    // A one-line definition (`def f(): return x`) keeps only its signature as context.
    if (body && body.startPosition.row === def.startPosition.row) {
        const sig = out[out.length - 1] ?? '';
        out[out.length - 1] = sig.slice(0, Math.max(0, sig.indexOf(':', sig.indexOf(')')) + 1)) || sig;
    }
    return out;
}
function collectImports(root) {
    const out = [];
    for (const node of root.descendantsOfType([...IMPORTS])) {
        let inFunction = false;
        for (let n = node.parent; n; n = n.parent)
            if (n.type === FUNCTION)
                inFunction = true;
        if (inFunction || node.hasError)
            continue; // imports inside a function are already part of its chunk
        out.push({ text: node.text.replace(/\r/g, ''), names: importedNames(node) });
    }
    return out;
}
function importedNames(node) {
    if (node.type === 'future_import_statement')
        return [];
    if (node.descendantsOfType('wildcard_import').length > 0)
        return null;
    const names = [];
    for (const n of node.childrenForFieldName('name')) {
        if (!n)
            continue;
        if (n.type === 'aliased_import') {
            const alias = n.childForFieldName('alias')?.text;
            if (alias)
                names.push(alias);
        }
        else if (node.type === 'import_statement') {
            names.push(n.text.split('.')[0] ?? n.text); // `import os.path` binds `os`
        }
        else {
            names.push(n.text);
        }
    }
    return names;
}
/** 1-based line of the first syntax error in a parsed file, or null. Example: syntaxErrorLine(parse('def f(:')) -> 1 */
export function syntaxErrorLine(tree) {
    return errorLine(tree.rootNode);
}
/**
 * 1-based line of the first ERROR or MISSING node under `node`, or null. Iterative, following only subtrees that
 * hold an error: generated code can nest thousands of levels deep.
 */
function errorLine(node) {
    if (!node.hasError)
        return null;
    let cur = node;
    for (;;) {
        if (cur.type === 'ERROR' || cur.isMissing)
            return cur.startPosition.row + 1;
        const next = cur.children.find((c) => c !== null && (c.hasError || c.isMissing));
        if (!next)
            return cur.startPosition.row + 1;
        cur = next;
    }
}
function firstError(nodes) {
    for (const n of nodes) {
        const line = errorLine(n);
        if (line !== null)
            return line;
    }
    return null;
}
/** Turns one chunk's code into one or more snippets (windows), each with the imports it uses in front. */
function build(kind, name, code, header, windowHeader, imports, syntaxErrorLine, options) {
    const pieces = [];
    if (code.length <= options.maxLines) {
        pieces.push({ lines: code, header });
    }
    else {
        const step = Math.max(1, options.maxLines - options.overlap);
        for (let start = 0; start < code.length; start += step) {
            const lines = code.slice(start, start + options.maxLines);
            // Later windows of a function repeat its def line so the model knows where the code lives.
            pieces.push({ lines, header: start === 0 ? header : [...header, ...windowHeader.slice(-1)] });
            if (start + options.maxLines >= code.length)
                break;
        }
    }
    return pieces.map((piece) => {
        const words = new Set(piece.lines.flatMap((l) => l.text.match(/[A-Za-z_]\w*/g) ?? []));
        const used = imports.filter((imp) => imp.names === null || imp.names.some((n) => words.has(n)));
        const context = used.flatMap((imp) => imp.text.split('\n'));
        if (context.length > 0)
            context.push('');
        const all = [...context, ...piece.header];
        const text = [...all, ...piece.lines.map((l) => l.text)].join('\n');
        const lineMap = [...all.map(() => null), ...piece.lines.map((l) => l.line)];
        const first = piece.lines[0]?.line ?? 1;
        const last = piece.lines[piece.lines.length - 1]?.line ?? first;
        const err = syntaxErrorLine !== null && syntaxErrorLine >= first && syntaxErrorLine <= last ? syntaxErrorLine : null;
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
//# sourceMappingURL=chunk.js.map