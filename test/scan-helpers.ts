// Shared helpers of the scanner's end-to-end tests: run the BUILT CLI, read the `# expect:` annotations of fixture
// files, and turn reports into comparable (file:line:CWE) sets.
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const CLI = join(ROOT, 'dist', 'cli', 'main.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'scan');
export const FIXTURE_MODEL = join(FIXTURES, 'model');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs `node dist/cli/main.js ...args` in `cwd` (default: the repository root). */
export function cwescan(args: readonly string[], cwd: string = ROOT): CliRun {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build first`);
  const r = spawnSync(process.execPath, [CLI, ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
  });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Lines annotated `# ... <tag>: CWE-n` in the files under `dir`, as "path:line:CWE" with paths relative to `base`. */
export function annotations(dir: string, tag: 'expect' | 'suppressed' | 'weakness', base: string = ROOT): Set<string> {
  const out = new Set<string>();
  const re = new RegExp(`\\b${tag}: (CWE-\\d+)`, 'g');
  for (const file of walk(dir)) {
    let text: string;
    try {
      text = readFileSync(file, 'latin1');
    } catch {
      continue; // an unreadable fixture (mode 000) has no annotations to read
    }
    text.split('\n').forEach((line, i) => {
      for (const m of line.matchAll(re)) out.add(`${relative(base, file)}:${i + 1}:${m[1]}`);
    });
  }
  return out;
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    const st = lstatSync(p); // never follow symlinks: fixtures contain loops on purpose
    return st.isDirectory() ? walk(p) : st.isFile() ? [p] : [];
  });
}

export interface JsonFinding {
  file: string;
  start_line: number;
  end_line: number;
  line: number;
  cwe: string;
  name: string;
  probability: number;
  severity: string;
  confidence: string;
  message: string;
  fingerprint: string;
  suppression?: { kind: string; justification: string };
}

export interface JsonReport {
  version: string;
  model: { name: string; type: string; fingerprint: string; test_model: boolean; precision?: string; locator?: string };
  warnings: string[];
  findings: JsonFinding[];
  suppressed: JsonFinding[];
  skipped: { file: string; reason: string; kind: string; line?: number }[];
  stats: { files: number; lines: number; chunks: number; cached_files: number; seconds: number };
}

export function keys(findings: readonly JsonFinding[]): Set<string> {
  return new Set(findings.map((f) => `${f.file}:${f.line}:${f.cwe}`));
}
