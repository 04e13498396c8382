// The shipped pretrained base (models/pretrained), checked the way a user relies on it: it loads with every file's
// hash matching its manifest, it is a finished pretraining run on the corpus the default model's card names, with the
// default model's own tokenizer, and `cwescan train finetune --base models/pretrained` starts from it (one step on two
// examples).
import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint } from '../src/model/checkpoint.js';
import { expectedTensors } from '../src/model/gpt-config.js';
import { cli, ROOT } from './eval-helpers.js';

const DIR = join(ROOT, 'models/pretrained');

describe('models/pretrained', () => {
  it('is a finished pretraining run whose files match its manifest, under 50 MB', async () => {
    const ckpt = await loadCheckpoint(DIR, { expectedTensors });
    expect(ckpt.manifest.stage).toBe('pretrained');
    expect(ckpt.manifest.training.complete).toBe(true);
    expect(ckpt.manifest.base).toBeNull();
    expect(statSync(join(DIR, 'model.safetensors')).size).toBeLessThan(50 * 1024 * 1024);
  });

  it('was pretrained on the corpus the default model names (the same packages and versions)', () => {
    const corpus = readFileSync(join(DIR, 'corpus.txt'), 'utf8');
    expect(corpus).toBe(readFileSync(join(ROOT, 'models/default/corpus.txt'), 'utf8'));
  });

  it("has the default model's tokenizer byte for byte (it is the default model's lineage, so the untuned row compares like with like)", () => {
    const tokenizer = (dir: string) => readFileSync(join(ROOT, dir, 'tokenizer.json'));
    expect(tokenizer('models/pretrained').equals(tokenizer('models/default'))).toBe(true);
  });

  it('is a base `train finetune` starts from', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cwescan-pretrained-'));
    const data = join(dir, 'two.jsonl');
    const val = readFileSync(join(ROOT, 'data/cwe-top25-python/splits/val.jsonl'), 'utf8').split('\n');
    writeFileSync(data, `${val.slice(0, 2).join('\n')}\n`);
    const out = join(dir, 'tuned');
    const r = cli(['train', 'finetune', '--base', 'models/pretrained', '--data', data, '--out', out, '--epochs', '1']);
    expect(r.stderr).not.toMatch(/error/i);
    expect(r.code).toBe(0);
    const tuned = await loadCheckpoint(out, { expectedTensors });
    expect(tuned.manifest.base?.weights_sha256).toBe((await loadCheckpoint(DIR, { expectedTensors })).fingerprint);
  }, 120_000);
});
