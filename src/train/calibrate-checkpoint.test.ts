import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadCheckpoint } from '../model/checkpoint.js';
import { expectedTensors } from '../model/gpt-config.js';
import { loadDetector } from '../model/registry.js';
import { calibrateCheckpoint, setThreshold } from './calibrate-checkpoint.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SNIPPET = 'import os\n\ndef run(cmd):\n    os.system("ls " + cmd)\n';

const pNone = async (dir: string): Promise<number> => {
  const d = await loadDetector(dir, { threads: 1 });
  try {
    const [scores] = await d.detect([SNIPPET]);
    return scores!.find((s) => s.cwe === 'none')!.probability;
  } finally {
    await d.close();
  }
};

describe('calibrateCheckpoint', () => {
  it('rewrites a valid checkpoint whose scores carry the new none-logit bias', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cwescan-cal-')), 'tiny');
    cpSync(join(ROOT, 'test/fixtures/models/tiny-gpt'), dir, { recursive: true });
    const before = await pNone(dir);
    const r = await calibrateCheckpoint({ model: dir, val: join(ROOT, 'test/fixtures/eval/test.jsonl'), threads: 1 });
    expect(r.examples).toBe(28);
    expect(r.after.f1).toBeGreaterThanOrEqual(r.before.f1);
    expect(r.after.bias).not.toBe(0); // this fixture is not at its best-F1 point uncalibrated
    const ckpt = await loadCheckpoint(dir, { expectedTensors }); // hashes match the rewritten manifest
    expect(ckpt.config.none_logit_bias).toBe(r.after.bias);
    expect(ckpt.manifest.metrics.calibrated_val_f1).toBe(r.after.f1);
    // Odds of "none" move by exactly e^bias (the fixture had bias 0).
    const after = await pNone(dir);
    const odds = (p: number) => p / (1 - p);
    expect(Math.log(odds(after) / odds(before))).toBeCloseTo(r.after.bias, 4);
  });

  it('moves the cut to a given threshold: P(vulnerable) = t before is exactly 0.5 after', async () => {
    const dir = join(mkdtempSync(join(tmpdir(), 'cwescan-cal-')), 'tiny');
    cpSync(join(ROOT, 'test/fixtures/models/tiny-gpt'), dir, { recursive: true });
    const q = 1 - (await pNone(dir));
    const r = await setThreshold({ model: dir, threshold: q, name: 'tiny-cut' });
    expect(r.before).toBe(0);
    expect(1 - (await pNone(dir))).toBeCloseTo(0.5, 5);
    const ckpt = await loadCheckpoint(dir, { expectedTensors }); // hashes match the rewritten manifest
    expect(ckpt.config.none_logit_bias).toBe(r.after);
    expect(ckpt.config.name).toBe('tiny-cut');
    // A second move composes with the first: 0.5 now sits where 0.3 sat after the first move.
    const r2 = await setThreshold({ model: dir, threshold: 0.3 });
    expect(r2.after - r2.before).toBeCloseTo(Math.log(0.3 / 0.7), 12);
    await expect(setThreshold({ model: dir, threshold: 1 })).rejects.toThrow(/between 0 and 1/);
    await expect(setThreshold({ model: dir, threshold: Number.NaN })).rejects.toThrow(/between 0 and 1/);
  });
});
