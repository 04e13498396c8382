import { cp, mkdir, mkdtemp, readFile, readdir, rename, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeSafetensors, encodeSafetensors } from '../engine/safetensors.js';
import { CheckpointError } from './checkpoint-error.js';
import { loadCheckpoint, sha256, writeCheckpoint } from './checkpoint.js';
import { expectedTensors } from './gpt-config.js';
const FIXTURE = join(import.meta.dirname, '../../test/fixtures/models/tiny-gpt');
async function copy() {
    const dir = join(await mkdtemp(join(tmpdir(), 'cwescan-ckpt-')), 'ckpt');
    await cp(FIXTURE, dir, { recursive: true });
    return dir;
}
/** Rewrites one file and fixes its hash in the manifest, so the damage is found by the deeper checks. */
async function replace(dir, file, data, fixHash = true) {
    await writeFile(join(dir, file), data);
    if (!fixHash)
        return;
    const m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    m.files[file] = { sha256: sha256(bytes), bytes: bytes.length };
    await writeFile(join(dir, 'manifest.json'), JSON.stringify(m));
}
async function problem(dir) {
    try {
        await loadCheckpoint(dir, { expectedTensors });
    }
    catch (e) {
        expect(e).toBeInstanceOf(CheckpointError);
        const err = e;
        expect(err.code).toBe('E_CHECKPOINT');
        return { problem: err.problem, file: err.file, message: err.message };
    }
    throw new Error('expected a CheckpointError');
}
describe('checkpoint', () => {
    it('loads the tiny fixture with all its parts validated', async () => {
        const c = await loadCheckpoint(FIXTURE, { expectedTensors });
        expect(c.config.model_type).toBe('cwescan-gpt');
        expect(c.manifest.format_version).toBe(1);
        expect(c.fingerprint).toBe(sha256(await readFile(join(FIXTURE, 'model.safetensors'))));
        expect(c.weights.get('transformer.wte.weight').shape).toEqual([c.config.vocab_size, c.config.n_embd]);
        expect(c.manifest.base?.weights_sha256).toMatch(/^[0-9a-f]{64}$/);
    });
    it('names the exact problem of each kind of damage', async () => {
        let d = await copy();
        await writeFile(join(d, 'manifest.json'), '{"format": ');
        expect(await problem(d)).toMatchObject({ problem: 'bad-json', file: join(d, 'manifest.json') });
        d = await copy();
        const m = JSON.parse(await readFile(join(d, 'manifest.json'), 'utf8'));
        await writeFile(join(d, 'manifest.json'), JSON.stringify({ ...m, format_version: 99 }));
        expect((await problem(d)).problem).toBe('format-version');
        d = await copy();
        await writeFile(join(d, 'manifest.json'), JSON.stringify({ ...m, files: { ...m.files, 'model.safetensors': undefined } }));
        expect((await problem(d)).message).toMatch(/does not list model.safetensors/);
        d = await copy();
        const weights = await readFile(join(d, 'model.safetensors'));
        weights[weights.length - 1] ^= 1; // one flipped bit
        await replace(d, 'model.safetensors', weights, false);
        expect(await problem(d)).toMatchObject({ problem: 'hash-mismatch', file: join(d, 'model.safetensors') });
        d = await copy();
        await replace(d, 'model.safetensors', weights.subarray(0, weights.length - 100));
        const truncated = await problem(d);
        expect(truncated.problem).toBe('weights');
        expect(truncated.message).toMatch(/truncated: tensor '.+' ends at byte/);
        d = await copy();
        const tensors = decodeSafetensors(new Uint8Array(await readFile(join(FIXTURE, 'model.safetensors')))).tensors;
        tensors.delete('transformer.h.1.mlp.c_fc.bias');
        await replace(d, 'model.safetensors', encodeSafetensors(tensors));
        expect((await problem(d)).message).toMatch(/tensor 'transformer.h.1.mlp.c_fc.bias' is missing/);
        d = await copy();
        const config = JSON.parse(await readFile(join(d, 'config.json'), 'utf8'));
        await replace(d, 'config.json', JSON.stringify({ ...config, n_head: 3 }));
        expect(await problem(d)).toMatchObject({ problem: 'bad-config' });
        await replace(d, 'config.json', JSON.stringify({ ...config, vocab_size: config.vocab_size + 1 }));
        expect((await problem(d)).message).toMatch(/do not fit: config vocab_size \d+ != tokenizer vocabulary/);
        await replace(d, 'config.json', JSON.stringify({ ...config, label_token_ids: { ...config.label_token_ids, 'CWE-89': 5 } }));
        expect((await problem(d)).message).toMatch(/label CWE-89: token <\|CWE-89\|> is not id 5/);
        d = await copy();
        await replace(d, 'tokenizer.json', '{"model": {"type": "BPE", "vocab": {}, "merges": []}}');
        expect(await problem(d)).toMatchObject({ problem: 'tokenizer', file: join(d, 'tokenizer.json') });
        expect((await problem('/nonexistent/ckpt')).problem).toBe('missing-file');
    });
    it('replaces a checkpoint atomically, refuses to replace a non-checkpoint, and recovers an interrupted swap', async () => {
        const c = await loadCheckpoint(FIXTURE, { expectedTensors });
        const parent = await mkdtemp(join(tmpdir(), 'cwescan-ckpt-'));
        const target = join(parent, 'out');
        const input = {
            config: c.config,
            tokenizer: c.tokenizer,
            weights: c.weights,
            manifest: { ...c.manifest, training: { step: 1, complete: false } },
            extraFiles: { 'train_state.json': '{"step": 1}\n' },
        };
        await writeCheckpoint(target, input);
        await writeFile(join(target, 'train_log.jsonl'), '{"step":1}\n');
        await writeCheckpoint(target, {
            ...input,
            manifest: { ...input.manifest, training: { step: 2, complete: false } },
            carry: ['train_log.jsonl'],
        });
        expect((await readdir(parent)).sort()).toEqual(['out']); // no temp or old directories left
        expect((await loadCheckpoint(target)).manifest.training.step).toBe(2);
        expect(await readFile(join(target, 'train_log.jsonl'), 'utf8')).toBe('{"step":1}\n');
        // A crash between the two renames leaves the previous checkpoint at .out.old-*: readers use it in place (they
        // never rename: a writer may be mid-swap), and the next write puts it back and clears the leftovers.
        await rename(target, join(parent, '.out.old-abc'));
        await mkdir(join(parent, '.out.tmp-def'));
        expect((await loadCheckpoint(target)).manifest.training.step).toBe(2);
        expect((await readdir(parent)).sort()).toEqual(['.out.old-abc', '.out.tmp-def']);
        await writeCheckpoint(target, {
            ...input,
            manifest: { ...input.manifest, training: { step: 3, complete: false } },
            carry: ['train_log.jsonl'],
        });
        expect((await readdir(parent)).sort()).toEqual(['out']);
        expect(await readFile(join(target, 'train_log.jsonl'), 'utf8')).toBe('{"step":1}\n');
        const foreign = join(parent, 'foreign');
        await mkdir(foreign);
        await writeFile(join(foreign, 'notes.txt'), 'mine');
        await expect(writeCheckpoint(foreign, input)).rejects.toMatchObject({ problem: 'write-failed' });
        expect(await readFile(join(foreign, 'notes.txt'), 'utf8')).toBe('mine');
    });
});
//# sourceMappingURL=checkpoint.test.js.map