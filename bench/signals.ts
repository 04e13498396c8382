// Benchmark: static signals (src/python/signals.ts) over the chunks the scanner makes of a Python tree, to set their
// cost beside the model's scoring, and the prompt normalizations (quotes; comments stripped or removed; calls
// flattened) the same way. Each chunk is parsed again on its own, as the prompt encoder does. Run:
//   npm run bench:signals [-- <dir>]   (default: the standard library of the machine's python3)
// The last line is one JSON object with the measured figures.
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { globby } from 'globby';
import { chunkPython } from '../src/python/chunk.js';
import { flattenCalls, flattenOptions } from '../src/python/flatten-calls.js';
import { getPythonParser } from '../src/python/parser.js';
import { normalizeQuotes } from '../src/python/rewrites/string-quotes.js';
import { removeComments, stripComments } from '../src/python/strip-comments.js';
import { loadSignalExtractor } from '../src/python/signals.js';
import { stdlibDir } from './stdlib.js';

const dir = process.argv[2] ?? stdlibDir();
const files = (await globby('**/*.py', { cwd: dir, absolute: true, ignore: ['**/site-packages/**'] })).sort();
const parser = await getPythonParser();
const signals = await loadSignalExtractor();

const chunks: string[] = [];
let lines = 0;
for (const f of files) {
  let src: string;
  try {
    src = readFileSync(f, 'utf8');
  } catch {
    continue;
  }
  const tree = parser.parse(src);
  if (!tree) continue;
  for (const c of chunkPython(src, tree)) {
    chunks.push(c.code);
    lines += c.code.split('\n').length;
  }
  tree.delete();
}

signals(chunks[0] ?? ''); // warm-up
const started = performance.now();
let count = 0;
let empty = 0;
for (const code of chunks) {
  const s = signals(code);
  count += s.length;
  if (s.length === 0) empty++;
}
const seconds = (performance.now() - started) / 1000;

/** Seconds to run one code-to-code pass over every chunk. */
function timePass(pass: (code: string) => string): number {
  pass(chunks[0] ?? '');
  const t0 = performance.now();
  for (const code of chunks) pass(code);
  return (performance.now() - t0) / 1000;
}
const quotesSeconds = timePass((code) => normalizeQuotes(parser, code));
const commentsSeconds = timePass((code) => stripComments(parser, code));
const removeSeconds = timePass((code) => removeComments(parser, code).code);
const flattenSeconds = timePass((code) => flattenCalls(parser, code, flattenOptions('flatten-chains')).code);
console.log(`${dir}: ${files.length} files, ${chunks.length} chunks, ${lines} chunk lines`);
console.log(
  `signals: ${seconds.toFixed(2)} s, ${Math.round(chunks.length / seconds)} chunks/s, ${Math.round(lines / seconds)} lines/s`,
);
console.log(
  `normalizeQuotes: ${quotesSeconds.toFixed(2)} s, ${Math.round(lines / quotesSeconds)} lines/s; stripComments: ${commentsSeconds.toFixed(2)} s, ${Math.round(lines / commentsSeconds)} lines/s; removeComments: ${removeSeconds.toFixed(2)} s, ${Math.round(lines / removeSeconds)} lines/s; flattenCalls (chains): ${flattenSeconds.toFixed(2)} s, ${Math.round(lines / flattenSeconds)} lines/s`,
);
console.log(
  `mean signals per chunk ${(count / chunks.length).toFixed(2)}, chunks without any ${((100 * empty) / chunks.length).toFixed(1)}%`,
);
console.log(
  JSON.stringify({
    files: files.length,
    chunks: chunks.length,
    chunk_lines: lines,
    seconds: Number(seconds.toFixed(3)),
    chunks_per_second: Math.round(chunks.length / seconds),
    lines_per_second: Math.round(lines / seconds),
    signals_per_chunk: Number((count / chunks.length).toFixed(3)),
    normalize_quotes_lines_per_second: Math.round(lines / quotesSeconds),
    strip_comments_lines_per_second: Math.round(lines / commentsSeconds),
    remove_comments_lines_per_second: Math.round(lines / removeSeconds),
    flatten_calls_lines_per_second: Math.round(lines / flattenSeconds),
  }),
);
