// `cwescan dataset synth`: bug/fix pairs and safe look-alikes generated from code templates, as fine-tuning material
// (src/dataset/synth/synth.ts says what they are for). The output is checked as the dataset is (parse, leakage,
// length, twins) before it is written.
import type { Command } from 'commander';
import { writeJsonlAtomic } from '../dataset/jsonl.js';
import { UsageError } from '../errors.js';
import { intArg, out } from './dataset-options.js';

export function addSynthCommand(dataset: Command, setExit: (code: number) => void): void {
  dataset
    .command('synth')
    .description('Generate bug/fix pairs and safe look-alikes from code templates, as fine-tuning examples.')
    .requiredOption('--out <file>', 'JSONL file to write (atomically)')
    .option('--pairs <n>', 'bug/fix pairs per template', intArg('--pairs', 1), 150)
    .option('--lookalikes <n>', 'safe look-alikes (no twin) per template', intArg('--lookalikes', 0), 30)
    .option('--seed <n>', 'random seed (the same seed gives the same file)', intArg('--seed', 0), 1)
    .option('--cwe <ids...>', 'only these CWEs (default: every template)')
    .action(async (opts: { out: string; pairs: number; lookalikes: number; seed: number; cwe?: string[] }) => {
      const [{ synthesize, SYNTH_CWES }, { checkExample, checkTwins }, { getPythonParser }] = await Promise.all([
        import('../dataset/synth/synth.js'),
        import('../dataset/validate.js'),
        import('../python/parser.js'),
      ]);
      const unknown = (opts.cwe ?? []).filter((c) => !SYNTH_CWES.includes(c));
      if (unknown.length > 0) {
        throw new UsageError(`no template for ${unknown.join(', ')}; templates cover ${SYNTH_CWES.join(', ')}`);
      }
      const records = synthesize({ pairs: opts.pairs, lookalikes: opts.lookalikes, seed: opts.seed, cwes: opts.cwe });
      // The generator is tested to give valid records; this guards a template edited since against writing bad ones.
      // Not validateExamples: its near-duplicate check flags what templates are by design, one flow written many
      // times (40 of seed 1's 2,640 records at the dataset's 0.8 limit).
      const parser = await getPythonParser();
      const problems = [...records.flatMap((r) => checkExample(r, parser)), ...checkTwins(records)];
      if (problems.length > 0) {
        for (const p of problems.slice(0, 20)) process.stderr.write(`${p.id}: ${p.kind}: ${p.message}\n`);
        process.stderr.write(`${problems.length} problems; nothing written\n`);
        setExit(2);
        return;
      }
      await writeJsonlAtomic(opts.out, records);
      const rows = [...new Set(records.map((r) => r.cwe))].map((cwe) => {
        const mine = records.filter((r) => r.cwe === cwe);
        const bugs = mine.filter((r) => r.vulnerable).length;
        return `  ${cwe}: ${bugs} pairs, ${mine.length - 2 * bugs} look-alikes\n`;
      });
      out(`${opts.out}: ${records.length} examples (seed ${opts.seed})\n${rows.join('')}`);
    });
}
