// Bag-of-tokens features for the classical baseline: Python source split into identifiers, numbers and operator
// runs; a vocabulary of the most frequent tokens of the training set; binary presence, L2-normalised, plus a bias.

/**
 * Example: tokenize('cur.execute(f"SELECT {x}")') -> ['cur', '.', 'execute', '(', 'f', '"', 'SELECT', '{', 'x', '}', '"', ')']
 */
export function tokenize(code: string): string[] {
  return code.match(/[A-Za-z_][A-Za-z0-9_]*|\d+|[^\sA-Za-z0-9_]/g) ?? [];
}

export interface Vocabulary {
  readonly tokens: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

/**
 * The `size` tokens found in the most documents (at least `minDocs`), ties broken alphabetically so the vocabulary
 * does not depend on the order of the training set.
 */
export function buildVocabulary(docs: readonly string[], size: number, minDocs = 2): Vocabulary {
  const df = new Map<string, number>();
  for (const d of docs) for (const t of new Set(tokenize(d))) df.set(t, (df.get(t) ?? 0) + 1);
  const tokens = [...df.entries()]
    .filter(([, c]) => c >= minDocs)
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
    .slice(0, size)
    .map(([t]) => t);
  return { tokens, index: new Map(tokens.map((t, i) => [t, i])) };
}

/** One feature row: presence of each vocabulary token, L2-normalised, followed by a constant 1 (the bias). */
export function featurize(code: string, vocab: Vocabulary): number[] {
  const row = new Array<number>(vocab.tokens.length + 1).fill(0);
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
    for (let i = 0; i < vocab.tokens.length; i++) if (row[i] === 1) row[i] = norm;
  }
  row[vocab.tokens.length] = 1;
  return row;
}
