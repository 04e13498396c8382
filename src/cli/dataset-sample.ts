// `cwescan dataset sample-real` and `mine-real`: real functions from published Python projects as "none" training
// examples: sampled ones without sink calls, unreviewed (src/dataset/real-code.ts says why), or the ones a model
// flags, pending review (src/dataset/mine-real.ts).
import type { Command } from 'commander';
import { writeJsonlAtomic } from '../dataset/jsonl.js';
import type { Precision } from '../model/detector.js';
import { intArg, numArg } from './dataset-options.js';
import { precisionOption } from './precision-option.js';
import { countProgress } from './progress.js';

export function addSampleCommand(dataset: Command): void {
  dataset
    .command('sample-real')
    .description('Sample functions of real Python projects (without sink calls) as "none" examples for fine-tuning.')
    .requiredOption('--corpus <dirs...>', 'project or library directories (each one names its project)')
    .requiredOption('--out <file>', 'JSONL file to write (atomically)')
    .option('--count <n>', 'how many chunks to sample', intArg('--count', 1), 800)
    .option('--seed <n>', 'random seed', intArg('--seed', 0), 1)
    .action(async (opts: { corpus: string[]; out: string; count: number; seed: number }) => {
      // Loaded here, not at start-up: it pulls in the corpus walker and tree-sitter, which other commands do without.
      const { sampleRealCode } = await import('../dataset/real-code.js');
      const r = await sampleRealCode({ dirs: opts.corpus, count: opts.count, seed: opts.seed });
      await writeJsonlAtomic(opts.out, r.records);
      process.stdout.write(
        `${opts.out}: ${r.records.length} real chunks sampled from ${r.chunks} (${r.sinkChunks} left out for calling a sink, ${r.otherSkipped} for size, syntax or module level)\n`,
      );
    });

  dataset
    .command('mine-real')
    .description(
      'Score real Python projects with a model and write the chunks it flags as pending "none" examples to review.',
    )
    .requiredOption('--corpus <dirs...>', 'project or library directories (each one names its project)')
    .requiredOption('--out <file>', 'JSONL file to write (atomically); review it with `dataset review --data <file>`')
    .option('-m, --model <dir>', 'checkpoint directory (default: the embedded models/default)')
    .option(
      '--threshold <p>',
      'mine chunks whose P(vulnerable) reaches this probability (as the scanner reports)',
      numArg('--threshold', 0, 1),
      0.5,
    )
    .option('--max <n>', 'keep at most this many, highest scores first', intArg('--max', 1))
    .option('--threads <n>', 'threads for the model (default: all cores)', intArg('--threads', 1))
    .addOption(precisionOption())
    .action(
      async (opts: {
        corpus: string[];
        out: string;
        model?: string;
        threshold: number;
        max?: number;
        threads?: number;
        precision?: Precision;
      }) => {
        const [{ mineRealCode }, { loadDetector }, { DEFAULT_MODEL_DIR }] = await Promise.all([
          import('../dataset/mine-real.js'),
          import('../model/registry.js'),
          import('../scan/scan.js'),
        ]);
        const detector = await loadDetector(opts.model ?? DEFAULT_MODEL_DIR, {
          threads: opts.threads,
          precision: opts.precision,
        });
        const progress = countProgress(Boolean(process.stderr.isTTY), 'chunks');
        try {
          const r = await mineRealCode({
            dirs: opts.corpus,
            detector,
            threshold: opts.threshold,
            max: opts.max,
            onProgress: (done, total) => progress.update('scoring', done, total),
          });
          progress.stop(); // before the summary line, so the bar does not overwrite it
          await writeJsonlAtomic(opts.out, r.records);
          process.stdout.write(
            `${opts.out}: ${r.records.length} pending records, ${r.flagged} of ${r.scored} chunks flagged by ${detector.info.name} (P(vulnerable) >= ${opts.threshold}) (${r.skipped} left out for size or syntax)\n`,
          );
        } finally {
          progress.stop();
          await detector.close();
        }
      },
    );
}
