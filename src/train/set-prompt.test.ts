import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint } from '../model/checkpoint.js';
import { expectedTensors } from '../model/gpt-config.js';
import { loadDetector } from '../model/registry.js';
import { setPrompt } from './set-prompt.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SINGLE = "import os\n\ndef run(cmd):\n    os.system('ls ' + cmd)\n";
const DOUBLE = SINGLE.replace("'ls '", '"ls "');

async function scores(dir: string): Promise<number[][]> {
  const d = await loadDetector(dir, { threads: 1 });
  try {
    return (await d.detect([SINGLE, DOUBLE])).map((s) => s.map((x) => x.probability));
  } finally {
    await d.close();
  }
}

describe('setPrompt', () => {
  it('makes a checkpoint read single-quoted code as double-quoted, keeping its weights and a valid manifest', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cwescan-prompt-')), 'tiny');
    cpSync(join(ROOT, 'test/fixtures/models/tiny-gpt'), dir, { recursive: true });
    writeFileSync(join(dir, 'MODEL_CARD.md'), '# tiny\n');
    const [single, double] = await scores(dir);
    expect(single).not.toEqual(double); // the tiny model tells the quote styles apart

    expect(await setPrompt({ model: dir, quotes: 'double', name: 'tiny-q' })).toMatchObject({ quotes: 'double' });
    const ckpt = await loadCheckpoint(dir, { expectedTensors }); // hashes match the rewritten manifest
    expect(ckpt.config.name).toBe('tiny-q');
    expect(ckpt.manifest.hyperparameters.normalize_quotes).toBe(true);
    expect(readFileSync(join(dir, 'MODEL_CARD.md'), 'utf8')).toBe('# tiny\n'); // files beside it survive
    const [singleQ, doubleQ] = await scores(dir);
    expect(singleQ).toEqual(doubleQ);
    expect(doubleQ).toEqual(double); // code already in double quotes reads as before

    await setPrompt({ model: dir, quotes: 'off' });
    expect((await loadCheckpoint(dir, { expectedTensors })).config.prompt.quotes).toBeUndefined();
    expect((await scores(dir))[0]).toEqual(single);
  });

  it('makes a checkpoint read code without comments and docstrings, and keeps the other prompt fields', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cwescan-prompt-')), 'tiny');
    cpSync(join(ROOT, 'test/fixtures/models/tiny-gpt'), dir, { recursive: true });
    await setPrompt({ model: dir, quotes: 'double' });
    expect(await setPrompt({ model: dir, comments: 'strip' })).toMatchObject({ quotes: 'double', comments: 'strip' });
    const d = await loadDetector(dir, { threads: 1 });
    try {
      const plain = 'import os\n\ndef run(cmd):\n\n    os.system("ls " + cmd)\n';
      const commented = "import os\n\ndef run(cmd):\n    '''Run it.'''\n    os.system('ls ' + cmd)  # list\n";
      const [a, b] = await d.detect([plain, commented]);
      expect(b).toEqual(a);
    } finally {
      await d.close();
    }
    // "remove" leaves the docstring's line out as well: the code reads as if it had never been written.
    const plain = 'import os\n\ndef run(cmd):\n    os.system("ls " + cmd)\n';
    const commented = "import os\n\ndef run(cmd):\n    '''Run it.'''\n    # list\n    os.system('ls ' + cmd)\n";
    const stripped = await loadDetector(dir, { threads: 1 });
    try {
      const [a, b] = await stripped.detect([plain, commented]);
      expect(b).not.toEqual(a); // stripping alone leaves two empty lines the model reads
    } finally {
      await stripped.close();
    }
    await setPrompt({ model: dir, comments: 'remove' });
    expect((await loadCheckpoint(dir, { expectedTensors })).manifest.hyperparameters).toMatchObject({
      strip_comments: false,
      remove_comments: true,
    });
    const r = await loadDetector(dir, { threads: 1 });
    try {
      const [a, b] = await r.detect([plain, commented]);
      expect(b).toEqual(a);
    } finally {
      await r.close();
    }
    expect(await setPrompt({ model: dir, comments: 'keep' })).toEqual({
      format: 'cwescan-alpaca-v1',
      with_description: false,
      quotes: 'double',
    });
  });

  it('makes a checkpoint read nested calls pulled apart, one per line, and back as written with keep', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cwescan-prompt-')), 'tiny');
    cpSync(join(ROOT, 'test/fixtures/models/tiny-gpt'), dir, { recursive: true });
    const nested = 'import os\n\ndef run(cmd):\n    os.system("ls " + cmd)\n';
    const flat = 'import os\n\ndef run(cmd):\n    value = "ls " + cmd\n    os.system(value)\n';
    const read = async () => {
      const d = await loadDetector(dir, { threads: 1 });
      try {
        return (await d.detect([nested, flat])).map((s) => s.map((x) => x.probability));
      } finally {
        await d.close();
      }
    };
    const [a, b] = await read();
    expect(a).not.toEqual(b);
    expect(await setPrompt({ model: dir, calls: 'flatten-args' })).toMatchObject({ calls: 'flatten-args' });
    expect((await loadCheckpoint(dir, { expectedTensors })).manifest.hyperparameters.flatten_calls).toBe(
      'flatten-args',
    );
    const [c, d] = await read();
    expect(c).toEqual(d);
    expect(d).toEqual(b); // code already flat reads as before
    expect((await setPrompt({ model: dir, calls: 'keep' })).calls).toBeUndefined();
    expect((await read())[0]).toEqual(a);
  });

  it('refuses a pretrained checkpoint', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cwescan-prompt-')), 'pre');
    cpSync(join(ROOT, 'test/fixtures/models/tiny-gpt-pretrained'), dir, { recursive: true });
    await expect(setPrompt({ model: dir, quotes: 'double' })).rejects.toThrow(/pretrained checkpoint/);
  });

  it('refuses a run that can still be resumed, since the rewrite would drop what a resume needs', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cwescan-prompt-')), 'tiny');
    cpSync(join(ROOT, 'test/fixtures/models/tiny-gpt'), dir, { recursive: true });
    const path = join(dir, 'manifest.json');
    const resumable = JSON.stringify({
      ...JSON.parse(readFileSync(path, 'utf8')),
      training: { step: 60, complete: false },
    });
    writeFileSync(path, resumable);
    await expect(setPrompt({ model: dir, quotes: 'double' })).rejects.toThrow(/can still be resumed/);
    expect(readFileSync(path, 'utf8')).toBe(resumable);
  });
});
