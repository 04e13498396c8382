// Batched scoring of chunks, and occlusion: for a chunk flagged with a CWE, remove each code line in turn and
// re-score; the line whose removal lowers P(CWE) most is the most likely line of the finding.
import type { Detector, LabelScore } from '../model/detector.js';
import type { Chunk } from '../python/chunk.js';

/** Scores snippets in batches of `batchSize` (the detector parallelises inside a batch). */
export async function scoreBatched(
  detector: Detector,
  snippets: readonly string[],
  batchSize: number,
  onBatch?: (done: number) => void,
): Promise<LabelScore[][]> {
  const out: LabelScore[][] = [];
  for (let i = 0; i < snippets.length; i += batchSize) {
    const batch = snippets.slice(i, i + batchSize);
    out.push(...(await detector.detect(batch)));
    onBatch?.(Math.min(snippets.length, i + batchSize));
  }
  return out;
}

export interface OcclusionJob {
  readonly chunk: Chunk;
  readonly cwe: string;
  /** P(cwe) of the whole chunk. */
  readonly base: number;
}

/** The snippet with one line removed, for every line of the chunk's own code that is not blank or a comment. */
export function occlusionVariants(chunk: Chunk): { snippet: string; line: number }[] {
  const lines = chunk.code.split('\n');
  const out: { snippet: string; line: number }[] = [];
  lines.forEach((text, i) => {
    const line = chunk.lineMap[i];
    const t = text.trim();
    if (line === null || line === undefined || t === '' || t.startsWith('#')) return;
    out.push({ snippet: [...lines.slice(0, i), ...lines.slice(i + 1)].join('\n'), line });
  });
  return out;
}

/**
 * Most likely line per job. Example: for a chunk whose line 12 is `cur.execute(f"... {uid}")` and job CWE-89 with
 * base 0.95, removing line 12 drops P(CWE-89) to 0.02, more than any other line -> 12.
 */
export async function mostLikelyLines(
  detector: Detector,
  jobs: readonly OcclusionJob[],
  batchSize: number,
): Promise<number[]> {
  const variants = jobs.map((job) => occlusionVariants(job.chunk));
  const flat = variants.flat();
  const scores = await scoreBatched(
    detector,
    flat.map((v) => v.snippet),
    batchSize,
  );
  const result: number[] = [];
  let k = 0;
  jobs.forEach((job, j) => {
    let bestLine = job.chunk.startLine;
    let bestDrop = 1e-9; // no line lowers the score: fall back to the start of the chunk
    for (const v of variants[j] ?? []) {
      const p = scores[k++]?.find((s) => s.cwe === job.cwe)?.probability ?? 0;
      if (job.base - p > bestDrop) {
        bestDrop = job.base - p;
        bestLine = v.line;
      }
    }
    result.push(bestLine);
  });
  return result;
}
