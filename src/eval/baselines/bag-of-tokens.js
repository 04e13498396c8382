// Bag-of-tokens features for the classical baseline: Python source split into identifiers, numbers and operator
// runs; a vocabulary of the most frequent tokens of the training set; binary presence, L2-normalised, plus a bias.
/**
 * Example: tokenize('cur.execute(f"SELECT {x}")') -> ['cur', '.', 'execute', '(', 'f', '"', 'SELECT', '{', 'x', '}', '"', ')']
 */
export function tokenize(code) {
    return code.match(/[A-Za-z_][A-Za-z0-9_]*|\d+|[^\sA-Za-z0-9_]/g) ?? [];
}
/**
 * The `size` tokens found in the most documents (at least `minDocs`), ties broken alphabetically so the vocabulary
 * does not depend on the order of the training set.
 */
export function buildVocabulary(docs, size, minDocs = 2) {
    const df = new Map();
    for (const d of docs)
        for (const t of new Set(tokenize(d)))
            df.set(t, (df.get(t) ?? 0) + 1);
    const tokens = [...df.entries()]
        .filter(([, c]) => c >= minDocs)
        .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
        .slice(0, size)
        .map(([t]) => t);
    return { tokens, index: new Map(tokens.map((t, i) => [t, i])) };
}
/** One feature row: presence of each vocabulary token, L2-normalised, followed by a constant 1 (the bias). */
export function featurize(code, vocab) {
    const row = new Array(vocab.tokens.length + 1).fill(0);
    let hits = 0;
    for (const t of new Set(tokenize(code))) {
        const i = vocab.index.get(t);
        if (i !== undefined) {
            row[i] = 1;
            hits++;
        }
    }
    if (hits > 0) {
        const norm = 1 / Math.sqrt(hits);
        for (let i = 0; i < vocab.tokens.length; i++)
            if (row[i] === 1)
                row[i] = norm;
    }
    row[vocab.tokens.length] = 1;
    return row;
}
//# sourceMappingURL=bag-of-tokens.js.map