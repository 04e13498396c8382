// Reads labelled examples (JSONL, one dataset record per line, src/dataset/schema.ts) for fine-tuning: every line is
// validated and a bad one is reported with its file, line and field; only records whose review is 'accepted' are used.
import { readFile } from 'node:fs/promises';
import { ExampleSchema, exampleLabel } from '../dataset/schema.js';
import { CwescanError } from '../errors.js';
import { LABELS } from '../model/labels.js';
/**
 * Example: await readExamples('data/train.jsonl') -> { examples: [{ example, label: 'CWE-89' }, ...], notAccepted: 3 }
 */
export async function readExamples(path) {
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch (cause) {
        throw new CwescanError('E_DATASET', `cannot read ${path}`, { cause });
    }
    const examples = [];
    let notAccepted = 0;
    const ids = new Set();
    const lines = text.split('\n');
    for (let i = 0; i < lines.length; i++) {
        const line = lines[i].trim();
        if (!line)
            continue;
        let json;
        try {
            json = JSON.parse(line);
        }
        catch {
            throw new CwescanError('E_DATASET', `${path}:${i + 1}: not valid JSON`);
        }
        const r = ExampleSchema.safeParse(json);
        if (!r.success) {
            const problems = r.error.issues.map((x) => `${x.path.join('.') || '(root)'}: ${x.message}`).join('; ');
            throw new CwescanError('E_DATASET', `${path}:${i + 1}: invalid example: ${problems}`);
        }
        if (ids.has(r.data.id))
            throw new CwescanError('E_DATASET', `${path}:${i + 1}: duplicate id ${r.data.id}`);
        ids.add(r.data.id);
        if (r.data.review.status !== 'accepted') {
            notAccepted++;
            continue;
        }
        const label = exampleLabel(r.data);
        if (!LABELS.includes(label))
            throw new CwescanError('E_DATASET', `${path}:${i + 1}: label ${label} is not one of the 26 classes`);
        examples.push({ example: r.data, label });
    }
    return { examples, notAccepted };
}
/**
 * Reads several files as one training set (e.g. a split and its rewrites); an id may appear only once in all of them.
 * Example: await readExampleFiles(['train.jsonl', 'rewrites.jsonl']) -> { examples: [...3306], notAccepted: 0 }
 */
export async function readExampleFiles(paths) {
    const examples = [];
    const seen = new Map();
    let notAccepted = 0;
    for (const path of paths) {
        const file = await readExamples(path);
        for (const x of file.examples) {
            const other = seen.get(x.example.id);
            if (other !== undefined)
                throw new CwescanError('E_DATASET', `id ${x.example.id} is in both ${other} and ${path}`);
            seen.set(x.example.id, path);
            examples.push(x);
        }
        notAccepted += file.notAccepted;
    }
    return { examples, notAccepted };
}
//# sourceMappingURL=examples.js.map