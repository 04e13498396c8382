// End-to-end on a real transformer: the tiny cwescan-gpt checkpoints from branch train (test/fixtures/models,
// built by scripts/make-tiny-fixture.ts) evaluated through the CLI, cross-checked against the predict API in-process.
import { readFile } from 'node:fs/promises';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { vulnerableProbability } from '../src/model/detector.js';
import { loadDetector } from '../src/model/registry.js';
import { cli, FIX, ROOT } from './eval-helpers.js';

const TINY = `${ROOT}test/fixtures/models/tiny-gpt`;
const TINY_PRE = `${ROOT}test/fixtures/models/tiny-gpt-pretrained`;
const ARGS = [
  'eval',
  '--model',
  TINY,
  '--baseline',
  TINY_PRE,
  '--data',
  `${FIX}/test.jsonl`,
  '--no-classical',
  '--no-bandit',
];

describe('cwescan eval on the tiny real cwescan-gpt checkpoint', () => {
  it('scores the fine-tuned and the untuned checkpoint, with both training phases charted', async () => {
    const out = await mkdtemp(join(tmpdir(), 'cwescan-eval-tiny-'));
    const r = cli([...ARGS, '--json', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const j = JSON.parse(r.stdout);
    expect(j.model.model_type).toBe('cwescan-gpt');
    expect(j.model.is_test_model).toBe(false);
    const b = j.binary;
    expect(b.tp + b.fp + b.tn + b.fn).toBe(28);
    expect(b.tp + b.fn).toBe(12);
    expect(b.accuracy).toBeCloseTo((b.tp + b.tn) / 28, 12);
    expect(
      j.baselines.map((x: { model: { role: string; model_type: string } }) => [x.model.role, x.model.model_type]),
    ).toEqual([['untuned', 'cwescan-gpt']]);
    // The fine-tuned log holds the finetune phase; the pretrain phase comes from the --baseline checkpoint's log.
    expect(j.train_log.phases).toEqual(['pretrain', 'finetune']);
    expect(j.train_log.sources).toEqual([join(TINY_PRE, 'train_log.jsonl'), join(TINY, 'train_log.jsonl')]);
    const html = await readFile(join(out, 'report.html'), 'utf8');
    expect(html).toContain('data-chart="loss-curves"');

    // The CLI's decisions agree with the predict API called directly on the same snippets.
    const lines = (await readFile(`${FIX}/test.jsonl`, 'utf8')).trim().split('\n');
    const examples = lines.map((l) => JSON.parse(l) as { code: string; vulnerable: boolean });
    const detector = await loadDetector(TINY, { threads: 1 });
    try {
      const scores = await detector.detect(examples.map((e) => e.code));
      const flagged = scores.map((s) => vulnerableProbability(s) >= 0.5);
      expect(flagged.filter((f, i) => f && examples[i]!.vulnerable).length).toBe(b.tp);
      expect(flagged.filter((f, i) => f && !examples[i]!.vulnerable).length).toBe(b.fp);
    } finally {
      await detector.close();
    }
  });

  it('is deterministic: two runs give the same metrics', () => {
    const strip = (s: string) => {
      const j = JSON.parse(s);
      delete j.created_at;
      delete j.seconds;
      for (const x of j.baselines) delete x.seconds;
      return j;
    };
    const a = cli([...ARGS, '--json']);
    const b = cli([...ARGS, '--json']);
    expect(a.code).toBe(0);
    expect(strip(a.stdout)).toEqual(strip(b.stdout));
  });

  it('writes the figures of a model card and checks them: the same run matches, an edited figure or baseline row does not', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cwescan-card-'));
    const card = join(dir, 'MODEL_CARD.md');
    await writeFile(
      card,
      '# card\n\n<!-- eval:model:begin -->\n<!-- eval:model:end -->\n\n<!-- eval:baselines:begin -->\n<!-- eval:baselines:end -->\n',
    );
    const wrote = cli([...ARGS, '--card', card]);
    expect(wrote.code, wrote.stderr).toBe(0);
    const text = await readFile(card, 'utf8');
    expect(text).toContain('| F1 |');
    expect(text).toMatch(/untuned: /);
    const modelOnly = ARGS.filter((a, i) => a !== '--baseline' && ARGS[i - 1] !== '--baseline');
    const same = cli([...modelOnly, '--check-card', card]);
    expect(same.code, same.stderr).toBe(0);
    expect(same.stderr).toContain('the model figures match this evaluation');
    await writeFile(card, text.replace(/\| accuracy \| [0-9.]+%/, '| accuracy | 99.99%'));
    const edited = cli([...modelOnly, '--check-card', card]);
    expect(edited.code).toBe(1);
    expect(edited.stderr).toMatch(/does not match this evaluation at line \d+/);
    // With the untuned baseline run as well, its rows are checked too.
    await writeFile(card, text);
    const withBase = cli([...ARGS, '--check-card', card]);
    expect(withBase.code, withBase.stderr).toBe(0);
    expect(withBase.stderr).toContain('the baseline rows match this evaluation');
    await writeFile(
      card,
      text.replace(/(\| untuned: [^|]+\| )[0-9.]+%/, (_all, head: string) => `${head}99.99%`),
    );
    const base = cli([...ARGS, '--check-card', card]);
    expect(base.code).toBe(1);
    expect(base.stderr).toContain('the model figures match this evaluation');
    expect(base.stderr).toMatch(/lacks these baseline rows of this evaluation:\n {2}now: {2}\| untuned: /);
  });
});
