// Token shingles and exact near-duplicate search. Two snippets are near-duplicates when the Jaccard similarity of
// their k-token shingle sets is at least a threshold (0.8 by default). The search is exact, not sampled: prefix
// filtering (Chaudhuri et al. 2006; Bayardo et al. "All-Pairs", 2007) only compares sets that share a rare shingle
// in their prefixes, which is a necessary condition for reaching the threshold, so thousands of examples take
// milliseconds instead of all n^2/2 comparisons.
/** Shingle width in tokens. */
export const SHINGLE_K = 5;
const TOKEN = /[A-Za-z_][A-Za-z0-9_]*|\d+(?:\.\d+)?|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|\S/g;
/**
 * Python-ish tokens without comments; string literals stay whole.
 * Example: codeTokens('x = f(a)  # note') -> ['x', '=', 'f', '(', 'a', ')']
 */
export function codeTokens(code) {
    const out = [];
    for (const line of code.split('\n')) {
        for (const m of line.matchAll(TOKEN)) {
            if (m[0] === '#')
                break; // the rest of the line is a comment (a '#' inside a string was matched whole)
            out.push(m[0]);
        }
    }
    return out;
}
/** FNV-1a hash of a string, cut to 30 bits so that V8 keeps it a small integer (fast Map and Set keys). */
function fnv1a(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193);
    }
    return h & 0x3fffffff;
}
/**
 * The set of hashed k-token shingles of a snippet (a snippet shorter than k tokens is one shingle).
 * Example: shingleSet('a = b + c', 5).size -> 1
 */
export function shingleSet(code, k = SHINGLE_K) {
    const toks = codeTokens(code);
    const set = new Set();
    if (toks.length === 0)
        return set;
    if (toks.length < k) {
        set.add(fnv1a(toks.join('\u0001')));
        return set;
    }
    for (let i = 0; i + k <= toks.length; i++)
        set.add(fnv1a(toks.slice(i, i + k).join('\u0001')));
    return set;
}
/** Jaccard similarity of two sets; 1 for two empty sets. */
export function jaccard(a, b) {
    if (a.size === 0 && b.size === 0)
        return 1;
    const [small, large] = a.size <= b.size ? [a, b] : [b, a];
    let inter = 0;
    for (const x of small)
        if (large.has(x))
            inter++;
    return inter / (a.size + b.size - inter);
}
/**
 * All pairs of sets with Jaccard >= threshold, exactly, by prefix filtering.
 * Example: similarPairs([s1, s1copy, s2], 0.8) -> [{ a: 0, b: 1, jaccard: 1 }]
 */
export function similarPairs(sets, threshold) {
    // Order every set's shingles from globally rarest to most common, ties by value, so the order is total. The key
    // freq * 2^30 + hash packs both into one exact double, so a plain numeric sort of a Float64Array does it.
    const freq = new Map();
    for (const s of sets)
        for (const x of s)
            freq.set(x, (freq.get(x) ?? 0) + 1);
    const HASH_SPAN = 2 ** 30;
    const index = new Map();
    const pairs = [];
    // Process sets by size so that each set only needs to look up smaller-or-equal ones already indexed.
    const order = sets.map((_, i) => i).sort((i, j) => sets[i].size - sets[j].size || i - j);
    for (const i of order) {
        const s = sets[i];
        const sorted = Float64Array.from(s, (x) => freq.get(x) * HASH_SPAN + x).sort();
        const prefixLen = s.size === 0 ? 0 : s.size - Math.ceil(threshold * s.size) + 1;
        const candidates = new Set();
        for (let p = 0; p < prefixLen; p++) {
            const list = index.get(sorted[p] % HASH_SPAN);
            if (list)
                for (const j of list)
                    candidates.add(j);
        }
        for (const j of candidates) {
            const other = sets[j];
            // Size filter: J <= min/max.
            if (other.size < threshold * s.size)
                continue;
            const sim = jaccard(s, other);
            if (sim >= threshold)
                pairs.push({ a: Math.min(i, j), b: Math.max(i, j), jaccard: sim });
        }
        for (let p = 0; p < prefixLen; p++) {
            const key = sorted[p] % HASH_SPAN;
            const list = index.get(key);
            if (list)
                list.push(i);
            else
                index.set(key, [i]);
        }
    }
    return pairs.sort((x, y) => x.a - y.a || x.b - y.b);
}
//# sourceMappingURL=shingles.js.map