// Samples functions from real, published Python projects as "none" training examples. Our reviewed examples are
// synthetic and half of them use risky APIs, so a model trained only on them has never seen ordinary code and
// flags much of it. Real code cut the way the scanner cuts it (src/python/chunk.ts) shows the model what most of a
// user's project looks like. Nobody reviews these chunks, so chunks that call an API our weaknesses flow into (the
// SINK list) are left out: such a chunk may well be vulnerable, and a wrong "none" there would teach the model to
// ignore the sink. What is left is assumed clean; each record says so in its review note.
import { createHash } from 'node:crypto';
import { basename, relative } from 'node:path';
import { collectCorpus } from '../train/corpus.js';
import { Rng } from '../train/rng.js';
import { type Chunk, chunkPython } from '../python/chunk.js';
import { getPythonParser } from '../python/parser.js';
import type { Example } from './schema.js';

/**
 * Calls and names that a Top-25 weakness in Python usually flows into: queries, shells, code evaluation,
 * deserializers, file paths, URL fetches, templates, native memory, crypto and auth decisions.
 */
export const SINK =
  /\b(execute|executemany|raw|extra|cursor|text|system|popen|Popen|subprocess|spawn|call|check_output|eval|exec|compile|__import__|import_module|pickle|marshal|shelve|yaml|loads?|open|send_file|send_from_directory|extract|extractall|unlink|remove|rmtree|chmod|chown|setuid|urlopen|requests|urllib|httpx|fetch|render_template_string|Markup|mark_safe|format_html|safe|Template|ctypes|memmove|memset|cast|mmap|struct|from_buffer|password|passwd|secret|token|key|auth|login|permission|admin|csrf|upload|save|redirect|xml|etree|parse)\b/i;

// Test suites: tests/ and testing/ directories, test_*.py and *_test(s).py, and Django's tests.py and pytest's
// conftest.py beside the code they test.
const TEST_PATH = /(^|\/)(tests?|testing)(\/|$)|(^|\/)(test_[^/]*|tests?|conftest)\.py$|_tests?\.py$/;

export interface SampleRealOptions {
  /** Project or library directories; the last path component names the project in each record. */
  readonly dirs: readonly string[];
  readonly count: number;
  readonly seed?: number;
  /** Chunks with fewer code lines are left out (a one-line getter tells the model nothing). Default 5. */
  readonly minLines?: number;
}

export interface SampleRealResult {
  readonly records: Example[];
  /** Chunks seen, chunks left out for calling a sink, chunks left out for size or syntax. */
  readonly chunks: number;
  readonly sinkChunks: number;
  readonly otherSkipped: number;
}

/**
 * Example: await sampleRealCode({ dirs: ['/usr/lib/python3/dist-packages/flask'], count: 2, seed: 1 })
 *   -> { records: [{ id: 'real-flask-3f2a...', cwe: null, vulnerable: false, source: 'real:flask', ... }, ...] }
 */
export async function sampleRealCode(options: SampleRealOptions): Promise<SampleRealResult> {
  const minLines = options.minLines ?? 5;
  const candidates: RealChunk[] = [];
  let chunks = 0;
  let sinkChunks = 0;
  let otherSkipped = 0;
  for (const c of await realChunks(options.dirs)) {
    chunks++;
    if (c.kind === 'module' || c.syntaxError || c.ownLines < minLines) otherSkipped++;
    else if (SINK.test(c.code)) sinkChunks++;
    else candidates.push(c);
  }
  // Sorted first, so the sample depends on the seed and the files, not on the walk order. Then round-robin over the
  // projects, so one big project (twisted has 7x the functions of flask) does not make up most of the sample.
  candidates.sort((a, b) => (a.project + a.path + a.start < b.project + b.path + b.start ? -1 : 1));
  const rng = new Rng(options.seed ?? 1);
  const byProject = new Map<string, typeof candidates>();
  for (const c of rng.shuffle(candidates)) {
    const queue = byProject.get(c.project);
    if (queue) queue.push(c);
    else byProject.set(c.project, [c]);
  }
  const queues = [...byProject.values()];
  const picked: typeof candidates = [];
  for (let i = 0; picked.length < options.count && queues.some((q) => i < q.length); i++)
    for (const q of queues) if (i < q.length && picked.length < options.count) picked.push(q[i]!);
  const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  const records: Example[] = picked.map((c) => ({
    ...realRecord(c, 'real'),
    explanation: `Real code: ${c.name} (lines ${c.start}-${c.end} of ${c.path}) from ${c.project}. It calls none of the sink APIs and is assumed not to be vulnerable.`,
    review: {
      status: 'accepted',
      by: 'sampler:real-code',
      at,
      note: 'not reviewed by a person or agent: real published code without sink calls, assumed clean',
    },
  }));
  return { records, chunks, sinkChunks, otherSkipped };
}

/** One chunk of a real project's file, cut the way the scanner cuts it. */
export interface RealChunk {
  /** The directory's last path component, lowercase: it names the project. */
  readonly project: string;
  /** Path of the file, relative to the project directory. */
  readonly path: string;
  readonly name: string;
  readonly kind: Chunk['kind'];
  readonly start: number;
  readonly end: number;
  /** The snippet as the scanner scores it (context lines included), ending in a newline. */
  readonly code: string;
  /** Lines of the chunk's own code (context lines not counted). */
  readonly ownLines: number;
  readonly syntaxError: boolean;
}

/**
 * Every chunk of the .py files under each directory, test suites left out (users scan their application code, and
 * tests are a narrow style of their own).
 */
export async function realChunks(dirs: readonly string[]): Promise<RealChunk[]> {
  const parser = await getPythonParser();
  const out: RealChunk[] = [];
  try {
    for (const dir of dirs) {
      const project = basename(dir.replace(/\/+$/, '')).toLowerCase();
      const corpus = await collectCorpus([dir], { validationFraction: 0 });
      for (const file of [...corpus.train, ...corpus.validation]) {
        const path = relative(dir, file.path);
        if (TEST_PATH.test(path)) continue;
        const tree = parser.parse(file.text);
        if (!tree) continue;
        try {
          for (const c of chunkPython(file.text, tree))
            out.push({
              project,
              path,
              name: c.name,
              kind: c.kind,
              start: c.startLine,
              end: c.endLine,
              code: c.code.endsWith('\n') ? c.code : `${c.code}\n`,
              ownLines: c.lineMap.filter((l) => l !== null).length,
              syntaxError: c.syntaxErrorLine !== null,
            });
        } finally {
          tree.delete();
        }
      }
    }
  } finally {
    parser.delete();
  }
  return out;
}

/**
 * The fields every record made from a real chunk shares: a stable id (the prefix, the project and a hash of path,
 * start line and code), label "none", the project as source and tag. Callers add explanation and review.
 */
export function realRecord(c: RealChunk, prefix: string): Omit<Example, 'explanation' | 'review'> {
  return {
    id: `${prefix}-${slug(c.project)}-${createHash('sha256').update(`${c.path}:${c.start}:${c.code}`).digest('hex').slice(0, 12)}`,
    cwe: null,
    vulnerable: false,
    language: 'python',
    code: c.code,
    lines: [],
    twin: null,
    source: `real:${slug(c.project)}`,
    tags: [slug(c.project)],
  };
}

function slug(s: string): string {
  return s.replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'project';
}
