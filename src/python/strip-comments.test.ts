import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { getPythonParser } from './parser.js';
import { removeComments, stripComments } from './strip-comments.js';

let parser: Parser;
beforeAll(async () => {
  parser = await getPythonParser();
});

const lines = (code: string) => code.split('\n').length;

describe('stripComments', () => {
  it('removes comments and docstrings of the module, classes and functions, keeping every line', () => {
    const code = [
      '#!/usr/bin/env python3',
      '"""Module doc."""',
      'import os  # for system',
      '',
      'class Runner:',
      '    """Runs things.',
      '',
      '    More words.',
      '    """',
      '',
      '    def run(self, cmd):',
      "        '''One line.'''",
      '        # build the command',
      '        os.system("ls " + cmd)  # noqa',
      '',
    ].join('\n');
    const out = stripComments(parser, code);
    expect(lines(out)).toBe(lines(code));
    expect(out).toBe(
      [
        '',
        '',
        'import os',
        '',
        'class Runner:',
        '',
        '',
        '',
        '',
        '',
        '    def run(self, cmd):',
        '',
        '',
        '        os.system("ls " + cmd)',
        '',
      ].join('\n'),
    );
  });

  it('keeps strings that are not docstrings, and a block whose only statement was its docstring stays valid', () => {
    const code =
      'def q(db, name):\n    sql = """SELECT * FROM t\n    WHERE n = \'%s\'""" % name\n    return db.execute(sql)\n\ndef stub():\n    """Nothing yet.\n    """\n';
    const out = stripComments(parser, code);
    expect(out).toBe(code.replace('    """Nothing yet.\n    """\n', '    pass\n\n'));
    const tree = parser.parse(out)!;
    expect(tree.rootNode.hasError).toBe(false);
    tree.delete();
  });

  it('leaves code without comments or docstrings as it is, and copes with a fragment that does not parse', () => {
    const code = 'x = 1\nprint("# not a comment")\n';
    expect(stripComments(parser, code)).toBe(code);
    expect(stripComments(parser, '    return run(x)  # cut\nelse:\n')).toBe('    return run(x)\nelse:\n');
  });
});

describe('removeComments', () => {
  it('leaves out the lines comments and docstrings were alone on and says where every kept line came from', () => {
    const code = [
      '"""Module doc."""', // 1
      'import os  # for system', // 2
      '', // 3
      'class Runner:', // 4
      '    """Runs things.', // 5
      '', // 6 (inside the docstring)
      '    """', // 7
      '    # build the command', // 8
      '    def run(self, cmd):', // 9
      '        os.system("ls " + cmd)', // 10
      '', // 11
    ].join('\n');
    const out = removeComments(parser, code);
    expect(out.code).toBe(
      ['import os', '', 'class Runner:', '    def run(self, cmd):', '        os.system("ls " + cmd)', ''].join('\n'),
    );
    expect(out.lines).toEqual([2, 3, 4, 9, 10, 11]);
  });

  it('reads code with an added docstring exactly as the code without it', () => {
    const plain = 'def q(db, name):\n    sql = "SELECT %s" % name\n    return db.execute(sql)\n';
    const documented = plain.replace('):\n', '):\n    """Look a name up."""\n');
    expect(removeComments(parser, documented).code).toBe(plain);
    expect(removeComments(parser, documented).lines).toEqual([1, 3, 4, 5]);
  });

  it('keeps a block valid when its docstring was its only statement, and changes nothing without comments', () => {
    expect(removeComments(parser, 'def stub():\n    """Nothing yet."""\n').code).toBe('def stub():\n    pass\n');
    const code = 'x = 1\n\nprint("# not a comment")\n';
    expect(removeComments(parser, code)).toEqual({ code, lines: [1, 2, 3, 4] });
  });
});
