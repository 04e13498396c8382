// JSONL io for datasets: reading reports every bad line with its line number and the field path that is wrong;
// writing is atomic (temp file in the same directory, fsync, rename), so a crash never leaves a half-written dataset.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { CwescanError } from '../errors.js';
import { ExampleSchema } from './schema.js';
/**
 * Parses JSONL text leniently: every problem is collected, nothing is thrown.
 * Example: parseDatasetText('{"id": 1}\n') -> { examples: [], problems: [{kind: 'schema', line: 1, ...}] }
 */
export function parseDatasetText(text) {
    const examples = [];
    const lineOf = new Map();
    const problems = [];
    // A byte-order mark (some Windows editors add one) is not part of the first record.
    const lines = text.replace(/^\uFEFF/, '').split('\n');
    lines.forEach((raw, i) => {
        const line = i + 1;
        if (raw.trim() === '')
            return;
        let value;
        try {
            value = JSON.parse(raw);
        }
        catch (err) {
            problems.push({ kind: 'json', id: null, line, message: `not valid JSON: ${err.message}` });
            return;
        }
        const rawId = typeof value === 'object' && value !== null && typeof value.id === 'string'
            ? value.id
            : null;
        const parsed = ExampleSchema.safeParse(value);
        if (!parsed.success) {
            for (const issue of parsed.error.issues) {
                const path = issue.path.length ? issue.path.join('.') : '(record)';
                problems.push({ kind: 'schema', id: rawId, line, message: `${path}: ${friendly(issue, value)}` });
            }
            return;
        }
        const ex = parsed.data;
        const first = lineOf.get(ex.id);
        if (first !== undefined) {
            problems.push({ kind: 'duplicate-id', id: ex.id, line, message: `duplicate id (first on line ${first})` });
            return;
        }
        lineOf.set(ex.id, line);
        examples.push(ex);
    });
    return { examples, lineOf, problems };
}
/** Zod's message, except for the CWE enum, whose default message lists all 25 ids. */
function friendly(issue, value) {
    if (issue.code === 'invalid_value' && issue.path.length === 1 && issue.path[0] === 'cwe') {
        const got = value.cwe;
        return `${JSON.stringify(got)} is not one of the 2024 CWE Top 25 (write it as "CWE-<n>", or null for benign code)`;
    }
    return issue.message;
}
/** Reads a dataset file leniently (see parseDatasetText); a missing or unreadable file is an E_IO error. */
export async function readDataset(path) {
    let text;
    try {
        const buf = await readFile(path);
        text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    }
    catch (err) {
        const code = err.code;
        if (code === 'ENOENT') {
            throw new CwescanError('E_IO', `dataset file ${path} does not exist`, {
                hint: 'Pass the dataset with --data <path>.',
                cause: err,
            });
        }
        if (err instanceof TypeError) {
            throw new CwescanError('E_DATASET', `dataset file ${path} is not UTF-8 text`, { cause: err });
        }
        throw new CwescanError('E_IO', `cannot read dataset file ${path}: ${err.message}`, { cause: err });
    }
    return parseDatasetText(text);
}
/** Reads a dataset and throws E_DATASET if any record is bad: for commands that must not work on broken data. */
export async function loadDataset(path) {
    const { examples, problems } = await readDataset(path);
    if (problems.length > 0) {
        const shown = problems
            .slice(0, 5)
            .map((p) => `line ${p.line}${p.id ? ` (${p.id})` : ''}: ${p.message}`)
            .join('; ');
        throw new CwescanError('E_DATASET', `${path} has ${problems.length} bad record(s): ${shown}`, {
            hint: `Run 'cwescan dataset validate --data ${path}' for the full list.`,
        });
    }
    return [...examples];
}
/** One JSON object per line, keys in schema order, trailing newline. */
export function toJsonl(records) {
    return records.map((r) => JSON.stringify(r)).join('\n') + (records.length ? '\n' : '');
}
/**
 * Writes text to `path` atomically: a temp file beside it is written and fsynced, then renamed over the target.
 * Readers see either the old file or the new one, never a mix.
 */
export async function writeFileAtomic(path, text) {
    await mkdir(dirname(path), { recursive: true });
    const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    try {
        const fh = await open(tmp, 'w');
        try {
            await fh.writeFile(text, 'utf8');
            await fh.sync();
        }
        finally {
            await fh.close();
        }
        await rename(tmp, path);
    }
    catch (err) {
        await rm(tmp, { force: true });
        throw new CwescanError('E_IO', `cannot write ${path}: ${err.message}`, { cause: err });
    }
}
/** Writes records as JSONL atomically. */
export async function writeJsonlAtomic(path, records) {
    await writeFileAtomic(path, toJsonl(records));
}
//# sourceMappingURL=jsonl.js.map