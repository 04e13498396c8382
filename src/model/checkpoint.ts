// The cwescan checkpoint: a directory with config.json, model.safetensors, tokenizer.json and manifest.json (format
// version, sha256 of every file, training-data hash, hyper-parameters, metrics), plus optimizer.safetensors and
// train_state.json while a run can still be resumed, and train_log.jsonl (a log, not covered by the hashes).
// Writes go to a temp directory beside the target and are renamed into place, so a reader (or a kill -9) never sees
// a half-written checkpoint; loading validates everything and throws a CheckpointError naming the file and problem.
import { createHash, randomBytes } from 'node:crypto';
import { copyFile, cp, mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { CwescanError } from '../errors.js';
import {
  decodeSafetensors,
  encodeSafetensors,
  type F32Tensor,
  type StoredDType,
  type TensorLike,
} from '../engine/safetensors.js';
import { fromHfJson, toHfJson } from '../tokenizer/hf-json.js';
import type { Tokenizer } from '../tokenizer/tokenizer.js';
import { CheckpointError } from './checkpoint-error.js';
import { parseGptConfig, type GptConfig } from './gpt-config.js';
import { LABELS } from './labels.js';
import { EOS_TOKEN, PAD_TOKEN, labelToken } from './special-tokens.js';

export const CHECKPOINT_FORMAT_VERSION = 1;
export const REQUIRED_FILES = ['config.json', 'model.safetensors', 'tokenizer.json'] as const;
export const LOG_FILE = 'train_log.jsonl';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const ManifestSchema = z
  .object({
    format: z.literal('cwescan-checkpoint'),
    format_version: z.number().int().positive(),
    created_at: z.string(),
    cwescan_version: z.string(),
    stage: z.enum(['pretrained', 'finetuned']),
    /** sha256 and size of every file of the checkpoint except the manifest itself and the training log. */
    files: z.record(z.string(), z.object({ sha256: Sha256, bytes: z.number().int().nonnegative() }).strict()),
    /** What the model was trained on: a hash over the training data, and a short description. */
    training_data: z
      .object({ sha256: Sha256, description: z.string(), items: z.number().int().nonnegative() })
      .strict(),
    /** The checkpoint this one was fine-tuned from (sha256 of its model.safetensors), or null. */
    base: z.object({ path: z.string(), weights_sha256: Sha256 }).strict().nullable(),
    hyperparameters: z.record(z.string(), z.unknown()),
    metrics: z.record(z.string(), z.number().nullable()),
    /** Progress of the run that wrote it: complete, or resumable from `step`. */
    training: z.object({ step: z.number().int().nonnegative(), complete: z.boolean() }).strict(),
  })
  .strict();

export type Manifest = z.infer<typeof ManifestSchema>;
export type ManifestInput = Omit<
  Manifest,
  'format' | 'format_version' | 'created_at' | 'files' | 'cwescan_version' | 'stage'
>;

export interface Checkpoint {
  readonly dir: string;
  readonly config: GptConfig;
  readonly tokenizer: Tokenizer;
  readonly weights: Map<string, F32Tensor>;
  readonly manifest: Manifest;
  /** sha256 of model.safetensors: identifies the weights (result caches, base links). */
  readonly fingerprint: string;
  /** The precision model.safetensors stores its weights in (they load as float32 whatever it is). */
  readonly storedDtype: StoredDType;
}

export interface WriteCheckpointInput {
  readonly config: GptConfig;
  readonly tokenizer: Tokenizer;
  readonly weights: ReadonlyMap<string, TensorLike>;
  /** The precision model.safetensors stores the weights in (default F32; see `cwescan train set-dtype`). */
  readonly dtype?: StoredDType;
  readonly manifest: ManifestInput;
  /** Extra files covered by the manifest hashes (optimizer.safetensors, train_state.json). */
  readonly extraFiles?: Readonly<Record<string, Uint8Array | string>>;
  /** Files copied from the checkpoint being replaced, not hashed (train_log.jsonl). */
  readonly carry?: readonly string[];
  /**
   * An in-place edit (calibrate, set-prompt): also copy every other entry of the checkpoint being replaced that its
   * manifest does not hash, so a model card or README beside the weights survives.
   */
  readonly carryOthers?: boolean;
  readonly cwescanVersion?: string;
}

/**
 * Writes a checkpoint directory atomically. An existing directory is replaced only if it is a cwescan checkpoint
 * (has manifest.json) or empty, so a mistyped --out never deletes a user's files.
 * Example: await writeCheckpoint('runs/pre', { config, tokenizer, weights, manifest }) -> 'runs/pre' holds 4 files
 */
export async function writeCheckpoint(dir: string, input: WriteCheckpointInput): Promise<Manifest> {
  const target = resolve(dir);
  const parent = dirname(target);
  const name = basename(target);
  await mkdir(parent, { recursive: true });
  await recoverInterruptedWrite(target);
  const existing = await entries(target);
  if (existing && existing.length > 0 && !existing.includes('manifest.json')) {
    throw new CheckpointError(
      'write-failed',
      target,
      `${target} exists and is not a cwescan checkpoint; refusing to replace it`,
      {
        hint: 'choose another --out directory, or remove this one yourself',
      },
    );
  }
  const tmp = join(parent, `.${name}.tmp-${randomBytes(6).toString('hex')}`);
  try {
    await mkdir(tmp);
    const files: Record<string, Uint8Array | string> = {
      'config.json': JSON.stringify(input.config, null, 2) + '\n',
      'model.safetensors': encodeSafetensors(input.weights, {
        metadata: { format: 'pt', model_type: input.config.model_type },
        ...(input.dtype ? { dtype: input.dtype } : {}),
      }),
      'tokenizer.json': JSON.stringify(toHfJson(input.tokenizer), null, 2) + '\n',
      ...input.extraFiles,
    };
    const hashes: Manifest['files'] = {};
    for (const [file, data] of Object.entries(files)) {
      const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
      hashes[file] = { sha256: sha256(bytes), bytes: bytes.length };
      await writeSynced(join(tmp, file), bytes);
    }
    for (const file of input.carry ?? []) {
      if (existing?.includes(file)) await copyFile(join(target, file), join(tmp, file));
    }
    if (input.carryOthers && existing) {
      // What the old manifest hashes belongs to the old weights (optimizer state and the like): left behind.
      const old = await readManifest(target).catch(() => undefined);
      const hashed = new Set(Object.keys(old?.files ?? {}));
      for (const entry of existing) {
        if (entry === 'manifest.json' || entry in files || hashed.has(entry) || (input.carry ?? []).includes(entry))
          continue;
        await cp(join(target, entry), join(tmp, entry), { recursive: true });
      }
    }
    // The caller's fields first, so the ones computed here win even when a caller passes a whole loaded manifest
    // (its old `files` hashes would describe the files being replaced).
    const manifest: Manifest = ManifestSchema.parse({
      ...input.manifest,
      format: 'cwescan-checkpoint',
      format_version: CHECKPOINT_FORMAT_VERSION,
      created_at: new Date().toISOString(),
      cwescan_version: input.cwescanVersion ?? '0.1.0',
      stage: input.config.stage,
      files: hashes,
    });
    await writeSynced(join(tmp, 'manifest.json'), Buffer.from(JSON.stringify(manifest, null, 2) + '\n'));
    await syncDir(tmp);
    if (existing) {
      // Two renames: a crash between them leaves the old checkpoint at .<name>.old-*, which recoverInterruptedWrite
      // puts back; at no moment is a half-written directory at `target`.
      const old = join(parent, `.${name}.old-${randomBytes(6).toString('hex')}`);
      await rename(target, old);
      await rename(tmp, target);
      await rm(old, { recursive: true, force: true });
    } else {
      await rename(tmp, target);
    }
    await syncDir(parent);
    return manifest;
  } catch (cause) {
    await rm(tmp, { recursive: true, force: true });
    if (cause instanceof CwescanError) throw cause;
    throw new CheckpointError('write-failed', target, `cannot write checkpoint ${target}: ${String(cause)}`, { cause });
  }
}

/**
 * An in-place edit of a loaded checkpoint's config (calibrate, set-prompt, set-dtype): the same weights and tokenizer
 * (stored in `add.dtype`, else as they were), the manifest's hyper-parameters and metrics extended, the training log
 * and every file beside them kept.
 */
export async function rewriteCheckpointConfig(
  dir: string,
  ckpt: Checkpoint,
  config: GptConfig,
  add: { hyperparameters?: Record<string, unknown>; metrics?: Record<string, number | null>; dtype?: StoredDType },
): Promise<Manifest> {
  const { training_data, base, hyperparameters, metrics, training } = ckpt.manifest;
  if (!training.complete) {
    // The rewrite keeps the weights and drops what a resume needs (optimizer moments, train state): refuse rather
    // than leave a run that says it can be resumed and cannot.
    throw new CwescanError('E_USAGE', `${ckpt.dir} is a run that can still be resumed; rewriting it would end that`, {
      hint: 'finish the run with --resume first',
    });
  }
  return writeCheckpoint(dir, {
    config,
    tokenizer: ckpt.tokenizer,
    weights: ckpt.weights,
    dtype: add.dtype ?? ckpt.storedDtype, // an fp16 checkpoint stays fp16
    carry: [LOG_FILE],
    carryOthers: true,
    manifest: {
      training_data,
      base,
      hyperparameters: { ...hyperparameters, ...add.hyperparameters },
      metrics: { ...metrics, ...add.metrics },
      training,
    },
  });
}

export interface LoadCheckpointOptions {
  /** Tensor names and shapes the model needs (from its config): anything missing, extra or misshapen is an error. */
  readonly expectedTensors?: (config: GptConfig) => ReadonlyMap<string, readonly number[]>;
}

/**
 * Loads and validates a checkpoint: manifest, format version, every file's sha256, config, tokenizer, the fit between
 * them (vocabulary size, special and label token ids) and the weights. Throws CheckpointError naming what is wrong.
 */
export async function loadCheckpoint(dir: string, options: LoadCheckpointOptions = {}): Promise<Checkpoint> {
  // Reading never renames anything (a writer may be between its two renames right now): if the directory is
  // missing but a previous version waits at .<name>.old-*, read that one.
  const target = await readableDir(resolve(dir));
  const manifest = await readManifest(target);
  for (const f of REQUIRED_FILES) {
    if (!manifest.files[f])
      throw new CheckpointError(
        'bad-manifest',
        join(target, 'manifest.json'),
        `${target}/manifest.json does not list ${f}`,
      );
  }
  const bytes = new Map<string, Buffer>();
  for (const [file, want] of Object.entries(manifest.files)) {
    const path = join(target, file);
    let data: Buffer;
    try {
      data = await readFile(path);
    } catch (cause) {
      throw new CheckpointError('missing-file', path, `${path} is missing or unreadable`, { cause });
    }
    const got = sha256(data);
    if (got !== want.sha256 || data.length !== want.bytes) {
      throw new CheckpointError(
        'hash-mismatch',
        path,
        `${path} does not match manifest.json (sha256 ${got.slice(0, 12)}…, ${data.length} bytes; expected ${want.sha256.slice(0, 12)}…, ${want.bytes} bytes)`,
        { hint: 'the file was changed or damaged after the checkpoint was written: restore it or train again' },
      );
    }
    bytes.set(file, data);
  }
  const configPath = join(target, 'config.json');
  const config = parseGptConfig(parseJson(bytes.get('config.json')!, configPath), configPath);

  const tokPath = join(target, 'tokenizer.json');
  let tokenizer: Tokenizer;
  try {
    tokenizer = fromHfJson(parseJson(bytes.get('tokenizer.json')!, tokPath), tokPath);
  } catch (cause) {
    if (cause instanceof CheckpointError) throw cause;
    throw new CheckpointError('tokenizer', tokPath, cause instanceof Error ? cause.message : String(cause), { cause });
  }
  checkFit(config, tokenizer, target);
  if (manifest.stage !== config.stage) {
    throw new CheckpointError(
      'mismatch',
      target,
      `${target}: manifest.json says stage ${manifest.stage}, config.json ${config.stage}`,
    );
  }

  const weightsPath = join(target, 'model.safetensors');
  let weights: Map<string, F32Tensor>;
  let storedDtype: StoredDType;
  try {
    const buf = bytes.get('model.safetensors')!;
    const expected = options.expectedTensors?.(config);
    const st = decodeSafetensors(new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength), {
      source: weightsPath,
      ...(expected ? { expected } : {}),
    });
    weights = st.tensors;
    storedDtype = st.dtype ?? 'F32'; // mixed precisions are rewritten as float32, which holds them all exactly
  } catch (cause) {
    throw new CheckpointError('weights', weightsPath, cause instanceof Error ? cause.message : String(cause), {
      cause,
    });
  }
  return {
    dir: target,
    config,
    tokenizer,
    weights,
    manifest,
    fingerprint: manifest.files['model.safetensors']!.sha256,
    storedDtype,
  };
}

