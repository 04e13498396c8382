// `cwescan dataset` merge, split, export and rewrite: turn reviewed examples into training files.
import { type Command, InvalidArgumentError, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { CwescanError, UsageError } from '../errors.js';
import {
  ANSWER_STYLES,
  type AnswerStyle,
  EXPORT_FORMATS,
  exportRecords,
  type ExportFormat,
} from '../dataset/export.js';
import { INSTRUCTION_VERSION } from '../dataset/instruction.js';
import { loadDataset, toJsonl, writeFileAtomic, writeJsonlAtomic } from '../dataset/jsonl.js';
import { withFileLock } from '../dataset/lock.js';
import { mergeParts } from '../dataset/merge.js';
import type { Example } from '../dataset/schema.js';
import { datasetHash, DEFAULT_SPLIT_OPTIONS, SPLIT_NAMES, type SplitName, splitDataset } from '../dataset/split.js';
import { getPythonParser } from '../python/parser.js';
import { REWRITE_KINDS, type RewriteKind } from '../python/rewrite.js';
import { rewriteExample } from '../dataset/augment.js';
import { DEFAULT_DATA, intArg, out } from './dataset-options.js';

export function addBuildCommands(dataset: Command): void {
  dataset
    .command('merge')
    .description(
      'Merge authored parts (JSONL per CWE) into the dataset, keeping review decisions of unchanged records.',
    )
    .argument('<parts...>', 'part files, e.g. data/cwe-top25-python/parts/*.jsonl')
    .option('--data <path>', 'dataset JSONL file to update (created if missing)', DEFAULT_DATA)
    .option('--add', 'the parts are a new batch: keep authored records that are in none of them')
    .option('--dry-run', 'report what would change without writing')
    .action(async (parts: string[], opts: { data: string; add?: boolean; dryRun?: boolean }) => {
      const exists = await readFile(opts.data).then(
        () => true,
        () => false,
      );
      const loaded: Example[][] = [];
      for (const p of parts) loaded.push(await loadDataset(p));
      const run = async () => {
        const current = exists ? await loadDataset(opts.data) : [];
        const merged = mergeParts(current, loaded, { keepMissing: Boolean(opts.add) });
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
    .option('--keep', 'keep the split already in --out-dir: its examples stay put, new ones go to --new-to')
    .addOption(
      new Option('--new-to <split>', 'with --keep: the split new examples go to (e.g. val, for a validation round)')
        .choices([...SPLIT_NAMES])
        .default('train'),
    )
    .option('--json', 'print the counts as JSON')
    .action(
      async (opts: {
        data: string;
        seed: number;
        testSize: number;
        valSize: number;
        outDir?: string;
        keep?: boolean;
        newTo: SplitName;
        json?: boolean;
      }) => {
        if (opts.newTo !== 'train' && !opts.keep)
          throw new UsageError('--new-to needs --keep (a fresh split deals out every example)');
        const text = await readFile(opts.data, 'utf8').catch(() => '');
        const examples = await loadDataset(opts.data);
        const outDir = opts.outDir ?? join(dirname(opts.data), 'splits');
        const keep = opts.keep ? await readSplitIds(outDir) : undefined;
        const splits = splitDataset(examples, {
          seed: opts.seed,
          testSize: opts.testSize,
          valSize: opts.valSize,
          ...(keep ? { keep, newTo: opts.newTo } : {}),
        });
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
          ...(keep ? { kept: `val and test kept from the earlier split; new examples went to ${opts.newTo}` } : {}),
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
    .command('rewrite')
    .description('Write semantics-preserving rewrites of examples (for augmentation and robustness tests) to a file.')
    .addOption(
      new Option(
        '--kind <kind>',
        `which rewrite: ${REWRITE_KINDS.join(', ')}; "all" (each kind separately); or a chain such as rename-locals+string-quotes (one rewrite per example where the first kind applies, the others added where they apply)`,
      )
        .argParser(parseRewriteKinds)
        .makeOptionMandatory(),
    )
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
        kind: RewriteKind[][];
        out: string;
        data: string;
        status: string;
        seed: number;
        inheritReview?: boolean;
      }) => {
        const examples = (await loadDataset(opts.data)).filter(
          (e) => (opts.status === 'all' || e.review.status === opts.status) && !e.origin,
        );
        const parser = await getPythonParser();
        const out: Example[] = [];
        const counts = new Map<string, number>();
        for (const ex of examples) {
          for (const chain of opts.kind) {
            const r = rewriteExample(parser, ex, chain, {
              seed: opts.seed,
              inheritReview: Boolean(opts.inheritReview),
            });
            if (r) {
              out.push(r);
              const name = chain.join('+');
              counts.set(name, (counts.get(name) ?? 0) + 1);
            }
          }
        }
        parser.delete();
        await writeJsonlAtomic(opts.out, out);
        const detail = opts.kind.map((c) => `${c.join('+')} ${counts.get(c.join('+')) ?? 0}`).join(', ');
        process.stdout.write(`${opts.out}: ${out.length} rewrites of ${examples.length} examples (${detail})\n`);
      },
    );
}

/**
 * --kind as the rewrites to write per example, each a chain of kinds: "all" -> every kind on its own;
 * "rename-locals+string-quotes" -> one chain of two.
 */
function parseRewriteKinds(value: string): RewriteKind[][] {
  if (value === 'all') return REWRITE_KINDS.map((k) => [k]);
  const chain = value.split('+');
  for (const k of chain) {
    if (!(REWRITE_KINDS as readonly string[]).includes(k)) {
      throw new InvalidArgumentError(`unknown rewrite "${k}": use ${REWRITE_KINDS.join(', ')} or all, chained with +`);
    }
  }
  return [chain as RewriteKind[]];
}

/** The ids of an existing split directory, for `split --keep`; a missing split file is a usage error. */
async function readSplitIds(dir: string): Promise<Map<string, SplitName>> {
  const keep = new Map<string, SplitName>();
  for (const name of SPLIT_NAMES) {
    const file = join(dir, `${name}.jsonl`);
    const text = await readFile(file, 'utf8').catch((cause: unknown) => {
      throw new CwescanError('E_USAGE', `--keep needs the earlier split, but ${file} cannot be read`, { cause });
    });
    for (const line of text.split('\n')) if (line.trim()) keep.set((JSON.parse(line) as { id: string }).id, name);
  }
  return keep;
}
