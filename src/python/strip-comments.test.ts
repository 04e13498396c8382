import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { getPythonParser } from './parser.js';
import { stripComments } from './strip-comments.js';

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
