import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Tokenizer as HfTokenizer } from '@huggingface/tokenizers';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { CwescanError } from '../errors.js';
import { fromHfJson, loadTokenizer, saveTokenizer, toHfJson } from './hf-json.js';
import { trainBpe } from './train-bpe.js';
import { wtf8Decode, wtf8Encode } from './wtf8.js';
const PY = `import os


class RequestHandler:
    """Handles requests."""

    def __init__(self, request_id, payload=None):
        self.request_id = request_id
        self.payload = payload or {}

    def handle(self):
        if self.payload:
            for key, value in self.payload.items():
                if key.startswith("_"):
                    continue
                print(key, value)
        return os.path.join("/tmp", str(self.request_id))
`;
/** Any UTF-16 code unit: lone surrogates included. */
const codeUnitString = fc.string({
    unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
    maxLength: 60,
});
/** Code-like text: identifiers (ASCII and not), indentation, tabs, CRLF, astral characters. */
const codeLike = fc
    .array(fc.constantFrom('def', ' ', '    ', '\t', '\r\n', '\n', 'ünïcödé_名前', '😀', '(x):', '"""', '0x1F', '\uD800', '\uDFFF', 'é'), { maxLength: 40 })
    .map((parts) => parts.join(''));
let tok;
beforeAll(() => {
    tok = trainBpe([PY, PY.replace(/ {4}/g, '\t')], { vocabSize: 400, specialTokens: ['<|endoftext|>', '<|CWE-89|>'] });
});
describe('byte-level BPE tokenizer', () => {
    it('round-trips every string: random code units (lone surrogates), full Unicode, code-like text', () => {
        for (const arb of [codeUnitString, fc.string({ unit: 'binary', maxLength: 60 }), codeLike]) {
            fc.assert(fc.property(arb, (s) => tok.decode(tok.encode(s)) === s), { numRuns: 500, seed: 42 });
        }
        for (const s of ['naïve_变量 = 1\r\n\tif x:\r\n\t\treturn', 'a\uD800b', '\uDC00\uD800', '😀\uD83D', '']) {
            expect(tok.decode(tok.encode(s))).toBe(s);
        }
    });
    it('round-trips arbitrary bytes through encodeBytes/decodeBytes, byte for byte', () => {
        fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (b) => Buffer.from(tok.decodeBytes(tok.encodeBytes(b))).equals(Buffer.from(b))), { numRuns: 1000, seed: 7 });
        // A surrogate pair written as two 3-byte halves is not what encode() would produce; it must still survive.
        const split = Uint8Array.of(0xed, 0xa0, 0xbd, 0xed, 0xb8, 0x80, 0xff, 0xc0, 0x80);
        expect([...tok.decodeBytes(tok.encodeBytes(split))]).toEqual([...split]);
    });
    it('writes lone surrogates as WTF-8 (generalized 3-byte UTF-8) and pairs as 4-byte UTF-8', () => {
        expect([...wtf8Encode('\uD800')]).toEqual([0xed, 0xa0, 0x80]);
        expect([...wtf8Encode('😀')]).toEqual([...Buffer.from('😀', 'utf8')]);
        expect(wtf8Decode(Uint8Array.of(0xed, 0xbf, 0xbf))).toBe('\uDFFF');
        expect(wtf8Decode(Uint8Array.of(0x61, 0xff, 0x62))).toBe('a\uFFFDb');
    });
    it('learns whole-token runs of spaces and tabs for indentation', () => {
        const ids = tok.encode('\n        return x');
        const pieces = ids.map((i) => tok.decode([i]));
        expect(pieces).toContain('       ');
        expect(pieces.join('')).toBe('\n        return x');
        expect(tok
            .encode('\n                continue')
            .map((i) => tok.decode([i]))
            .slice(0, 2)).toEqual(['\n', ' '.repeat(15)]);
    });
    it('merges long words (minified code, base64) like short ones, in O(n log n)', () => {
        const hf = new HfTokenizer(toHfJson(tok), {});
        const long = fc
            .array(fc.constantFrom('self', '_', 'request', 'id', 'a', 'aa', 'e', 'ü'), { minLength: 20, maxLength: 60 })
            .map((p) => p.join(''));
        fc.assert(fc.property(long, (w) => JSON.stringify(tok.encode(w)) === JSON.stringify(hf.encode(w, { add_special_tokens: false }).ids)), { seed: 11, numRuns: 300 });
        const huge = 'ab_'.repeat(100_000) + 'Q'.repeat(100_000);
        expect(tok.decode(tok.encode(huge))).toBe(huge);
    });
    it('recognises special tokens only when allowed, so code cannot inject them', () => {
        const special = tok.tokenId('<|CWE-89|>');
        expect(special).toBe(tok.vocabSize - 1);
        expect(tok.encode('x<|CWE-89|>', { allowSpecial: true })).toContain(special);
        const plain = tok.encode('x<|CWE-89|>');
        expect(plain).not.toContain(special);
        expect(tok.decode(plain)).toBe('x<|CWE-89|>');
    });
    it('is deterministic: the same corpus gives the same vocabulary', () => {
        const again = trainBpe([PY, PY.replace(/ {4}/g, '\t')], {
            vocabSize: 400,
            specialTokens: ['<|endoftext|>', '<|CWE-89|>'],
        });
        expect(JSON.stringify(toHfJson(again))).toBe(JSON.stringify(toHfJson(tok)));
    });
});
describe('tokenizer.json', () => {
    it('saves and loads our tokenizer: same JSON, same ids on code-like text', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'cwescan-tok-'));
        const path = join(dir, 'tokenizer.json');
        await saveTokenizer(tok, path);
        const json = JSON.parse(await readFile(path, 'utf8'));
        expect(json.model.type).toBe('BPE');
        expect(json.pre_tokenizer.pretokenizers.map((p) => p.type)).toEqual(['Split', 'ByteLevel']);
        expect(json.added_tokens[1]).toMatchObject({ id: tok.vocabSize - 1, content: '<|CWE-89|>', special: true });
        const back = await loadTokenizer(path);
        expect(toHfJson(back)).toEqual(json);
        fc.assert(fc.property(codeLike, (s) => JSON.stringify(back.encode(s)) === JSON.stringify(tok.encode(s))), { seed: 3 });
    });
    it('loads a GPT-2/CodeGen-style tokenizer.json and encodes as GPT-2 does', async () => {
        const gpt2 = await loadTokenizer(join(import.meta.dirname, '../../test/fixtures/tokenizers/gpt2-style.json'));
        // 'the' -> t + he (merge "h e"); ' then' -> Ġthe (merges "Ġ t", "h e", "Ġt he") + n. t=83, n=77, he=257, Ġthe=258.
        expect(gpt2.encode('the then')).toEqual([83, 257, 258, 77]);
        expect(gpt2.encode(' in')).toEqual([260]);
        expect(gpt2.encode("it's")).toEqual([72, 83, 6, 82]); // GPT-2 regex splits the contraction: it | 's
        expect(gpt2.encode('a\t\tb')).toEqual([64, 262, 65]); // non-special added token, always matched
        expect(gpt2.encode('<|endoftext|>', { allowSpecial: true })).toEqual([261]);
        expect(gpt2.decode(gpt2.encode('héllo wörld\n'))).toBe('héllo wörld\n');
    });
    it('is read by Hugging Face tokenizers.js, which encodes exactly as we do (ours and the GPT-2-style file)', async () => {
        const hf = new HfTokenizer(toHfJson(tok), {});
        const sample = PY + ' naïve_变量 = 1\r\n\tif x:\r\n x<|CWE-89|> 😀 1234567';
        expect(hf.encode(sample, { add_special_tokens: false }).ids).toEqual(tok.encode(sample, { allowSpecial: true }));
        fc.assert(
        // Lone surrogates are our WTF-8 extension: Hugging Face (Rust or JS) cannot represent them, so compare the rest.
        fc.property(codeLike.filter((s) => !/[\uD800-\uDFFF]/.test(s.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, ''))), (s) => JSON.stringify(hf.encode(s, { add_special_tokens: false }).ids) === JSON.stringify(tok.encode(s))), { seed: 5, numRuns: 200 });
        const gpt2Json = JSON.parse(await readFile(join(import.meta.dirname, '../../test/fixtures/tokenizers/gpt2-style.json'), 'utf8'));
        const gpt2 = fromHfJson(gpt2Json);
        const text = "the then in\t\tx it's wörld";
        expect(new HfTokenizer(gpt2Json, {}).encode(text, { add_special_tokens: false }).ids).toEqual(gpt2.encode(text));
    });
    it('refuses what it cannot reproduce, naming the problem', () => {
        const base = toHfJson(tok);
        const expectErr = (j, re) => {
            let err;
            try {
                fromHfJson(j, 'x.json');
            }
            catch (e) {
                err = e;
            }
            expect(err).toBeInstanceOf(CwescanError);
            expect(err.code).toBe('E_TOKENIZER');
            expect(err.message).toMatch(re);
        };
        expectErr({ ...base, normalizer: { type: 'NFC' } }, /normalizers are not supported/);
        expectErr({ ...base, model: { ...base.model, byte_fallback: true } }, /byte_fallback/);
        expectErr({ ...base, model: { ...base.model, merges: ['Ġ zzzz'] } }, /merge #0 "Ġ zzzz" uses a token not in vocab/);
        const vocab = { ...base.model.vocab };
        delete vocab['A'];
        expectErr({ ...base, model: { ...base.model, vocab, merges: [] } }, /no token for byte 0x41/);
        expectErr({ model: { type: 'WordPiece' } }, /not a BPE tokenizer.json/);
    });
});
//# sourceMappingURL=tokenizer.test.js.map