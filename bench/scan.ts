// Benchmark: scans the Python standard library of the machine's python3 twice with the built CLI, cold (empty
// result cache) and warm (same cache), then runs Bandit on the same tree when it is on PATH.
// Prints files/s, lines/s and peak RSS; the last line is one JSON object:
//   {"cold_seconds":…, "warm_seconds":…, "bandit_seconds":…|null, "lines":…, "peak_rss_mb":…, …}
// Usage: npm run bench:scan [-- --model <checkpoint dir>] [-- --path <dir>]   (build first: npm run build)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { stdlibDir } from './stdlib.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(ROOT, 'dist', 'cli', 'main.js');

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

interface Run {
  seconds: number;
  /** User + system CPU seconds (NaN without GNU time): steadier than wall time on a shared machine. */
  cpuSeconds: number;
  peakRssMb: number;
  report: {
    findings: unknown[];
    skipped: unknown[];
    stats: { files: number; lines: number; chunks: number; cached_files: number };
  };
}

/** One CLI scan in a fresh process, timed from spawn to exit; peak RSS from GNU time when available. */
function scan(target: string, cacheDir: string, model: string | undefined): Run {
  const out = join(cacheDir, '..', `report-${Date.now()}.json`);
  const cliArgs = [CLI, 'scan', target, '--format', 'json', '--output', out, '--cache-dir', cacheDir, '-q'];
  if (model) cliArgs.push('--model', model);
  const useTime = existsSync('/usr/bin/time');
  const cmd = useTime ? '/usr/bin/time' : process.execPath;
  const args = useTime ? ['-f', 'peak_rss_kb=%M cpu=%U+%S', process.execPath, ...cliArgs] : cliArgs;
  const started = performance.now();
  const r = spawnSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const seconds = (performance.now() - started) / 1000;
  if (r.status !== 0 && r.status !== 1) throw new Error(`scan failed (exit ${r.status}): ${r.stderr}`);
  const rss = /peak_rss_kb=(\d+)/.exec(r.stderr ?? '');
  const cpu = /cpu=([\d.]+)\+([\d.]+)/.exec(r.stderr ?? '');
  const report = JSON.parse(readFileSync(out, 'utf8')) as Run['report'];
  rmSync(out, { force: true });
  return {
    seconds,
    cpuSeconds: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
    peakRssMb: rss ? Number(rss[1]) / 1024 : NaN,
    report,
  };
}

function bandit(target: string): number | null {
  try {
    execFileSync('bandit', ['--version'], { stdio: 'ignore' });
  } catch {
    return null;
  }
  const out = join(mkdtempSync(join(tmpdir(), 'cwescan-bandit-')), 'bandit.json');
  const started = performance.now();
  // Bandit exits 1 when it finds issues; the same trees the scanner skips by default are excluded.
  spawnSync(
    'bandit',
    ['-r', target, '-f', 'json', '-o', out, '-q', '-x', '*/site-packages/*,*/venv/*,*/__pycache__/*'],
    {
      stdio: 'ignore',
    },
  );
  return (performance.now() - started) / 1000;
}

const target = arg('path') ?? stdlibDir();
const model = arg('model');
if (!existsSync(CLI)) throw new Error('dist/cli/main.js is missing: run npm run build first');
const cacheDir = join(mkdtempSync(join(tmpdir(), 'cwescan-bench-')), 'cache');

console.log(`target: ${target}`);
console.log(`machine: ${cpus().length} cpus (${cpus()[0]?.model ?? '?'}), node ${process.version}`);
const cold = scan(target, cacheDir, model);
const warm = scan(target, cacheDir, model);
const banditSeconds = bandit(target);
rmSync(join(cacheDir, '..'), { recursive: true, force: true });

const { files, lines, chunks } = cold.report.stats;
const fmt = (n: number): string => n.toFixed(2);
console.log(
  `files: ${files}, lines: ${lines}, chunks: ${chunks}, skipped: ${cold.report.skipped.length}, findings: ${cold.report.findings.length}`,
);
console.log(
  `cold: ${fmt(cold.seconds)} s (${fmt(files / cold.seconds)} files/s, ${Math.round(lines / cold.seconds)} lines/s), peak RSS ${fmt(cold.peakRssMb)} MB`,
);
console.log(
  `warm: ${fmt(warm.seconds)} s (${fmt(files / warm.seconds)} files/s, ${Math.round(lines / warm.seconds)} lines/s), ` +
    `${warm.report.stats.cached_files}/${files} files from cache, ${fmt(cold.seconds / warm.seconds)}x faster than cold`,
);
console.log(
  `cpu: cold ${fmt(cold.cpuSeconds)} s, warm ${fmt(warm.cpuSeconds)} s (${fmt(cold.cpuSeconds / warm.cpuSeconds)}x)`,
);
console.log(banditSeconds === null ? 'bandit: not on PATH' : `bandit: ${fmt(banditSeconds)} s on the same tree`);
console.log(
  JSON.stringify({
    cold_seconds: Number(fmt(cold.seconds)),
    warm_seconds: Number(fmt(warm.seconds)),
    bandit_seconds: banditSeconds === null ? null : Number(fmt(banditSeconds)),
    lines,
    files,
    files_per_second_cold: Number(fmt(files / cold.seconds)),
    lines_per_second_cold: Math.round(lines / cold.seconds),
    peak_rss_mb: Number(fmt(Math.max(cold.peakRssMb, warm.peakRssMb))),
    warm_speedup: Number(fmt(cold.seconds / warm.seconds)),
    cold_cpu_seconds: Number(fmt(cold.cpuSeconds)),
    warm_cpu_seconds: Number(fmt(warm.cpuSeconds)),
  }),
);
