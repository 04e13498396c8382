import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { flattenCalls, flattenOptions } from './flatten-calls.js';
import { getPythonParser } from './parser.js';

let parser: Parser;
beforeAll(async () => {
  parser = await getPythonParser();
});

const join = (...lines: string[]) => lines.join('\n');

describe('flattenCalls', () => {
  it('moves complex call arguments to lines above, innermost first, and maps new lines to their statement', () => {
    const code = join(
      'import os',
      'def ping(request):',
      '    os.system("ping -c 1 " + request.args["host"])',
      '    return str(eval(request.args["expr"]))',
      '',
    );
    const r = flattenCalls(parser, code);
    expect(r.code).toBe(
      join(
        'import os',
        'def ping(request):',
        '    value = "ping -c 1 " + request.args["host"]',
        '    os.system(value)',
        '    value_2 = eval(request.args["expr"])',
        '    return str(value_2)',
        '',
      ),
    );
    expect(r.lines).toEqual([1, 2, 3, 3, 4, 4, 5]);
    expect(parser.parse(r.code)!.rootNode.hasError).toBe(false);
  });

  it('pulls out f-strings and the calls inside an argument, and leaves names, literals and keywords alone', () => {
    const code = join('def f(a, b):', '    log(f"user {a}", b, key=g(b), flag=True)', '    x = h(k(a), "text", 3)');
    expect(flattenCalls(parser, code).code).toBe(
      join(
        'def f(a, b):',
        '    value = f"user {a}"',
        '    log(value, b, key=g(b), flag=True)',
        '    value_2 = k(a)',
        '    x = h(value_2, "text", 3)',
      ),
    );
  });

  it('turns a returned call into a variable with returns, and pulls out a method chain with chains', () => {
    const code = join('def q(db, term):', '    rows = db.execute(f"SELECT {term}").fetchall()', '    return len(rows)');
    expect(flattenCalls(parser, code, flattenOptions('flatten-args')).code).toBe(
      join(
        'def q(db, term):',
        '    rows = db.execute(f"SELECT {term}").fetchall()', // the f-string is not an argument of fetchall()
        '    return len(rows)',
      ),
    );
    expect(flattenCalls(parser, code, flattenOptions('flatten-returns')).code).toBe(
      join(
        'def q(db, term):',
        '    rows = db.execute(f"SELECT {term}").fetchall()',
        '    value = len(rows)',
        '    return value',
      ),
    );
    const chains = flattenCalls(parser, code, flattenOptions('flatten-chains'));
    expect(chains.code).toBe(
      join(
        'def q(db, term):',
        '    value = f"SELECT {term}"',
        '    value_2 = db.execute(value)',
        '    rows = value_2.fetchall()',
        '    value_3 = len(rows)',
        '    return value_3',
      ),
    );
    expect(chains.lines).toEqual([1, 2, 2, 2, 3, 3]);
  });

  it('leaves a returned call that spans lines where it is', () => {
    const code = join('def f(a):', '    return g(', '        a)');
    expect(flattenCalls(parser, code, flattenOptions('flatten-returns')).code).toBe(code);
  });

  it('skips names the code already uses', () => {
    const code = join('def f(value, value_2):', '    g(h(value), value_2)');
    expect(flattenCalls(parser, code).code).toBe(
      join('def f(value, value_2):', '    value_3 = h(value)', '    g(value_3, value_2)'),
    );
  });

  it('leaves alone what it cannot move: a statement sharing its line, a generator, await, a multi-line argument', () => {
    const code = join(
      'async def f(a):',
      '    if a: g(h(a))',
      '    x = [g(h(a))]',
      '    total = sum(h(v) for v in a)',
      '    await g(await h(a))',
      '    g(h(',
      '        a))',
      '',
    );
    const r = flattenCalls(parser, code);
    expect(r.code).toBe(code);
    expect(r.lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });

  it('returns code that does not parse as it is', () => {
    const code = 'def f(:\n    g(h(x))\n';
    expect(flattenCalls(parser, code)).toEqual({ code, lines: [1, 2, 3] });
  });
});
