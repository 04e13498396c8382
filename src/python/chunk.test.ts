import { describe, expect, it } from 'vitest';
import { chunkPython, syntaxErrorLine, windowBounds, type Chunk } from './chunk.js';
import { getPythonParser } from './parser.js';

async function chunks(src: string, options?: { maxLines: number; overlap: number }): Promise<Chunk[]> {
  const parser = await getPythonParser();
  const tree = parser.parse(src)!;
  try {
    return chunkPython(src, tree, options);
  } finally {
    tree.delete();
    parser.delete();
  }
}

const SOURCE = `"""Module docstring."""
import os
import subprocess as sp
from flask import Flask, request

app = Flask(__name__)


@app.route("/run")
def run():
    cmd = request.args["c"]

    def inner(a):
        return os.system(a)

    return inner(cmd)


class Job(object):
    """A job."""
    retries = 3

    @staticmethod
    async def start(name):
        return sp.run(["echo", name])


if __name__ == "__main__":
    app.run()
`;

/** Every chunk's snippet must parse on its own: the model would otherwise score a fragment. */
async function expectEachParses(got: readonly Chunk[]): Promise<void> {
  const parser = await getPythonParser();
  try {
    for (const c of got) {
      const tree = parser.parse(c.code)!;
      expect(syntaxErrorLine(tree), c.code).toBeNull();
      tree.delete();
    }
  } finally {
    parser.delete();
  }
}

