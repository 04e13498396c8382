// `cwescan scan`: scans Python files and directories and prints a text, JSON or SARIF report. Flags override the
// config file (cwescan.toml or [tool.cwescan] in pyproject.toml). Exit code 1 when findings remain after suppressions.
import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { toTop25 } from '../cwe/catalog.js';
import type { Precision } from '../model/detector.js';
import { precisionOption } from './precision-option.js';
import { UsageError } from '../errors.js';
import { getReporter } from '../report/reporters.js';
import { writeFileAtomic } from '../scan/atomic.js';
import { readBaseline, writeBaseline } from '../scan/baseline.js';
import { loadConfig } from '../scan/config.js';
import { DEFAULT_THRESHOLD, scanPaths } from '../scan/scan.js';
import type { RegisterCommand } from './commands.js';
import { scanProgress } from './progress.js';

interface ScanFlags {
  model?: string;
  format?: 'text' | 'json' | 'sarif';
  output?: string;
  threshold?: string;
  cweThreshold?: string[];
  enable?: string;
  include?: string[];
  exclude?: string[];
  gitignore: boolean;
  config?: string;
  baseline?: string;
  writeBaseline?: string;
  cacheDir?: string;
  cache: boolean;
  maxFileSize?: string;
  threads?: string;
  precision?: Precision;
  batchSize?: string;
  strict?: boolean;
  quiet?: boolean;
  color?: boolean;
}

const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const registerScan: RegisterCommand = (program: Command, setExit) => {
  program
    .command('scan')
    .description('Scan Python files and directories for the MITRE CWE Top 25 (exit 1 when findings remain).')
    .argument('[paths...]', 'files and directories to scan', ['.'])
    .option('-m, --model <dir>', 'checkpoint directory (default: the embedded models/default)')
    .addOption(new Option('-f, --format <format>', 'report format').choices(['text', 'json', 'sarif']))
    .option('-o, --output <file>', 'write the report to a file instead of stdout')
    .option('-t, --threshold <p>', `report a chunk whose P(vulnerable) = 1 - P(none) reaches this (default ${DEFAULT_THRESHOLD})`)
    .option('--cwe-threshold <CWE=p>', 'threshold for chunks whose most likely CWE is this one, e.g. CWE-798=0.8 (repeatable)', collect)
    .option('--enable <cwes>', 'only report these CWEs, comma-separated: CWE-89,CWE-78')
    .option('--include <glob>', 'only scan files matching this gitignore-style glob (repeatable)', collect)
    .option('--exclude <glob>', 'do not scan paths matching this gitignore-style glob (repeatable)', collect)
    .option('--no-gitignore', 'scan files that .gitignore lists')
    .option('-c, --config <file>', 'config file (default: nearest cwescan.toml or pyproject.toml [tool.cwescan])')
    .option('--baseline <file>', 'suppress findings whose fingerprint is in this baseline (or JSON report)')
    .option('--write-baseline <file>', 'write all current findings to a baseline file (exit 0)')
    .option('--cache-dir <dir>', 'result cache directory (default .cwescan-cache)')
    .option('--no-cache', 'do not read or write the result cache')
    .option('--max-file-size <bytes>', 'skip files larger than this (default 1048576)')
    .option('--threads <n>', 'threads for the model (default: all cores)')
    .addOption(precisionOption())
    .option('--batch-size <n>', 'snippets per model call (default 32)')
    .option('--strict', 'exit 2 when any file or part of a file was skipped (empty files aside)')
    .option('-q, --quiet', 'no progress bar and no warnings on stderr')
    .option('--color', 'force colours in the text report')
    .option('--no-color', 'no colours in the text report')
    .action(async (paths: string[], flags: ScanFlags) => {
      setExit(await runScan(paths, flags));
    });
};

