// Mines a model's false positives from real code, for review. A model trained on synthetic examples flags ordinary
// real code that merely shares words with a weakness (a method named `eval` in a template compiler, a `__repr__`
// building an f-string). Those chunks are the most useful "none" examples there are, but only once someone has
// checked them: a flagged chunk may be a real weakness. So every record comes out pending, with the model's guess
// and score in its explanation, ready for `cwescan dataset review`; fine-tuning uses only the accepted ones. A chunk
// is mined when the scanner would report it: P(vulnerable) reaches the threshold (its most likely CWE is the guess).
import { vulnerableProbability, type Detector } from '../model/detector.js';
import { reportable } from '../scan/decision.js';
import { scoreBatched } from '../scan/infer.js';
import { realChunks, realRecord } from './real-code.js';
import type { Example } from './schema.js';

export interface MineRealOptions {
  /** Project or library directories; the last path component names the project in each record. */
  readonly dirs: readonly string[];
  readonly detector: Detector;
  /** Chunks whose P(vulnerable) is at least this are mined (the scanner's default is 0.5). */
  readonly threshold: number;
  /** At most this many records, highest scores first. */
  readonly max?: number;
  /** Chunks with fewer code lines are left out (a one-line getter teaches nothing). Default 3. */
  readonly minLines?: number;
  readonly batchSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface MineRealResult {
  /** Pending "none" records, highest scores first. */
  readonly records: Example[];
  /** Chunks scored, and chunks left out for size or syntax before scoring. */
  readonly scored: number;
  readonly skipped: number;
  /** Chunks at or above the threshold (more than `records` when `max` cut the list). */
  readonly flagged: number;
}

/**
 * Example: await mineRealCode({ dirs: ['/usr/lib/python3/dist-packages/jinja2'], detector, threshold: 0.5 })
 *   -> { records: [{ id: 'mined-jinja2-1c2d...', cwe: 'CWE-94', vulnerable: false, review: { status: 'pending' } }],
 *        scored: 1270, skipped: 310, flagged: 75 }
 */
export async function mineRealCode(options: MineRealOptions): Promise<MineRealResult> {
  const minLines = options.minLines ?? 3;
  const all = await realChunks(options.dirs);
  const chunks = all.filter((c) => !c.syntaxError && c.ownLines >= minLines);
  const scores = await scoreBatched(
    options.detector,
    chunks.map((c) => c.code),
    options.batchSize ?? 16,
    (done) => options.onProgress?.(done, chunks.length),
  );
  const flagged = chunks
    .flatMap((chunk, i) => {
      const top = reportable(scores[i]!, options.threshold)[0];
      return top ? [{ chunk, cwe: top.cwe, p: vulnerableProbability(scores[i]!) }] : [];
    })
    // Highest first; ties by project, path and line, so the order never depends on the walk.
    .sort((a, b) => b.p - a.p || key(a.chunk).localeCompare(key(b.chunk)));
  const model = options.detector.info.name;
  const records: Example[] = flagged.slice(0, options.max ?? flagged.length).map(({ chunk: c, cwe, p }) => {
    const base = realRecord(c, 'mined');
    return {
      ...base,
      // For a non-vulnerable record, `cwe` is the weakness the code looks like: here, the model's guess.
      cwe: cwe as Example['cwe'],
      explanation: `Real code: ${c.name} (lines ${c.start}-${c.end} of ${c.path}) from ${c.project}, flagged by ${model} as ${cwe} with P(vulnerable) ${p.toFixed(2)}. Pending review: accept it as "none" only if it has no Top-25 weakness.`,
      review: { status: 'pending', by: null, at: null, note: '' },
      tags: [...base.tags, 'mined'],
    };
  });
  return { records, scored: chunks.length, skipped: all.length - chunks.length, flagged: flagged.length };
}

function key(c: { project: string; path: string; start: number }): string {
  return `${c.project}/${c.path}:${String(c.start).padStart(8, '0')}`;
}
