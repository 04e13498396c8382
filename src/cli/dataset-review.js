// `cwescan dataset` review and show: the interactive terminal review, and a read-only view of chosen examples.
import { Option } from 'commander';
import { UsageError } from '../errors.js';
import { canonicalCweId } from '../cwe/catalog.js';
import { loadDataset } from '../dataset/jsonl.js';
import { renderExample, runReview } from '../dataset/review.js';
import { DEFAULT_DATA, out } from './dataset-options.js';
export function addReviewCommand(dataset) {
    dataset
        .command('review')
        .description('Review examples in the terminal: accept, reject, edit the label, add a note. Saves after each one.')
        .option('--data <path>', 'dataset JSONL file', DEFAULT_DATA)
        .addOption(new Option('--status <status>', 'which examples to review')
        .choices(['pending', 'accepted', 'rejected', 'all'])
        .default('pending'))
        .option('--cwe <id>', 'only examples about this CWE')
        .option('--id <ids>', 'only these examples (comma-separated ids)')
        .option('--reviewer <name>', 'recorded as review.by (default: $USER)')
        .option('--no-color', 'plain output')
        .action(async (opts) => {
        const reviewer = opts.reviewer ?? process.env.USER ?? process.env.USERNAME;
        if (!reviewer)
            throw new UsageError('no reviewer name', { hint: 'Pass --reviewer <name> or set $USER.' });
        const cwe = opts.cwe === undefined ? undefined : canonicalCweId(opts.cwe);
        if (cwe === null)
            throw new UsageError(`--cwe ${opts.cwe} is not a CWE id`);
        const summary = await runReview({
            dataPath: opts.data,
            status: opts.status,
            cwe,
            ids: opts.id
                ?.split(',')
                .map((x) => x.trim())
                .filter(Boolean),
            reviewer,
            input: process.stdin,
            output: process.stdout,
            color: opts.color && Boolean(process.stdout.isTTY),
        });
        out(`reviewed ${summary.decided} example(s): ${summary.accepted} accepted, ${summary.rejected} rejected, ` +
            `${summary.edited} edited, ${summary.skipped} skipped; ${summary.remaining} left\n`);
    });
    dataset
        .command('show')
        .description('Print examples with line numbers, weakness lines marked, and their explanation.')
        .argument('<ids...>', 'example ids')
        .option('--data <path>', 'dataset JSONL file', DEFAULT_DATA)
        .option('--no-color', 'plain output')
        .action(async (ids, opts) => {
        const all = await loadDataset(opts.data);
        const missing = ids.filter((id) => !all.some((e) => e.id === id));
        if (missing.length)
            throw new UsageError(`${opts.data} has no example ${missing.join(', ')}`);
        ids.forEach((id, i) => {
            out(renderExample(all.find((e) => e.id === id), i + 1, ids.length, opts.color && Boolean(process.stdout.isTTY)));
        });
    });
}
//# sourceMappingURL=dataset-review.js.map