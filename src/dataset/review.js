// `cwescan dataset review`: a line-oriented terminal review. It shows each example (code with line numbers, the
// weakness lines marked, the explanation) and reads one command per line, so it works the same on a terminal and on
// a pipe (scripted keystrokes in tests). Every decision is saved at once, atomically; only accepted examples reach
// split, export and training.
import { createInterface } from 'node:readline';
import pc from 'picocolors';
import { canonicalCweId, getCwe, TOP25_2024 } from '../cwe/catalog.js';
import { loadDataset } from './jsonl.js';
import { ExampleSchema } from './schema.js';
import { updateExample } from './store.js';
export const REVIEW_HELP = [
    'a  accept         r  reject (asks for a reason)   l  edit the label (vulnerable, CWE, lines)',
    'n  add a note     s  skip                         v  show again     t  show the twin     q  quit     ?  this help',
].join('\n');
/** Reads one line per question from any stream; null at end of input. */
class LineReader {
    lines = [];
    waiting = null;
    closed = false;
    constructor(input) {
        const rl = createInterface({ input, terminal: false, crlfDelay: Infinity });
        rl.on('line', (line) => {
            if (this.waiting) {
                const w = this.waiting;
                this.waiting = null;
                w(line);
            }
            else
                this.lines.push(line);
        });
        rl.on('close', () => {
            this.closed = true;
            this.waiting?.(null);
            this.waiting = null;
        });
    }
    next() {
        const line = this.lines.shift();
        if (line !== undefined)
            return Promise.resolve(line);
        if (this.closed)
            return Promise.resolve(null);
        return new Promise((resolve) => {
            this.waiting = resolve;
        });
    }
}
/**
 * The example as the reviewer sees it; weakness lines carry a '>' marker (and colour on a terminal).
 * Example: renderExample(ex, 1, 3, false) starts with '-- [1/3] cwe89-report-filter-v'
 */
