// The scanner: discover -> read -> chunk -> score (batched, cached) -> findings -> suppressions. scanPaths() is the
// programmatic API the CLI and the evaluator call; it never imports or runs the code it reads.
import { createHash } from 'node:crypto';
import { statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VERSION } from '../cli/version.js';
import { canonicalCweId, type CweId } from '../cwe/catalog.js';
import { vulnerableProbability, type Detector, type DetectorInfo, type Precision } from '../model/detector.js';
import {
  CHUNKER_VERSION,
  chunkPython,
  DEFAULT_CHUNK_OPTIONS,
  syntaxErrorLine,
  type Chunk,
  type ChunkOptions,
} from '../python/chunk.js';
import { getPythonParser } from '../python/parser.js';
import { CACHE_FORMAT, ResultCache, type CacheEntry, type CachedChunk } from './cache.js';
import { reportable } from './decision.js';
import { discover, type DiscoveredFile } from './discover.js';
import { makeFindings, type RawFinding } from './findings.js';
import { openModel, ownedBy, type ModelHandle } from './model-handle.js';
import { placeFindings, scoreBatched, type OcclusionJob } from './infer.js';
import { decodeSource, DEFAULT_MAX_FILE_BYTES, readSourceBytes } from './source.js';
import { FileIndex, type KnownFile } from './file-index.js';
import { countBareIgnores, inlineSuppression, PerFileIgnores, type PerFileIgnore } from './suppress.js';
import type { Finding, ScanResult, SkipReason, Skipped } from './types.js';

/** Version of the JSON report schema (docs/json-schema.md). */
export const REPORT_SCHEMA_VERSION = '1.0';

export const DEFAULT_THRESHOLD = 0.5;

/** The model shipped with cwescan, used when neither --model nor config names one. */
export const DEFAULT_MODEL_DIR = fileURLToPath(new URL('../../models/default', import.meta.url));

export interface ScanProgress {
  readonly filesDone: number;
  readonly filesTotal: number;
  readonly chunksDone: number;
}

export interface ScanOptions {
  /** Files and directories to scan, relative to `cwd`. */
  readonly paths: readonly string[];
  /** Working directory; report paths are relative to it. Default: process.cwd(). */
  readonly cwd?: string;
  /** An already loaded detector (the caller closes it); otherwise `model` is loaded and closed here. */
  readonly detector?: Detector;
  /** Checkpoint directory. Default: the embedded models/default. */
  readonly model?: string;
  /** ONNX Runtime threads for the model. */
  readonly threads?: number;
  /** Linear-layer arithmetic of the model (default int8). */
  readonly precision?: Precision;
  /** Report a CWE when its probability is at least this. Default 0.5. */
  readonly threshold?: number;
  /** Per-CWE thresholds, e.g. { 'CWE-798': 0.8 }. */
  readonly cweThresholds?: Readonly<Record<string, number>>;
  /** Only these CWEs are reported (default: all 25). */
  readonly enabledCwes?: readonly string[] | null;
  readonly include?: readonly string[];
  readonly exclude?: readonly string[];
  /** Honour .gitignore files. Default true. */
  readonly gitignore?: boolean;
  readonly maxFileBytes?: number;
  /** Result cache directory; null disables the cache. Default: <cwd>/.cwescan-cache. */
  readonly cacheDir?: string | null;
  readonly perFileIgnores?: readonly PerFileIgnore[];
  /** Fingerprints of accepted findings (see baseline.ts). */
  readonly baseline?: ReadonlySet<string> | null;
  /** Snippets per detector call. Default 32. */
  readonly batchSize?: number;
  readonly chunking?: ChunkOptions;
  readonly onProgress?: (progress: ScanProgress) => void;
}

interface Pending {
  readonly file: DiscoveredFile;
  readonly mentions: boolean;
  readonly text: string;
  readonly key: string | null;
  readonly chunks: readonly Chunk[];
  readonly syntaxError: number | null;
}

