// `cwescan eval`: scores a checkpoint on a labelled JSONL set beside its baselines and writes the report.
import { Option, type Command } from 'commander';
import { LOCATORS, type Locator, type Precision } from '../model/detector.js';
import { precisionOption } from './precision-option.js';
import pc from 'picocolors';
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../dataset/jsonl.js';
import { CwescanError, UsageError } from '../errors.js';
import {
  CARD_BASELINES,
  CARD_MODEL,
  cardBaselinesSection,
  cardModelSection,
  missingBaselineRows,
} from '../eval/model-card.js';
import { readSection, replaceSection, type SectionMarkers } from '../marked-section.js';
import type { EvalReport } from '../eval/report-model.js';
import { pct, ci } from '../eval/format.js';
import { reportJson } from '../eval/metrics-json.js';
import { DEFAULT_TRAIN_PATH, runEvaluation } from '../eval/run-eval.js';
import { writeCleanReport, writeReport } from '../eval/write-report.js';
import { cleanJson } from '../eval/clean-report.js';
import { evaluateCleanTree } from '../eval/clean-tree.js';
import type { RegisterCommand } from './commands.js';
import { countProgress, scanProgress } from './progress.js';
import { VERSION } from './version.js';

interface EvalCliOptions {
  model?: string;
  data?: string;
  baseline?: string;
  train?: string;
  classical: boolean;
  bandit: boolean;
  threshold: string;
  out?: string;
  json?: boolean;
  strict?: boolean;
  threads?: string;
  precision?: Precision;
  locator?: Locator;
  minF1?: string;
  clean?: string;
  top: string;
  card?: string;
  checkCard?: string;
  robustness?: boolean;
}

/** Example: plural(1, 'file') -> "1 file"; plural(3, 'file') -> "3 files" */
const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

function parseUnit(name: string, raw: string): number {
  const v = Number(raw);
  if (!Number.isFinite(v) || v < 0 || v > 1)
    throw new UsageError(`${name} must be a number between 0 and 1, got ${JSON.stringify(raw)}`);
  return v;
}

