// A real transformer checkpoint (the `train` engineer's tiny-gpt fixture, model_type cwescan-gpt, run by ONNX
// Runtime) goes through the whole scanner: same chunks as the pattern model, deterministic results, warm cache equal
// to cold, findings inside their spans. The tiny model is untrained for accuracy, so no (line, CWE) set is asserted.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cwescan, FIXTURE_MODEL, ROOT, type JsonReport } from './scan-helpers.js';

const GPT = join(ROOT, 'test', 'fixtures', 'models', 'tiny-gpt');

function scan(model: string, extra: readonly string[] = []): { code: number; report: JsonReport } {
  const r = cwescan([
    'scan',
    'test/fixtures/scan/project',
    '--model',
    model,
    '--format',
    'json',
    '--threads',
    '1',
    ...extra,
  ]);
  if (r.code === 2) throw new Error(r.stderr);
  return { code: r.code, report: JSON.parse(r.stdout) as JsonReport };
}

describe('scanning with a cwescan-gpt checkpoint', () => {
  const cache = mkdtempSync(join(tmpdir(), 'cwescan-gpt-cache-'));
  const cold = scan(GPT, ['--cache-dir', cache, '--threshold', '0.4']);

  it('runs the transformer over the same chunks as the pattern model and reports it is not a test model', () => {
    const pattern = scan(FIXTURE_MODEL, ['--no-cache']);
    expect(cold.report.model).toMatchObject({ type: 'cwescan-gpt', test_model: false });
    expect(cold.report.warnings.some((w) => w.includes('test model'))).toBe(false);
    expect(cold.report.stats.chunks).toBe(pattern.report.stats.chunks);
    expect(cold.report.stats.files).toBe(pattern.report.stats.files);
    expect(cold.code).toBe(cold.report.findings.length > 0 ? 1 : 0);
  });

  it('gives findings with probabilities at or above the threshold and lines inside their spans', () => {
    for (const f of [...cold.report.findings, ...cold.report.suppressed]) {
      expect(f.probability).toBeGreaterThanOrEqual(0.4);
      expect(f.line).toBeGreaterThanOrEqual(f.start_line);
      expect(f.line).toBeLessThanOrEqual(f.end_line);
    }
  });

  it('scores in int8 by default; --precision fp32 is reported and does not reuse int8 cache entries', () => {
    expect(cold.report.model).toMatchObject({ precision: 'int8' });
    const fp32 = scan(GPT, ['--cache-dir', cache, '--threshold', '0.4', '--precision', 'fp32']);
    expect(fp32.report.model).toMatchObject({ precision: 'fp32' });
    expect(fp32.report.stats.cached_files).toBe(0);
    expect(fp32.report.stats.chunks).toBe(cold.report.stats.chunks);
    expect(cwescan(['scan', 'test/fixtures/scan/project', '--model', GPT, '--precision', 'fp16']).code).toBe(2);
  });

  it('is deterministic, and a warm re-scan from the cache reports exactly the cold findings', () => {
    const again = scan(GPT, ['--no-cache', '--threshold', '0.4']);
    expect(again.report.findings).toEqual(cold.report.findings);
    const warm = scan(GPT, ['--cache-dir', cache, '--threshold', '0.4']);
    expect(warm.report.stats.cached_files).toBe(warm.report.stats.files);
    expect(warm.report.findings).toEqual(cold.report.findings);
  });

  it('places findings with per-line scores for a line-supervised model, in cache entries of their own', () => {
    // The same weights, declared trained with line supervision: same fingerprint, other locator.
    const lineModel = join(mkdtempSync(join(tmpdir(), 'cwescan-line-model-')), 'tiny-gpt-lines');
    cpSync(GPT, lineModel, { recursive: true });
    const manifestPath = join(lineModel, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { hyperparameters: Record<string, unknown> };
    manifest.hyperparameters.line_loss = 1;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect(cold.report.model).toMatchObject({ locator: 'occlusion' });
    const lines = scan(lineModel, ['--cache-dir', cache, '--threshold', '0.4']);
    expect(lines.report.model).toMatchObject({ locator: 'line-scores', fingerprint: cold.report.model.fingerprint });
    expect(lines.report.stats.cached_files).toBe(0);
    // Same scores, so the same (chunk, CWE) pairs; only their lines may move, and stay inside their spans.
    const key = (f: JsonReport['findings'][number]): string => `${f.file}:${f.start_line}:${f.cwe}:${f.probability}`;
    expect(lines.report.findings.map(key).sort()).toEqual(cold.report.findings.map(key).sort());
    expect(lines.report.findings.length).toBeGreaterThan(0);
    for (const f of lines.report.findings) {
      expect(f.line).toBeGreaterThanOrEqual(f.start_line);
      expect(f.line).toBeLessThanOrEqual(f.end_line);
    }
    const warm = scan(lineModel, ['--cache-dir', cache, '--threshold', '0.4']);
    expect(warm.report.stats.cached_files).toBe(warm.report.stats.files);
    expect(warm.report.findings).toEqual(lines.report.findings);
  });

  it('scans with a checkpoint stored in float16 (train set-dtype): half the file, the same findings, a new cache key', () => {
    const model = join(mkdtempSync(join(tmpdir(), 'cwescan-f16-model-')), 'tiny');
    const set = cwescan(['train', 'set-dtype', '--model', GPT, '--dtype', 'f16', '--out', model]);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/model\.safetensors F32 -> F16, 0\.2 MB -> 0\.1 MB/);
    const half = scan(model, ['--cache-dir', cache, '--threshold', '0.4']);
    expect(half.report.stats.cached_files).toBe(0); // other weights, other fingerprint: nothing of the fp32 model's reused
    expect(half.report.findings.length).toBeGreaterThan(0);
    const key = (f: JsonReport['findings'][number]): string => `${f.file}:${f.line}:${f.cwe}`;
    expect(half.report.findings.map(key)).toEqual(cold.report.findings.map(key));
    half.report.findings.forEach((f, i) =>
      expect(Math.abs(f.probability - cold.report.findings[i]!.probability)).toBeLessThan(0.01),
    );
    const refused = cwescan(['train', 'set-dtype', '--model', model, '--dtype', 'f8']);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/--dtype.*f16, bf16, f32/);
  });

  it('moves the cut into the model (train calibrate --threshold): scanning at 0.5 then flags what 0.95 flagged', () => {
    const model = join(mkdtempSync(join(tmpdir(), 'cwescan-cut-model-')), 'tiny');
    cpSync(GPT, model, { recursive: true });
    const set = cwescan(['train', 'calibrate', '--model', model, '--threshold', '0.95', '--name', 'tiny-cut']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toMatch(/none-logit bias 0\.0000 -> 2\.9444/);
    const moved = scan(model, ['--cache-dir', cache]);
    expect(moved.report.stats.cached_files).toBe(0); // another config, another fingerprint
    expect(moved.report.model).toMatchObject({ name: 'tiny-cut' });
    // Chunks and CWEs, reported or suppressed: the line a finding is placed on may move, since it is where the
    // chunk's P(vulnerable) reaches half its final value, and the bias moves those values unevenly.
    const chunks = (r: JsonReport): string[] =>
      [...r.findings, ...r.suppressed].map((f) => `${f.file}:${f.start_line}:${f.cwe}`).sort();
    // The untrained fixture is sure of every chunk (P(vulnerable) 0.88 to 0.97), so the cut that tells is a high one.
    const atCut = chunks(scan(GPT, ['--cache-dir', cache, '--threshold', '0.95']).report);
    const atHalf = chunks(scan(GPT, ['--cache-dir', cache]).report);
    expect(atCut.length).toBeGreaterThan(0);
    expect(atCut.length).toBeLessThan(atHalf.length);
    expect(chunks(moved.report)).toEqual(atCut);
    const both = cwescan(['train', 'calibrate', '--model', model, '--threshold', '0.95', '--val', 'x.jsonl']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/pass one of --val .* or --threshold/);
  });
});

