import { describe, expect, it } from 'vitest';
import { getPythonParser } from './parser.js';
describe('getPythonParser', () => {
    it('parses Python with tree-sitter and exposes ERROR nodes for broken code', async () => {
        const parser = await getPythonParser();
        const ok = parser.parse('def f(x):\n    return x + 1\n');
        expect(ok?.rootNode.hasError).toBe(false);
        expect(ok?.rootNode.firstChild?.type).toBe('function_definition');
        const bad = parser.parse('def f(:\n  return\n');
        expect(bad?.rootNode.hasError).toBe(true);
    });
});
//# sourceMappingURL=parser.test.js.map