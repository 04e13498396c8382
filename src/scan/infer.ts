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
 * The snippet cut after each code line: prefix k holds the context and the first k code lines. Used when no single
 * line's removal lowers the score (the weakness occurs twice, say): the first prefix that is still flagged ends on
 * the line that completes the first occurrence.
 */
export function prefixVariants(chunk: Chunk): { snippet: string; line: number }[] {
  const lines = chunk.code.split('\n');
  const out: { snippet: string; line: number }[] = [];
  lines.forEach((text, i) => {
    const line = chunk.lineMap[i];
    if (line === null || line === undefined || text.trim() === '' || text.trim().startsWith('#')) return;
    out.push({ snippet: lines.slice(0, i + 1).join('\n'), line });
  });
  return out;
}

/** A drop smaller than this means no single line explains the score. */
const MIN_DROP = 0.02;

/**
 * Most likely line per job. Example: for a chunk whose line 12 is `cur.execute(f"... {uid}")` and job CWE-89 with
 * base 0.95, removing line 12 drops P(CWE-89) to 0.02, more than any other line -> 12.
 */
export async function mostLikelyLines(
  detector: Detector,
  jobs: readonly OcclusionJob[],
  batchSize: number,
  floor: number,
): Promise<number[]> {
  const probabilityOf = (scores: LabelScore[] | undefined, cwe: string): number =>
    scores?.find((s) => s.cwe === cwe)?.probability ?? 0;
  const variants = jobs.map((job) => occlusionVariants(job.chunk));
  const scores = await scoreBatched(
    detector,
    variants.flat().map((v) => v.snippet),
    batchSize,
  );
  const result: (number | null)[] = [];
  let k = 0;
  jobs.forEach((job, j) => {
    let bestLine: number | null = null;
    let bestDrop = MIN_DROP;
    for (const v of variants[j] ?? []) {
      const drop = job.base - probabilityOf(scores[k++], job.cwe);
      if (drop >= bestDrop) {
        bestDrop = drop;
        bestLine = v.line;
      }
    }
    result.push(bestLine);
  });

  // Second pass, only for jobs no single line explains: the shortest prefix still at or above the floor.
  const unresolved = jobs.map((job, j) => ({ job, j })).filter(({ j }) => result[j] === null);
  if (unresolved.length > 0) {
    const prefixes = unresolved.map(({ job }) => prefixVariants(job.chunk));
    const prefixScores = await scoreBatched(
      detector,
      prefixes.flat().map((v) => v.snippet),
      batchSize,
    );
    let n = 0;
    unresolved.forEach(({ job, j }, u) => {
      const list = prefixes[u] ?? [];
      let found: number | null = null;
      for (const v of list) {
        const p = probabilityOf(prefixScores[n++], job.cwe);
        if (found === null && p >= floor) found = v.line;
      }
      result[j] = found;
    });
  }
  return jobs.map((job, j) => result[j] ?? job.chunk.startLine);
}