export const registerEval: RegisterCommand = (program: Command, setExit) => {
  program
    .command('eval')
    .description('Evaluate a checkpoint on a labelled JSONL set, beside baselines, and write a Markdown/HTML report.')
    .option('--model <ckpt>', 'checkpoint directory to evaluate')
    .option('--data <jsonl>', 'labelled examples (dataset schema), e.g. data/cwe-top25-python/splits/test.jsonl')
    .option('--baseline <ckpt>', 'the untuned (pretrained-only) checkpoint, scored the same way')
    .option('--train <jsonl>', `training set of the classical baseline (default ${DEFAULT_TRAIN_PATH} when it exists)`)
    .option('--no-classical', 'skip the bag-of-tokens + logistic regression baseline')
    .option('--no-bandit', 'skip Bandit even when it is on PATH')
    .option('--threshold <p>', 'flag when P(vulnerable) >= p', '0.5')
    .option('--out <dir>', 'write report.md, report.html, metrics.json, predictions.jsonl and charts/ here')
    .option('--json', 'print one JSON object with every metric instead of the summary')
    .option('--strict', 'fail on malformed records instead of leaving them out')
    .option('--clean <dir>', 'instead of a labelled set, scan a tree presumed safe and report findings per 1,000 lines')
    .option('--top <n>', 'with --clean: how many of the highest-scoring findings to list', '25')
    .option('--min-f1 <f1>', 'exit 1 when the binary F1 is below this (for CI gates)')
    .option('--threads <n>', 'ONNX Runtime threads for the model (default: all cores)')
    .addOption(precisionOption())
    .addOption(
      new Option(
        '--locator <way>',
        "how the localization figure places findings: the model's per-line scores (the scanner's way for line-supervised models) or occlusion (its way for others); default: the scanner's",
      ).choices(LOCATORS),
    )
    .option(
      '--robustness',
      'also score the model on rewritten copies of the set (names, quotes, imports, extracted arguments, added docstrings and comments) and report how many decisions change',
    )
    .option('--card <MODEL_CARD.md>', "rewrite the card's figures (between its eval markers) from this evaluation")
    .option(
      '--check-card <MODEL_CARD.md>',
      "exit 1 when the card's model figures, or the rows of any baseline run here, differ from this evaluation's",
    )
    .action(async (opts: EvalCliOptions) => {
      if (opts.clean !== undefined) {
        setExit(await runClean(opts));
        return;
      }
      if (!opts.model || !opts.data) {
        throw new UsageError('eval needs --model <ckpt> and --data <jsonl>', {
          hint: 'example: cwescan eval --model models/default --data data/cwe-top25-python/splits/test.jsonl --out eval-out',
        });
      }
      const threshold = parseUnit('--threshold', opts.threshold);
      const minF1 = opts.minF1 === undefined ? undefined : parseUnit('--min-f1', opts.minF1);
      const threads = opts.threads === undefined ? undefined : Number(opts.threads);
      if (threads !== undefined && !(Number.isInteger(threads) && threads > 0))
        throw new UsageError('--threads must be a positive integer');
      const progress = countProgress(process.stderr.isTTY === true && !opts.json, 'examples');
      const report = await runEvaluation({
        model: opts.model,
        data: opts.data,
        baseline: opts.baseline,
        train: opts.train,
        classical: opts.classical,
        bandit: opts.bandit,
        threshold,
        strict: opts.strict === true,
        threads,
        precision: opts.precision,
        locator: opts.locator,
        robustness: opts.robustness === true,
        version: VERSION,
        onWarning: (m) => process.stderr.write(`${pc.yellow('warning')}: ${m}\n`),
        onProgress: progress.update,
      }).finally(progress.stop);
      const written = opts.out ? await writeReport(report, opts.out) : [];
      if (opts.json) {
        process.stdout.write(JSON.stringify(reportJson(report), null, 2) + '\n');
      } else {
        const lines: string[] = [];
        const m = report.main;
        const b = m.binary;
        lines.push(
          `${pc.bold(m.model.name)} on ${report.dataset.path} (${report.dataset.examples} examples, threshold ${report.threshold})`,
        );
        if (m.model.isTestModel) lines.push(pc.yellow('test model: figures say nothing about detection quality'));
        lines.push(`  accuracy  ${pct(b.accuracy)}  (95% ${ci(b.intervals.accuracy)})`);
        lines.push(
          `  precision ${pct(b.precision)}  recall ${pct(b.recall)}  F1 ${pct(b.f1)}  TP ${b.tp} FP ${b.fp} TN ${b.tn} FN ${b.fn}`,
        );
        lines.push(
          `  CWE top-1 ${pct(m.cweTop1Accuracy)}  macro-F1 ${pct(m.multiclass.macroF1)}  twin pairs ${pct(m.twinPairs.accuracy)}  ECE ${pct(m.calibration.ece)}`,
        );
        for (const ev of report.baselines) {
          lines.push(
            `${ev.model.role} (${ev.model.name}): accuracy ${pct(ev.binary.accuracy)} precision ${pct(ev.binary.precision)} recall ${pct(ev.binary.recall)} F1 ${pct(ev.binary.f1)} CWE top-1 ${pct(ev.cweTop1Accuracy)}`,
          );
        }
        for (const x of report.robustness ?? []) {
          lines.push(
            `  rewrite ${x.edit}: ${x.examples} examples, F1 ${pct(x.before.f1)} -> ${pct(x.after.f1)}, detections kept ${x.detectedKept} of ${x.detected}, decisions changed ${x.decisionsChanged}`,
          );
        }
        for (const s of report.skipped) lines.push(pc.dim(`${s.role}: not run (${s.reason})`));
        if (report.dataset.problems.length > 0)
          lines.push(pc.yellow(`${report.dataset.problems.length} malformed records left out`));
        for (const f of written) lines.push(`wrote ${f}`);
        process.stdout.write(lines.join('\n') + '\n');
      }
      if (opts.card) await writeCard(opts.card, report, opts);
      if (opts.checkCard && !(await cardMatches(opts.checkCard, report, opts))) setExit(1);
      if (minF1 !== undefined && (report.main.binary.f1 ?? 0) < minF1) {
        process.stderr.write(`cwescan: F1 ${pct(report.main.binary.f1)} is below --min-f1 ${pct(minF1)}\n`);
        setExit(1);
      }
    });
};

/** The command a card section names: the model and data as given, so a re-run with the same paths matches. */
const cardCommand = (o: EvalCliOptions, withBaselines: boolean): string =>
  `cwescan eval --model ${o.model} --data ${o.data}${withBaselines && o.baseline ? ` --baseline ${o.baseline}` : ''}` +
  (o.threshold === '0.5' ? '' : ` --threshold ${o.threshold}`);

async function readCard(path: string): Promise<string> {
  return readFile(path, 'utf8').catch((err: unknown) => {
    throw new CwescanError('E_IO', `cannot read model card ${path}: ${(err as Error).message}`);
  });
}

/** `--card`: the model section always; the baselines section when any baseline ran. */
async function writeCard(path: string, report: EvalReport, o: EvalCliOptions): Promise<void> {
  let card = await readCard(path);
  const sections: [SectionMarkers, string][] = [[CARD_MODEL, cardModelSection(report, cardCommand(o, false))]];
  if (report.baselines.length > 0) sections.push([CARD_BASELINES, cardBaselinesSection(report, cardCommand(o, true))]);
  for (const [markers, text] of sections) {
    const next = replaceSection(card, markers, text);
    if (next === null)
      throw new UsageError(`${path} has no ${markers.begin} ... ${markers.end} markers`, {
        hint: 'Add the two marker lines where the generated figures belong.',
      });
    card = next;
  }
  await writeFileAtomic(path, card);
  process.stderr.write(`${path}: figures updated\n`);
}