export function renderExample(ex, pos, total, color) {
    const c = color
        ? pc
        : { bold: (s) => s, red: (s) => s, dim: (s) => s, cyan: (s) => s };
    const entry = ex.cwe ? getCwe(ex.cwe) : undefined;
    const label = ex.vulnerable ? c.red('vulnerable') : 'not vulnerable';
    const lines = ex.code.replace(/\n$/, '').split('\n');
    const width = String(lines.length).length;
    const marked = new Set(ex.lines);
    const out = [];
    out.push(c.bold(`-- [${pos}/${total}] ${ex.id} ${'-'.repeat(Math.max(2, 60 - ex.id.length))}`));
    out.push([
        ex.cwe ? `${ex.cwe} ${entry?.short ?? ''}`.trim() : 'no CWE',
        label,
        ex.vulnerable ? `lines ${ex.lines.join(', ')}` : null,
        `source ${ex.source}`,
        ex.tags.length ? `tags ${ex.tags.join(', ')}` : null,
        ex.twin ? `twin ${ex.twin}` : null,
        `review ${ex.review.status}${ex.review.by ? ` by ${ex.review.by}` : ''}`,
    ]
        .filter(Boolean)
        .join(' | '));
    lines.forEach((text, i) => {
        const n = i + 1;
        const num = String(n).padStart(width);
        out.push(marked.has(n) ? c.red(`>${num} | ${text}`) : c.dim(` ${num} |`) + ` ${text}`);
    });
    out.push(`${c.cyan('explanation:')} ${ex.explanation}`);
    if (ex.description)
        out.push(`${c.cyan('description:')} ${ex.description}`);
    if (ex.review.note)
        out.push(`${c.cyan('note:')} ${ex.review.note}`);
    return out.join('\n') + '\n';
}
/** Runs a review session; see the file comment. */
export async function runReview(opts) {
    const now = opts.now ?? (() => new Date());
    const write = (s) => opts.output.write(s);
    let examples = await loadDataset(opts.dataPath);
    const queue = examples
        .filter((e) => opts.status === 'all' || e.review.status === opts.status)
        .filter((e) => opts.cwe === undefined || e.cwe === opts.cwe)
        .filter((e) => opts.ids === undefined || opts.ids.includes(e.id))
        .map((e) => e.id);
    const reader = new LineReader(opts.input);
    const tally = { decided: 0, accepted: 0, rejected: 0, edited: 0, skipped: 0 };
    if (queue.length === 0) {
        write(`nothing to review: no ${opts.status === 'all' ? '' : `${opts.status} `}examples in ${opts.dataPath}\n`);
        return { ...tally, remaining: 0 };
    }
    write(`${queue.length} example(s) to review in ${opts.dataPath} as ${opts.reviewer}\n${REVIEW_HELP}\n`);
    /** Saves one changed example through the store (re-read under a lock, replace, atomic write). */
    const save = async (changed) => {
        const saved = await updateExample(opts.dataPath, changed.id, () => changed);
        examples = saved.all;
    };
    const ask = async (question) => {
        write(question);
        const line = await reader.next();
        if (line === null)
            write('\n');
        return line === null ? null : line.trim();
    };
    let pos = 0;
    let quit = false;
    for (const id of queue) {
        if (quit)
            break;
        pos++;
        let ex = examples.find((e) => e.id === id);
        if (!ex)
            continue;
        write('\n' + renderExample(ex, pos, queue.length, opts.color));
        while (true) {
            const cmd = await ask('[a]ccept [r]eject [l]abel [n]ote [t]win [s]kip [q]uit [?] > ');
            if (cmd === null || cmd.toLowerCase() === 'q') {
                quit = true;
                break;
            }
            const key = cmd.toLowerCase();
            if (key === 'a' || key === 'r') {
                let note = ex.review.note;
                if (key === 'r') {
                    const reason = await ask('reason (optional): ');
                    if (reason)
                        note = note ? `${note}; ${reason}` : reason;
                }
                const status = key === 'a' ? 'accepted' : 'rejected';
                ex = { ...ex, review: { status, by: opts.reviewer, at: now().toISOString(), note } };
                await save(ex);
                tally.decided++;
                tally[status]++;
                write(`${ex.id}: ${status}\n`);
                break;
            }
            if (key === 's') {
                tally.skipped++;
                break;
            }
            if (key === 'v') {
                write(renderExample(ex, pos, queue.length, opts.color));
                continue;
            }
            if (key === 't') {
                const twin = ex.twin ? examples.find((e) => e.id === ex.twin) : undefined;
                write(twin ? `twin of ${ex.id}:\n${renderExample(twin, pos, queue.length, opts.color)}` : `${ex.id} has no twin\n`);
                continue;
            }
            if (key === 'n') {
                const note = await ask('note: ');
                if (note === null) {
                    quit = true;
                    break;
                }
                ex = { ...ex, review: { ...ex.review, note } };
                await save(ex);
                write('note saved\n');
                continue;
            }
            if (key === 'l') {
                const edited = await editLabel(ex, ask, write);
                if (edited === 'eof') {
                    quit = true;
                    break;
                }
                if (edited) {
                    ex = edited;
                    await save(ex);
                    tally.edited++;
                    write(`label saved: ${ex.vulnerable ? `vulnerable, ${ex.cwe}, lines ${ex.lines.join(', ')}` : `not vulnerable, ${ex.cwe ?? 'no CWE'}`}\n`);
                    if (ex.twin)
                        write(`(${ex.id} has twin ${ex.twin}: run 'cwescan dataset validate' to check the pair)\n`);
                    write(renderExample(ex, pos, queue.length, opts.color));
                }
                continue;
            }
            write(`${REVIEW_HELP}\n`);
        }
    }
    return { ...tally, remaining: queue.length - tally.decided };
}
/** Asks for the new label; returns the edited example, null when nothing valid was entered, 'eof' at end of input. */
async function editLabel(ex, ask, write) {
    const v = await ask(`vulnerable? y/n [${ex.vulnerable ? 'y' : 'n'}]: `);
    if (v === null)
        return 'eof';
    const vulnerable = v === '' ? ex.vulnerable : /^y(es)?$/i.test(v) ? true : /^no?$/i.test(v) ? false : undefined;
    if (vulnerable === undefined) {
        write(`answer y or n; label unchanged\n`);
        return null;
    }
    const c = await ask(`CWE (one of the Top 25, '-' for none) [${ex.cwe ?? '-'}]: `);
    if (c === null)
        return 'eof';
    let cwe = ex.cwe;
    if (c === '-')
        cwe = null;
    else if (c !== '') {
        const id = canonicalCweId(c);
        if (!id || !TOP25_2024.some((e) => e.id === id)) {
            write(`${c} is not one of the 2024 Top 25; label unchanged\n`);
            return null;
        }
        cwe = id;
    }
    let lines = [];
    if (vulnerable) {
        const l = await ask(`weakness lines, e.g. 12,14 [${ex.lines.join(',') || 'none'}]: `);
        if (l === null)
            return 'eof';
        lines =
            l === ''
                ? ex.lines
                : l
                    .split(/[\s,]+/)
                    .filter(Boolean)
                    .map(Number);
    }
    const next = { ...ex, vulnerable, cwe, lines };
    const checked = ExampleSchema.safeParse(next);
    if (!checked.success) {
        write(`not applied: ${checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}\n`);
        return null;
    }
    return checked.data;
}
//# sourceMappingURL=review.js.map