async function runScan(paths: string[], flags: ScanFlags): Promise<number> {
  const cwd = process.cwd();
  const first = resolve(cwd, paths[0] ?? '.');
  const startDir = (await stat(first).catch(() => null))?.isDirectory() ? first : dirname(first);
  const { config, dir: configDir } = await loadConfig(startDir, flags.config);
  const fromConfig = (p: string | undefined): string | undefined =>
    p === undefined ? undefined : resolve(configDir, p);

  const format = flags.format ?? config.format ?? 'text';
  const reporter = getReporter(format);
  if (!reporter) throw new UsageError(`unknown format ${format}`, { hint: 'use text, json or sarif' });
  const output = flags.output ? resolve(cwd, flags.output) : fromConfig(config.output);
  const enabled = flags.enable ? flags.enable.split(',').map((s) => cweFlag(s, '--enable')) : config['enabled-cwes'];
  const cweThresholds: Record<string, number> = {};
  for (const [k, v] of Object.entries(config['cwe-thresholds'] ?? {})) cweThresholds[toTop25(k)?.id ?? k] = v;
  for (const pair of flags.cweThreshold ?? []) {
    const [cwe, p] = pair.split('=');
    if (!cwe || p === undefined) throw new UsageError(`--cwe-threshold ${pair}: expected CWE=p, e.g. CWE-798=0.8`);
    cweThresholds[cweFlag(cwe, '--cwe-threshold')] = probabilityFlag(p, '--cwe-threshold');
  }
  const cacheDir =
    flags.cache === false || config['cache-dir'] === false
      ? null
      : flags.cacheDir
        ? resolve(cwd, flags.cacheDir)
        : (fromConfig(config['cache-dir'] || undefined) ?? resolve(cwd, '.cwescan-cache'));
  const baselinePath = flags.baseline ? resolve(cwd, flags.baseline) : fromConfig(config.baseline);
  const baseline = baselinePath ? await readBaseline(baselinePath) : null;
  const progress = scanProgress(!flags.quiet && process.stderr.isTTY === true);

  let result;
  try {
    result = await scanPaths({
      paths,
      cwd,
      model: flags.model ? resolve(cwd, flags.model) : fromConfig(config.model),
      threads: flags.threads ? intFlag(flags.threads, '--threads') : config.threads,
      precision: flags.precision ?? config.precision,
      threshold: flags.threshold ? probabilityFlag(flags.threshold, '--threshold') : config.threshold,
      cweThresholds,
      enabledCwes: enabled ?? null,
      include: [...(config.include ?? []), ...(flags.include ?? [])],
      exclude: [...(config.exclude ?? []), ...(flags.exclude ?? [])],
      gitignore: flags.gitignore === false ? false : (config.gitignore ?? true),
      maxFileBytes: flags.maxFileSize ? intFlag(flags.maxFileSize, '--max-file-size') : config['max-file-size'],
      cacheDir,
      perFileIgnores: Object.entries(config['per-file-ignores'] ?? {}).map(([pattern, cwes]) => ({ pattern, cwes })),
      baseline,
      batchSize: flags.batchSize ? intFlag(flags.batchSize, '--batch-size') : undefined,
      onProgress: (p) => progress.update(p),
    });
  } finally {
    progress.stop();
  }

  const color = flags.color ?? (output === undefined && process.stdout.isTTY === true && !process.env.NO_COLOR);
  const report = reporter.render(result, { color: color && format === 'text' });
  if (output) await writeFileAtomic(output, report);
  else process.stdout.write(report);

  // Warnings (a test model above all) must reach a person even when the report goes to a file or a machine.
  if (!flags.quiet && (format !== 'text' || output)) {
    for (const w of result.warnings) process.stderr.write(`cwescan: warning: ${w}\n`);
  }
  // Empty files hold nothing to scan, so --strict does not count them as missed.
  const missed = result.skipped.filter((s) => s.kind !== 'empty');
  if (flags.writeBaseline) {
    const accepted = [...result.findings, ...result.suppressed.filter((f) => f.suppression?.kind === 'baseline')];
    await writeBaseline(resolve(cwd, flags.writeBaseline), accepted);
    if (!flags.quiet) process.stderr.write(`cwescan: wrote ${accepted.length} findings to ${flags.writeBaseline}\n`);
    return flags.strict && missed.length > 0 ? 2 : 0;
  }
  if (flags.strict && missed.length > 0) {
    process.stderr.write(`cwescan: --strict: ${missed.length} files (or parts of files) were skipped\n`);
    return 2;
  }
  return result.findings.length > 0 ? 1 : 0;
}

function cweFlag(raw: string, flag: string): string {
  const entry = toTop25(raw.trim());
  if (!entry)
    throw new UsageError(`${flag}: ${raw} is not a CWE of the Top 25 (or a child of one)`, { hint: 'e.g. CWE-89' });
  return entry.id;
}

function probabilityFlag(raw: string, flag: string): number {
  const p = Number(raw);
  if (!Number.isFinite(p) || p < 0.01 || p > 1)
    throw new UsageError(`${flag} ${raw}: expected a probability from 0.01 to 1`);
  return p;
}

function intFlag(raw: string, flag: string): number {
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new UsageError(`${flag} ${raw}: expected a positive integer`);
  return n;
}
