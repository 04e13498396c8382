import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { makeExample } from '../dataset/testing/make-example.js';
import { readExampleFiles } from './examples.js';

const jsonl = (xs: unknown[]): string => xs.map((x) => JSON.stringify(x)).join('\n') + '\n';

describe('readExampleFiles', () => {
  it('uses several files as one training set and refuses an id that two of them hold', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cwescan-ex-'));
    const a = join(dir, 'train.jsonl');
    const b = join(dir, 'rewrites.jsonl');
    const c = join(dir, 'again.jsonl');
    const v = makeExample({ id: 'cwe89-a-v', cwe: 'CWE-89', vulnerable: true, lines: [2] });
    writeFileSync(a, jsonl([v, makeExample({ id: 'cwe89-a-b', cwe: 'CWE-89' })]));
    writeFileSync(b, jsonl([{ ...v, id: 'cwe89-a-v-r1' }]));
    writeFileSync(c, jsonl([v]));
    const both = await readExampleFiles([a, b]);
    expect(both.examples.map((x) => [x.example.id, x.label])).toEqual([
      ['cwe89-a-v', 'CWE-89'],
      ['cwe89-a-b', 'none'],
      ['cwe89-a-v-r1', 'CWE-89'],
    ]);
    await expect(readExampleFiles([a, c])).rejects.toThrow(/id cwe89-a-v is in both .*train\.jsonl and .*again\.jsonl/);
  });
});
