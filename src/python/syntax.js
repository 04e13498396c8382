/**
 * The first syntax problem in a parsed tree, or null when it has none.
 * Example: firstSyntaxError(parser.parse('x = [1, 2\ny = 3\n')) -> { line: 1, column: 9, message: "syntax error near '2'" }
 */
export function firstSyntaxError(tree) {
    if (!tree.rootNode.hasError)
        return null;
    // Tree-sitter wraps a whole region in an ERROR node when it recovers; the innermost ERROR (or MISSING) node is
    // where the parser actually gave up, so that is the position worth reporting.
    const found = [];
    collect(tree.rootNode, found);
    const innermost = found.filter((n) => !found.some((m) => m !== n && contains(n, m)));
    const first = innermost.sort((a, b) => a.startIndex - b.startIndex)[0];
    if (!first)
        return { line: 1, column: 1, message: 'syntax error' };
    const source = tree.rootNode.text;
    let pos = first.startPosition;
    if (first.startIndex === first.endIndex && !first.isMissing) {
        // A zero-width ERROR sits before the next token; what is wrong is at the end of the code before it.
        let i = first.startIndex - 1;
        while (i > 0 && /\s/.test(source[i]))
            i--;
        const row = source.slice(0, i).split('\n').length - 1;
        pos = { row, column: 0 };
    }
    const sourceLine = source.split('\n')[pos.row] ?? '';
    const near = ((first.startIndex === first.endIndex ? '' : first.text) || sourceLine.slice(pos.column) || sourceLine)
        .split('\n')[0]
        .trim()
        .slice(0, 40);
    const message = first.isMissing
        ? `syntax error: missing '${first.type}'`
        : near
            ? `syntax error near '${near}'`
            : 'syntax error';
    // The outermost ERROR around it shows where the statement that failed begins, often the more useful line.
    const outer = found.filter((n) => contains(n, first)).sort((a, b) => a.startIndex - b.startIndex)[0];
    const outerRow = outer ? outer.startPosition.row : pos.row;
    const context = outerRow < pos.row ? ` (in the statement that starts on line ${outerRow + 1})` : '';
    return { line: pos.row + 1, column: pos.column + 1, message: message + context };
}
function collect(node, out) {
    if (node.type === 'ERROR' || node.isMissing)
        out.push(node);
    for (const child of node.children)
        if (child && (child.hasError || child.isMissing))
            collect(child, out);
}
const contains = (outer, inner) => inner.startIndex >= outer.startIndex && inner.endIndex <= outer.endIndex;
/** Parses Python source and returns the tree; throws only if tree-sitter itself fails. */
export function parsePython(parser, code) {
    const tree = parser.parse(code);
    if (!tree)
        throw new Error('tree-sitter returned no tree');
    return tree;
}
/**
 * Code that tree-sitter-python accepts (its grammar keeps some Python 2 forms) but CPython 3 rejects.
 * Example: python3Problems(parser.parse('print "x"\n')) -> [{ line: 1, column: 1, message: 'Python 2 print statement' }]
 */
export function python3Problems(tree) {
    const found = [];
    const add = (n, message) => found.push({ line: n.startPosition.row + 1, column: n.startPosition.column + 1, message });
    const visit = (n) => {
        switch (n.type) {
            case 'print_statement':
                add(n, 'Python 2 print statement (use print(...))');
                break;
            case 'exec_statement':
                add(n, 'Python 2 exec statement (use exec(...))');
                break;
            case 'string':
                if (n.text.startsWith('`'))
                    add(n, 'Python 2 backquotes (use repr(...))');
                break;
            case 'raise_statement':
                if (n.namedChild(0)?.type === 'expression_list')
                    add(n, "Python 2 'raise E, value' (use raise E(value))");
                break;
            case 'except_clause':
                if (n.childrenForFieldName('value').length > 1 && !n.text.includes(' as '))
                    add(n, "Python 2 'except E, name' (use except E as name)");
                break;
            case 'parameters': {
                let seenDefault = false;
                for (const p of n.namedChildren) {
                    if (!p)
                        continue;
                    if (p.type === 'list_splat_pattern' ||
                        p.type === 'keyword_separator' ||
                        p.type === 'dictionary_splat_pattern')
                        break;
                    if (p.type === 'default_parameter' || p.type === 'typed_default_parameter')
                        seenDefault = true;
                    else if ((p.type === 'identifier' || p.type === 'typed_parameter') && seenDefault) {
                        add(p, 'parameter without a default follows one with a default');
                        break;
                    }
                }
                break;
            }
        }
        for (const c of n.children)
            if (c)
                visit(c);
    };
    visit(tree.rootNode);
    return found;
}
//# sourceMappingURL=syntax.js.map