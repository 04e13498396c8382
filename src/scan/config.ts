// Scanner configuration from cwescan.toml or [tool.cwescan] in pyproject.toml: read -> parse -> validate, with every
// problem reported at once and named by its path (an unknown key is an error). Command-line flags override it.
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parse as parseToml } from 'smol-toml';
import { z } from 'zod';
import { toTop25 } from '../cwe/catalog.js';
import { PRECISIONS, type Precision } from '../model/detector.js';
import { ConfigError } from '../errors.js';

const Cwe = z.string().refine((s) => toTop25(s) !== undefined, {
  message: 'not a CWE of the Top 25 (or a child of one), e.g. "CWE-89"',
});
const Probability = z.number().min(0.01).max(1);

export const ScanConfigSchema = z
  .object({
    /** Report a chunk when its P(vulnerable) is at least this (0.01-1); src/scan/decision.ts. */
    threshold: Probability.optional(),
    /** Per-CWE thresholds, for chunks whose most likely CWE is that one: { "CWE-798" = 0.8 }. */
    'cwe-thresholds': z.record(Cwe, Probability).optional(),
    /** Only report these CWEs. */
    'enabled-cwes': z.array(Cwe).min(1).optional(),
    /** gitignore-syntax patterns of paths not to scan, relative to each scanned directory. */
    exclude: z.array(z.string().min(1)).optional(),
    /** When set, only matching files are scanned. */
    include: z.array(z.string().min(1)).optional(),
    /** Checkpoint directory, relative to the config file. */
    model: z.string().min(1).optional(),
    /** Report format. */
    format: z.enum(['text', 'json', 'sarif']).optional(),
    /** Report file, relative to the config file (default: stdout). */
    output: z.string().min(1).optional(),
    /** { "tests/**" = ["CWE-798"], "legacy/*.py" = ["all"] } */
    'per-file-ignores': z.record(z.string().min(1), z.array(z.union([Cwe, z.literal('all')])).min(1)).optional(),
    /** Files larger than this many bytes are skipped. */
    'max-file-size': z.number().int().positive().optional(),
    /** Result cache directory, relative to the config file; false disables the cache. */
    'cache-dir': z.union([z.string().min(1), z.literal(false)]).optional(),
    /** Honour .gitignore files (default true). */
    gitignore: z.boolean().optional(),
    /** Threads for the model. */
    threads: z.number().int().positive().max(256).optional(),
    precision: z.enum(PRECISIONS as [Precision, ...Precision[]]).optional(),
    /** Baseline file of accepted findings, relative to the config file. */
    baseline: z.string().min(1).optional(),
  })
  .strict();

export type ScanConfig = z.infer<typeof ScanConfigSchema>;

export interface LoadedConfig {
  readonly config: ScanConfig;
  /** The file it came from, or null when none was found. */
  readonly path: string | null;
  /** Directory relative paths in the config are resolved against. */
  readonly dir: string;
}

/**
 * Finds and validates the config: `explicit` if given, else the nearest cwescan.toml or pyproject.toml with a
 * [tool.cwescan] table, from `startDir` upwards.
 * Example: await loadConfig('/repo/src') -> { config: { threshold: 0.7 }, path: '/repo/pyproject.toml', dir: '/repo' }
 */
export async function loadConfig(startDir: string, explicit?: string): Promise<LoadedConfig> {
  if (explicit) {
    const path = resolve(explicit);
    const text = await readText(path);
    if (text === null) throw new ConfigError(`cannot read config file ${path}`, { hint: 'check the --config path' });
    const isPyproject = path.endsWith('pyproject.toml');
    const config = parseConfig(text, path, isPyproject);
    return { config: config ?? {}, path, dir: dirname(path) };
  }
  for (let dir = resolve(startDir); ; dir = dirname(dir)) {
    const own = join(dir, 'cwescan.toml');
    const ownText = await readText(own);
    if (ownText !== null) return { config: parseConfig(ownText, own, false) ?? {}, path: own, dir };
    const py = join(dir, 'pyproject.toml');
    const pyText = await readText(py);
    if (pyText !== null) {
      const config = parseConfig(pyText, py, true);
      if (config) return { config, path: py, dir };
    }
    if (dirname(dir) === dir) break;
  }
  return { config: {}, path: null, dir: resolve(startDir) };
}

/** Parses and validates one file; returns null for a pyproject.toml without [tool.cwescan]. */
export function parseConfig(text: string, path: string, isPyproject: boolean): ScanConfig | null {
  let doc: Record<string, unknown>;
  try {
    doc = parseToml(text) as Record<string, unknown>;
  } catch (cause) {
    throw new ConfigError(`${path} is not valid TOML: ${(cause as Error).message.split('\n')[0]}`, { cause });
  }
  let table: unknown = doc;
  const prefix = isPyproject ? ['tool', 'cwescan'] : [];
  if (isPyproject) {
    const tool = doc.tool as Record<string, unknown> | undefined;
    table = tool?.cwescan;
    if (table === undefined) return null;
  }
  const parsed = ScanConfigSchema.safeParse(table);
  if (parsed.success) return parsed.data;
  const problems = parsed.error.issues.flatMap((issue) => {
    const at = [...prefix, ...issue.path.map(String)];
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((k) => `${[...at, k].join('.')}: unknown key`);
    }
    return [`${at.join('.') || '(root)'}: ${issue.message}`];
  });
  throw new ConfigError(
    `${path} has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n  ${problems.join('\n  ')}`,
    {
      hint: 'see the scanner configuration section of README.md for the keys and their types',
    },
  );
}

async function readText(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return null;
  }
}
