import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { getPythonParser } from './parser.js';
import { FORBIDDEN_WORDS } from '../dataset/leakage.js';
import { REWRITE_KINDS, rewriteChain, rewritePython } from './rewrite.js';

let parser: Parser;
beforeAll(async () => {
  parser = await getPythonParser();
});

// Weakness on line 15 (`# expect` marks it for the reader; the tests pass lines explicitly).
const CODE = `import sqlite3
import logging
from flask import Flask, request

app = Flask(__name__)
log = logging.getLogger(__name__)


@app.get("/orders")
def list_orders(customer="", limit=20):
    owner = request.args.get("owner", customer)
    conn = sqlite3.connect("shop.db")
    cur = conn.cursor()
    log.info("listing orders for %s", owner)
    cur.execute(f"SELECT id FROM orders WHERE owner = '{owner}' LIMIT {limit}")  # expect: CWE-89
    rows = cur.fetchall()
    ids = [r[0] for r in rows]
    conn.close()
    return {"ids": ids, "owner": owner, "limit": limit}
`;
const WEAK = [15];

const lineText = (code: string, n: number) => code.split('\n')[n - 1]!;
const parsesCleanly = (code: string) => {
  const t = parser.parse(code)!;
  const ok = !t.rootNode.hasError;
  t.delete();
  return ok;
};

