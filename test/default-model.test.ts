// The shipped default model (models/default), checked the way a user relies on it: the checkpoint loads with every
// file's hash matching its manifest, it stays under the 50 MB budget, and `cwescan eval` on the committed test split
// reproduces the figures in its MODEL_CARD.md exactly (inference is deterministic). While models/default is still
// the placeholder pattern model, only the first checks apply, and the test says so.
import { cpSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint } from '../src/model/checkpoint.js';
import { expectedTensors } from '../src/model/gpt-config.js';
import { loadDetector } from '../src/model/registry.js';
import { getPythonParser } from '../src/python/parser.js';
import { rewriteChain, rewritePython } from '../src/python/rewrite.js';
import { cli, ROOT } from './eval-helpers.js';

const DIR = join(ROOT, 'models/default');
const config = JSON.parse(readFileSync(join(DIR, 'config.json'), 'utf8')) as { model_type: string };
const trained = config.model_type === 'cwescan-gpt';

describe('models/default', () => {
  it('loads through the model registry', async () => {
    const detector = await loadDetector(DIR, { threads: 1 });
    try {
      expect(detector.info.isTestModel).toBe(!trained);
      const [scores] = await detector.detect(['import os\n\ndef list_home():\n    return os.listdir(".")\n']);
      expect(scores!.reduce((s, x) => s + x.probability, 0)).toBeCloseTo(1, 5);
    } finally {
      await detector.close();
    }
  });

  it.runIf(trained)('matches its manifest (sha256 of every file) and stays under 50 MB', async () => {
    const ckpt = await loadCheckpoint(DIR, { expectedTensors });
    expect(ckpt.manifest.files['model.safetensors']).toBeDefined();
    expect(statSync(join(DIR, 'model.safetensors')).size).toBeLessThan(50 * 1024 * 1024);
  });

  it.runIf(trained)('reproduces the figures of its model card on the test split, and the untuned rows', () => {
    const r = cli([
      'eval',
      '--model',
      'models/default',
      '--baseline',
      'models/pretrained',
      '--data',
      'data/cwe-top25-python/splits/test.jsonl',
      '--no-classical',
      '--no-bandit',
      '--check-card',
      'models/default/MODEL_CARD.md',
    ]);
    expect(r.stderr).toContain('the model figures match this evaluation');
    expect(r.stderr).toContain('the baseline rows match this evaluation');
    expect(r.code).toBe(0);
  });

  it.runIf(trained)('finds the same on the example app written with single quotes (prompt.quotes)', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cwescan-quotes-')), 'app');
    cpSync(join(ROOT, 'examples/flask-app'), dir, { recursive: true });
    const parser = await getPythonParser();
    let swapped = 0;
    for (const f of ['app.py', 'calc.py', 'config.py']) {
      const r = rewritePython(parser, readFileSync(join(dir, f), 'utf8'), [], 'string-quotes');
      if (r && r.code.includes("'")) {
        writeFileSync(join(dir, f), r.code);
        swapped++;
      }
    }
    parser.delete();
    expect(swapped).toBeGreaterThan(0);
    const scan = (target: string) => {
      const r = cli(['scan', target, '--format', 'json', '--no-cache']);
      expect(r.code).toBe(1); // findings
      const report = JSON.parse(r.stdout) as {
        findings: { file: string; line: number; cwe: string; probability: number }[];
      };
      return report.findings.map((x) => [x.file.split('/').pop(), x.line, x.cwe, x.probability.toFixed(6)]);
    };
    expect(scan(dir)).toEqual(scan(join(ROOT, 'examples/flask-app')));
  });

  it.runIf(trained)(
    'finds the same on the example app with comments and docstrings added (prompt.comments)',
    async () => {
      const dir = join(mkdtempSync(join(tmpdir(), 'cwescan-comments-')), 'app');
      cpSync(join(ROOT, 'examples/flask-app'), dir, { recursive: true });
      const parser = await getPythonParser();
      const files = ['app.py', 'calc.py', 'config.py'];
      for (const f of files) {
        const r = rewriteChain(parser, readFileSync(join(dir, f), 'utf8'), [], ['add-comments', 'add-docstrings']);
        if (r) writeFileSync(join(dir, f), r.code);
      }
      parser.delete();
      // Findings compared by the text of their line: the added lines move everything below them.
      const scan = (target: string) => {
        const r = cli(['scan', target, '--format', 'json', '--no-cache']);
        expect(r.code).toBe(1); // findings
        const report = JSON.parse(r.stdout) as {
          findings: { file: string; line: number; cwe: string; probability: number }[];
        };
        return report.findings
          .map((x) => {
            const name = x.file.split('/').pop()!;
            const lines = readFileSync(join(target, name), 'utf8').split('\n');
            return [name, lines[x.line - 1]!.trim(), x.cwe, x.probability.toFixed(6)];
          })
          .sort((a, b) => a.join().localeCompare(b.join()));
      };
      const commented = scan(dir);
      expect(commented.length).toBeGreaterThan(0);
      expect(commented).toEqual(scan(join(ROOT, 'examples/flask-app')));
    },
  );
});
