// `cwescan dataset generate`: new candidate examples from an OpenAI-compatible chat endpoint. Each answer is parsed
// strictly, every candidate is checked like the dataset (schema, tree-sitter parse, leakage, size, near-duplicates
// against everything already stored and accepted in this run), and the valid ones are appended as review 'pending'
// with source llm:<model>. The dataset is rewritten atomically after each answer, so an interrupted run keeps what
// was already added and never leaves a half-written file.
import { createHash } from 'node:crypto';
import { access } from 'node:fs/promises';
import { z } from 'zod';
import { getCwe } from '../cwe/catalog.js';
import { CwescanError } from '../errors.js';
import { getPythonParser } from '../python/parser.js';
import { chatComplete } from './chat-client.js';
import { buildGeneratePrompt } from './generate-prompt.js';
import { loadDataset, writeJsonlAtomic } from './jsonl.js';
import { withFileLock } from './lock.js';
import { ExampleSchema } from './schema.js';
import { jaccard, shingleSet } from './shingles.js';
import { checkExample, DEFAULT_VALIDATE_OPTIONS } from './validate.js';
const Candidate = z.object({
    code: z.string().min(1),
    lines: z.array(z.number().int()).default([]),
    explanation: z.string(),
    tags: z.array(z.string()).default([]),
    description: z.string().optional(),
});
const ExamplesAnswer = z.object({ examples: z.array(Candidate).min(1) });
const PairsAnswer = z.object({ pairs: z.array(z.object({ vulnerable: Candidate, fixed: Candidate })).min(1) });
/**
 * The JSON object in a model answer: bare, or inside a ```json fence, or surrounded by chatter.
 * Example: extractJson('Sure!\n```json\n{"a": 1}\n```') -> { a: 1 }
 */