describe('chunkPython', () => {
  it('makes a chunk per function (decorated, nested, async methods), class body and module code, with exact spans', async () => {
    const got = (await chunks(SOURCE)).map((c) => [c.kind, c.name, c.startLine, c.endLine]);
    expect(got).toEqual([
      ['module', '<module>', 6, 29],
      ['function', 'run', 9, 16],
      ['function', 'run.inner', 13, 14],
      ['class', 'Job', 21, 21],
      ['function', 'Job.start', 23, 25],
    ]);
  });

  it('turns a chunk into a small Python file: the imports it uses, then its code, with a line map', async () => {
    const inner = (await chunks(SOURCE)).find((c) => c.name === 'run.inner')!;
    expect(inner.code).toBe('import os\n\ndef inner(a):\n    return os.system(a)');
    expect(inner.lineMap).toEqual([null, null, 13, 14]);
    const run = (await chunks(SOURCE)).find((c) => c.name === 'run')!;
    expect(run.code.split('\n').slice(0, 4)).toEqual([
      'import os',
      'from flask import Flask, request',
      '',
      '@app.route("/run")',
    ]);
  });

  it('puts the class line in front of a method, keeping the method indented under it', async () => {
    const start = (await chunks(SOURCE)).find((c) => c.name === 'Job.start')!;
    expect(start.code).toBe(
      'import subprocess as sp\n\nclass Job(object):\n    @staticmethod\n    async def start(name):\n        return sp.run(["echo", name])',
    );
    expect(start.lineMap).toEqual([null, null, null, 23, 24, 25]);
  });

  it('leaves docstrings, imports and definitions out of class and module chunks', async () => {
    const all = await chunks(SOURCE);
    expect(all.find((c) => c.kind === 'class')!.code).toBe('class Job(object):\n    retries = 3');
    const mod = all.find((c) => c.kind === 'module')!;
    expect(mod.lineMap.filter((l) => l !== null)).toEqual([6, 28, 29]);
  });

  it('cuts a long function into overlapping windows that repeat the def line', async () => {
    const body = Array.from({ length: 30 }, (_, i) => `    x${i} = ${i}`).join('\n');
    const got = await chunks(`def big():\n${body}\n`, { maxLines: 12, overlap: 4 });
    expect(got.map((c) => [c.startLine, c.endLine])).toEqual([
      [1, 12],
      [9, 20],
      [17, 28],
      [25, 31],
    ]);
    expect(got[1]!.code.split('\n')[0]).toBe('def big():');
    expect(got[1]!.lineMap[0]).toBeNull();
    expect(got[1]!.lineMap[1]).toBe(9);
  });

  it('repeats a multi-line signature and class line whole in later windows, so each window parses', async () => {
    const body = Array.from({ length: 30 }, (_, i) => `        x${i} = ${i}`).join('\n');
    const src = `class Big(\n    Base,\n):\n\n    # runs it\n    def run(\n        self,\n        n: int,\n    ) -> None:\n${body}\n`;
    const got = await chunks(src, { maxLines: 12, overlap: 4 });
    const methods = got.filter((c) => c.name === 'Big.run');
    expect(methods.length).toBeGreaterThan(1);
    expect(methods[1]!.code.split('\n').slice(0, 7)).toEqual([
      'class Big(',
      '    Base,',
      '):',
      '    def run(',
      '        self,',
      '        n: int,',
      '    ) -> None:',
    ]);
    await expectEachParses(methods);
  });

  it('opens the blocks a later window starts in (chunker v4), so the window parses and its else has its if', async () => {
    const steps = (n: number, pad: string) => Array.from({ length: n }, (_, i) => `${pad}y${i} = ${i}`).join('\n');
    const src = [
      'class Job:',
      '    def run(self, rows):',
      '        for row in rows:',
      '            if row:',
      steps(10, '                '),
      '            else:',
      steps(10, '                '),
      '        try:',
      steps(6, '            '),
      '        except (',
      '            ValueError,',
      '        ):',
      steps(6, '            '),
      '',
    ].join('\n');
    const got = (await chunks(src, { maxLines: 12, overlap: 4 })).filter((c) => c.name === 'Job.run');
    expect(got.length).toBeGreaterThan(2);
    await expectEachParses(got);
    // The window that starts inside the else block reads: class line, def line, then the for, the if, a pass and
    // the else that hold it, all as context (no file line).
    const inElse = got.find((c) => c.startLine === 18)!; // lines 18-29: inside the else block
    const lines = inElse.code.split('\n');
    expect(lines.slice(0, 6)).toEqual([
      'class Job:',
      '    def run(self, rows):',
      '        for row in rows:',
      '            if row:',
      '                pass',
      '            else:',
    ]);
    expect(inElse.lineMap.slice(0, 6)).toEqual([null, null, null, null, null, null]);
    // A window inside the except clause gets the try and the whole multi-line except line.
    const inExcept = got[got.length - 1]!;
    expect(inExcept.code).toContain(
      '        try:\n            pass\n        except (\n            ValueError,\n        ):\n',
    );
  });

  it('starts and ends windows on statements, so a long dict or call is never split between windows', async () => {
    // Module level: 10 one-line statements, a 9-line dict, 10 more; line-based windows of 12 would cut the dict.
    const one = (p: string) => Array.from({ length: 10 }, (_, i) => `${p}${i} = ${i}`).join('\n');
    const dict = ['TABLE = {', ...Array.from({ length: 7 }, (_, i) => `    "k${i}": (${i}, 1),`), '}'].join('\n');
    const got = await chunks(`${one('a')}\n${dict}\n${one('b')}\n`, { maxLines: 12, overlap: 4 });
    expect(got.map((c) => [c.startLine, c.endLine])).toEqual([
      [1, 10],
      [8, 19],
      [20, 29],
    ]);
    await expectEachParses(got);
  });

  it('windowBounds falls back to line cuts for a statement longer than a window, and always moves on', () => {
    const all = () => true;
    expect(windowBounds(30, { maxLines: 12, overlap: 4 }, all)).toEqual([
      [0, 12],
      [8, 20],
      [16, 28],
      [24, 30],
    ]);
    // Statements start at 0 and 25 only: lines 0-24 are one statement, cut by lines.
    expect(windowBounds(30, { maxLines: 12, overlap: 4 }, (i) => i === 0 || i === 25)).toEqual([
      [0, 12],
      [8, 20],
      [16, 25],
      [25, 30],
    ]);
  });

  it('marks chunks that contain a syntax error with its line and leaves the others clean', async () => {
    const got = await chunks('def bad(:\n    pass\n\n\ndef good():\n    return 1\n');
    expect(got.map((c) => [c.name, c.syntaxErrorLine])).toEqual([
      ['bad', 1],
      ['good', null],
    ]);
  });

  it('finds the first syntax error of a file, even in an import', async () => {
    const parser = await getPythonParser();
    const broken = parser.parse('import os\nimport sys, (\n\n\ndef f(x):\n    return x\n')!;
    const clean = parser.parse('import os\n')!;
    expect([syntaxErrorLine(broken), syntaxErrorLine(clean)]).toEqual([2, null]);
    broken.delete();
    clean.delete();
    parser.delete();
  });

  it('keeps `from x import *` as context of every chunk and reads CRLF files', async () => {
    const got = await chunks('from os import *\r\n\r\ndef f():\r\n    system("ls")\r\n');
    expect(got[0]!.code).toBe('from os import *\n\ndef f():\n    system("ls")');
  });
});
