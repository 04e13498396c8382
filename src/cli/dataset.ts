// `cwescan dataset ...`: validate, stats, merge, split, export, rewrite, sample-real, mine-real, synth, generate and
// review the CWE Top 25 Python dataset. Thin commands over src/dataset/*; the subcommands live in src/cli/dataset-*.ts.
import { addBuildCommands } from './dataset-build.js';
import { addGenerateCommand } from './dataset-generate.js';
import { addInspectCommands } from './dataset-inspect.js';
import { addReviewCommand } from './dataset-review.js';
import { addSampleCommand } from './dataset-sample.js';
import { addSynthCommand } from './dataset-synth.js';
import type { RegisterCommand } from './commands.js';

export { DEFAULT_DATA } from './dataset-options.js';

export const registerDataset: RegisterCommand = (program, setExit) => {
  const dataset = program
    .command('dataset')
    .description('Validate, inspect, split, export, grow and review the CWE Top 25 Python dataset.');
  addInspectCommands(dataset, setExit);
  addBuildCommands(dataset);
  addGenerateCommand(dataset, setExit);
  addReviewCommand(dataset);
  addSampleCommand(dataset);
  addSynthCommand(dataset, setExit);
};
