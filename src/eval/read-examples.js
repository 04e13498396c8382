// Reads a labelled JSONL set of the dataset schema for evaluation, through the dataset tools' reader. Every record is
// validated; malformed ones are collected with their line numbers (never silently dropped), so a user's own set can
// be checked and scored.
import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { CwescanError } from '../errors.js';
import { parseDatasetText } from '../dataset/jsonl.js';
/** Larger files are refused: an evaluation set is thousands of snippets, not gigabytes. */
export const MAX_SET_BYTES = 512 * 1024 * 1024;
/**
 * Parses JSONL text with the dataset tools' reader (src/dataset/jsonl.ts) and folds its problems into one entry per
 * malformed line; blank lines are skipped.
 * Example: parseExampleLines('{"id":"x"}\n') -> { examples: [], problems: [{ line: 1, message: 'cwe: ...; ...' }] }
 */
export function parseExampleLines(text) {
    const { examples, problems } = parseDatasetText(text);
    const byLine = new Map();
    for (const p of problems) {
        const line = p.line ?? 0;
        const message = p.kind === 'duplicate-id' && p.id ? p.message.replace('duplicate id', `duplicate id ${p.id}`) : p.message;
        byLine.set(line, [...(byLine.get(line) ?? []), message]);
    }
    return {
        examples: [...examples],
        problems: [...byLine.entries()]
            .sort((a, b) => a[0] - b[0])
            .map(([line, messages]) => ({ line, message: messages.join('; ') })),
    };
}
/** Reads and validates a JSONL file. Throws E_IO when it cannot be read, E_DATASET when it is not UTF-8 text. */
export async function readExampleSet(path) {
    let bytes;
    try {
        const st = await stat(path);
        if (!st.isFile())
            throw new Error('not a regular file');
        if (st.size > MAX_SET_BYTES)
            throw new Error(`${st.size} bytes is more than the ${MAX_SET_BYTES} allowed`);
        bytes = await readFile(path);
    }
    catch (cause) {
        throw new CwescanError('E_IO', `cannot read dataset ${path}: ${cause.message}`, {
            hint: 'pass --data a JSONL file of the dataset schema (one example per line)',
            cause,
        });
    }
    let text;
    try {
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    }
    catch (cause) {
        throw new CwescanError('E_DATASET', `${path} is not UTF-8 text`, {
            hint: 'datasets are JSONL: UTF-8 text, one JSON object per line',
            cause,
        });
    }
    const { examples, problems } = parseExampleLines(text);
    return { path, sha256: createHash('sha256').update(bytes).digest('hex'), examples, problems };
}
//# sourceMappingURL=read-examples.js.map