export function extractJson(content) {
    const fenced = /```(?:json)?\s*\n([\s\S]*?)```/.exec(content);
    const text = fenced ? fenced[1] : content;
    const start = text.indexOf('{');
    const end = text.lastIndexOf('}');
    if (start < 0 || end < start)
        throw new Error('no JSON object in the answer');
    return JSON.parse(text.slice(start, end + 1));
}
function normaliseCode(code) {
    const c = code.replace(/\r\n?/g, '\n').replace(/\s+$/, '');
    return c + '\n';
}
function normaliseTag(t) {
    return t
        .trim()
        .toLowerCase()
        .replace(/[^a-z0-9._-]+/g, '-')
        .replace(/^[^a-z0-9]+/, '');
}
function toExample(c, vulnerable, id, twin, cwe, model) {
    return {
        id,
        cwe,
        vulnerable,
        language: 'python',
        code: normaliseCode(c.code),
        lines: vulnerable ? [...new Set(c.lines)].sort((a, b) => a - b) : [],
        explanation: c.explanation.trim().replace(/\s+/g, ' '),
        ...(c.description ? { description: c.description.trim() } : {}),
        twin,
        source: `llm:${model}`,
        review: { status: 'pending', by: null, at: null, note: '' },
        tags: [...new Set(c.tags.map(normaliseTag).filter(Boolean))].sort(),
    };
}
const shortHash = (s) => createHash('sha256').update(s).digest('hex').slice(0, 10);
/** Runs the generation loop; see the file comment. */
export async function generateExamples(opts) {
    const entry = getCwe(opts.cwe);
    if (!entry)
        throw new CwescanError('E_USAGE', `unknown CWE ${opts.cwe}`);
    const exists = await access(opts.dataPath).then(() => true, () => false);
    const initial = exists ? await loadDataset(opts.dataPath) : [];
    const known = initial.map((e) => shingleSet(e.code));
    const ids = new Set(initial.map((e) => e.id));
    const parser = await getPythonParser();
    const added = [];
    const rejected = [];
    const slug = opts.cwe.toLowerCase().replace('-', '');
    const perRequest = Math.max(1, opts.mode === 'pairs' ? Math.ceil(opts.batch / 2) : opts.batch);
    const maxRequests = opts.maxRequests ?? 3 * Math.ceil(opts.count / (opts.mode === 'pairs' ? 2 * perRequest : perRequest));
    let requests = 0;
    /** Problems of one candidate on its own and against the data; empty when it may be added. */
    const problemsOf = (raw, pairedWith) => {
        const parsed = ExampleSchema.safeParse(raw);
        if (!parsed.success) {
            return { problems: parsed.error.issues.map((i) => `${i.path.join('.') || 'record'}: ${i.message}`) };
        }
        const ex = parsed.data;
        const problems = checkExample(ex, parser, DEFAULT_VALIDATE_OPTIONS).map((p) => p.message);
        if (ids.has(ex.id))
            problems.push('the same code is already in the dataset');
        const set = shingleSet(ex.code);
        for (let i = 0; i < known.length; i++) {
            const other = known[i];
            if (other === pairedWith)
                continue;
            const j = jaccard(set, other);
            if (j >= DEFAULT_VALIDATE_OPTIONS.nearDuplicate) {
                const otherId = i < initial.length ? initial[i].id : added[i - initial.length]?.id;
                problems.push(`near-duplicate of ${otherId ?? 'another candidate'} (Jaccard ${j.toFixed(2)})`);
                break;
            }
        }
        return { ex, problems };
    };
    const accept = (ex) => {
        added.push(ex);
        ids.add(ex.id);
        known.push(shingleSet(ex.code));
    };
    const save = () => 
    // Re-read under the lock so that edits made while the model was thinking (a review in another terminal) are kept.
    withFileLock(opts.dataPath, async () => {
        const present = await access(opts.dataPath).then(() => true, () => false);
        const current = present ? await loadDataset(opts.dataPath) : [];
        const have = new Set(current.map((e) => e.id));
        await writeJsonlAtomic(opts.dataPath, [...current, ...added.filter((e) => !have.has(e.id))]);
    });
    try {
        while (added.length < opts.count && requests < maxRequests) {
            const want = Math.min(perRequest, opts.mode === 'pairs' ? Math.ceil((opts.count - added.length) / 2) : opts.count - added.length);
            const existingIds = [...ids].filter((id) => id.startsWith(slug));
            const messages = buildGeneratePrompt(entry, opts.mode, want, existingIds);
            requests++;
            opts.log(`request ${requests}/${maxRequests}: asking ${opts.model} for ${want} ${opts.mode === 'pairs' ? 'pair(s)' : 'example(s)'} of ${opts.cwe}`);
            const content = await chatComplete(messages, opts);
            let answer;
            try {
                answer = extractJson(content);
            }
            catch (err) {
                rejected.push(`answer ${requests}: not valid JSON (${err.message})`);
                continue;
            }
            const before = added.length;
            if (opts.mode === 'pairs') {
                const parsed = PairsAnswer.safeParse(answer);
                if (!parsed.success) {
                    rejected.push(`answer ${requests}: not the requested {"pairs": [...]} shape (${parsed.error.issues[0]?.message})`);
                    continue;
                }
                for (const [k, pair] of parsed.data.pairs.entries()) {
                    if (added.length >= opts.count)
                        break;
                    const stem = `${slug}-llm-${shortHash(normaliseCode(pair.vulnerable.code))}`;
                    const v = problemsOf(toExample(pair.vulnerable, true, `${stem}-v`, `${stem}-f`, opts.cwe, opts.model));
                    const vSet = v.ex ? shingleSet(v.ex.code) : undefined;
                    const f = problemsOf(toExample(pair.fixed, false, `${stem}-f`, `${stem}-v`, opts.cwe, opts.model), vSet);
                    const both = [...v.problems.map((p) => `vulnerable: ${p}`), ...f.problems.map((p) => `fixed: ${p}`)];
                    if (v.ex && f.ex && v.ex.code === f.ex.code)
                        both.push('the fixed code is identical to the vulnerable code');
                    if (both.length || !v.ex || !f.ex) {
                        rejected.push(`answer ${requests} pair ${k + 1}: ${both.join('; ')}`);
                        continue;
                    }
                    accept(v.ex);
                    accept(f.ex);
                }
            }
            else {
                const parsed = ExamplesAnswer.safeParse(answer);
                if (!parsed.success) {
                    rejected.push(`answer ${requests}: not the requested {"examples": [...]} shape (${parsed.error.issues[0]?.message})`);
                    continue;
                }
                const vulnerable = opts.mode === 'vulnerable';
                for (const [k, c] of parsed.data.examples.entries()) {
                    if (added.length >= opts.count)
                        break;
                    const id = `${slug}-llm-${shortHash(normaliseCode(c.code))}-${vulnerable ? 'v' : 'b'}`;
                    const r = problemsOf(toExample(c, vulnerable, id, null, opts.cwe, opts.model));
                    if (r.problems.length || !r.ex) {
                        rejected.push(`answer ${requests} example ${k + 1}: ${r.problems.join('; ')}`);
                        continue;
                    }
                    accept(r.ex);
                }
            }
            if (added.length > before) {
                await save();
                opts.log(`  ${added.length - before} added (${added.length}/${opts.count})`);
            }
        }
    }
    catch (err) {
        if (err instanceof CwescanError && added.length > 0) {
            throw new CwescanError(err.code, `${err.message} (${added.length} example(s) from earlier answers were saved)`, {
                hint: err.hint,
                cause: err,
            });
        }
        throw err;
    }
    finally {
        parser.delete();
    }
    return { added, rejected, requests };
}
//# sourceMappingURL=generate.js.map