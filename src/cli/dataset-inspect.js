// `cwescan dataset` validate and stats: check the dataset and describe it.
import { Option } from 'commander';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CwescanError, UsageError } from '../errors.js';
import { loadDataset, readDataset, writeFileAtomic } from '../dataset/jsonl.js';
import { formatProblem } from '../dataset/problem.js';
import { computeStats, renderSplitsMarkdown, renderStatsMarkdown, renderStatsText, replaceStatsSection, splitCounts, } from '../dataset/stats.js';
import { SPLIT_NAMES } from '../dataset/split.js';
import { DEFAULT_VALIDATE_OPTIONS, validateExamples } from '../dataset/validate.js';
import { getPythonParser } from '../python/parser.js';
import { DEFAULT_DATA, numArg, out } from './dataset-options.js';
export function addInspectCommands(dataset, setExit) {
    dataset
        .command('validate')
        .description('Check schema, parsing, label leakage, near-duplicates, twins and per-CWE balance; exit 1 on problems.')
        .option('--data <path>', 'dataset JSONL file', DEFAULT_DATA)
        .option('--json', 'print the result as JSON')
        .option('--no-balance', 'skip the per-CWE balance check (for one part of the dataset)')
        .option('--threshold <j>', 'near-duplicate Jaccard threshold', numArg('--threshold', 0, 1), 0.8)
        .action(async (opts) => {
        const { examples, lineOf, problems: readProblems } = await readDataset(opts.data);
        const parser = await getPythonParser();
        const problems = [
            ...readProblems,
            ...validateExamples(examples, lineOf, parser, {
                ...DEFAULT_VALIDATE_OPTIONS,
                nearDuplicate: opts.threshold,
                balance: opts.balance ? DEFAULT_VALIDATE_OPTIONS.balance : false,
            }),
        ];
        parser.delete();
        if (opts.json) {
            out(JSON.stringify({ file: opts.data, examples: examples.length, ok: problems.length === 0, problems }, null, 2));
            out('\n');
        }
        else {
            for (const p of problems)
                out(formatProblem(p, opts.data) + '\n');
            const kinds = new Map();
            for (const p of problems)
                kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
            const summary = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
            out(problems.length === 0
                ? `${opts.data}: ${examples.length} examples, no problems\n`
                : `${opts.data}: ${examples.length} readable examples, ${problems.length} problems (${summary})\n`);
        }
        if (problems.length > 0)
            setExit(1);
    });
    dataset
        .command('stats')
        .description('Counts per CWE, label, review status, tag and source, and the distribution of code lengths.')
        .option('--data <path>', 'dataset JSONL file', DEFAULT_DATA)
        .addOption(new Option('--status <status>', 'only examples with this review status')
        .choices(['pending', 'accepted', 'rejected', 'all'])
        .default('all'))
        .option('--json', 'print JSON')
        .option('--markdown', "print the datasheet's Markdown tables")
        .option('--datasheet <README.md>', 'rewrite the statistics section of this datasheet (between stats markers)')
        .action(async (opts) => {
        const all = await loadDataset(opts.data);
        const chosen = opts.status === 'all' ? all : all.filter((e) => e.review.status === opts.status);
        const stats = computeStats(chosen);
        const cmd = `cwescan dataset stats --data ${opts.data}${opts.status === 'all' ? '' : ` --status ${opts.status}`} --markdown`;
        const markdown = async () => {
            // The committed split (splits/ beside the data), when there is one.
            const dir = join(dirname(opts.data), 'splits');
            const files = SPLIT_NAMES.map((n) => join(dir, `${n}.jsonl`));
            if (!files.every((f) => existsSync(f)))
                return renderStatsMarkdown(stats, cmd);
            const rows = [];
            for (const [i, f] of files.entries())
                rows.push(splitCounts(SPLIT_NAMES[i], await loadDataset(f)));
            return renderStatsMarkdown(stats, cmd) + renderSplitsMarkdown(rows, dir);
        };
        if (opts.datasheet) {
            const sheet = await readFile(opts.datasheet, 'utf8').catch((err) => {
                throw new CwescanError('E_IO', `cannot read datasheet ${opts.datasheet}: ${err.message}`);
            });
            const next = replaceStatsSection(sheet, await markdown());
            if (next === null) {
                throw new UsageError(`${opts.datasheet} has no statistics markers`, {
                    hint: 'Add a line <!-- stats:begin --> and a line <!-- stats:end --> where the tables belong.',
                });
            }
            await writeFileAtomic(opts.datasheet, next);
            out(`${opts.datasheet}: statistics section updated (${stats.total} examples)\n`);
        }
        else if (opts.json)
            out(JSON.stringify(stats, null, 2) + '\n');
        else if (opts.markdown)
            out(await markdown());
        else
            out(renderStatsText(stats));
    });
}
//# sourceMappingURL=dataset-inspect.js.map