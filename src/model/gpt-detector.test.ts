import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Detector } from './detector.js';
import { vulnerableProbability } from './detector.js';
import { LABELS } from './labels.js';
import { loadDetector } from './registry.js';
import { loadCheckpoint, writeCheckpoint, type Checkpoint } from './checkpoint.js';
import { GptScorer, softmax } from './gpt-scorer.js';
import { NONE_INDEX } from './labels.js';
import { TransformerInference } from './transformer.js';
import { int64Tensor } from '../engine/tensor.js';

const MODELS = join(import.meta.dirname, '../../test/fixtures/models');
let tuned: Detector;
let untuned: Detector;

beforeAll(async () => {
  tuned = await loadDetector(join(MODELS, 'tiny-gpt'), { threads: 1 });
  untuned = await loadDetector(join(MODELS, 'tiny-gpt-pretrained'), { threads: 1 });
});
afterAll(async () => {
  await tuned.close();
  await untuned.close();
});

describe('cwescan-gpt detector', () => {
  it('is loaded through the registry and describes itself', () => {
    expect(tuned.info).toMatchObject({ modelType: 'cwescan-gpt', name: 'tiny-gpt (test fixture)', isTestModel: false });
    expect(tuned.info.fingerprint).toMatch(/^[0-9a-f]{64}$/);
  });

  it('fingerprints the config too: a calibrated copy with the same weights must not share cached scan results', async () => {
    const ckpt = await loadCheckpoint(join(MODELS, 'tiny-gpt'));
    const root = await mkdtemp(join(tmpdir(), 'cwescan-fp-'));
    const write = (dir: string, bias: number) =>
      writeCheckpoint(join(root, dir), {
        config: { ...ckpt.config, none_logit_bias: bias },
        tokenizer: ckpt.tokenizer,
        weights: ckpt.weights,
        manifest: { ...ckpt.manifest },
      });
    await write('a', 0);
    await write('b', 1.5);
    const fp = async (dir: string) => {
      const d = await loadDetector(join(root, dir), { threads: 1 });
      await d.close();
      return d.info.fingerprint;
    };
    expect(await fp('a')).toBe(await fp('a'));
    expect(await fp('b')).not.toBe(await fp('a'));
  });

  it('gives 26 sorted probabilities summing to 1, deterministically, for fine-tuned and untuned checkpoints', async () => {
    const snippets = [
      'import os\n\ndef ping(host):\n    os.system("ping -c 1 " + host)\n',
      'def add(a, b):\n    return a + b\n',
    ];
    for (const d of [tuned, untuned]) {
      const r = await d.detect(snippets);
      expect(r).toHaveLength(2);
      for (const scores of r) {
        expect(scores.map((s) => s.cwe).sort()).toEqual([...LABELS].sort());
        expect(scores.reduce((a, s) => a + s.probability, 0)).toBeCloseTo(1, 9);
        for (let i = 1; i < scores.length; i++)
          expect(scores[i]!.probability).toBeLessThanOrEqual(scores[i - 1]!.probability);
      }
      expect(await d.detect(snippets)).toEqual(r);
    }
  });

  it('reproduces the fine-tuning labels on its training examples (the fixture reached training accuracy 1)', async () => {
    const lines = (await readFile(join(MODELS, '../finetune/train.jsonl'), 'utf8'))
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    const accepted = lines.filter((x) => x.review.status === 'accepted');
    const results = await tuned.detect(accepted.map((x) => x.code));
    expect(results.map((r) => r[0]!.cwe)).toEqual(accepted.map((x) => (x.vulnerable ? x.cwe : 'none')));
  });

  it('scores a snippet the same alone and in a batch, and max-pools windows of long code', async () => {
    const vuln = 'import os\n\ndef ping(host):\n    os.system("ping -c 1 " + host)\n';
    const filler = Array.from({ length: 60 }, (_, i) => `total_${i} = sum(range(${i}))\n`).join('');
    const [alone] = await tuned.detect([vuln]);
    const [, inBatch] = await tuned.detect([filler, vuln, 'x = 1\n']);
    for (let i = 0; i < alone!.length; i++) expect(inBatch![i]!.probability).toBeCloseTo(alone![i]!.probability, 5);
    // The vulnerable function at the end of a long file: the windows are max-pooled on P(vulnerable).
    const [long] = await tuned.detect([filler + vuln]);
    const [fillerOnly] = await tuned.detect([filler]);
    expect(vulnerableProbability(long!)).toBeGreaterThanOrEqual(vulnerableProbability(fillerOnly!) - 1e-9);
  });

  it('offers per-line scores only for models trained with line supervision', () => {
    expect(tuned.lineScores).toBeUndefined();
    expect(tuned.info.locator).toBe('occlusion');
  });
});

