// scripts/ship-base.mjs: a finished pretraining run becomes a base others can fine-tune from (models/pretrained),
// weights byte for byte, hash-checked, keeping the README written beside it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint } from '../src/model/checkpoint.js';
import { expectedTensors } from '../src/model/gpt-config.js';
import { ROOT } from './eval-helpers.js';

const PRE = join(ROOT, 'test/fixtures/models/tiny-gpt-pretrained');

function ship(...args: string[]) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/ship-base.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
}

describe('scripts/ship-base.mjs', () => {
  it('writes the weights, config and tokenizer with a manifest of their own, and keeps a README on re-ship', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cwescan-ship-base-'));
    // A run as pretraining leaves it, with the corpus list train-default.sh writes beside it.
    const run = join(dir, 'run', 'pretrained');
    cpSync(PRE, run, { recursive: true });
    writeFileSync(join(dir, 'run', 'corpus.txt'), 'python3 3.11.7 stdlib\n');
    const out = join(dir, 'base');
    const first = ship(run, out);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    writeFileSync(join(out, 'README.md'), '# our base\n');
    expect(ship(run, out).status).toBe(0);

    expect(readdirSync(out).sort()).toEqual([
      'README.md',
      'config.json',
      'corpus.txt',
      'manifest.json',
      'model.safetensors',
      'tokenizer.json',
    ]);
    expect(readFileSync(join(out, 'README.md'), 'utf8')).toBe('# our base\n');
    const shipped = await loadCheckpoint(out, { expectedTensors });
    const original = await loadCheckpoint(run, { expectedTensors });
    expect(Object.keys(shipped.manifest.files).sort()).toEqual(['config.json', 'model.safetensors', 'tokenizer.json']);
    expect(shipped.fingerprint).toBe(original.fingerprint);
    expect(shipped.manifest.stage).toBe('pretrained');
    expect(shipped.manifest.training_data).toEqual(original.manifest.training_data);
  });

  it('refuses a checkpoint that is not a finished pretraining run', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'cwescan-ship-base-')), 'base');
    const r = ship(join(ROOT, 'test/fixtures/models/tiny-gpt'), out);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('not a finished pretraining run');
  });
});