/**
 * `--check-card`: does the card's model section equal what this evaluation renders, and, when baselines ran, does the
 * card hold each of their rows as rendered? Says where they differ.
 */
async function cardMatches(path: string, report: EvalReport, o: EvalCliOptions): Promise<boolean> {
  const card = await readCard(path);
  const model = modelFiguresMatch(path, card, report, o);
  const baselines = report.baselines.length === 0 || baselineRowsMatch(path, card, report, o);
  return model && baselines;
}

function modelFiguresMatch(path: string, card: string, report: EvalReport, o: EvalCliOptions): boolean {
  const have = readSection(card, CARD_MODEL);
  const want = cardModelSection(report, cardCommand(o, false));
  if (have === want) {
    process.stderr.write(`${path}: the model figures match this evaluation\n`);
    return true;
  }
  const a = (have ?? '').split('\n');
  const b = want.split('\n');
  const i = b.findIndex((line, k) => a[k] !== line);
  process.stderr.write(
    `cwescan: ${path} does not match this evaluation` +
      (have === null
        ? ` (no ${CARD_MODEL.begin} markers)\n`
        : ` at line ${i + 1} of its figures:\n  card: ${a[i] ?? ''}\n  now:  ${b[i] ?? ''}\n`),
  );
  return false;
}

function baselineRowsMatch(path: string, card: string, report: EvalReport, o: EvalCliOptions): boolean {
  const section = readSection(card, CARD_BASELINES);
  if (section === null) {
    process.stderr.write(`cwescan: ${path} has no ${CARD_BASELINES.begin} markers\n`);
    return false;
  }
  const missing = missingBaselineRows(section, cardBaselinesSection(report, cardCommand(o, true)));
  if (missing.length === 0) {
    process.stderr.write(`${path}: the baseline rows match this evaluation\n`);
    return true;
  }
  const rows = missing.map((l) => `  now:  ${l}`).join('\n');
  process.stderr.write(`cwescan: ${path} lacks these baseline rows of this evaluation:\n${rows}\n`);
  return false;
}

/** `eval --clean <dir>`: findings per 1,000 lines on presumed-safe code, beside Bandit's. Exit 0 (it is a measurement). */
async function runClean(opts: EvalCliOptions): Promise<number> {
  if (opts.data) throw new UsageError('--clean and --data are two different evaluations: pass one of them');
  const threshold = parseUnit('--threshold', opts.threshold);
  const top = Number(opts.top);
  if (!(Number.isInteger(top) && top >= 0)) throw new UsageError('--top must be a whole number');
  const threads = opts.threads === undefined ? undefined : Number(opts.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads > 0))
    throw new UsageError('--threads must be a positive integer');
  const progress = scanProgress(process.stderr.isTTY === true && !opts.json);
  const report = await evaluateCleanTree({
    dir: opts.clean as string,
    model: opts.model,
    threshold,
    bandit: opts.bandit,
    top,
    threads,
    precision: opts.precision,
    version: VERSION,
    onProgress: progress.update,
  }).finally(progress.stop);
  const written = opts.out ? await writeCleanReport(report, opts.out) : [];
  if (opts.json) {
    process.stdout.write(JSON.stringify(cleanJson(report), null, 2) + '\n');
    return 0;
  }
  const lines = [
    `${pc.bold(report.model.name)} on ${report.path}: ${report.files} files, ${report.lines} lines`,
    `  cwescan: ${plural(report.findings, 'finding')}, ${report.findingsPerKloc.toFixed(3)} per 1,000 lines, in ${plural(report.filesWithFindings, 'file')}`,
  ];
  const b = report.bandit;
  if ('skipped' in b) lines.push(pc.dim(`  bandit: not run (${b.skipped})`));
  else {
    lines.push(
      `  ${b.version}: ${b.mappedFindings} Top-25 findings (${b.mappedPerKloc.toFixed(3)} per 1,000 lines); ${b.findings} findings of all tests (${b.findingsPerKloc.toFixed(3)})`,
    );
  }
  for (const c of report.perCwe)
    lines.push(
      `  ${c.cwe.padEnd(8)} ${String(c.findings).padStart(5)}  ${c.perKloc.toFixed(3)} per 1,000 lines  ${c.name}`,
    );
  if (report.top.length > 0) lines.push('highest-scoring findings:');
  for (const f of report.top)
    lines.push(`  ${f.probability.toFixed(3)} ${f.cwe} ${f.file}:${f.line}  ${f.snippet.trim().slice(0, 100)}`);
  for (const w of report.warnings) lines.push(pc.yellow(`warning: ${w}`));
  for (const f of written) lines.push(`wrote ${f}`);
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
