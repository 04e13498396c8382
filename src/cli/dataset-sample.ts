// `cwescan dataset sample-real`: real functions from published Python projects as unreviewed "none" training
// examples (src/dataset/real-code.ts says why and what is left out).
import type { Command } from 'commander';
import { writeJsonlAtomic } from '../dataset/jsonl.js';
import { intArg } from './dataset-options.js';

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
}
