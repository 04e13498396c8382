// The pretraining corpus: walk the .py files of some directories, skip what is not usable Python text (with the
// reason), drop identical files (content hash), split train/validation BY FILE with a seed, then tokenize and pack
// the files into one token stream with EOS between files, cut into fixed-length sequences.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { globby } from 'globby';
import { CwescanError } from '../errors.js';
/**
 * Collects a corpus. Hidden directories (.git, .venv, ...) are not walked and symbolic links are not followed (no
 * loops, no files counted twice). A directory argument that does not exist is a usage error.
 * Example: await collectCorpus(['/usr/lib/python3.11/json']) -> { train: [...7 files], validation: [1 file], ... }
 */
export async function collectCorpus(dirs, options = {}) {
    const maxBytes = options.maxFileBytes ?? 1 << 20;
    const fraction = options.validationFraction ?? 0.05;
    const seed = options.seed ?? 0;
    const paths = [];
    for (const dir of dirs) {
        let st;
        try {
            st = await stat(dir);
        }
        catch (cause) {
            throw new CwescanError('E_USAGE', `corpus path ${dir} does not exist or cannot be read`, { cause });
        }
        if (st.isFile())
            paths.push(resolve(dir));
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
    const skipped = [];
    const seen = new Set();
    const files = [];
    let duplicates = 0;
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const path of new Set(paths)) {
        let buf;
        try {
            const st = await stat(path);
            if (st.size > maxBytes) {
                skipped.push({ path, reason: `too large (${st.size} bytes > ${maxBytes})` });
                continue;
            }
            buf = await readFile(path);
        }
        catch (err) {
            skipped.push({ path, reason: `unreadable (${err.code ?? String(err)})` });
            continue;
        }
        if (buf.includes(0)) {
            skipped.push({ path, reason: 'binary (contains NUL bytes)' });
            continue;
        }
        let text;
        try {
            text = decoder.decode(buf);
        }
        catch {
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
    for (const f of train)
        h.update(`t:${f.sha256}\n`);
    for (const f of validation)
        h.update(`v:${f.sha256}\n`);
    return { train, validation, skipped, duplicates, sha256: h.digest('hex') };
}
/**
 * Splits files into train and validation by a seeded hash of their CONTENT, so a file's side does not depend on the
 * other files or on where it lives, and adding files never moves existing ones.
 */
export function splitByFile(files, fraction, seed) {
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
export function packTokens(tok, files, eosId) {
    const parts = [];
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
export function sequenceCount(stream, seqLen) {
    return Math.max(0, Math.floor((stream.length - 1) / seqLen));
}
/** Copies sequence `i` of a stream into inputs/targets at row `row` of (B, T) buffers. */
export function fillSequence(stream, seqLen, i, inputs, targets, row) {
    const start = i * seqLen;
    for (let t = 0; t < seqLen; t++) {
        inputs[row * seqLen + t] = BigInt(stream[start + t]);
        targets[row * seqLen + t] = BigInt(stream[start + t + 1]);
    }
}
//# sourceMappingURL=corpus.js.map