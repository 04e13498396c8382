// Benchmark: `dataset validate` on a synthetic dataset of N examples (default 5000), timed by phase: tree-sitter
// parse + leakage per example, and the exact near-duplicate search over all of them. Run:
//   npx tsx bench/dataset-validate.ts [N]
// The last line is one JSON object with the measured figures.
import { performance } from 'node:perf_hooks';
import { TOP25_2024 } from '../src/cwe/catalog.js';
import { checkExample, checkNearDuplicates, checkTwins } from '../src/dataset/validate.js';
import { getPythonParser } from '../src/python/parser.js';
const N = Number(process.argv[2] ?? 5000);
let x = 12345;
const rand = (n) => {
    x = (Math.imul(x ^ (x >>> 15), 2246822507) + 0x6d2b79f5) >>> 0;
    return x % n;
};
const WORDS = ['user', 'order', 'path', 'rows', 'conn', 'item', 'total', 'name', 'value', 'config', 'report', 'token'];
const CALLS = [
    'db.execute',
    'requests.get',
    'subprocess.run',
    'open',
    'json.loads',
    'os.path.join',
    'render',
    'log.info',
];
const w = () => `${WORDS[rand(WORDS.length)]}_${rand(100)}`;
/** A plausible 20-40 line module: a few functions of assignments, calls and returns. */
function program() {
    const out = ['import os', 'import json', ''];
    const fns = 2 + rand(3);
    for (let f = 0; f < fns; f++) {
        out.push(`def ${w()}(${w()}, ${w()}=None):`);
        for (let i = 0; i < 3 + rand(6); i++)
            out.push(`    ${w()} = ${CALLS[rand(CALLS.length)]}(${w()}, "${w()}")`);
        out.push(`    return ${w()}`, '');
    }
    return out.join('\n') + '\n';
}
const examples = [];
for (let i = 0; i < N; i++) {
    examples.push({
        id: `bench-${i}`,
        cwe: TOP25_2024[i % 25].id,
        vulnerable: false,
        language: 'python',
        code: program(),
        lines: [],
        explanation: 'A synthetic benchmark example with an explanation long enough to pass.',
        twin: null,
        source: 'authored',
        review: { status: 'accepted', by: 'bench', at: '2026-11-21T12:00:00Z', note: '' },
        tags: [],
    });
}
const parser = await getPythonParser();
const t0 = performance.now();
let perExample = 0;
for (const ex of examples)
    perExample += checkExample(ex, parser).length;
const t1 = performance.now();
const dups = checkNearDuplicates(examples, 0.8).length + checkTwins(examples).length;
const t2 = performance.now();
const result = {
    bench: 'dataset-validate',
    examples: N,
    parseAndLeakageMs: Math.round(t1 - t0),
    nearDuplicateMs: Math.round(t2 - t1),
    totalMs: Math.round(t2 - t0),
    problemsFound: perExample + dups,
};
console.log(JSON.stringify(result));
//# sourceMappingURL=dataset-validate.js.map