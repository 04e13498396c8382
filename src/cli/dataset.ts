// `cwescan dataset ...`: validate, stats, split, export, generate and review the CWE Top 25 Python dataset.
// Thin commands over src/dataset/*; only this file touches argv, stdout and exit codes for them.
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { InvalidArgumentError, Option } from 'commander';
import { CwescanError, UsageError } from '../errors.js';
import { canonicalCweId, getCwe, TOP25_2024 } from '../cwe/catalog.js';
import {
  ANSWER_STYLES,
  type AnswerStyle,
  EXPORT_FORMATS,
  exportRecords,
  type ExportFormat,
} from '../dataset/export.js';
import { generateExamples, type GenerateMode } from '../dataset/generate.js';
import { buildGeneratePrompt } from '../dataset/generate-prompt.js';
import { INSTRUCTION_VERSION } from '../dataset/instruction.js';
import { loadDataset, readDataset, toJsonl, writeFileAtomic, writeJsonlAtomic } from '../dataset/jsonl.js';
import { withFileLock } from '../dataset/lock.js';
import { mergeParts } from '../dataset/merge.js';
import { formatProblem } from '../dataset/problem.js';
import { runReview } from '../dataset/review.js';
import type { Example } from '../dataset/schema.js';
import { datasetHash, DEFAULT_SPLIT_OPTIONS, SPLIT_NAMES, splitDataset } from '../dataset/split.js';
import { computeStats, renderStatsMarkdown, renderStatsText, replaceStatsSection } from '../dataset/stats.js';
import { DEFAULT_VALIDATE_OPTIONS, validateExamples } from '../dataset/validate.js';
import { getPythonParser } from '../python/parser.js';
import { REWRITE_KINDS, type RewriteKind } from '../python/rewrite.js';
import { rewriteExample } from '../dataset/augment.js';
import type { RegisterCommand } from './commands.js';

export const DEFAULT_DATA = 'data/cwe-top25-python/examples.jsonl';

const intArg =
  (name: string, min: number) =>
  (raw: string): number => {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < min) throw new InvalidArgumentError(`${name} must be an integer >= ${min}`);
    return n;
  };

const numArg =
  (name: string, min: number, max: number) =>
  (raw: string): number => {
    const n = Number(raw);
    if (!Number.isFinite(n) || n < min || n > max) throw new InvalidArgumentError(`${name} must be in ${min}..${max}`);
    return n;
  };

const out = (s: string) => process.stdout.write(s);