/** Reads one extra, hash-checked file of a checkpoint (e.g. optimizer.safetensors). */
export async function readCheckpointFile(ckpt: Checkpoint, file: string): Promise<Buffer> {
  const want = ckpt.manifest.files[file];
  const path = join(ckpt.dir, file);
  if (!want) throw new CheckpointError('not-resumable', path, `${ckpt.dir} has no ${file}`);
  const data = await readFile(path);
  if (sha256(data) !== want.sha256)
    throw new CheckpointError('hash-mismatch', path, `${path} does not match manifest.json`);
  return data;
}

/** Reads and validates manifest.json alone (cheap: no weights). */
export async function readManifest(dir: string): Promise<Manifest> {
  const path = join(dir, 'manifest.json');
  let text: Buffer;
  try {
    text = await readFile(path);
  } catch (cause) {
    throw new CheckpointError('missing-file', path, `${path} is missing: ${dir} is not a complete cwescan checkpoint`, {
      cause,
    });
  }
  const json = parseJson(text, path);
  const version = (json as { format_version?: unknown })?.format_version;
  if (typeof version === 'number' && version > CHECKPOINT_FORMAT_VERSION) {
    throw new CheckpointError(
      'format-version',
      path,
      `${path}: format_version ${version} is newer than this cwescan reads (${CHECKPOINT_FORMAT_VERSION})`,
      {
        hint: 'upgrade cwescan to load this checkpoint',
      },
    );
  }
  const r = ManifestSchema.safeParse(json);
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new CheckpointError('bad-manifest', path, `${path} is not a valid manifest: ${problems}`);
  }
  return r.data;
}