interface Done {
  readonly file: DiscoveredFile;
  /** The file's bytes contain "cwescan" (maybe an inline ignore comment). */
  readonly mentions: boolean;
  /** The decoded text, or null for cache hits (read and decoded again if a finding needs it). */
  readonly text: string | null;
  readonly entry: CacheEntry;
}

/**
 * Scans files and directories and returns findings, suppressed findings and skipped files.
 * Example: await scanPaths({ paths: ['examples/flask-app'], cacheDir: null })
 *   -> { findings: [{ file: 'examples/flask-app/app.py', line: 21, cwe: 'CWE-89', probability: 0.95, ... }],
 *        skipped: [], warnings: ['model "..." is a test model ...'], stats: { files: 3, ... }, ... }
 */
export async function scanPaths(options: ScanOptions): Promise<ScanResult> {
  const started = performance.now();
  const cwd = resolve(options.cwd ?? process.cwd());
  const cacheDir = options.cacheDir === undefined ? resolve(cwd, '.cwescan-cache') : options.cacheDir;
  const model = options.detector
    ? ownedBy(options.detector)
    : await openModel(
        resolve(cwd, options.model ?? DEFAULT_MODEL_DIR),
        { threads: options.threads, precision: options.precision },
        cacheDir ? resolve(cwd, cacheDir) : null,
      );
  try {
    return await run(options, cwd, model, cacheDir, started);
  } finally {
    await model.close();
  }
}