export const registerDataset: RegisterCommand = (program, setExit) => {
  const dataset = program
    .command('dataset')
    .description('Validate, inspect, split, export, grow and review the CWE Top 25 Python dataset.');

  dataset
    .command('validate')
    .description(
      'Check schema, parsing, label leakage, near-duplicates, twins and per-CWE balance; exit 1 on problems.',
    )
    .option('--data <path>', 'dataset JSONL file', DEFAULT_DATA)
    .option('--json', 'print the result as JSON')
    .option('--no-balance', 'skip the per-CWE balance check (for one part of the dataset)')
    .option('--threshold <j>', 'near-duplicate Jaccard threshold', numArg('--threshold', 0, 1), 0.8)
    .action(async (opts: { data: string; json?: boolean; balance: boolean; threshold: number }) => {
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
        out(
          JSON.stringify({ file: opts.data, examples: examples.length, ok: problems.length === 0, problems }, null, 2),
        );
        out('\n');
      } else {
        for (const p of problems) out(formatProblem(p, opts.data) + '\n');
        const kinds = new Map<string, number>();
        for (const p of problems) kinds.set(p.kind, (kinds.get(p.kind) ?? 0) + 1);
        const summary = [...kinds].map(([k, n]) => `${n} ${k}`).join(', ');
        out(
          problems.length === 0
            ? `${opts.data}: ${examples.length} examples, no problems\n`
            : `${opts.data}: ${examples.length} readable examples, ${problems.length} problems (${summary})\n`,
        );
      }
      if (problems.length > 0) setExit(1);
    });

  dataset
    .command('stats')
    .description('Counts per CWE, label, review status, tag and source, and the distribution of code lengths.')
    .option('--data <path>', 'dataset JSONL file', DEFAULT_DATA)
    .addOption(
      new Option('--status <status>', 'only examples with this review status')
        .choices(['pending', 'accepted', 'rejected', 'all'])
        .default('all'),
    )
    .option('--json', 'print JSON')
    .option('--markdown', "print the datasheet's Markdown tables")
    .option('--datasheet <README.md>', 'rewrite the statistics section of this datasheet (between stats markers)')
    .action(async (opts: { data: string; status: string; json?: boolean; markdown?: boolean; datasheet?: string }) => {
      const all = await loadDataset(opts.data);
      const chosen = opts.status === 'all' ? all : all.filter((e) => e.review.status === opts.status);
      const stats = computeStats(chosen);
      const cmd = `cwescan dataset stats --data ${opts.data}${opts.status === 'all' ? '' : ` --status ${opts.status}`} --markdown`;
      if (opts.datasheet) {
        const sheet = await readFile(opts.datasheet, 'utf8').catch((err: unknown) => {
          throw new CwescanError('E_IO', `cannot read datasheet ${opts.datasheet}: ${(err as Error).message}`);
        });
        const next = replaceStatsSection(sheet, renderStatsMarkdown(stats, cmd));
        if (next === null) {
          throw new UsageError(`${opts.datasheet} has no statistics markers`, {
            hint: 'Add a line <!-- stats:begin --> and a line <!-- stats:end --> where the tables belong.',
          });
        }
        await writeFileAtomic(opts.datasheet, next);
        out(`${opts.datasheet}: statistics section updated (${stats.total} examples)\n`);
      } else if (opts.json) out(JSON.stringify(stats, null, 2) + '\n');
      else if (opts.markdown) out(renderStatsMarkdown(stats, cmd));
      else out(renderStatsText(stats));
    });

  dataset
    .command('merge')
    .description(
      'Merge authored parts (JSONL per CWE) into the dataset, keeping review decisions of unchanged records.',
    )
    .argument('<parts...>', 'part files, e.g. data/cwe-top25-python/parts/*.jsonl')
    .option('--data <path>', 'dataset JSONL file to update (created if missing)', DEFAULT_DATA)
    .option('--dry-run', 'report what would change without writing')
    .action(async (parts: string[], opts: { data: string; dryRun?: boolean }) => {
      const exists = await readFile(opts.data).then(
        () => true,
        () => false,
      );
      const loaded: Example[][] = [];
      for (const p of parts) loaded.push(await loadDataset(p));
      const run = async () => {
        const current = exists ? await loadDataset(opts.data) : [];
        const merged = mergeParts(current, loaded);
        if (merged.duplicates.length) {
          throw new CwescanError('E_DATASET', `ids in more than one part: ${merged.duplicates.join(', ')}`, {
            hint: 'Give every example a unique id, then merge again.',
          });
        }
        if (!opts.dryRun) await writeJsonlAtomic(opts.data, merged.merged);
        return merged;
      };
      const r = opts.dryRun ? await run() : await withFileLock(opts.data, run);
      out(
        `${opts.dryRun ? '(dry run) ' : ''}${opts.data}: ${r.merged.length} examples; ${r.added.length} added, ` +
          `${r.kept.length} unchanged (review kept), ${r.changed.length} changed (back to pending), ` +
          `${r.dropped.length} authored records dropped\n`,
      );
      for (const id of r.changed) out(`  changed: ${id}\n`);
      for (const id of r.dropped) out(`  dropped: ${id}\n`);
    });

  dataset
    .command('split')
    .description(
      'Deterministic train/val/test split of accepted examples, stratified by CWE and label, twins together.',
    )
    .option('--data <path>', 'dataset JSONL file', DEFAULT_DATA)
    .option('--seed <n>', 'random seed', intArg('--seed', 0), DEFAULT_SPLIT_OPTIONS.seed)
    .option('--test-size <n>', 'target examples in test', intArg('--test-size', 0), DEFAULT_SPLIT_OPTIONS.testSize)
    .option('--val-size <n>', 'target examples in val', intArg('--val-size', 0), DEFAULT_SPLIT_OPTIONS.valSize)
    .option('--out-dir <dir>', 'where to write {train,val,test}.jsonl (default: splits/ beside the data)')
    .option('--json', 'print the counts as JSON')
    .action(
      async (opts: {
        data: string;
        seed: number;
        testSize: number;
        valSize: number;
        outDir?: string;
        json?: boolean;
      }) => {
        const text = await readFile(opts.data, 'utf8').catch(() => '');
        const examples = await loadDataset(opts.data);
        const splits = splitDataset(examples, opts);
        const outDir = opts.outDir ?? join(dirname(opts.data), 'splits');
        for (const name of SPLIT_NAMES) await writeJsonlAtomic(join(outDir, `${name}.jsonl`), splits[name]);
        const counts = Object.fromEntries(
          SPLIT_NAMES.map((n) => [
            n,
            { examples: splits[n].length, vulnerable: splits[n].filter((e) => e.vulnerable).length },
          ]),
        );
        const manifest = {
          dataset: relative(outDir, opts.data),
          datasetSha256: datasetHash(text),
          seed: opts.seed,
          testSize: opts.testSize,
          valSize: opts.valSize,
          counts,
        };
        await writeFileAtomic(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
        if (opts.json) out(JSON.stringify({ outDir, ...manifest }, null, 2) + '\n');
        else {
          out(
            `split of ${examples.filter((e) => e.review.status === 'accepted').length} accepted examples (seed ${opts.seed}) -> ${outDir}\n`,
          );
          for (const n of SPLIT_NAMES) {
            const c = counts[n]!;
            out(`  ${n.padEnd(5)} ${String(c.examples).padStart(5)} examples (${c.vulnerable} vulnerable)\n`);
          }
        }
      },
    );

  dataset
    .command('export')
    .description('Export accepted examples for fine-tuning elsewhere: Alpaca or chat-messages JSONL.')
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('--data <path>', 'dataset JSONL file (used with --split all)', DEFAULT_DATA)
    .addOption(new Option('--split <split>', 'which split to export').choices(['all', ...SPLIT_NAMES]).default('all'))
    .option('--splits-dir <dir>', 'where the split files are (default: splits/ beside the data)')
    .addOption(
      new Option(
        '--answer <style>',
        "label: cwescan-gpt's instruction, answer CWE-<n> or none; json: JSON with lines and explanation",
      )
        .choices([...ANSWER_STYLES])
        .default('label'),
    )
    .option('--out <file>', 'write here (atomically) instead of stdout')
    .action(
      async (opts: {
        format: ExportFormat;
        data: string;
        split: string;
        splitsDir?: string;
        out?: string;
        answer: AnswerStyle;
      }) => {
        let examples: Example[];
        if (opts.split === 'all') examples = await loadDataset(opts.data);
        else {
          const dir = opts.splitsDir ?? join(dirname(opts.data), 'splits');
          examples = await loadDataset(join(dir, `${opts.split}.jsonl`));
        }
        const records = exportRecords(examples, opts.format, opts.answer);
        if (opts.out) {
          await writeJsonlAtomic(opts.out, records);
          process.stderr.write(
            `${opts.out}: ${records.length} ${opts.format} records (${opts.answer} answers, instruction v${INSTRUCTION_VERSION})\n`,
          );
        } else out(toJsonl(records));
      },
    );

  dataset
    .command('generate')
    .description('Ask an OpenAI-compatible chat endpoint for candidate examples; valid ones are added as pending.')
    .requiredOption('--endpoint <url>', 'base URL (e.g. http://127.0.0.1:8080/v1) or the full /chat/completions URL')
    .requiredOption('--model <name>', 'model name sent to the endpoint; recorded as source llm:<name>')
    .requiredOption('--cwe <id>', 'the Top-25 CWE to write about, e.g. CWE-89')
    .option('--count <n>', 'examples to add (a pair counts as two)', intArg('--count', 1), 10)
    .option('--vulnerable', 'only vulnerable examples')
    .option('--benign', 'only non-vulnerable examples that use the same APIs correctly')
    .option('--pairs', 'vulnerable examples with their fixed twins (the default)')
    .option('--data <path>', 'dataset JSONL file to append to', DEFAULT_DATA)
    .option('--batch <n>', 'examples asked for per request', intArg('--batch', 1), 4)
    .option(
      '--max-requests <n>',
      'stop after this many requests (default: 3 per batch needed)',
      intArg('--max-requests', 1),
    )
    .option('--timeout <seconds>', 'per-request timeout', numArg('--timeout', 0.01, 3600), 120)
    .option('--retries <n>', 'retries after a timeout, network error, 429 or 5xx', intArg('--retries', 0), 3)
    .option('--retry-delay <ms>', 'first backoff delay, doubled on each retry', intArg('--retry-delay', 0), 1000)
    .option('--temperature <t>', 'sampling temperature', numArg('--temperature', 0, 2), 0.8)
    .option(
      '--api-key-env <name>',
      'environment variable holding the API key (default: CWESCAN_API_KEY, then OPENAI_API_KEY)',
    )
    .option(
      '--json-mode',
      'send response_format {"type":"json_object"} (llama.cpp, vLLM, Ollama and OpenAI support it)',
    )
    .option('--print-prompt', 'print the chat messages of the first request and exit without sending anything')
    .action(
      async (opts: {
        endpoint: string;
        model: string;
        cwe: string;
        count: number;
        vulnerable?: boolean;
        benign?: boolean;
        pairs?: boolean;
        data: string;
        batch: number;
        maxRequests?: number;
        timeout: number;
        retries: number;
        retryDelay: number;
        temperature: number;
        apiKeyEnv?: string;
        jsonMode?: boolean;
        printPrompt?: boolean;
      }) => {
        const modes = [opts.vulnerable && 'vulnerable', opts.benign && 'benign', opts.pairs && 'pairs'].filter(Boolean);
        if (modes.length > 1) throw new UsageError('choose one of --vulnerable, --benign and --pairs');
        const mode = (modes[0] || 'pairs') as GenerateMode;
        const cwe = canonicalCweId(opts.cwe);
        if (!cwe || !TOP25_2024.some((e) => e.id === cwe)) {
          throw new UsageError(`--cwe ${opts.cwe} is not one of the 2024 Top 25`, {
            hint: `Use one of ${TOP25_2024.map((e) => e.id).join(', ')}.`,
          });
        }
        if (opts.printPrompt) {
          const per = mode === 'pairs' ? Math.max(1, Math.ceil(opts.batch / 2)) : opts.batch;
          const existing = await loadDataset(opts.data).catch(() => [] as Example[]);
          const slug = cwe.toLowerCase().replace('-', '');
          const ids = existing.map((e) => e.id).filter((id) => id.startsWith(slug));
          for (const m of buildGeneratePrompt(getCwe(cwe)!, mode, Math.min(per, opts.count), ids)) {
            out(`--- ${m.role}\n${m.content}\n`);
          }
          return;
        }
        const keyVar = opts.apiKeyEnv ?? (process.env.CWESCAN_API_KEY ? 'CWESCAN_API_KEY' : 'OPENAI_API_KEY');
        const result = await generateExamples({
          endpoint: opts.endpoint,
          model: opts.model,
          cwe,
          count: opts.count,
          mode,
          dataPath: opts.data,
          batch: opts.batch,
          maxRequests: opts.maxRequests,
          timeoutMs: opts.timeout * 1000,
          retries: opts.retries,
          retryDelayMs: opts.retryDelay,
          temperature: opts.temperature,
          apiKey: process.env[keyVar] || undefined,
          jsonMode: Boolean(opts.jsonMode),
          log: (line) => process.stderr.write(line + '\n'),
        });
        out(
          `${result.added.length} example(s) added to ${opts.data} as pending (source llm:${opts.model}); ` +
            `${result.rejected.length} candidate(s) rejected; ${result.requests} request(s)\n`,
        );
        for (const r of result.rejected) out(`  rejected: ${r}\n`);
        if (result.added.length < opts.count) setExit(1);
      },
    );

  dataset
    .command('rewrite')
    .description('Write semantics-preserving rewrites of examples (for augmentation and robustness tests) to a file.')
    .addOption(new Option('--kind <kind>', 'which rewrite').choices(['all', ...REWRITE_KINDS]).makeOptionMandatory())
    .requiredOption('--out <file>', 'JSONL file to write (atomically)')
    .option('--data <path>', 'dataset JSONL file', DEFAULT_DATA)
    .addOption(
      new Option('--status <status>', 'rewrite examples with this review status')
        .choices(['pending', 'accepted', 'rejected', 'all'])
        .default('accepted'),
    )
    .option('--seed <n>', 'random seed (names, orders)', intArg('--seed', 0), 1)
    .option('--inherit-review', "copy the origin's review decision instead of starting as pending")
    .action(
      async (opts: {
        kind: string;
        out: string;
        data: string;
        status: string;
        seed: number;
        inheritReview?: boolean;
      }) => {
        const examples = (await loadDataset(opts.data)).filter(
          (e) => (opts.status === 'all' || e.review.status === opts.status) && !e.origin,
        );
        const kinds = opts.kind === 'all' ? REWRITE_KINDS : [opts.kind as RewriteKind];
        const parser = await getPythonParser();
        const out: Example[] = [];
        const counts = new Map<string, number>();
        for (const ex of examples) {
          for (const kind of kinds) {
            const r = rewriteExample(parser, ex, kind, { seed: opts.seed, inheritReview: Boolean(opts.inheritReview) });
            if (r) {
              out.push(r);
              counts.set(kind, (counts.get(kind) ?? 0) + 1);
            }
          }
        }
        parser.delete();
        await writeJsonlAtomic(opts.out, out);
        const detail = kinds.map((k) => `${k} ${counts.get(k) ?? 0}`).join(', ');
        process.stdout.write(`${opts.out}: ${out.length} rewrites of ${examples.length} examples (${detail})\n`);
      },
    );

  dataset
    .command('review')
    .description('Review examples in the terminal: accept, reject, edit the label, add a note. Saves after each one.')
    .option('--data <path>', 'dataset JSONL file', DEFAULT_DATA)
    .addOption(
      new Option('--status <status>', 'which examples to review')
        .choices(['pending', 'accepted', 'rejected', 'all'])
        .default('pending'),
    )
    .option('--cwe <id>', 'only examples about this CWE')
    .option('--reviewer <name>', 'recorded as review.by (default: $USER)')
    .option('--no-color', 'plain output')
    .action(async (opts: { data: string; status: string; cwe?: string; reviewer?: string; color: boolean }) => {
      const reviewer = opts.reviewer ?? process.env.USER ?? process.env.USERNAME;
      if (!reviewer) throw new UsageError('no reviewer name', { hint: 'Pass --reviewer <name> or set $USER.' });
      const cwe = opts.cwe === undefined ? undefined : canonicalCweId(opts.cwe);
      if (cwe === null) throw new UsageError(`--cwe ${opts.cwe} is not a CWE id`);
      const summary = await runReview({
        dataPath: opts.data,
        status: opts.status as 'pending' | 'accepted' | 'rejected' | 'all',
        cwe,
        reviewer,
        input: process.stdin,
        output: process.stdout,
        color: opts.color && Boolean(process.stdout.isTTY),
      });
      out(
        `reviewed ${summary.decided} example(s): ${summary.accepted} accepted, ${summary.rejected} rejected, ` +
          `${summary.edited} edited, ${summary.skipped} skipped; ${summary.remaining} left\n`,
      );
    });
};
