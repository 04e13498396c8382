import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sampleRealCode } from './real-code.js';
import { ExampleSchema } from './schema.js';

const ORDINARY = `def mean(values):
    total = 0
    count = 0
    for v in values:
        total += v
        count += 1
    return total / count if count else 0.0
`;
const SINK_CALL = `import subprocess

def archive(name):
    cmd = ["tar", "czf", name + ".tgz", name]
    code = subprocess.call(cmd)
    if code:
        raise RuntimeError(code)
    return name + ".tgz"
`;
const SHORT = `def one():\n    return 1\n`;

/**
 * Two small "projects": alpha (one ordinary function, one sink, one short, and test code: tests/test_stats.py, a
 * Django-style app/tests.py, a conftest.py) and beta (one ordinary).
 */
function projects(): string[] {
  const root = mkdtempSync(join(tmpdir(), 'cwescan-real-'));
  const alpha = join(root, 'alpha');
  const beta = join(root, 'beta');
  mkdirSync(join(alpha, 'tests'), { recursive: true });
  mkdirSync(beta);
  writeFileSync(join(alpha, 'stats.py'), `${ORDINARY}\n\n${SINK_CALL}\n\n${SHORT}`);
  writeFileSync(join(alpha, 'tests', 'test_stats.py'), ORDINARY.replace('mean', 'median'));
  mkdirSync(join(alpha, 'app'));
  writeFileSync(join(alpha, 'app', 'tests.py'), ORDINARY.replace('mean', 'mode'));
  writeFileSync(join(alpha, 'conftest.py'), ORDINARY.replace('mean', 'spread'));
  writeFileSync(join(beta, 'util.py'), ORDINARY.replace('mean', 'average'));
  return [alpha, beta];
}

describe('sampleRealCode', () => {
  it('keeps ordinary functions of each project and leaves out sinks, short chunks and tests', async () => {
    const r = await sampleRealCode({ dirs: projects(), count: 10, seed: 1 });
    expect(r.records.map((x) => x.source).sort()).toEqual(['real:alpha', 'real:beta']);
    expect(r.records.map((x) => x.code.split('\n')[0]).sort()).toEqual(['def average(values):', 'def mean(values):']);
    expect(r.sinkChunks).toBe(1);
    for (const rec of r.records) {
      expect(ExampleSchema.safeParse(rec).success).toBe(true);
      expect(rec).toMatchObject({ vulnerable: false, cwe: null, lines: [] });
      expect(rec.review.note).toContain('not reviewed');
    }
  });

  it('takes projects in turn and gives the same sample for the same seed', async () => {
    const dirs = projects();
    const one = await sampleRealCode({ dirs, count: 1, seed: 5 });
    const again = await sampleRealCode({ dirs, count: 1, seed: 5 });
    expect(one.records.map((x) => x.id)).toEqual(again.records.map((x) => x.id));
    const two = await sampleRealCode({ dirs, count: 2, seed: 5 });
    expect(new Set(two.records.map((x) => x.source)).size).toBe(2);
  });
});
