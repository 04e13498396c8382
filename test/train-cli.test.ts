// End-to-end: the built CLI trains, survives kill -9 and Ctrl-C, resumes, and fine-tunes. Build first (npm run build).
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint, readManifest } from '../src/model/checkpoint.js';
import { expectedTensors } from '../src/model/gpt-config.js';
import { readTrainLog } from '../src/train/train-log.js';

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist/cli/main.js');
const TINY = [
  '--layers',
  '1',
  '--embd',
  '32',
  '--heads',
  '2',
  '--context',
  '64',
  '--vocab-size',
  '400',
  '--batch-size',
  '4',
  '--threads',
  '1',
];

async function tmp(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'cwescan-cli-'));
}

/** Starts a pretraining run and resolves once its checkpoint reaches `step`; returns the child process. */
function startUntil(out: string, step: number, extra: string[]): Promise<ReturnType<typeof spawn>> {
  return spawnUntil(out, step, [
    'train',
    'pretrain',
    '--corpus',
    'test/fixtures/corpus',
    '--out',
    out,
    ...TINY,
    ...extra,
  ]);
}

/** Starts `cwescan <args>` and resolves once the checkpoint in `out` reaches `step`; returns the child process. */
async function spawnUntil(out: string, step: number, args: string[]): Promise<ReturnType<typeof spawn>> {
  const child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, stdio: 'ignore' });
  for (let i = 0; i < 600; i++) {
    const m = await readManifest(out).catch(() => undefined);
    if (m && m.training.step >= step) return child;
    if (child.exitCode !== null) throw new Error(`training exited early with ${child.exitCode}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  child.kill('SIGKILL');
  throw new Error('no checkpoint in time');
}

function exited(child: ReturnType<typeof spawn>): Promise<{ code: number | null; signal: string | null }> {
  return new Promise((r) => child.on('exit', (code, signal) => r({ code, signal })));
}

/** The arguments of `cwescan train finetune` of the fixture base on the fixture training set, one thread. */
function finetuneArgs(out: string, extra: string[]): string[] {
  const data = ['--data', 'test/fixtures/finetune/train.jsonl'];
  return [
    'train',
    'finetune',
    '--base',
    'test/fixtures/models/tiny-gpt-pretrained',
    ...data,
    '--out',
    out,
    '--threads',
    '1',
    ...extra,
  ];
}

/** Runs that fine-tuning into `out` and waits for it. */
function finetuneFixture(out: string, extra: string[]): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [CLI, ...finetuneArgs(out, extra)], { cwd: ROOT, encoding: 'utf8' });
}

describe('cwescan train (CLI)', () => {
  it('loses at most one checkpoint interval to kill -9, leaves a valid checkpoint, and resumes to the end', async () => {
    const out = join(await tmp(), 'pre');
    const child = await startUntil(out, 20, ['--steps', '300', '--checkpoint-every', '10', '--eval-every', '100']);
    const done = exited(child);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    const ckpt = await loadCheckpoint(out, { expectedTensors }); // every hash and tensor checks out
    expect(ckpt.manifest.training.complete).toBe(false);
    expect(ckpt.manifest.training.step % 10).toBe(0);

    const r = spawnSync(
      process.execPath,
      [CLI, 'train', 'pretrain', '--corpus', 'test/fixtures/corpus', '--out', out, '--resume'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(r.stderr).toMatch(/resuming at step \d+ of 300/);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^pretrained .*: 300 steps, 76,800 tokens, validation perplexity [\d.]+\n$/);
    const steps = (await readTrainLog(out)).map((e) => e.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b)); // no step logged twice after the resume
    expect(new Set(steps).size).toBe(steps.length);
    expect(steps.at(-1)).toBe(300);
    // --resume on a finished run is a no-op, so a pipeline script that always passes it can be re-run.
    const again = spawnSync(
      process.execPath,
      [CLI, 'train', 'pretrain', '--corpus', 'test/fixtures/corpus', '--out', out, '--resume'],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/is already complete \(300 steps\); nothing to resume/);
  });

  it('stops cleanly on Ctrl-C with a resumable checkpoint at the interrupted step (exit 130)', async () => {
    const out = join(await tmp(), 'pre');
    const child = await startUntil(out, 10, ['--steps', '5000', '--checkpoint-every', '10', '--eval-every', '1000']);
    const done = exited(child);
    child.kill('SIGINT');
    expect((await done).code).toBe(130);
    const m = await readManifest(out);
    expect(m.training.complete).toBe(false);
    expect((await readTrainLog(out)).at(-1)!.step).toBeLessThanOrEqual(m.training.step);
  });

  it('resumes a fine-tuning run killed with kill -9 to the end; --resume on the finished run is a no-op', async () => {
    const out = join(await tmp(), 'ft');
    const extra = [
      '--epochs',
      '300',
      '--batch-size',
      '4',
      '--checkpoint-every',
      '5',
      '--val',
      'test/fixtures/finetune/val.jsonl',
    ];
    const child = await spawnUntil(out, 10, finetuneArgs(out, extra));
    const done = exited(child);
    child.kill('SIGKILL');
    expect((await done).signal).toBe('SIGKILL');
    const killed = await readManifest(out);
    expect(killed.training.complete).toBe(false);
    expect(killed.files['train_state.json']).toBeDefined();

    const r = finetuneFixture(out, ['--resume', '--val', 'test/fixtures/finetune/val.jsonl']);
    expect(r.stderr).toMatch(new RegExp(`resuming at step ${killed.training.step} of 900 \\(epoch \\d+\\)`));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^fine-tuned .*: \d+ epochs, \d+ steps, training accuracy [\d.]+%/);
    // Nothing logged twice across the kill (a step may have two lines: its loss, and its epoch's validation).
    const log = await readTrainLog(out);
    const steps = log.map((e) => e.step);
    expect(steps).toEqual([...steps].sort((a, b) => a - b));
    expect(new Set(log.map((e) => `${e.step} ${e.val_loss === undefined}`)).size).toBe(log.length);
    const again = finetuneFixture(out, ['--resume', '--val', 'test/fixtures/finetune/val.jsonl']);
    expect(again.status).toBe(0);
    expect(again.stdout).toMatch(/is already complete \(\d+ steps\); nothing to resume/);
  });

  it('stops fine-tuning cleanly on Ctrl-C with a resumable checkpoint (exit 130)', async () => {
    const out = join(await tmp(), 'ft');
    const child = await spawnUntil(out, 5, finetuneArgs(out, ['--epochs', '300', '--checkpoint-every', '5']));
    const done = exited(child);
    child.kill('SIGINT');
    expect((await done).code).toBe(130);
    const m = await readManifest(out);
    expect(m.training.complete).toBe(false);
    expect(m.files['optimizer.safetensors']).toBeDefined();
  });

  it('fine-tunes from a checkpoint and reports bad input with exit code 2', async () => {
    const dir = await tmp();
    const ok = finetuneFixture(join(dir, 'ft'), ['--val', 'test/fixtures/finetune/val.jsonl', '--epochs', '2']);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(
      /^fine-tuned .*: 2 epochs, 4 steps, training accuracy [\d.]+%, validation accuracy [\d.]+% \(epoch \d\), [\d.]+ s\n$/,
    );
    const bad = spawnSync(
      process.execPath,
      [CLI, 'train', 'finetune', '--base', join(dir, 'nope'), '--data', 'x.jsonl', '--out', join(dir, 'o')],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/error E_CHECKPOINT: .*nope\/manifest.json is missing/);
    const steps = spawnSync(
      process.execPath,
      [CLI, 'train', 'pretrain', '--corpus', '.', '--out', join(dir, 'p'), '--steps', 'many'],
      { cwd: ROOT, encoding: 'utf8' },
    );
    expect(steps.status).toBe(2);
  });

  it('continues a pretrained checkpoint with --init (recording --eval-sequences), and refuses shape options beside it', async () => {
    const dir = await tmp();
    const base = 'test/fixtures/models/tiny-gpt-pretrained';
    const run = (extra: string[]) =>
      spawnSync(
        process.execPath,
        [CLI, 'train', 'pretrain', '--corpus', 'test/fixtures/corpus', '--init', base, '--threads', '1', ...extra],
        { cwd: ROOT, encoding: 'utf8' },
      );
    const refused = run(['--out', join(dir, 'bad'), '--layers', '2', '--vocab-size', '300']);
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/--init takes the model's shape and tokenizer from .*; drop --layers, --vocab-size/);
    // The fixture's context is 192 tokens: 4 steps x 2 sequences x 192 = 1,536 tokens.
    const ok = run([
      ...['--out', join(dir, 'more'), '--steps', '4', '--batch-size', '2', '--eval-every', '4', '--quiet'],
      ...['--eval-sequences', '3'],
    ]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/^pretrained .*more: 4 steps, 1,536 tokens, validation perplexity [\d.]+\n$/);
    const m = await readManifest(join(dir, 'more'));
    expect(m.base).toEqual({ path: base, weights_sha256: (await loadCheckpoint(base)).fingerprint });
    expect(m.hyperparameters).toMatchObject({ eval_sequences: 3, eval_every: 4 });
  });

  it('averages two fine-tuned runs with train soup, scoring them on --val; refuses a pretrained one (exit 2)', async () => {
    const dir = await tmp();
    const ft = (seed: string) => finetuneFixture(join(dir, `s${seed}`), ['--epochs', '1', '--seed', seed, '--quiet']);
    expect(ft('1').status).toBe(0);
    expect(ft('2').status).toBe(0);
    const soup = (inputs: string[], out: string) =>
      spawnSync(
        process.execPath,
        [CLI, 'train', 'soup', ...inputs, '--out', out, '--val', 'test/fixtures/finetune/val.jsonl', '--threads', '1'],
        { cwd: ROOT, encoding: 'utf8' },
      );
    const ok = soup([join(dir, 's1'), join(dir, 's2')], join(dir, 'soup'));
    expect(ok.status).toBe(0);
    const score = /: validation label loss [\d.]+, accuracy [\d.]+%, F1 [\d.]+%\n/.source;
    expect(ok.stdout).toMatch(new RegExp(`^  .*s1${score}  .*s2${score}soup of 2 runs -> .*soup${score}$`));
    await loadCheckpoint(join(dir, 'soup'), { expectedTensors }); // hashes match its manifest
    const refused = soup([join(dir, 's1'), 'test/fixtures/models/tiny-gpt-pretrained'], join(dir, 'no'));
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/cannot soup .* is a pretrained checkpoint/);
  });
});
