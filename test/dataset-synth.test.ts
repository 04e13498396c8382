// End to end: `cwescan dataset synth` writes template examples that the dataset's own validator accepts.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from './dataset-cli.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'cwescan-synth-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('cwescan dataset synth', () => {
  it('writes pairs and look-alikes that validate, the same file for the same seed', async () => {
    const a = join(dir, 'a.jsonl');
    const r = await runCli(['dataset', 'synth', '--out', a, '--pairs', '4', '--lookalikes', '2', '--seed', '2']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`${a}: 80 examples (seed 2)`);
    expect(r.stdout).toContain('CWE-89: 4 pairs, 2 look-alikes');
    const v = await runCli(['dataset', 'validate', '--data', a, '--no-balance']);
    expect(v.stdout).toContain('80 examples, no problems');
    expect(v.code).toBe(0);
    const b = join(dir, 'b.jsonl');
    await runCli(['dataset', 'synth', '--out', b, '--pairs', '4', '--lookalikes', '2', '--seed', '2']);
    expect(await readFile(b, 'utf8')).toBe(await readFile(a, 'utf8'));
  });

  it('writes only the CWEs asked for and refuses one without a template', async () => {
    const out = join(dir, 'one.jsonl');
    const r = await runCli(['dataset', 'synth', '--out', out, '--pairs', '2', '--lookalikes', '0', '--cwe', 'CWE-502']);
    expect(r.code).toBe(0);
    const rows = (await readFile(out, 'utf8')).trim().split('\n').map((l) => JSON.parse(l) as { cwe: string });
    expect(rows.map((x) => x.cwe)).toEqual(['CWE-502', 'CWE-502', 'CWE-502', 'CWE-502']);
    const bad = await runCli(['dataset', 'synth', '--out', join(dir, 'x.jsonl'), '--cwe', 'CWE-416']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('no template for CWE-416');
  });
});
