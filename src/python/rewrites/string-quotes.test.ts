import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { getPythonParser } from '../parser.js';
import { normalizeQuotes } from './string-quotes.js';

let parser: Parser;
beforeAll(async () => {
  parser = await getPythonParser();
});

describe('normalizeQuotes', () => {
  it('puts plain one-line strings in double quotes and keeps the length and the lines', () => {
    const code = "x = 'a'\ny = f'{x}b' + r'\\d' + 'it\"s'\nz = '''doc\n'''\nw = 'é' + 'ok'  # don't\n";
    const out = normalizeQuotes(parser, code);
    expect(out).toBe("x = \"a\"\ny = f\"{x}b\" + r'\\d' + 'it\"s'\nz = '''doc\n'''\nw = \"é\" + \"ok\"  # don't\n");
    expect(out.length).toBe(code.length);
    expect(normalizeQuotes(parser, out)).toBe(out);
  });

  it('normalizes a fragment that does not parse, leaving an unclosed string alone', () => {
    const fragment = "    return db.execute('SELECT 1')\nelse:\n  x = 'open\n";
    expect(normalizeQuotes(parser, fragment)).toBe('    return db.execute("SELECT 1")\nelse:\n  x = \'open\n');
  });
});