describe('semantics-preserving rewrites', () => {
  it('every kind applies, still parses, and is deterministic for a seed', () => {
    for (const kind of REWRITE_KINDS) {
      const a = rewritePython(parser, CODE, WEAK, kind, 7);
      expect(a, kind).not.toBeNull();
      expect(parsesCleanly(a!.code), kind).toBe(true);
      expect(a!.code).not.toBe(CODE);
      expect(rewritePython(parser, CODE, WEAK, kind, 7)).toEqual(a);
    }
  });

  it('rename-locals renames locals only: not parameters, attributes, keywords or globals', () => {
    const r = rewritePython(parser, CODE, WEAK, 'rename-locals', 3)!;
    const code = r.code;
    expect(code).toContain('def list_orders(customer="", limit=20):');
    expect(code).not.toMatch(/\bowner = request/);
    expect(code).toContain('request.args.get("owner", customer)');
    expect(code).toContain('"owner": '); // dict keys (strings) are untouched
    expect(code).toMatch(/\.cursor\(\)/);
    expect(code).toMatch(/\.fetchall\(\)/);
    expect(code).toContain('log.info(');
    expect(code).toContain('[r[0] for r in'); // comprehension variables belong to their own scope
    expect(r.lines).toEqual([15]);
    expect(lineText(code, 15)).toMatch(/\.execute\(f"SELECT id FROM orders WHERE owner = '\{\w+\}' LIMIT \{limit\}"\)/);
  });

  it('string-quotes swaps quote styles without touching strings that contain quotes', () => {
    const r = rewritePython(parser, CODE, WEAK, 'string-quotes')!;
    expect(r.code).toContain("@app.get('/orders')");
    expect(r.code).toContain(`f"SELECT id FROM orders WHERE owner = '{owner}' LIMIT {limit}"`);
    expect(r.lines).toEqual([15]);
  });

  it('reorder-imports permutes the import block and remaps lines inside it', () => {
    const r = rewritePython(parser, CODE, [2, 15], 'reorder-imports', 1)!;
    const head = r.code.split('\n').slice(0, 3);
    expect(new Set(head)).toEqual(new Set(CODE.split('\n').slice(0, 3)));
    expect(head).not.toEqual(CODE.split('\n').slice(0, 3));
    expect(lineText(r.code, r.lines[0]!)).toBe('import logging');
    expect(r.lines[1]).toBe(15);
  });

  it('extract-variable moves the argument of the call on the weakness line and remaps the lines', () => {
    const r = rewritePython(parser, CODE, WEAK, 'extract-variable', 1)!;
    expect(r.lines).toEqual([15, 16]);
    expect(lineText(r.code, 15)).toMatch(
      /^ {4}(\w+) = f"SELECT id FROM orders WHERE owner = '\{owner\}' LIMIT \{limit\}"$/,
    );
    const name = /^ {4}(\w+) =/.exec(lineText(r.code, 15))![1];
    expect(lineText(r.code, 16)).toBe(`    cur.execute(${name})  # expect: CWE-89`);
    expect(lineText(r.code, 17)).toBe('    rows = cur.fetchall()');
  });

  it('extract-variable remaps lines around a multi-line argument', () => {
    const code = [
      'import sqlite3',
      '',
      '',
      'def totals(conn, region):',
      '    cur = conn.cursor()',
      '    cur.execute(',
      '        "SELECT sum(amount) FROM sales "',
      '        "WHERE region = \'" + region + "\'"',
      '    )',
      '    row = cur.fetchone()',
      '    return row[0] if row else 0',
      '',
    ].join('\n');
    const r = rewritePython(parser, code, [8, 10], 'extract-variable', 1)!;
    const lines = r.code.split('\n');
    // lines 7-8 (the argument) became the assignment on 6-7; the call is on 8-10; `row = ...` moved from 10 to 11
    expect(lines[5]).toMatch(/^ {4}\w+ = \("SELECT sum\(amount\) FROM sales "$/);
    expect(lines[9]).toBe('    )');
    expect(lines[10]).toBe('    row = cur.fetchone()');
    expect(r.lines).toEqual([7, 9, 11]);
    expect(lines[6]).toContain('"WHERE region');
    expect(lines[8]).toMatch(/^ {8}\w+$/);
  });

  it('inline-variables puts a value read once, in the next statement, in place of its name, and folds chains', () => {
    const code = [
      'import os',
      'from flask import request',
      '',
      'def ping():',
      '    host = request.args["host"]',
      '    cmd = "ping -c 1 " + host',
      '    os.system(cmd)  # expect: CWE-78',
      '    done = True',
      '    return done',
      '',
    ].join('\n');
    const r = rewritePython(parser, code, [6, 7], 'inline-variables')!;
    expect(r.code).toBe(
      [
        'import os',
        'from flask import request',
        '',
        'def ping():',
        '    os.system("ping -c 1 " + request.args["host"])  # expect: CWE-78',
        '    return True',
        '',
      ].join('\n'),
    );
    expect(r.lines).toEqual([5]);
  });

  it('inline-variables reaches into nested functions (closures, decorator wrappers)', () => {
    const code = [
      'def outer(path):',
      '    def inner():',
      '        full = "/srv/" + path',
      '        return open(full)',
      '    handle = inner()',
      '    return handle',
      '',
    ].join('\n');
    const r = rewritePython(parser, code, [4], 'inline-variables')!;
    expect(r.code).toBe(
      ['def outer(path):', '    def inner():', '        return open("/srv/" + path)', '    return inner()', ''].join(
        '\n',
      ),
    );
    expect(r.lines).toEqual([3]);
  });

  it('inline-variables adds parentheses where precedence needs them and leaves reads that run later or twice', () => {
    const code = [
      'def f(a, items):',
      '    n = a + 1',
      '    total = n * 2',
      '    k = a - 1',
      '    while k > len(items):',
      '        items.pop()',
      '    m = a * 3',
      '    found = [x for x in items if x > m]',
      '    s = str(a)',
      '    label = f"{s}"',
      '    t = a // 2',
      '    return t if a else 0, found, label, total',
      '',
    ].join('\n');
    const r = rewritePython(parser, code, [], 'inline-variables')!;
    const lines = r.code.split('\n');
    expect(lines[1]).toBe('    total = (a + 1) * 2');
    expect(r.code).toContain('    k = a - 1\n'); // read again and again by the loop
    expect(r.code).toContain('    m = a * 3\n'); // read inside a comprehension
    expect(r.code).toContain('    s = str(a)\n'); // read inside an f-string
    expect(r.code).toContain('    t = a // 2\n'); // read in a conditional expression
    expect(parsesCleanly(r.code)).toBe(true);
  });

  it('add-docstrings documents every function that has none and moves the weakness lines down', () => {
    const r = rewritePython(parser, CODE, WEAK, 'add-docstrings', 1)!;
    expect(r.lines).toEqual([16]);
    expect(lineText(r.code, 16)).toBe(lineText(CODE, 15));
    expect(lineText(r.code, 11)).toMatch(/^ {4}"""[A-Z][^"]+\."""$/);
    const documented = 'def f(x):\n    """Doc."""\n    return x\n\ndef g(): return 1\n';
    expect(rewritePython(parser, documented, [3], 'add-docstrings')).toBeNull();
    const nested = 'class A:\n    def m(self):\n        return eval(self.x)\n';
    const n = rewritePython(parser, nested, [3], 'add-docstrings')!;
    expect(n.code).toMatch(/^class A:\n {4}def m\(self\):\n {8}"""[^"]+"""\n {8}return eval\(self\.x\)\n$/);
    expect(n.lines).toEqual([4]);
  });

  it('add-comments puts a comment above every statement with a call, none with a word the dataset keeps out', () => {
    const r = rewritePython(parser, CODE, WEAK, 'add-comments', 1)!;
    // Calls on lines 5, 6 and 11-17; seven of them at or above the weakness line.
    expect(r.lines).toEqual([22]);
    expect(lineText(r.code, 22)).toBe(lineText(CODE, 15));
    expect(lineText(r.code, 21)).toMatch(/^ {4}# [a-z]/);
    const comments = r.code.split('\n').filter((l) => l.trim().startsWith('#'));
    expect(comments).toHaveLength(9);
    for (const c of comments) expect(c).not.toMatch(FORBIDDEN_WORDS);
    expect(parsesCleanly(r.code)).toBe(true);
    expect(r.code.replace(/^ *# .*\n/gm, '')).toBe(CODE);
    // Nothing to comment: no call, or only calls that share a line with what opens their block.
    expect(rewritePython(parser, 'x = 1\ndef f(): return g()\n', [], 'add-comments')).toBeNull();
  });

  it('returns null when a kind does not apply or the code does not parse', () => {
    expect(rewritePython(parser, 'x = 1\n', [], 'reorder-imports')).toBeNull();
    expect(rewritePython(parser, 'import os\nx = os.sep\n', [], 'rename-locals')).toBeNull();
    expect(rewritePython(parser, 'def f(:\n  pass\n', [], 'string-quotes')).toBeNull();
  });

  it('leaves functions that use locals() or eval alone', () => {
    const code = 'def f(a):\n    name = a\n    return "%(name)s" % locals()\n';
    expect(rewritePython(parser, code, [], 'rename-locals')).toBeNull();
  });
});

describe('rewriteChain', () => {
  it('applies kinds in a row, each on the previous output, and names the ones that applied', () => {
    const renamed = rewritePython(parser, CODE, WEAK, 'rename-locals', 2)!;
    const both = rewritePython(parser, renamed.code, renamed.lines, 'string-quotes', 2)!;
    const r = rewriteChain(parser, CODE, WEAK, ['rename-locals', 'string-quotes'], 2)!;
    expect(r.code).toBe(both.code);
    expect(r.lines).toEqual(WEAK);
    expect(r.applied).toEqual(['rename-locals', 'string-quotes']);
    expect(lineText(r.code, 12)).toContain("sqlite3.connect('shop.db')");
    expect(lineText(r.code, 15)).not.toContain('cur.execute');
  });

  it('skips kinds that do not apply and returns null when none does', () => {
    const noLocals = 'import os\nx = "a"\n';
    const r = rewriteChain(parser, noLocals, [], ['rename-locals', 'string-quotes'])!;
    expect(r.applied).toEqual(['string-quotes']);
    expect(r.code).toBe("import os\nx = 'a'\n");
    expect(rewriteChain(parser, 'import os\nx = os.sep\n', [], ['rename-locals', 'string-quotes'])).toBeNull();
  });
});
