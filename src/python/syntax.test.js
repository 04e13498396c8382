import { beforeAll, describe, expect, it } from 'vitest';
import { getPythonParser } from './parser.js';
import { firstSyntaxError, python3Problems } from './syntax.js';
let parser;
beforeAll(async () => {
    parser = await getPythonParser();
});
describe('firstSyntaxError', () => {
    it('is null for valid code', () => {
        expect(firstSyntaxError(parser.parse('def f(x):\n    return x\n'))).toBeNull();
    });
    it('points at the innermost error and names the statement it is in', () => {
        const e = firstSyntaxError(parser.parse('import os\n\n@app.get("/x")\ndef f(name: str:\n    return 1\n'));
        expect(e).toEqual({
            line: 5,
            column: 5,
            message: "syntax error near 'return' (in the statement that starts on line 3)",
        });
        expect(firstSyntaxError(parser.parse('x = [1, 2\ny = 3\n'))?.line).toBe(1);
    });
});
describe('python3Problems', () => {
    const problems = (code) => python3Problems(parser.parse(code)).map((p) => `${p.line} ${p.message}`);
    it('finds Python 2 forms and misordered defaults that tree-sitter accepts', () => {
        const code = [
            'print "hello"',
            'exec "x = 1"',
            'x = `y`',
            'raise ValueError, "bad"',
            'try:',
            '    pass',
            'except ValueError, err:',
            '    pass',
            'def f(a=1, b):',
            '    pass',
        ].join('\n');
        expect(problems(code)).toEqual([
            '1 Python 2 print statement (use print(...))',
            '2 Python 2 exec statement (use exec(...))',
            '3 Python 2 backquotes (use repr(...))',
            "4 Python 2 'raise E, value' (use raise E(value))",
            "7 Python 2 'except E, name' (use except E as name)",
            '9 parameter without a default follows one with a default',
        ]);
    });
    it('accepts the Python 3 forms', () => {
        const code = [
            'print("hello")',
            'exec("x = 1")',
            'raise ValueError("bad")',
            'try:',
            '    pass',
            'except (ValueError, KeyError) as err:',
            '    pass',
            'def f(a, b=1, *args, c, d=2, **kw):',
            '    pass',
            'def g(a=1, *, b):',
            '    pass',
        ].join('\n');
        expect(problems(code)).toEqual([]);
    });
});
//# sourceMappingURL=syntax.test.js.map