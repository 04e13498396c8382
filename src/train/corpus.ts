// The pretraining corpus: walk the .py files of some directories, skip what is not usable Python text (with the
// reason), drop identical files (content hash), split train/validation BY FILE with a seed, then tokenize and pack
// the files into one token stream with EOS between files, cut into fixed-length sequences.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { globby } from 'globby';
import { CwescanError } from '../errors.js';
import type { Tokenizer } from '../tokenizer/tokenizer.js';

export interface CorpusFile {
  readonly path: string;
  readonly sha256: string;
  readonly text: string;
}

export interface SkippedFile {
  readonly path: string;
  readonly reason: string;
}

export interface Corpus {
  readonly train: CorpusFile[];
  readonly validation: CorpusFile[];
  readonly skipped: SkippedFile[];
  /** Files dropped because an identical file was already taken. */
  readonly duplicates: number;
  /** sha256 over the content hashes of the train and validation files: identifies the training data. */
  readonly sha256: string;
}

export interface CorpusOptions {
  /** Files larger than this are skipped (generated code, data dumps). Default 1 MiB. */
  readonly maxFileBytes?: number;
  /** Share of files held out for validation. Default 0.05 (at least one file when there are two or more). */
  readonly validationFraction?: number;
  readonly seed?: number;
}

/**
 * Collects a corpus. Hidden directories (.git, .venv, ...) are not walked and symbolic links are not followed (no
 * loops, no files counted twice). A directory argument that does not exist is a usage error.
 * Example: await collectCorpus(['/usr/lib/python3.11/json']) -> { train: [...7 files], validation: [1 file], ... }
 */
export async function collectCorpus(dirs: readonly string[], options: CorpusOptions = {}): Promise<Corpus> {
  const maxBytes = options.maxFileBytes ?? 1 << 20;
  const fraction = options.validationFraction ?? 0.05;
  const seed = options.seed ?? 0;
  const paths: string[] = [];
  for (const dir of dirs) {
    let st;
    try {
      st = await stat(dir);
    } catch (cause) {
      throw new CwescanError('E_USAGE', `corpus path ${dir} does not exist or cannot be read`, { cause });
    }
    if (st.isFile()) paths.push(resolve(dir));
    else {
      const found = await globby('**/*.py', {
        cwd: dir,
        absolute: true,
        onlyFiles: true,
        followSymbolicLinks: false,
        suppressErrors: true,
        dot: false,
      });
      paths.push(...found);
    }
  }
  paths.sort();
  const skipped: SkippedFile[] = [];
  const seen = new Set<string>();
  const files: CorpusFile[] = [];
  let duplicates = 0;
  const decoder = new TextDecoder('utf-8', { fatal: true });
  for (const path of new Set(paths)) {
    let buf: Buffer;
    try {
      const st = await stat(path);
      if (st.size > maxBytes) {
        skipped.push({ path, reason: `too large (${st.size} bytes > ${maxBytes})` });
        continue;
      }
      buf = await readFile(path);
    } catch (err) {
      skipped.push({ path, reason: `unreadable (${(err as NodeJS.ErrnoException).code ?? String(err)})` });
      continue;
    }
    if (buf.includes(0)) {
      skipped.push({ path, reason: 'binary (contains NUL bytes)' });
      continue;
    }
    let text: string;
    try {
      text = decoder.decode(buf);
    } catch {
      skipped.push({ path, reason: 'not UTF-8' });
      continue;
    }
    if (text.trim() === '') {
      skipped.push({ path, reason: 'empty' });
      continue;
    }
    const sha = createHash('sha256').update(buf).digest('hex');
    if (seen.has(sha)) {
      duplicates++;
      continue;
    }
    seen.add(sha);
    files.push({ path, sha256: sha, text: text.replace(/^\uFEFF/, '') });
  }
  const { train, validation } = splitByFile(files, fraction, seed);
  const h = createHash('sha256');
  for (const f of train) h.update(`t:${f.sha256}\n`);
  for (const f of validation) h.update(`v:${f.sha256}\n`);
  return { train, validation, skipped, duplicates, sha256: h.digest('hex') };
}

/**
 * Splits files into train and validation by a seeded hash of their CONTENT, so a file's side does not depend on the
 * other files or on where it lives, and adding files never moves existing ones.
 */
export function splitByFile<T extends { sha256: string }>(
  files: readonly T[],
  fraction: number,
  seed: number,
): { train: T[]; validation: T[] } {
  const scored = files.map((f) => ({
    f,
    u: parseInt(createHash('sha256').update(`${seed}:${f.sha256}`).digest('hex').slice(0, 8), 16) / 2 ** 32,
  }));
  let validation = scored.filter((x) => x.u < fraction);
  if (validation.length === 0 && files.length >= 2 && fraction > 0) {
    validation = [scored.reduce((a, b) => (b.u < a.u ? b : a))];
  }
  const vset = new Set(validation.map((x) => x.f));
  return { train: files.filter((f) => !vset.has(f)), validation: files.filter((f) => vset.has(f)) };
}

/**
 * Tokenizes files into one stream, with EOS after each file.
 * Example: packTokens(tok, [{text:'x = 1\n'}], eos) -> Int32Array [ids of 'x = 1\n'..., eos]
 */
export function packTokens(tok: Tokenizer, files: readonly { text: string }[], eosId: number): Int32Array {
  const parts: number[][] = [];
  let total = 0;
  for (const f of files) {
    const ids = tok.encode(f.text);
    ids.push(eosId);
    parts.push(ids);
    total += ids.length;
  }
  const out = new Int32Array(total);
  let n = 0;
  for (const p of parts) {
    out.set(p, n);
    n += p.length;
  }
  return out;
}

/**
 * Number of training sequences of `seqLen` tokens in a stream: sequence i is tokens [i*seqLen, i*seqLen + seqLen]
 * (seqLen inputs and the seqLen next-token targets, which overlap the next sequence by one token).
 */
export function sequenceCount(stream: Int32Array, seqLen: number): number {
  return Math.max(0, Math.floor((stream.length - 1) / seqLen));
}

/** Copies sequence `i` of a stream into inputs/targets at row `row` of (B, T) buffers. */
export function fillSequence(
  stream: Int32Array,
  seqLen: number,
  i: number,
  inputs: BigInt64Array,
  targets: BigInt64Array,
  row: number,
): void {
  const start = i * seqLen;
  for (let t = 0; t < seqLen; t++) {
    inputs[row * seqLen + t] = BigInt(stream[start + t]!);
    targets[row * seqLen + t] = BigInt(stream[start + t + 1]!);
  }
}
