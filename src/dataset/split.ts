// Deterministic train/val/test split: accepted examples only, twins (and rewrites of them) kept together, stratified
// by CWE and label. Groups (a twin pair, or a single example, with their rewrites) are shuffled with a seeded PRNG inside each stratum, then dealt out in
// stratum order to whichever split is furthest behind its target share, so every stratum is spread proportionally.
import { createHash } from 'node:crypto';
import { exampleLabel, type Example } from './schema.js';
import { mulberry32 } from '../engine/rng.js';

export type SplitName = 'train' | 'val' | 'test';
export const SPLIT_NAMES: readonly SplitName[] = ['train', 'val', 'test'];

export interface SplitOptions {
  readonly seed: number;
  /** Target number of examples in test and val (about 100 each, as in the paper's held-out set). */
  readonly testSize: number;
  readonly valSize: number;
  /**
   * An earlier split to keep (id -> split): groups holding one of its ids stay where they were, and groups that are
   * all new go to train. So the test split stays the one the published figures were measured on when data grows.
   */
  readonly keep?: ReadonlyMap<string, SplitName>;
  /**
   * With `keep`: where the all-new groups go (default train). 'val' grows the validation split with a round written
   * for it, leaving train and test as they were.
   */
  readonly newTo?: SplitName;
}

export const DEFAULT_SPLIT_OPTIONS: SplitOptions = { seed: 13, testSize: 100, valSize: 100 };

export type Splits = Readonly<Record<SplitName, readonly Example[]>>;

function seedFor(seed: number, key: string): number {
  return createHash('sha256').update(`${seed}:${key}`).digest().readUInt32LE(0);
}

/**
 * Groups of accepted examples that must share a split: an example, its twin, and every rewrite derived from either
 * (linked through `origin`). Each group is sorted by id; input order does not matter.
 */
function groups(examples: readonly Example[]): Example[][] {
  const accepted = examples.filter((e) => e.review.status === 'accepted').sort((a, b) => a.id.localeCompare(b.id));
  const parent = new Map(accepted.map((e) => [e.id, e.id]));
  const find = (id: string): string => {
    let r = id;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(id, r);
    return r;
  };
  const union = (a: string, b: string | null | undefined) => {
    if (!b || !parent.has(b)) return;
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  };
  for (const e of accepted) {
    union(e.id, e.twin);
    union(e.id, e.origin);
  }
  const byRoot = new Map<string, Example[]>();
  for (const e of accepted) {
    const r = find(e.id);
    const g = byRoot.get(r);
    if (g) g.push(e);
    else byRoot.set(r, [e]);
  }
  return [...byRoot.values()];
}

/** Stratum of a group: its CWE and whether it is a twin pair, a vulnerable or a benign single. */
function stratum(group: readonly Example[]): string {
  const first = group.find((e) => !e.origin) ?? group[0]!;
  const labels = new Set(group.map((e) => exampleLabel(e) === 'none'));
  const kind = labels.size > 1 ? 'pair' : exampleLabel(first) === 'none' ? 'benign' : 'vulnerable';
  return `${first.cwe ?? 'none'}|${kind}`;
}

/**
 * Splits accepted examples; the same data and seed always give the same split.
 * Example: splitDataset(examples, { seed: 13, testSize: 100, valSize: 100 }).test.length -> about 100
 */
export function splitDataset(examples: readonly Example[], opts: SplitOptions = DEFAULT_SPLIT_OPTIONS): Splits {
  if (opts.keep) return keepSplit(groups(examples), opts.keep, opts.newTo ?? 'train');
  const all = groups(examples);
  const total = all.reduce((n, g) => n + g.length, 0);
  const byStratum = new Map<string, Example[][]>();
  for (const g of all) {
    const k = stratum(g);
    const list = byStratum.get(k);
    if (list) list.push(g);
    else byStratum.set(k, [g]);
  }
  const ordered: Example[][] = [];
  for (const key of [...byStratum.keys()].sort()) {
    const list = byStratum.get(key)!;
    const rand = mulberry32(seedFor(opts.seed, key));
    for (let i = list.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [list[i], list[j]] = [list[j]!, list[i]!];
    }
    ordered.push(...list);
  }
  const share: Record<SplitName, number> =
    total === 0
      ? { train: 1, val: 0, test: 0 }
      : {
          test: Math.min(1, opts.testSize / total),
          val: Math.min(1, opts.valSize / total),
          train: Math.max(0, 1 - (opts.testSize + opts.valSize) / total),
        };
  const out: Record<SplitName, Example[]> = { train: [], val: [], test: [] };
  let dealt = 0;
  for (const g of ordered) {
    dealt += g.length;
    // The split with the largest deficit against its share of what has been dealt so far takes this group;
    // ties go to test, then val, so the small splits are filled first.
    let best: SplitName = 'train';
    let bestDeficit = -Infinity;
    for (const name of ['test', 'val', 'train'] as const) {
      const deficit = share[name] * dealt - out[name].length;
      if (deficit > bestDeficit + 1e-9) {
        best = name;
        bestDeficit = deficit;
      }
    }
    out[best].push(...g);
  }
  for (const name of SPLIT_NAMES) out[name].sort((a, b) => a.id.localeCompare(b.id));
  return out;
}

/** Groups that hold an id of `keep` stay in its split (the most held-out one if they straddle); new groups: `newTo`. */
function keepSplit(all: readonly Example[][], keep: ReadonlyMap<string, SplitName>, newTo: SplitName): Splits {
  const out: Record<SplitName, Example[]> = { train: [], val: [], test: [] };
  for (const g of all) {
    const was = new Set(g.map((e) => keep.get(e.id)));
    out[was.has('test') ? 'test' : was.has('val') ? 'val' : was.has('train') ? 'train' : newTo].push(...g);
  }
  for (const name of SPLIT_NAMES) out[name].sort((a, b) => a.id.localeCompare(b.id));
  return out;
}

/** SHA-256 of the dataset bytes, recorded in the split manifest and in checkpoints. */
export function datasetHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
