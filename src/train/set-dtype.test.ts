import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint, sha256, writeCheckpoint } from '../model/checkpoint.js';
import { expectedTensors } from '../model/gpt-config.js';
import { loadDetector } from '../model/registry.js';
import { setDtype } from './set-dtype.js';
import { setPrompt } from './set-prompt.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CODE = ['import os\n\ndef run(cmd):\n    os.system("ls " + cmd)\n', 'def add(a, b):\n    return a + b\n'];

function tinyCopy(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'cwescan-dtype-')), 'tiny');
  cpSync(join(ROOT, 'test/fixtures/models/tiny-gpt'), dir, { recursive: true });
  return dir;
}

async function probabilities(dir: string): Promise<number[]> {
  const d = await loadDetector(dir, { threads: 1, precision: 'fp32' });
  try {
    return (await d.detect(CODE)).flatMap((s) => s.map((x) => x.probability));
  } finally {
    await d.close();
  }
}

const load = (dir: string) => loadCheckpoint(dir, { expectedTensors });
const weightsFile = (dir: string): number => statSync(join(dir, 'model.safetensors')).size;

describe('setDtype', () => {
  it('stores the weights in float16: half the file, each weight rounded once, scores nearly the same', async () => {
    const dir = tinyCopy();
    writeFileSync(join(dir, 'MODEL_CARD.md'), '# tiny\n');
    const before = await load(dir);
    const scoresBefore = await probabilities(dir);
    const bytesBefore = weightsFile(dir);

    const r = await setDtype({ model: dir, dtype: 'f16', name: 'tiny-f16' });
    expect(r).toMatchObject({ from: 'F32', to: 'F16', bytesBefore });
    expect(r.bytesAfter).toBe(weightsFile(dir));
    expect(r.bytesAfter).toBeLessThan(bytesBefore * 0.52); // the header is a few hundred bytes of each

    const after = await load(dir); // every hash matches the rewritten manifest
    expect(after.storedDtype).toBe('F16');
    expect(after.config).toEqual({ ...before.config, name: 'tiny-f16' }); // the file's header says how it is stored
    expect(after.fingerprint).not.toBe(before.fingerprint); // a new model, never the old one's cache entries
    for (const [name, t] of before.weights) {
      const got = after.weights.get(name)!.data;
      t.data.forEach((v, i) => {
        // Round to nearest: within half a float16 step (2^-11 relative, 2^-25 absolute among subnormals).
        expect(Math.abs(got[i]! - v)).toBeLessThanOrEqual(Math.max(Math.abs(v) * 2 ** -11, 2 ** -25));
      });
    }
    const scoresAfter = await probabilities(dir);
    scoresAfter.forEach((p, i) => expect(Math.abs(p - scoresBefore[i]!)).toBeLessThan(0.01));
    expect(readFileSync(join(dir, 'MODEL_CARD.md'), 'utf8')).toBe('# tiny\n');
    expect(readFileSync(join(dir, 'train_log.jsonl'), 'utf8').length).toBeGreaterThan(0);
  });

  it('keeps float16 through later in-place edits, and widens back to float32 without a further change', async () => {
    const dir = tinyCopy();
    await setDtype({ model: dir, dtype: 'f16' });
    const half = await load(dir);
    await setPrompt({ model: dir, quotes: 'double' });
    expect((await load(dir)).storedDtype).toBe('F16');
    expect(weightsFile(dir)).toBeLessThan(half.manifest.files['model.safetensors']!.bytes + 64);

    await setDtype({ model: dir, dtype: 'f32' });
    const wide = await load(dir);
    expect(wide.storedDtype).toBe('F32');
    for (const [name, t] of half.weights) expect(wide.weights.get(name)!.data).toEqual(t.data);
  });

  it('writes a copy with --out and leaves the original byte for byte; never replaces another checkpoint', async () => {
    const dir = tinyCopy();
    const out = join(dir, '..', 'tiny-bf16');
    const hash = sha256(readFileSync(join(dir, 'model.safetensors')));
    const r = await setDtype({ model: dir, dtype: 'bf16', out });
    expect(r).toMatchObject({ to: 'BF16', dir: out, unchanged: false });
    expect(sha256(readFileSync(join(dir, 'model.safetensors')))).toBe(hash);
    expect((await load(out)).storedDtype).toBe('BF16');
    expect((await load(dir)).storedDtype).toBe('F32');

    const outHash = sha256(readFileSync(join(out, 'model.safetensors')));
    await expect(setDtype({ model: dir, dtype: 'f16', out })).rejects.toThrow(/already holds a checkpoint/);
    expect(sha256(readFileSync(join(out, 'model.safetensors')))).toBe(outHash);
  });

  it('treats --out naming the checkpoint itself as in place, keeping the files beside it', async () => {
    const dir = tinyCopy();
    writeFileSync(join(dir, 'MODEL_CARD.md'), '# tiny\n');
    await setDtype({ model: dir, dtype: 'f16', out: join(dir, '.') });
    expect((await load(dir)).storedDtype).toBe('F16');
    expect(readFileSync(join(dir, 'MODEL_CARD.md'), 'utf8')).toBe('# tiny\n');
    expect(readFileSync(join(dir, 'train_log.jsonl'), 'utf8').length).toBeGreaterThan(0);
  });

  it('writes nothing when the checkpoint is already stored so', async () => {
    const dir = tinyCopy();
    const manifest = readFileSync(join(dir, 'manifest.json'), 'utf8');
    expect(await setDtype({ model: dir, dtype: 'f32' })).toMatchObject({ from: 'F32', to: 'F32', unchanged: true });
    expect(readFileSync(join(dir, 'manifest.json'), 'utf8')).toBe(manifest);
  });

  it('refuses a weight beyond float16 range, naming the tensor, and lets bf16 hold it', async () => {
    const tiny = await load(tinyCopy());
    const weights = new Map(tiny.weights);
    const [name, t] = [...weights][0]!;
    const data = Float32Array.from(t.data);
    data[0] = 1e5;
    weights.set(name, { ...t, data });
    const dir = join(mkdtempSync(join(tmpdir(), 'cwescan-dtype-')), 'big');
    await writeCheckpoint(dir, { config: tiny.config, tokenizer: tiny.tokenizer, weights, manifest: tiny.manifest });

    await expect(setDtype({ model: dir, dtype: 'f16' })).rejects.toThrow(
      new RegExp(`tensor '${name.replace(/\./g, '\\.')}' holds 100000, beyond float16's range`),
    );
    expect((await load(dir)).storedDtype).toBe('F32'); // nothing was written
    await setDtype({ model: dir, dtype: 'bf16' });
    expect((await load(dir)).weights.get(name)!.data[0]).toBe(99840); // bf16's nearest to 1e5
  });

  it('will not convert a run that can still be resumed, in place or as a copy', async () => {
    const dir = tinyCopy();
    const path = join(dir, 'manifest.json');
    const manifest = JSON.parse(readFileSync(path, 'utf8'));
    writeFileSync(path, JSON.stringify({ ...manifest, training: { step: 60, complete: false } }));
    await expect(setDtype({ model: dir, dtype: 'f16' })).rejects.toThrow(/can still be resumed/);
    await expect(setDtype({ model: dir, dtype: 'f16', out: join(dir, '..', 'copy') })).rejects.toThrow(
      /can still be resumed/,
    );
    expect((await load(dir)).storedDtype).toBe('F32');
  });
});
