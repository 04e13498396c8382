import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDetector } from '../model/registry.js';
import { mineRealCode } from './mine-real.js';
import { ExampleSchema } from './schema.js';

// The eval fixture's pattern model: os.system -> CWE-78 (0.85), pickle.loads -> CWE-502 (0.8), eval( -> CWE-94 (0.7).
const MODEL = 'test/fixtures/eval/pattern-model';

const SOURCE = `import os
import pickle


def restart(service):
    name = service.strip()
    if not name:
        raise ValueError("empty")
    os.system("systemctl restart " + name)
    return name


def load_state(blob):
    data = pickle.loads(blob)
    if not isinstance(data, dict):
        raise TypeError("state")
    return data


def mean(values):
    total = sum(values)
    count = len(values)
    return total / count if count else 0.0


def one():
    return 1
`;

function project(): string {
  const root = mkdtempSync(join(tmpdir(), 'cwescan-mine-'));
  const dir = join(root, 'Alpha');
  mkdirSync(join(dir, 'tests'), { recursive: true });
  writeFileSync(join(dir, 'ops.py'), SOURCE);
  writeFileSync(join(dir, 'tests', 'test_ops.py'), 'def test_x():\n    x = eval("1")\n    assert x == 1\n');
  return dir;
}

describe('mineRealCode', () => {
  it('writes the chunks the model would report as pending records, highest score first', async () => {
    const detector = await loadDetector(MODEL);
    try {
      const r = await mineRealCode({ dirs: [project()], detector, threshold: 0.5 });
      expect(r.records.map((x) => [x.cwe, x.code.includes('def restart'), x.code.includes('def load_state')])).toEqual([
        ['CWE-78', true, false],
        ['CWE-502', false, true],
      ]);
      expect(r.flagged).toBe(2);
      // restart, load_state and mean are scored; the one-line function is too short, tests/ is not walked.
      expect(r.scored).toBe(3);
      for (const rec of r.records) {
        expect(ExampleSchema.safeParse(rec).success).toBe(true);
        expect(rec).toMatchObject({ vulnerable: false, lines: [], source: 'real:alpha', tags: ['alpha', 'mined'] });
        expect(rec.review).toEqual({ status: 'pending', by: null, at: null, note: '' });
        expect(rec.id).toMatch(/^mined-alpha-[0-9a-f]{12}$/);
        expect(rec.explanation).toContain('ops.py');
      }
    } finally {
      await detector.close();
    }
  });

  it('honours the threshold and the maximum', async () => {
    const detector = await loadDetector(MODEL);
    try {
      const dir = project();
      const strict = await mineRealCode({ dirs: [dir], detector, threshold: 0.82 });
      expect(strict.records.map((x) => x.cwe)).toEqual(['CWE-78']);
      const capped = await mineRealCode({ dirs: [dir], detector, threshold: 0.5, max: 1 });
      expect(capped.records.map((x) => x.cwe)).toEqual(['CWE-78']);
      expect(capped.flagged).toBe(2);
    } finally {
      await detector.close();
    }
  });
});
