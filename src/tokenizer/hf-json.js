// Hugging Face tokenizer.json for byte-level BPE: write ours so the HF tokenizers ecosystem can read it, and read
// ours or GPT-2-style files (GPT-2, CodeGen, Llama-3-style Split+ByteLevel). Anything we cannot reproduce exactly
// (normalizers, byte fallback, subword prefixes) is refused with an error that names it.
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { z } from 'zod';
import { CwescanError } from '../errors.js';
import { bytesToTokenString, tokenStringToBytes } from './byte-level.js';
import { GPT2_PATTERN } from './pretokenize.js';
import { Tokenizer } from './tokenizer.js';
const AddedTokenJson = z.object({
    id: z.number().int().nonnegative(),
    content: z.string().min(1),
    special: z.boolean().default(false),
});
const PreTokJson = z.object({ type: z.string() }).passthrough();
const HfJson = z.object({
    added_tokens: z.array(AddedTokenJson).default([]),
    normalizer: z.unknown().nullable().optional(),
    pre_tokenizer: PreTokJson.nullable().optional(),
    model: z
        .object({
        type: z.literal('BPE').optional(),
        vocab: z.record(z.string(), z.number().int().nonnegative()),
        merges: z.array(z.union([z.string(), z.tuple([z.string(), z.string()])])),
        byte_fallback: z.boolean().nullable().optional(),
        continuing_subword_prefix: z.string().nullable().optional(),
        end_of_word_suffix: z.string().nullable().optional(),
        ignore_merges: z.boolean().nullable().optional(),
    })
        .passthrough(),
});
/** Builds the tokenizer.json object for a tokenizer. */
export function toHfJson(tok) {
    const spec = tok.spec;
    const vocab = {};
    spec.tokens.forEach((b, id) => {
        if (b)
            vocab[bytesToTokenString(b)] = id;
    });
    const merges = spec.merges.map(([a, b]) => `${bytesToTokenString(spec.tokens[a])} ${bytesToTokenString(spec.tokens[b])}`);
    const pt = spec.preTokenizer;
    const byteLevel = (addPrefixSpace, useRegex) => ({
        type: 'ByteLevel',
        add_prefix_space: addPrefixSpace,
        trim_offsets: true,
        use_regex: useRegex,
    });
    const preTokenizer = pt.kind === 'split'
        ? {
            type: 'Sequence',
            pretokenizers: [
                { type: 'Split', pattern: { Regex: pt.pattern }, behavior: 'Isolated', invert: false },
                byteLevel(false, false),
            ],
        }
        : byteLevel(pt.addPrefixSpace, pt.pattern !== null);
    return {
        version: '1.0',
        truncation: null,
        padding: null,
        added_tokens: spec.added.map((t) => ({
            id: t.id,
            content: t.content,
            single_word: false,
            lstrip: false,
            rstrip: false,
            normalized: false,
            special: t.special,
        })),
        normalizer: null,
        pre_tokenizer: preTokenizer,
        post_processor: null,
        decoder: byteLevel(true, true),
        model: {
            type: 'BPE',
            dropout: null,
            unk_token: null,
            continuing_subword_prefix: null,
            end_of_word_suffix: null,
            fuse_unk: false,
            byte_fallback: false,
            ignore_merges: spec.ignoreMerges ?? false,
            vocab,
            merges,
        },
    };
}
/** Reads a parsed tokenizer.json object. `source` names the file in errors. */
export function fromHfJson(json, source = 'tokenizer.json') {
    const parsed = HfJson.safeParse(json);
    const fail = (msg, hint) => {
        throw new CwescanError('E_TOKENIZER', `${source}: ${msg}`, hint ? { hint } : {});
    };
    if (!parsed.success) {
        const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
        return fail(`not a BPE tokenizer.json: ${problems}`);
    }
    const j = parsed.data;
    if (j.normalizer !== null && j.normalizer !== undefined)
        fail('normalizers are not supported (need "normalizer": null)');
    const m = j.model;
    if (m.byte_fallback)
        fail('byte_fallback BPE (sentencepiece style) is not supported; only byte-level BPE is');
    if (m.continuing_subword_prefix)
        fail('continuing_subword_prefix is not supported');
    if (m.end_of_word_suffix)
        fail('end_of_word_suffix is not supported');
    const preTokenizer = readPreTokenizer(j.pre_tokenizer ?? null, fail);
    const tokens = [];
    const idByString = new Map();
    for (const [s, id] of Object.entries(m.vocab)) {
        const bytes = tokenStringToBytes(s);
        if (!bytes)
            fail(`vocab token ${JSON.stringify(s)} (id ${id}) is not a ByteLevel token string`);
        if (tokens[id])
            fail(`vocab id ${id} is used twice`);
        tokens[id] = bytes;
        idByString.set(s, id);
    }
    const merges = m.merges.map((raw, rank) => {
        const pair = typeof raw === 'string' ? splitMerge(raw) : raw;
        if (!pair)
            return fail(`merge #${rank} ${JSON.stringify(raw)} is not "left right"`);
        const a = idByString.get(pair[0]);
        const b = idByString.get(pair[1]);
        if (a === undefined || b === undefined)
            return fail(`merge #${rank} ${JSON.stringify(raw)} uses a token not in vocab`);
        return [a, b];
    });
    const added = j.added_tokens.map((t) => ({ id: t.id, content: t.content, special: t.special }));
    try {
        return new Tokenizer({ tokens, merges, added, preTokenizer, ignoreMerges: m.ignore_merges ?? false });
    }
    catch (err) {
        if (err instanceof CwescanError)
            return fail(err.message, err.hint);
        throw err;
    }
}
function readPreTokenizer(pt, fail) {
    if (pt === null)
        return fail('a pre_tokenizer is required (ByteLevel, or Sequence[Split, ByteLevel])');
    if (pt.type === 'ByteLevel') {
        return {
            kind: 'byte-level',
            pattern: pt.use_regex === false ? null : GPT2_PATTERN,
            addPrefixSpace: pt.add_prefix_space === true,
        };
    }
    if (pt.type === 'Sequence' && Array.isArray(pt.pretokenizers)) {
        const [split, bl, ...rest] = pt.pretokenizers;
        const pattern = split?.pattern?.Regex;
        if (rest.length === 0 &&
            split?.type === 'Split' &&
            typeof pattern === 'string' &&
            split.behavior === 'Isolated' &&
            split.invert !== true &&
            bl?.type === 'ByteLevel' &&
            bl.use_regex === false &&
            bl.add_prefix_space !== true) {
            try {
                new RegExp(pattern, 'gu');
            }
            catch {
                return fail(`pre_tokenizer regex ${JSON.stringify(pattern)} is not valid in JavaScript`);
            }
            return { kind: 'split', pattern };
        }
    }
    return fail(`pre_tokenizer ${JSON.stringify(pt).slice(0, 200)} is not supported`);
}
function splitMerge(s) {
    const parts = s.split(' ');
    return parts.length === 2 && parts[0] && parts[1] ? [parts[0], parts[1]] : undefined;
}
/** Writes tokenizer.json atomically (temp file + rename). */
export async function saveTokenizer(tok, path) {
    const tmp = `${path}.tmp-${randomBytes(6).toString('hex')}`;
    try {
        await writeFile(tmp, JSON.stringify(toHfJson(tok), null, 2) + '\n');
        await rename(tmp, path);
    }
    catch (cause) {
        await rm(tmp, { force: true });
        throw new CwescanError('E_IO', `cannot write ${path}`, { cause });
    }
}
/** Reads a tokenizer.json file. Throws E_TOKENIZER naming the file and the problem. */
export async function loadTokenizer(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (cause) {
        throw new CwescanError('E_TOKENIZER', `cannot read ${path}`, { cause });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (cause) {
        throw new CwescanError('E_TOKENIZER', `${path} is not valid JSON`, { cause });
    }
    return fromHfJson(json, path);
}
//# sourceMappingURL=hf-json.js.map