/** sha256 of bytes, hex. */
export function sha256(data: Uint8Array | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * Undoes a checkpoint write that a crash interrupted: if `dir` is gone but `.<name>.old-*` exists, the old
 * checkpoint is put back; stale `.<name>.tmp-*` directories are removed. Only the writer of a checkpoint calls this
 * (writeCheckpoint, and pretraining before --resume); readers use the old directory in place.
 */
export async function recoverInterruptedWrite(dir: string): Promise<void> {
  const parent = dirname(dir);
  const name = basename(dir);
  const siblings = (await entries(parent)) ?? [];
  const olds = siblings.filter((s) => s.startsWith(`.${name}.old-`)).sort();
  let restored: string | undefined;
  if (olds[0] !== undefined && !(await exists(dir))) {
    await rename(join(parent, olds[0]), dir);
    restored = olds[0];
  }
  for (const s of siblings) {
    if (s === restored) continue;
    if (s.startsWith(`.${name}.tmp-`) || s.startsWith(`.${name}.old-`))
      await rm(join(parent, s), { recursive: true, force: true });
  }
}

/** Whether `dir` holds a checkpoint (or the previous version of one, left by an interrupted swap). */
export async function holdsCheckpoint(dir: string): Promise<boolean> {
  return exists(join(await readableDir(resolve(dir)), 'manifest.json'));
}

async function readableDir(dir: string): Promise<string> {
  if (await exists(dir)) return dir;
  const siblings = (await entries(dirname(dir))) ?? [];
  const old = siblings.filter((s) => s.startsWith(`.${basename(dir)}.old-`)).sort()[0];
  return old === undefined ? dir : join(dirname(dir), old);
}

function checkFit(config: GptConfig, tok: Tokenizer, dir: string): void {
  const problems: string[] = [];
  if (config.vocab_size !== tok.vocabSize)
    problems.push(`config vocab_size ${config.vocab_size} != tokenizer vocabulary ${tok.vocabSize}`);
  if (tok.tokenId(EOS_TOKEN) !== config.eos_token_id)
    problems.push(`eos_token_id ${config.eos_token_id} is not ${EOS_TOKEN} in the tokenizer`);
  if (tok.tokenId(PAD_TOKEN) !== config.pad_token_id)
    problems.push(`pad_token_id ${config.pad_token_id} is not ${PAD_TOKEN} in the tokenizer`);
  for (const l of LABELS) {
    const id = tok.tokenId(labelToken(l));
    if (id === undefined || id !== config.label_token_ids[l] || !tok.addedToken(id)?.special)
      problems.push(`label ${l}: token ${labelToken(l)} is not id ${config.label_token_ids[l]}`);
  }
  if (problems.length) {
    throw new CheckpointError(
      'mismatch',
      dir,
      `${dir}: config.json and tokenizer.json do not fit: ${problems.slice(0, 3).join('; ')}${problems.length > 3 ? ` (+${problems.length - 3} more)` : ''}`,
    );
  }
}

function parseJson(data: Buffer, path: string): unknown {
  try {
    return JSON.parse(data.toString('utf8'));
  } catch (cause) {
    throw new CheckpointError('bad-json', path, `${path} is not valid JSON`, { cause });
  }
}

async function writeSynced(path: string, data: Uint8Array): Promise<void> {
  const fh = await open(path, 'w');
  try {
    await fh.writeFile(data);
    await fh.sync();
  } finally {
    await fh.close();
  }
}

async function syncDir(dir: string): Promise<void> {
  try {
    const fh = await open(dir, 'r');
    try {
      await fh.sync();
    } finally {
      await fh.close();
    }
  } catch {
    // Not every platform can fsync a directory (Windows); the rename is still atomic there.
  }
}

async function entries(dir: string): Promise<string[] | undefined> {
  try {
    return await readdir(dir);
  } catch {
    return undefined;
  }
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
