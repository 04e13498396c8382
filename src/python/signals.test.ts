import type { Parser } from 'web-tree-sitter';
import { beforeAll, describe, expect, it } from 'vitest';
import { getPythonParser } from './parser.js';
import { MAX_SIGNALS, loadSignalExtractor, signalsOf } from './signals.js';

let parser: Parser;
beforeAll(async () => {
  parser = await getPythonParser();
});

const sig = (code: string): string[] => signalsOf(parser, code);

describe('signalsOf', () => {
  it('tells a query built from input from its parameterized fix', () => {
    const bug =
      'def find(db, name):\n    cur = db.cursor()\n    cur.execute(f"SELECT * FROM u WHERE n = \'{name}\'")\n';
    const fix = 'def find(db, name):\n    cur = db.cursor()\n    cur.execute("SELECT * FROM u WHERE n = ?", (name,))\n';
    expect(sig(bug)).toEqual(['sql cur.execute(fstring<-param)']);
    expect(sig(fix)).toEqual(['sql cur.execute(str, args)']);
  });

  it('follows outside input through local assignments, and forgets a name reassigned from a constant', () => {
    const code = [
      'import subprocess',
      'from flask import request',
      'def run():',
      '    host = request.args.get("host")',
      '    cmd = "ping " + host',
      '    subprocess.run(cmd, shell=True)',
      '    cmd = "uptime"',
      '    subprocess.run(cmd, shell=False)',
      '',
    ].join('\n');
    expect(sig(code)).toEqual([
      'source request.args',
      'shell subprocess.run(name<-input, shell=True)',
      'shell subprocess.run(name, shell=False)',
    ]);
  });

  it('names the argument shapes: %, .format, concatenation, lists and literals', () => {
    expect(sig('cur.execute("SELECT %s" % q)\n')).toEqual(['sql cur.execute(percent)']);
    // A name's .format() reads "format"; a string literal's, whose receiver has no name, "format()" (sinks-v1).
    expect(sig('cur.execute(tmpl.format(q))\n')).toEqual(['sql cur.execute(format)']);
    expect(sig('cur.execute("SELECT {}".format(q))\n')).toEqual(['sql cur.execute(format())']);
    expect(sig('os.system("ls " + d)\n')).toEqual(['shell os.system(concat)']);
    expect(sig('subprocess.check_output(["ls", d])\n')).toEqual(['shell subprocess.check_output(list)']);
    expect(sig('yaml.load(data, Loader=yaml.SafeLoader)\n')).toEqual([
      'deserialize yaml.load(name, Loader=yaml.SafeLoader)',
    ]);
  });

  it('lists the safe helpers fixes use, hard-coded secrets, secret comparisons and guard decorators', () => {
    const code = [
      'API_KEY = "sk-live-123"',
      '@login_required',
      'def check(token):',
      '    if token == API_KEY:',
      '        return hmac.compare_digest(a, b)',
      '    return shlex.quote(token)',
      '',
    ].join('\n');
    expect(sig(code)).toEqual([
      'secret API_KEY = str',
      'decorator @login_required',
      'compare token ==',
      'safe hmac.compare_digest',
      'safe shlex.quote',
    ]);
  });

  it('leaves ordinary code alone: regex compile is not code evaluation, a model save() is not a file write', () => {
    expect(sig('import re\nP = re.compile(r"a+")\n')).toEqual(['resource re.compile(str)']);
    expect(sig('def f(user):\n    user.name = "x"\n    user.save()\n    return len(user.name)\n')).toEqual([]);
    expect(sig('eval(expr)\n')).toEqual(['code eval(name)']);
  });

  it('keeps the first MAX_SIGNALS distinct signals and survives code that does not parse', () => {
    const many = Array.from({ length: 30 }, (_, i) => `os.system(c${i % 15} + "x")`).join('\n');
    expect(sig(many)).toEqual(['shell os.system(concat)']);
    const distinct = Array.from({ length: 30 }, (_, i) => `subprocess.call(x, shell=S${i})`).join('\n');
    expect(sig(distinct)).toHaveLength(MAX_SIGNALS);
    expect(sig('def broken(:\n    os.system(cmd\n')).toBeInstanceOf(Array);
  });

  it('loads one shared extractor', async () => {
    const a = await loadSignalExtractor();
    expect(await loadSignalExtractor()).toBe(a);
    expect(a('pickle.loads(blob)\n')).toEqual(['deserialize pickle.loads(name)']);
  });
});
