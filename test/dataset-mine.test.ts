// `cwescan dataset mine-real` end to end: a model's findings on a real project become pending "none" records that
// `dataset review` decides and fine-tuning can use.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from './dataset-cli.js';

const MODEL = 'test/fixtures/eval/pattern-model';
let dir: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cwescan-mine-cli-'));
  await mkdir(join(dir, 'shop'));
  await writeFile(
    join(dir, 'shop', 'jobs.py'),
    [
      'import os',
      '',
      '',
      'def rotate_logs(days):',
      '    keep = int(days)',
      '    cmd = "logrotate -f /etc/shop.conf"',
      '    os.system(cmd)',
      '    return keep',
      '',
      '',
      'def total(items):',
      '    s = 0',
      '    for i in items:',
      '        s += i.price',
      '    return s',
      '',
    ].join('\n'),
  );
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cwescan dataset mine-real', () => {
  it('writes what the model flags as pending records, which review then decides', async () => {
    const out = join(dir, 'mined.jsonl');
    const r = await runCli(['dataset', 'mine-real', '--corpus', join(dir, 'shop'), '--model', MODEL, '--out', out]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('1 pending records, 1 of 2 chunks flagged by eval fixture pattern model');
    const [rec] = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(rec).toMatchObject({ cwe: 'CWE-78', vulnerable: false, source: 'real:shop', review: { status: 'pending' } });

    const review = await runCli(['dataset', 'review', '--data', out, '--reviewer', 'dana'], {
      input: 'a\nconstant command, no input reaches it\n',
    });
    expect(review.code).toBe(0);
    const [after] = (await readFile(out, 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(after.review).toMatchObject({ status: 'accepted', by: 'dana' });
  });

  it('refuses a threshold outside 0..1 and a missing corpus with a clear message', async () => {
    const bad = await runCli([
      'dataset',
      'mine-real',
      '--corpus',
      dir,
      '--out',
      join(dir, 'x.jsonl'),
      '--threshold',
      '2',
    ]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--threshold must be in 0..1');
    const missing = await runCli([
      'dataset',
      'mine-real',
      '--corpus',
      join(dir, 'nope'),
      '--model',
      MODEL,
      '--out',
      join(dir, 'y.jsonl'),
    ]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope/);
  });
});
