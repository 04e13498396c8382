/** Same pattern as author.py's FORBIDDEN (case-insensitive). */
export const FORBIDDEN_WORDS = /(vuln|unsafe|insecure|\bsafe|safe\b|safely|secure|fixed|\bfix|fix\b|patched|cwe|exploit|attack|malicious|inject|sanitiz|sanitis|taint|danger|xss|ssrf|traversal|overflow|hardcoded|hard-coded|bypass|evil)/i;
/**
 * Splits snake_case and camelCase into words so that 'loadSafe' and 'load_safe' are both caught.
 * Example: identifierWords('loadSafeYaml') -> 'load Safe Yaml'; identifierWords('is_fixed') -> 'is fixed'
 */
export function identifierWords(identifier) {
    return identifier.split(/_+|(?<=[a-z0-9])(?=[A-Z])/).join(' ');
}
/** Every leak in a parsed Python module, in source order. */
export function findLeaks(tree) {
    const leaks = [];
    const lineOf = (n) => n.startPosition.row + 1;
    const checkName = (n, what) => {
        if (n && FORBIDDEN_WORDS.test(identifierWords(n.text)))
            leaks.push({ line: lineOf(n), what, text: n.text });
    };
    const checkDocstring = (body, owner) => {
        const first = body?.namedChildren.find((c) => c !== null && c.type !== 'comment');
        if (!first || first.type !== 'expression_statement' || first.namedChildCount !== 1)
            return;
        const str = first.namedChild(0);
        if (!str || (str.type !== 'string' && str.type !== 'concatenated_string'))
            return;
        // An f-string is not a docstring for Python (ast.get_docstring ignores it), so it is not one here either.
        if (str.descendantsOfType('interpolation').length > 0)
            return;
        if (FORBIDDEN_WORDS.test(str.text))
            leaks.push({ line: lineOf(str), what: `docstring of ${owner}`, text: '' });
    };
    const checkTarget = (t) => {
        if (!t)
            return;
        switch (t.type) {
            case 'identifier':
                checkName(t, 'variable');
                return;
            case 'attribute':
                checkName(t.childForFieldName('attribute'), 'attribute');
                return;
            case 'subscript':
                return;
            default:
                // pattern_list, tuple_pattern, list_pattern, tuple, list, list_splat_pattern, parenthesized forms
                for (const c of t.namedChildren)
                    checkTarget(c);
        }
    };
    const checkParameters = (params) => {
        if (!params)
            return;
        for (const p of params.namedChildren) {
            if (!p)
                continue;
            if (p.type === 'identifier')
                checkName(p, 'parameter');
            else if (p.type === 'default_parameter' || p.type === 'typed_default_parameter')
                checkName(p.childForFieldName('name'), 'parameter');
            else if (p.type === 'typed_parameter' || p.type === 'list_splat_pattern' || p.type === 'dictionary_splat_pattern')
                checkName(p.namedChildren.find((c) => c?.type === 'identifier') ?? null, 'parameter');
        }
    };
    checkDocstring(tree.rootNode, 'the module');
    const visit = (n) => {
        switch (n.type) {
            case 'comment':
                if (FORBIDDEN_WORDS.test(n.text))
                    leaks.push({ line: lineOf(n), what: 'comment', text: n.text.trim() });
                break;
            case 'function_definition':
            case 'class_definition': {
                const name = n.childForFieldName('name');
                checkName(name, 'definition');
                checkDocstring(n.childForFieldName('body'), name?.text ?? '?');
                if (n.type === 'function_definition')
                    checkParameters(n.childForFieldName('parameters'));
                break;
            }
            case 'lambda':
                checkParameters(n.childForFieldName('parameters'));
                break;
            case 'assignment':
            case 'augmented_assignment':
            case 'for_statement':
            case 'for_in_clause':
                checkTarget(n.childForFieldName('left'));
                break;
            case 'named_expression':
                checkTarget(n.childForFieldName('name'));
                break;
            case 'as_pattern_target':
                // `with ... as name` binds a name; `except E as name` does not count (author.py skips it too).
                if (n.parent?.parent?.type !== 'except_clause')
                    for (const c of n.namedChildren)
                        checkTarget(c);
                break;
        }
        for (const c of n.children)
            if (c)
                visit(c);
    };
    visit(tree.rootNode);
    return leaks.sort((a, b) => a.line - b.line);
}
/** Human line for a leak, in author.py's words: "line 3: comment '# unsafe'". */
export function describeLeak(l) {
    return l.what.startsWith('docstring') ? `line ${l.line}: ${l.what}` : `line ${l.line}: ${l.what} '${l.text}'`;
}
//# sourceMappingURL=leakage.js.map