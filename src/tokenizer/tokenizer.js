// A byte-level BPE tokenizer: pre-tokenizer regex, BPE merges by rank inside each word, added (special) tokens, and
// lossless decoding. Loaded from / saved to Hugging Face tokenizer.json by hf-json.ts; trained by train-bpe.ts.
import { CwescanError } from '../errors.js';
import { compilePattern, preTokenize } from './pretokenize.js';
import { wtf8Decode, wtf8EncodeInto, wtf8Encode, wtf8Segments } from './wtf8.js';
const PAIR = 2 ** 21; // pair key = a * PAIR + b; ids must stay below 2^21
const CACHE_LIMIT = 200_000;
/** Words longer than this many bytes use the heap-based merge loop. */
const LONG_WORD = 64;
export class Tokenizer {
    spec;
    vocabSize;
    tokenBytes;
    byteToId = new Int32Array(256).fill(-1);
    mergeRank = new Map();
    mergeResult = [];
    bytesToId = new Map();
    addedById = new Map();
    addedByContent = new Map();
    addedAll;
    addedPlain;
    wordRe;
    cache = new Map();
    scratch = new Uint8Array(4096 * 3);
    constructor(spec) {
        this.spec = spec;
        this.tokenBytes = [...spec.tokens];
        let size = spec.tokens.length;
        for (const t of spec.added)
            size = Math.max(size, t.id + 1);
        if (size >= PAIR)
            throw new CwescanError('E_TOKENIZER', `vocabulary of ${size} tokens is too large (max ${PAIR})`);
        this.vocabSize = size;
        spec.tokens.forEach((b, id) => {
            if (!b)
                return;
            const key = latin1(b);
            if (!this.bytesToId.has(key))
                this.bytesToId.set(key, id);
            if (b.length === 1 && this.byteToId[b[0]] === -1)
                this.byteToId[b[0]] = id;
        });
        const missing = [...this.byteToId].findIndex((id) => id < 0);
        if (missing >= 0) {
            throw new CwescanError('E_TOKENIZER', `the vocabulary has no token for byte 0x${missing.toString(16)}`, {
                hint: 'a byte-level BPE vocabulary must hold all 256 single-byte tokens',
            });
        }
        spec.merges.forEach(([a, b], rank) => {
            const ba = spec.tokens[a];
            const bb = spec.tokens[b];
            if (!ba || !bb)
                throw new CwescanError('E_TOKENIZER', `merge #${rank} uses an unknown token id (${a}, ${b})`);
            const joined = new Uint8Array(ba.length + bb.length);
            joined.set(ba);
            joined.set(bb, ba.length);
            const result = this.bytesToId.get(latin1(joined));
            if (result === undefined) {
                throw new CwescanError('E_TOKENIZER', `merge #${rank} produces a token that is not in the vocabulary`);
            }
            const key = a * PAIR + b;
            if (!this.mergeRank.has(key))
                this.mergeRank.set(key, rank);
            this.mergeResult[rank] = result;
        });
        for (const t of spec.added) {
            this.addedById.set(t.id, t);
            this.addedByContent.set(t.content, t);
            if (!this.tokenBytes[t.id])
                this.tokenBytes[t.id] = wtf8Encode(t.content);
        }
        this.addedAll = alternation(spec.added);
        this.addedPlain = alternation(spec.added.filter((t) => !t.special));
        this.wordRe = spec.preTokenizer.pattern === null ? null : compilePattern(spec.preTokenizer.pattern);
    }
    /** The id of an added token or of a model token, by its text. Example: tokenId('<|endoftext|>') -> 8191 */
    tokenId(content) {
        const added = this.addedByContent.get(content);
        if (added)
            return added.id;
        return this.bytesToId.get(latin1(wtf8Encode(content)));
    }
    /** The added token with this id, if any. */
    addedToken(id) {
        return this.addedById.get(id);
    }
    /**
     * Encodes text to token ids; decode(encode(s)) === s for every string, lone surrogates included (WTF-8).
     * Example: tok.encode('    return x') -> [1043, 318]   (ids depend on the trained vocabulary)
     */
    encode(text, options = {}) {
        const out = [];
        const re = options.allowSpecial ? this.addedAll : this.addedPlain;
        if (!re) {
            this.encodeText(text, out);
            return out;
        }
        re.lastIndex = 0;
        let last = 0;
        let m;
        while ((m = re.exec(text)) !== null) {
            if (m.index > last)
                this.encodeText(text.slice(last, m.index), out);
            out.push(this.addedByContent.get(m[0]).id);
            last = m.index + m[0].length;
        }
        if (last < text.length)
            this.encodeText(text.slice(last), out);
        return out;
    }
    /**
     * Encodes arbitrary bytes (not necessarily UTF-8); decodeBytes(encodeBytes(b)) equals b byte for byte.
     * Invalid sequences become single-byte tokens; valid text goes through the normal path (no special tokens).
     */
    encodeBytes(bytes) {
        const out = [];
        for (const seg of wtf8Segments(bytes)) {
            if (seg.kind === 'text')
                out.push(...this.encode(seg.text));
            else
                for (const b of seg.bytes)
                    out.push(this.byteToId[b]);
        }
        return out;
    }
    /** Concatenated bytes of the tokens. Throws E_TOKENIZER on an id outside the vocabulary. */
    decodeBytes(ids) {
        let total = 0;
        for (let i = 0; i < ids.length; i++)
            total += this.bytesOf(ids[i]).length;
        const out = new Uint8Array(total);
        let n = 0;
        for (let i = 0; i < ids.length; i++) {
            const b = this.bytesOf(ids[i]);
            out.set(b, n);
            n += b.length;
        }
        return out;
    }
    /**
     * Decodes ids to text. Lossless for the output of encode(); bytes that are not WTF-8 (a token sequence cut in the
     * middle of a character) become U+FFFD.
     * Example: tok.decode(tok.encode('naïve\tx\r\n')) -> 'naïve\tx\r\n'
     */
    decode(ids) {
        return wtf8Decode(this.decodeBytes(ids));
    }
    /** Bytes of one token (UTF-8 of an added token's content). */
    bytesOf(id) {
        const b = this.tokenBytes[id];
        if (!b)
            throw new CwescanError('E_TOKENIZER', `token id ${id} is not in the vocabulary (size ${this.vocabSize})`);
        return b;
    }
    encodeText(text, out) {
        const pt = this.spec.preTokenizer;
        if (pt.kind === 'byte-level' && pt.addPrefixSpace && text.length > 0 && !/^\s/u.test(text))
            text = ' ' + text;
        if (!this.wordRe) {
            for (const id of this.encodeWord(text))
                out.push(id);
            return;
        }
        preTokenize(text, this.wordRe, (w) => {
            const ids = this.encodeWord(w);
            for (let i = 0; i < ids.length; i++)
                out.push(ids[i]);
        });
    }
    encodeWord(word) {
        const hit = this.cache.get(word);
        if (hit)
            return hit;
        const buf = word.length * 3 <= this.scratch.length ? this.scratch : new Uint8Array(word.length * 3);
        const n = wtf8EncodeInto(word, buf);
        const ids = this.bpe(buf, n);
        if (this.cache.size >= CACHE_LIMIT)
            this.cache.clear();
        this.cache.set(word, ids);
        return ids;
    }
    /** BPE inside one word: repeatedly merge the adjacent pair with the lowest rank. */
    bpe(bytes, n) {
        if (this.spec.ignoreMerges) {
            const whole = this.bytesToId.get(latin1(bytes.subarray(0, n)));
            if (whole !== undefined)
                return [whole];
        }
        if (n > LONG_WORD)
            return this.bpeLong(bytes, n);
        let syms = new Array(n);
        for (let i = 0; i < n; i++)
            syms[i] = this.byteToId[bytes[i]];
        while (syms.length > 1) {
            let bestRank = Infinity;
            for (let i = 0; i + 1 < syms.length; i++) {
                const r = this.mergeRank.get(syms[i] * PAIR + syms[i + 1]);
                if (r !== undefined && r < bestRank)
                    bestRank = r;
            }
            if (bestRank === Infinity)
                break;
            const [a, b] = this.spec.merges[bestRank];
            const merged = this.mergeResult[bestRank];
            const next = [];
            for (let i = 0; i < syms.length;) {
                if (syms[i] === a && syms[i + 1] === b) {
                    next.push(merged);
                    i += 2;
                }
                else {
                    next.push(syms[i]);
                    i += 1;
                }
            }
            syms = next;
        }
        return syms;
    }
    /**
     * The same merges for long words (minified code, embedded base64) in O(n log n): symbols in a linked list, candidate
     * pairs in a min-heap keyed by (rank, position), so the lowest rank merges first and, within a rank, the leftmost,
     * exactly as the short-word loop and Hugging Face do.
     */
    bpeLong(bytes, n) {
        const id = new Int32Array(n);
        const next = new Int32Array(n);
        const prev = new Int32Array(n);
        for (let i = 0; i < n; i++) {
            id[i] = this.byteToId[bytes[i]];
            next[i] = i + 1 < n ? i + 1 : -1;
            prev[i] = i - 1;
        }
        const heap = []; // keys rank * 2^32 + left position
        const push = (left) => {
            const right = next[left];
            if (right < 0)
                return;
            const r = this.mergeRank.get(id[left] * PAIR + id[right]);
            if (r !== undefined)
                heapPush(heap, r * 2 ** 32 + left);
        };
        for (let i = 0; i + 1 < n; i++)
            push(i);
        while (heap.length > 0) {
            const key = heapPop(heap);
            const rank = Math.floor(key / 2 ** 32);
            const left = key - rank * 2 ** 32;
            const right = next[left];
            // Stale entries: the left symbol was merged away (id -1), or the pair changed since it was queued.
            if (id[left] === -1 || right < 0 || this.mergeRank.get(id[left] * PAIR + id[right]) !== rank)
                continue;
            id[left] = this.mergeResult[rank];
            id[right] = -1;
            next[left] = next[right];
            if (next[right] >= 0)
                prev[next[right]] = left;
            if (prev[left] >= 0)
                push(prev[left]);
            push(left);
        }
        const out = [];
        for (let i = 0; i >= 0; i = next[i])
            out.push(id[i]);
        return out;
    }
}
/** A byte string as a Map key: one char per byte. */
export function latin1(b) {
    let s = '';
    for (let i = 0; i < b.length; i++)
        s += String.fromCharCode(b[i]);
    return s;
}
function alternation(tokens) {
    if (tokens.length === 0)
        return null;
    const sorted = [...tokens].sort((a, b) => b.content.length - a.content.length || (a.content < b.content ? -1 : 1));
    return new RegExp(sorted.map((t) => t.content.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'), 'gu');
}
function heapPush(h, x) {
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
        const p = (i - 1) >> 1;
        if (h[p] <= x)
            break;
        h[i] = h[p];
        i = p;
    }
    h[i] = x;
}
function heapPop(h) {
    const top = h[0];
    const last = h.pop();
    if (h.length > 0) {
        let i = 0;
        for (;;) {
            const l = 2 * i + 1;
            if (l >= h.length)
                break;
            const r = l + 1;
            const c = r < h.length && h[r] < h[l] ? r : l;
            if (h[c] >= last)
                break;
            h[i] = h[c];
            i = c;
        }
        h[i] = last;
    }
    return top;
}
//# sourceMappingURL=tokenizer.js.map