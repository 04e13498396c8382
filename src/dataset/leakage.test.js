// Parity with /work/brief/author.py: the expected findings below are what author.py's leakage() reports for the
// same snippets (checked by running it); docstring lines differ only in that we point at the string itself.
import { beforeAll, describe, expect, it } from 'vitest';
import { getPythonParser } from '../python/parser.js';
import { findLeaks, identifierWords } from './leakage.js';
let parser;
beforeAll(async () => {
    parser = await getPythonParser();
});
const leaks = (code) => findLeaks(parser.parse(code)).map((l) => `${l.line} ${l.what} ${l.text}`.trim());
describe('label leakage (same rules as author.py)', () => {
    it('never flags API names the code only uses', () => {
        const code = [
            'import yaml',
            'from werkzeug.utils import secure_filename',
            'from django.utils.safestring import mark_safe',
            'data = yaml.safe_load(open("x").read())',
            'name = secure_filename(data["n"])',
            'html = mark_safe(name)',
            'message = "this is unsafe"',
            'd = {}',
            'd["unsafe"] = 1',
            'import hashlib as fixlib',
            'try:',
            '    pass',
            'except ValueError as exploit_err:',
            '    pass',
        ].join('\n');
        expect(leaks(code)).toEqual([]);
    });
    it('flags definitions, parameters, attributes and docstrings the code defines', () => {
        const code = [
            'def loadSafe(x):',
            '    return x',
            'def load_fixed(fixture, *unsafeArgs, **kwSafe):',
            '    """Returns the value."""',
            '    return fixture',
            'class Sanitizer:',
            '    """Cleans input to stop injection."""',
            '    def run(self, value):',
            '        self.is_sanitized = True',
            '        return value',
        ].join('\n');
        expect(new Set(leaks(code))).toEqual(new Set([
            '1 definition loadSafe',
            '3 definition load_fixed',
            '3 parameter fixture',
            '3 parameter unsafeArgs',
            '3 parameter kwSafe',
            '6 definition Sanitizer',
            '7 docstring of Sanitizer',
            '9 attribute is_sanitized',
        ]));
    });
    it('flags every kind of binding and comment', () => {
        const code = [
            'import re',
            '# prefix match only',
            'prefix = re.compile("^a")',
            'for vuln_id, item in enumerate([1]):',
            '    pass',
            'with open("f") as dangerous_file:',
            '    pass',
            'values = [evil for evil in range(3)]',
            'if (bypass := 3):',
            '    pass',
            'attack_count: int = 0',
            'f = lambda xss_value: xss_value',
            'a, (b, overflow_len) = 1, (2, 3)',
            '*rest, cwe_last = [1, 2, 3]',
        ].join('\n');
        expect(new Set(leaks(code))).toEqual(new Set([
            '2 comment # prefix match only',
            '3 variable prefix',
            '4 variable vuln_id',
            '6 variable dangerous_file',
            '8 variable evil',
            '9 variable bypass',
            '11 variable attack_count',
            '12 parameter xss_value',
            '13 variable overflow_len',
            '14 variable cwe_last',
        ]));
    });
    it('treats only a leading plain string as a docstring', () => {
        const code = [
            '"""Module that handles hardcoded secrets."""',
            'def f(x):',
            '    f"""This is an unsafe f-string docstring {x}"""',
            '    return x',
            'def g():',
            '    "plain docstring is secure"',
            '    return 1',
            'def h():',
            '    x = 1',
            '    """not a docstring: unsafe"""',
            '    return x',
        ].join('\n');
        expect(leaks(code)).toEqual(['1 docstring of the module', '6 docstring of g']);
    });
    it('splits snake_case and camelCase like author.py', () => {
        expect(identifierWords('loadSafeYaml')).toBe('load Safe Yaml');
        expect(identifierWords('is__fixed')).toBe('is fixed');
        expect(identifierWords('HTTPServer')).toBe('HTTPServer');
    });
});
//# sourceMappingURL=leakage.test.js.map