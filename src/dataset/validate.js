import { TOP25_2024 } from '../cwe/catalog.js';
import { firstSyntaxError, parsePython, python3Problems } from '../python/syntax.js';
import { describeLeak, FORBIDDEN_WORDS, findLeaks } from './leakage.js';
import { shingleSet, similarPairs } from './shingles.js';
export const DEFAULT_VALIDATE_OPTIONS = {
    nearDuplicate: 0.8,
    minLines: 8,
    maxLines: 80,
    minExplanation: 40,
    balance: { vulnerable: 10, notVulnerable: 10, twins: 5 },
};
/** Lines as author.py counts them: the number of newlines (its code always ends in one). */
export function lineCount(code) {
    return code.endsWith('\n') ? code.split('\n').length - 1 : code.split('\n').length;
}
/** Problems of one example on its own: parse, leakage, length, explanation. */
export function checkExample(ex, parser, opts = DEFAULT_VALIDATE_OPTIONS) {
    const problems = [];
    const tree = parsePython(parser, ex.code);
    try {
        const err = firstSyntaxError(tree);
        if (err)
            problems.push({ kind: 'parse', id: ex.id, message: `code line ${err.line}: ${err.message}` });
        for (const p of err ? [] : python3Problems(tree)) {
            problems.push({ kind: 'parse', id: ex.id, message: `code line ${p.line}: ${p.message}` });
        }
        for (const leak of findLeaks(tree)) {
            problems.push({ kind: 'leakage', id: ex.id, message: `code ${describeLeak(leak)} gives the label away` });
        }
    }
    finally {
        tree.delete();
    }
    if (ex.description !== undefined && FORBIDDEN_WORDS.test(ex.description)) {
        const word = FORBIDDEN_WORDS.exec(ex.description)?.[0];
        problems.push({ kind: 'leakage', id: ex.id, message: `description uses '${word}', which gives the label away` });
    }
    const codeLines = ex.code.split('\n');
    for (const l of ex.lines) {
        const text = codeLines[l - 1]?.trim();
        if (text === '' || text?.startsWith('#')) {
            problems.push({ kind: 'lines', id: ex.id, message: `weakness line ${l} is ${text ? 'a comment' : 'blank'}` });
        }
    }
    const n = lineCount(ex.code);
    if (n < opts.minLines || n > opts.maxLines) {
        problems.push({
            kind: 'length',
            id: ex.id,
            message: `${n} lines of code (must be ${opts.minLines}..${opts.maxLines})`,
        });
    }
    if (ex.explanation.length < opts.minExplanation) {
        problems.push({
            kind: 'explanation',
            id: ex.id,
            message: `explanation has ${ex.explanation.length} characters (at least ${opts.minExplanation})`,
        });
    }
    return problems;
}
/** Twin problems: the twin exists, points back, has the opposite label and the same CWE. */
export function checkTwins(examples) {
    const byId = new Map(examples.map((e) => [e.id, e]));
    const problems = [];
    for (const ex of examples) {
        if (ex.twin === null)
            continue;
        const other = byId.get(ex.twin);
        if (!other)
            problems.push({ kind: 'twin', id: ex.id, message: `twin ${ex.twin} does not exist` });
        else if (other.twin !== ex.id)
            problems.push({
                kind: 'twin',
                id: ex.id,
                message: `twin ${ex.twin} does not point back (its twin is ${other.twin ?? 'null'})`,
            });
        else if (other.vulnerable === ex.vulnerable)
            problems.push({
                kind: 'twin',
                id: ex.id,
                message: `twin ${ex.twin} has the same label (both ${ex.vulnerable ? 'vulnerable' : 'not vulnerable'})`,
            });
        else if (other.cwe !== ex.cwe)
            problems.push({
                kind: 'twin',
                id: ex.id,
                message: `twin ${ex.twin} has another CWE (${other.cwe} vs ${ex.cwe})`,
            });
    }
    return problems;
}
/** Near-duplicate pairs among examples that are not each other's twins; reported on the later id. */
export function checkNearDuplicates(examples, threshold) {
    const sets = examples.map((e) => shingleSet(e.code));
    const problems = [];
    // Rewrites are meant to be close to their origin (and to its twin): compare families, not records.
    const twinOf = new Map(examples.map((e) => [e.id, e.twin]));
    const root = (e) => e.origin ?? e.id;
    for (const p of similarPairs(sets, threshold)) {
        const a = examples[p.a];
        const b = examples[p.b];
        if (a.twin === b.id || b.twin === a.id)
            continue;
        const ra = root(a);
        const rb = root(b);
        if (ra === rb || twinOf.get(ra) === rb || twinOf.get(rb) === ra)
            continue;
        problems.push({
            kind: 'near-duplicate',
            id: b.id,
            message: `near-duplicate of ${a.id} (Jaccard ${p.jaccard.toFixed(2)} on 5-token shingles, limit ${threshold})`,
        });
    }
    return problems;
}
/** Per-CWE counts among accepted examples (rewrites of another example do not count), for the 25 CWEs in rank order. */
export function balanceRows(examples) {
    return TOP25_2024.map((entry) => {
        const mine = examples.filter((e) => e.cwe === entry.id && e.review.status === 'accepted' && !e.origin);
        const vulnerable = mine.filter((e) => e.vulnerable).length;
        const twins = mine.filter((e) => !e.vulnerable && e.twin !== null).length;
        return { cwe: entry.id, vulnerable, notVulnerable: mine.length - vulnerable, twins };
    });
}
export function checkBalance(examples, min) {
    const problems = [];
    for (const r of balanceRows(examples)) {
        const short = [];
        if (r.vulnerable < min.vulnerable)
            short.push(`${r.vulnerable} vulnerable (need ${min.vulnerable})`);
        if (r.notVulnerable < min.notVulnerable)
            short.push(`${r.notVulnerable} not vulnerable (need ${min.notVulnerable})`);
        if (r.twins < min.twins)
            short.push(`${r.twins} fixed twins (need ${min.twins})`);
        if (short.length)
            problems.push({ kind: 'balance', id: r.cwe, line: null, message: `accepted examples: ${short.join(', ')}` });
    }
    return problems;
}
/**
 * All content problems of a dataset whose records already passed the schema. Rejected examples are still parsed and
 * checked for leakage (a reviewer may revive them) but take no part in near-duplicate or balance checks.
 */
export function validateExamples(examples, lineOf, parser, opts = DEFAULT_VALIDATE_OPTIONS) {
    const withLine = (p) => ({
        ...p,
        line: lineOf.get(p.id ?? '') ?? null,
    });
    const live = examples.filter((e) => e.review.status !== 'rejected');
    const problems = [
        ...examples.flatMap((e) => checkExample(e, parser, opts)).map(withLine),
        ...checkTwins(examples).map(withLine),
        ...checkNearDuplicates(live, opts.nearDuplicate).map(withLine),
    ];
    if (opts.balance)
        problems.push(...checkBalance(examples, opts.balance));
    return problems;
}
//# sourceMappingURL=validate.js.map