describe('scanning with a model that reads code without comments and docstrings (prompt.comments "remove")', () => {
  const PLAIN = [
    'import os',
    '',
    '',
    'def run(cmd):',
    '    os.system("ls " + cmd)',
    '',
    '',
    'def query(db, name):',
    '    sql = "SELECT * FROM t WHERE n = \'%s\'" % name',
    '    return db.execute(sql)',
    '',
  ].join('\n');
  const DOCUMENTED = [
    '"""Helpers."""',
    'import os  # for the shell',
    '',
    '',
    'def run(cmd):',
    '    """Run a command.',
    '',
    '    It lists a directory.',
    '    """',
    '    # the shell does the work',
    '    os.system("ls " + cmd)',
    '',
    '',
    'def query(db, name):',
    "    '''Find a row by name.'''",
    '    sql = "SELECT * FROM t WHERE n = \'%s\'" % name  # one row',
    '    return db.execute(sql)',
    '',
  ].join('\n');

  it('finds the same on documented code as on the code without its docs, on the lines as written', () => {
    const model = join(mkdtempSync(join(tmpdir(), 'cwescan-remove-model-')), 'tiny');
    cpSync(GPT, model, { recursive: true });
    const set = cwescan(['train', 'set-prompt', '--model', model, '--comments', 'remove']);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain('"comments":"remove"');
    // Declared line-supervised, so each finding's line comes from a per-line score through the line map.
    const manifestPath = join(model, 'manifest.json');
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { hyperparameters: Record<string, unknown> };
    manifest.hyperparameters.line_loss = 1;
    writeFileSync(manifestPath, JSON.stringify(manifest));

    const found = (code: string): { text: string; cwe: string; probability: number }[] => {
      const dir = mkdtempSync(join(tmpdir(), 'cwescan-remove-project-'));
      writeFileSync(join(dir, 'app.py'), code);
      const r = cwescan(['scan', dir, '--model', model, '--format', 'json', '--threads', '1', '--no-cache']);
      expect(r.code, r.stderr).not.toBe(2);
      const lines = code.split('\n');
      return (JSON.parse(r.stdout) as JsonReport).findings
        .map((f) => ({ text: lines[f.line - 1]!.split('#')[0]!.trim(), cwe: f.cwe, probability: f.probability }))
        .sort((a, b) => a.text.localeCompare(b.text) || a.cwe.localeCompare(b.cwe));
    };
    const plain = found(PLAIN);
    expect(plain.length).toBeGreaterThan(0);
    expect(found(DOCUMENTED)).toEqual(plain);
  });
});