describe('per-line scores', () => {
  const code = 'import os\n\ndef ping(host):\n    cmd = "ping -c 1 " + host\n    os.system(cmd)\n';
  let ckpt: Checkpoint;
  let scorer: GptScorer;
  let reference: TransformerInference;
  beforeAll(async () => {
    ckpt = await loadCheckpoint(join(MODELS, 'tiny-gpt'));
    scorer = await GptScorer.create(ckpt, { threads: 1 });
    reference = await TransformerInference.create(ckpt.config, ckpt.weights, { hidden: true, threads: 1 });
  });
  afterAll(async () => {
    await scorer.release();
    await reference.release();
  });

  /** P(vulnerable) at each position of `ids`, computed in JS from the full hidden states and the tied embeddings. */
  async function referenceVulnerable(ids: number[]): Promise<number[]> {
    const h = (await reference.run(int64Tensor([1, ids.length], ids))).hidden!.data as Float32Array;
    const C = ckpt.config.n_embd;
    const wte = ckpt.weights.get('transformer.wte.weight')!.data;
    return ids.map((_, t) => {
      const z = scorer.encoder.labelIds.map((id) => {
        let s = 0;
        for (let k = 0; k < C; k++) s += h[t * C + k]! * wte[id * C + k]!;
        return s;
      });
      z[NONE_INDEX]! += ckpt.config.none_logit_bias;
      return 1 - softmax(z)[NONE_INDEX]!;
    });
  }

  it('are the label-token softmax at each line end, as the full hidden states give it', async () => {
    const [got] = await scorer.lineScores([{ code }]);
    const w = scorer.encoder.windows(code)[0]!;
    const ref = await referenceVulnerable(w.ids);
    expect(got!.map((s) => s.line)).toEqual([1, 2, 3, 4, 5]);
    got!.forEach((s, i) => expect(s.vulnerable).toBeCloseTo(ref[w.lineEnds[i]!.pos]!, 5));
    expect(await scorer.lineScores([{ code }])).toEqual([got]);
  });

  it('of long code come from the window with the highest P(vulnerable), the one the snippet score max-pools', async () => {
    const filler = Array.from({ length: 80 }, (_, i) => `total_${i} = sum(range(${i}))`).join('\n');
    const bestIndices: number[] = [];
    for (const long of [`${filler}\n${code}`, `${code}\n${filler}`, `${filler}\n${code}\n${filler}`]) {
      const windows = scorer.encoder.windows(long);
      expect(windows.length).toBeGreaterThan(1);
      const finals = await Promise.all(windows.map(async (w) => (await referenceVulnerable(w.ids)).at(-1)!));
      const best = finals.indexOf(Math.max(...finals));
      bestIndices.push(best);
      const [lines] = await scorer.lineScores([{ code: long }]);
      expect(lines!.map((s) => s.line)).toEqual(windows[best]!.lineEnds.map((e) => e.line));
    }
    expect(bestIndices.some((i) => i > 0)).toBe(true); // the choice is tested, not always the first window
  });
});