async function run(
  options: ScanOptions,
  cwd: string,
  model: ModelHandle,
  cacheDir: string | null,
  started: number,
): Promise<ScanResult> {
  const threshold = options.threshold ?? DEFAULT_THRESHOLD;
  const cweThresholds = new Map<string, number>();
  for (const [k, v] of Object.entries(options.cweThresholds ?? {})) cweThresholds.set(canonicalCweId(k) ?? k, v);
  const enabled = options.enabledCwes ? new Set(options.enabledCwes.map((c) => canonicalCweId(c) ?? c)) : null;
  const thresholdFor = (cwe: string): number => cweThresholds.get(cwe) ?? threshold;
  const isEnabled = (cwe: string): boolean => cwe !== 'none' && (enabled === null || enabled.has(cwe));
  // Most-likely lines are computed for every CWE that could be reported under the current thresholds.
  const floor = Math.min(threshold, ...cweThresholds.values());
  const batchSize = options.batchSize ?? 32;
  const chunking = options.chunking ?? DEFAULT_CHUNK_OPTIONS;
  const maxFileBytes = options.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;

  const discovery = await discover({
    paths: options.paths,
    cwd,
    include: options.include,
    exclude: options.exclude,
    gitignore: options.gitignore,
  });
  const skipped: Skipped[] = [...discovery.skipped];
  const salt = JSON.stringify({
    scanner: VERSION,
    model: model.info.fingerprint,
    precision: model.info.precision,
    locator: model.info.locator ?? 'occlusion',
    chunking,
    chunker: CHUNKER_VERSION,
  });
  const cache = cacheDir ? new ResultCache(resolve(cwd, cacheDir), salt) : null;
  // The parser (a wasm module) is loaded on the first cache miss: a fully cached re-scan never needs it.
  let parser: Awaited<ReturnType<typeof getPythonParser>> | null = null;

  const done: Done[] = [];
  let pending: Pending[] = [];
  let pendingChunks = 0;
  let chunksDone = 0;
  let cachedFiles = 0;
  let lines = 0;
  let filesDone = 0;
  const total = discovery.files.length;
  const progress = (): void => options.onProgress?.({ filesDone, filesTotal: total, chunksDone });

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const scored = await scoreFiles(pending, await model.get(), batchSize, floor, (n) => {
      chunksDone += n;
      progress();
    });
    for (const d of scored) {
      done.push(slim(d));
      if (cache && d.key) await cache.set(d.key, d.entry);
    }
    filesDone += pending.length;
    pending = [];
    pendingChunks = 0;
    progress();
  };

  // Reads and cache look-ups run a window of files ahead, so a warm re-scan waits on the disk in parallel. With
  // the file index a file whose size, inode, mtime and ctime are unchanged is not even read: its content hash is
  // known. A cache hit needs no decoding either: the text is only needed for findings.
  const index = cache ? await FileIndex.open(cache.dir) : null;
  const load = async (file: DiscoveredFile): Promise<Loaded> => {
    const seenAt = Date.now();
    const st = index ? statOrNull(file.path) : null;
    const known = st && index && st.size <= maxFileBytes ? index.lookup(file.path, st) : null;
    if (known && cache) {
      const hit = await cache.get(cache.keyOf(known.hash), floor);
      if (hit) return { file, kind: 'hit', lines: known.lines, mentions: known.mentions, entry: hit };
    }
    const raw = readSourceBytes(file.path, maxFileBytes);
    if (!raw.ok) return { file, kind: 'skip', kindOfSkip: raw.kind, reason: raw.reason };
    const facts: KnownFile = {
      hash: createHash('sha256').update(raw.bytes).digest('hex'),
      lines: countLines(raw.bytes),
      mentions: raw.bytes.includes('cwescan'),
    };
    const key = cache ? cache.keyOf(facts.hash) : null;
    const hit = cache && key ? await cache.get(key, floor) : null;
    const src = hit ? null : decodeSource(raw.bytes, maxFileBytes);
    if (src && !src.ok) return { file, kind: 'skip', kindOfSkip: src.kind, reason: src.reason };
    if (index && st) index.record(file.path, st, facts, seenAt);
    if (hit) return { file, kind: 'hit', lines: facts.lines, mentions: facts.mentions, entry: hit };
    return { file, kind: 'miss', lines: facts.lines, mentions: facts.mentions, key, text: src!.ok ? src!.text : '' };
  };
  const READ_AHEAD = 32;
  const loads: (Promise<Loaded> | undefined)[] = discovery.files.slice(0, READ_AHEAD).map(load);
  for (let i = 0; i < discovery.files.length; i++) {
    const next = discovery.files[i + READ_AHEAD];
    if (next) loads.push(load(next));
    const loaded = await loads[i]!;
    loads[i] = undefined; // let the text of files already handled be collected
    const file = loaded.file;
    if (loaded.kind === 'skip') {
      skipped.push({ file: file.display, kind: loaded.kindOfSkip, reason: loaded.reason });
      filesDone++;
      continue;
    }
    lines += loaded.lines;
    if (loaded.kind === 'hit') {
      done.push(slim({ file, mentions: loaded.mentions, text: null, entry: loaded.entry }));
      cachedFiles++;
      chunksDone += loaded.entry.chunkCount;
      filesDone++;
      if (filesDone % 50 === 0) progress();
      continue;
    }
    parser ??= await getPythonParser();
    const tree = parser.parse(loaded.text);
    if (!tree) {
      skipped.push({ file: file.display, kind: 'syntax-error', reason: 'the parser gave up on this file' });
      filesDone++;
      continue;
    }
    let chunks: Chunk[];
    let syntaxError: number | null;
    try {
      chunks = chunkPython(loaded.text, tree, chunking);
      syntaxError = syntaxErrorLine(tree);
    } catch (err) {
      // One pathological file (say, generated code nested beyond the stack) must not end the scan.
      skipped.push({
        file: file.display,
        kind: 'unreadable',
        reason: `could not be chunked: ${(err as Error).message}`,
      });
      filesDone++;
      continue;
    } finally {
      tree.delete(); // trees live in wasm memory: free them, or a large scan runs out
    }
    pending.push({ file, mentions: loaded.mentions, text: loaded.text, key: loaded.key, chunks, syntaxError });
    pendingChunks += chunks.length;
    // Files parsed and waiting for the model count as progress too, so the bar moves between model calls.
    if (pending.length % 8 === 0) {
      options.onProgress?.({ filesDone: filesDone + pending.length, filesTotal: total, chunksDone });
    }
    if (pendingChunks >= batchSize * 8) await flush();
  }
  await flush();
  parser?.delete();
  await index?.save();

  // Findings come from cache entries only, so cold and warm scans report exactly the same thing.
  const perFile = new PerFileIgnores(options.perFileIgnores ?? []);
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  let bare = 0;
  for (const d of done.sort((a, b) => a.file.display.localeCompare(b.file.display))) {
    // Most files have nothing to report: split lines and look for comments only when needed (warm scans are I/O).
    const text = (): string => d.text ?? textOf(d.file.path);
    if (d.mentions) bare += countBareIgnores(text());
    const raw: RawFinding[] = [];
    if (d.entry.syntaxError !== null) {
      // Chunks holding the error are not scored; the rest of the file is. An error outside every chunk (in an
      // import, say) costs nothing, but is still reported.
      const broken = d.entry.chunks.filter((c) => c.syntaxErrorLine !== null).length;
      const total = d.entry.chunkCount;
      const what =
        broken === 0
          ? 'outside the scanned code; the whole file was scanned'
          : broken === total
            ? 'nothing in this file was scanned'
            : `${broken} of ${total} chunks not scanned, the rest was`;
      skipped.push({
        file: d.file.display,
        kind: 'syntax-error',
        reason: `syntax error at line ${d.entry.syntaxError}: ${what}`,
        line: d.entry.syntaxError,
      });
    }
    for (const c of d.entry.chunks) {
      if (c.syntaxErrorLine !== null) continue;
      c.scores.forEach(([label, p], i) => {
        // The first score is the chunk's most likely CWE, judged as the evaluator judges a snippet: by P(vulnerable).
        // The others can only be reported below 0.5, each by its own probability.
        const score = i === 0 ? c.vulnerable : p;
        if (!isEnabled(label) || score < thresholdFor(label)) return;
        raw.push({
          file: d.file.display,
          cwe: label as CweId,
          probability: score,
          cweProbability: p,
          startLine: c.startLine,
          endLine: c.endLine,
          line: c.lines[label] ?? c.startLine,
          chunk: c.name,
          chunkKind: c.kind,
        });
      });
    }
    if (raw.length === 0) continue;
    const fileLines = text().split('\n');
    for (const f of makeFindings(raw, fileLines)) {
      const why =
        inlineSuppression(f, fileLines) ??
        perFile.match([d.file.rel, d.file.display], f.cwe) ??
        (options.baseline?.has(f.fingerprint) ? { kind: 'baseline' as const, justification: 'in the baseline' } : null);
      if (why) suppressed.push({ ...f, suppression: why });
      else findings.push(f);
    }
  }

  const warnings: string[] = [];
  if (model.info.isTestModel) warnings.push(testModelWarning(model.info));
  if (bare > 0) {
    warnings.push(
      bare === 1
        ? '1 bare "# cwescan: ignore" comment suppresses every CWE on its line; name the CWE instead: "# cwescan: ignore[CWE-89]"'
        : `${bare} bare "# cwescan: ignore" comments suppress every CWE on their lines; name the CWE instead: "# cwescan: ignore[CWE-89]"`,
    );
  }
  if (cache?.problem) warnings.push(cache.problem);
  if (discovery.files.length === 0) {
    warnings.push(
      `no Python files to scan under ${options.paths.join(', ')} (.py files and python shebang scripts; check --exclude, --include and .gitignore)`,
    );
  }

  return {
    scannerVersion: VERSION,
    model: model.info,
    findings,
    suppressed,
    skipped: skipped.sort((a, b) => a.file.localeCompare(b.file)),
    warnings,
    stats: {
      files: done.length,
      lines,
      chunks: done.reduce((n, d) => n + d.entry.chunkCount, 0),
      cachedFiles,
      seconds: Math.round((performance.now() - started) / 10) / 100,
    },
    cwd,
  };
}

