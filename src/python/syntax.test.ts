import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { getPythonParser } from './parser.js';
import { firstSyntaxError } from './syntax.js';

let parser: Parser;
beforeAll(async () => {
  parser = await getPythonParser();
});

describe('firstSyntaxError', () => {
  it('is null for valid code', () => {
    expect(firstSyntaxError(parser.parse('def f(x):\n    return x\n')!)).toBeNull();
  });

  it('points at the innermost error and names the statement it is in', () => {
    const e = firstSyntaxError(parser.parse('import os\n\n@app.get("/x")\ndef f(name: str:\n    return 1\n')!);
    expect(e).toEqual({
      line: 5,
      column: 5,
      message: "syntax error near 'return' (in the statement that starts on line 3)",
    });
    expect(firstSyntaxError(parser.parse('x = [1, 2\ny = 3\n')!)?.line).toBe(1);
  });
});
