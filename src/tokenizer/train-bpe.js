// Trains a byte-level BPE vocabulary on text (minbpe / Hugging Face style): count words, then repeatedly merge the
// most frequent adjacent pair. Pair counts are updated incrementally (only words that contain the merged pair are
// touched) and the best pair comes from a lazy max-heap, so a few MB of Python train in seconds.
import { CwescanError } from '../errors.js';
import { CODE_PATTERN, compilePattern, preTokenize } from './pretokenize.js';
import { Tokenizer } from './tokenizer.js';
import { wtf8Encode } from './wtf8.js';
const PAIR = 2 ** 21;
/**
 * Trains a tokenizer. Deterministic: ties between equally frequent pairs go to the smaller (left id, right id).
 * Example: trainBpe(['def f():\n    return 1\n'], { vocabSize: 300, specialTokens: ['<|endoftext|>'] })
 */
export function trainBpe(texts, options = {}) {
    const vocabSize = options.vocabSize ?? 8192;
    const specials = options.specialTokens ?? [];
    const pattern = options.pattern ?? CODE_PATTERN;
    const minFrequency = options.minFrequency ?? 2;
    const numMerges = vocabSize - 256 - specials.length;
    if (numMerges < 0) {
        throw new CwescanError('E_TOKENIZER', `vocabSize ${vocabSize} is smaller than 256 bytes + ${specials.length} specials`);
    }
    if (new Set(specials).size !== specials.length)
        throw new CwescanError('E_TOKENIZER', 'special tokens repeat');
    // 1. Word frequencies.
    const re = compilePattern(pattern);
    const wordCounts = new Map();
    for (const text of texts) {
        preTokenize(text, re, (w) => wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1));
    }
    const words = [];
    const freqs = [];
    for (const [w, c] of wordCounts) {
        const b = wtf8Encode(w);
        if (b.length < 2)
            continue; // nothing to merge
        words.push(Array.from(b));
        freqs.push(c);
    }
    // 2. Initial pair counts and where each pair occurs.
    const counts = new Map();
    const where = new Map();
    const addPairs = (wi, sign) => {
        const w = words[wi];
        const f = freqs[wi] * sign;
        for (let i = 0; i + 1 < w.length; i++) {
            const key = w[i] * PAIR + w[i + 1];
            counts.set(key, (counts.get(key) ?? 0) + f);
            if (sign > 0) {
                let s = where.get(key);
                if (!s)
                    where.set(key, (s = new Set()));
                s.add(wi);
            }
        }
    };
    for (let wi = 0; wi < words.length; wi++)
        addPairs(wi, 1);
    const heap = new PairHeap();
    for (const [key, c] of counts)
        heap.push(c, key);
    // 3. Merge loop.
    const tokens = [];
    for (let b = 0; b < 256; b++)
        tokens.push(Uint8Array.of(b));
    const merges = [];
    while (merges.length < numMerges && heap.size > 0) {
        const top = heap.pop();
        const current = counts.get(top.key) ?? 0;
        if (current !== top.count) {
            if (current > 0)
                heap.push(current, top.key); // stale entry: re-queue with the true count
            continue;
        }
        if (current < minFrequency)
            break;
        const a = Math.floor(top.key / PAIR);
        const b = top.key % PAIR;
        const id = tokens.length;
        const joined = new Uint8Array(tokens[a].length + tokens[b].length);
        joined.set(tokens[a]);
        joined.set(tokens[b], tokens[a].length);
        tokens.push(joined);
        merges.push([a, b]);
        const touched = where.get(top.key) ?? new Set();
        where.delete(top.key);
        const changed = new Set();
        for (const wi of touched) {
            const w = words[wi];
            let has = false;
            for (let i = 0; i + 1 < w.length; i++)
                if (w[i] === a && w[i + 1] === b)
                    has = true;
            if (!has)
                continue;
            addPairs(wi, -1);
            const next = [];
            for (let i = 0; i < w.length;) {
                if (w[i] === a && w[i + 1] === b) {
                    next.push(id);
                    i += 2;
                }
                else
                    next.push(w[i++]);
            }
            words[wi] = next;
            // Track which pair keys gained occurrences, so they are pushed with their new counts.
            for (let i = 0; i + 1 < next.length; i++)
                if (next[i] === id || next[i + 1] === id)
                    changed.add(next[i] * PAIR + next[i + 1]);
            addPairs(wi, 1);
        }
        counts.delete(top.key);
        for (const key of changed) {
            const c = counts.get(key) ?? 0;
            if (c > 0)
                heap.push(c, key);
        }
    }
    const added = specials.map((content, i) => ({ id: tokens.length + i, content, special: true }));
    return new Tokenizer({ tokens, merges, added, preTokenizer: { kind: 'split', pattern } });
}
/** Max-heap of (count, pair key); ties pop the smaller key first, so training is deterministic. */
class PairHeap {
    c = [];
    k = [];
    get size() {
        return this.c.length;
    }
    better(i, j) {
        return this.c[i] > this.c[j] || (this.c[i] === this.c[j] && this.k[i] < this.k[j]);
    }
    swap(i, j) {
        [this.c[i], this.c[j]] = [this.c[j], this.c[i]];
        [this.k[i], this.k[j]] = [this.k[j], this.k[i]];
    }
    push(count, key) {
        this.c.push(count);
        this.k.push(key);
        let i = this.c.length - 1;
        while (i > 0) {
            const p = (i - 1) >> 1;
            if (!this.better(i, p))
                break;
            this.swap(i, p);
            i = p;
        }
    }
    pop() {
        if (this.c.length === 0)
            return undefined;
        const out = { count: this.c[0], key: this.k[0] };
        const lc = this.c.pop();
        const lk = this.k.pop();
        if (this.c.length > 0) {
            this.c[0] = lc;
            this.k[0] = lk;
            let i = 0;
            for (;;) {
                const l = 2 * i + 1;
                const r = l + 1;
                let m = i;
                if (l < this.c.length && this.better(l, m))
                    m = l;
                if (r < this.c.length && this.better(r, m))
                    m = r;
                if (m === i)
                    break;
                this.swap(i, m);
                i = m;
            }
        }
        return out;
    }
}
//# sourceMappingURL=train-bpe.js.map