export function testModelWarning(info: DetectorInfo): string {
  const { name, modelType } = info;
  return `model "${name}" (${modelType}) is a test model: its findings come from fixed patterns, not from a trained detector; do not rely on them`;
}

/** Scores every chunk of the pending files, then finds the most likely line of each flagged (chunk, CWE). */
async function scoreFiles(
  pending: readonly Pending[],
  detector: Detector,
  batchSize: number,
  floor: number,
  onChunks: (n: number) => void,
): Promise<(Done & { key: string | null })[]> {
  const all = pending.flatMap((p) => p.chunks.filter((c) => c.syntaxErrorLine === null));
  let reported = 0;
  const scores = await scoreBatched(
    detector,
    all.map((c) => c.code),
    batchSize,
    (n) => {
      onChunks(n - reported);
      reported = n;
    },
  );
  const byChunk = new Map<Chunk, (typeof scores)[number]>();
  all.forEach((c, i) => byChunk.set(c, scores[i] ?? []));

  // What each chunk can report, decided once: it drives both the line placement and the cache entry.
  const canReport = new Map<Chunk, ReturnType<typeof reportable>>();
  const jobs: OcclusionJob[] = [];
  for (const c of all) {
    const r = reportable(byChunk.get(c) ?? [], floor);
    canReport.set(c, r);
    for (const s of r) jobs.push({ chunk: c, cwe: s.cwe, base: s.probability });
  }
  const lines = await placeFindings(detector, jobs, batchSize, floor);
  const lineOf = new Map<Chunk, Record<string, number>>();
  jobs.forEach((job, i) => {
    const rec = lineOf.get(job.chunk) ?? {};
    rec[job.cwe] = lines[i] ?? job.chunk.startLine;
    lineOf.set(job.chunk, rec);
  });

  return pending.map((p) => {
    // Only chunks that can matter are kept: P(vulnerable) at or above the floor, or a syntax error. An entry is only
    // used for thresholds at or above its floor, so nothing below it can ever be reported from it.
    const chunks: CachedChunk[] = [];
    for (const c of p.chunks) {
      const all = byChunk.get(c) ?? [];
      const scores = (canReport.get(c) ?? []).map((s): [string, number] => [s.cwe, round6(s.probability)]);
      if (scores.length === 0 && c.syntaxErrorLine === null) continue;
      chunks.push({
        kind: c.kind,
        name: c.name,
        startLine: c.startLine,
        endLine: c.endLine,
        syntaxErrorLine: c.syntaxErrorLine,
        vulnerable: all.length > 0 ? round6(vulnerableProbability(all)) : 0, // chunks with a syntax error are not scored
        scores,
        lines: lineOf.get(c) ?? {},
      });
    }
    const entry: CacheEntry = {
      format: CACHE_FORMAT,
      floor,
      syntaxError: p.syntaxError,
      chunkCount: p.chunks.length,
      chunks,
    };
    return { file: p.file, mentions: p.mentions, text: p.text, key: p.key, entry };
  });
}

const round6 = (p: number): number => Math.round(p * 1e6) / 1e6;

/**
 * Drops the contents of files that cannot produce a finding or an ignore comment, so that a large scan does not
 * hold every file in memory until the end.
 */
function slim(d: Done): Done {
  if (d.entry.chunks.length > 0 || d.mentions) return d;
  return { file: d.file, mentions: false, text: null, entry: d.entry };
}

/** Lines in a file's bytes (a last line without a newline counts). */
function countLines(bytes: Buffer): number {
  if (bytes.length === 0) return 0;
  let n = 0;
  for (let i = bytes.indexOf(10); i >= 0; i = bytes.indexOf(10, i + 1)) n++;
  return bytes[bytes.length - 1] === 10 ? n : n + 1;
}

/** Reads and decodes a cache hit's text when a finding needs it (it decoded when the entry was written). */
function textOf(path: string): string {
  const raw = readSourceBytes(path, Infinity);
  const src = raw.ok ? decodeSource(raw.bytes, Infinity) : null;
  return src?.ok ? src.text : '';
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** One file after reading (or not) and the cache look-up. */
type Loaded =
  | { readonly file: DiscoveredFile; readonly kind: 'skip'; readonly kindOfSkip: SkipReason; readonly reason: string }
  | {
      readonly file: DiscoveredFile;
      readonly kind: 'hit';
      readonly lines: number;
      readonly mentions: boolean;
      readonly entry: CacheEntry;
    }
  | {
      readonly file: DiscoveredFile;
      readonly kind: 'miss';
      readonly lines: number;
      readonly mentions: boolean;
      readonly key: string | null;
      readonly text: string;
    };
