// Dataset statistics: counts per CWE, label, review status, tag and source, and the distribution of code lengths.
// renderStatsMarkdown() produces the datasheet's statistics section, so that no figure there is typed by hand.
import { getCwe, TOP25_2024 } from '../cwe/catalog.js';
import type { Example } from './schema.js';
import { lineCount } from './validate.js';
import { replaceSection } from '../marked-section.js';

export interface CweCounts {
  readonly cwe: string;
  readonly short: string;
  readonly vulnerable: number;
  readonly notVulnerable: number;
  /** Not-vulnerable examples with a twin (fixed counterparts of a vulnerable example). */
  readonly twins: number;
  readonly accepted: number;
  readonly pending: number;
  readonly rejected: number;
}

export interface LengthStats {
  readonly min: number;
  readonly p25: number;
  readonly median: number;
  readonly p75: number;
  readonly max: number;
  readonly mean: number;
  /** Buckets of code lines: "1-7", "8-19", "20-39", "40-59", "60-80", "81+". */
  readonly histogram: readonly { readonly range: string; readonly count: number }[];
}

export interface DatasetStats {
  readonly total: number;
  readonly status: Readonly<Record<'pending' | 'accepted' | 'rejected', number>>;
  readonly label: { readonly vulnerable: number; readonly notVulnerable: number; readonly withTwin: number };
  readonly cwe: readonly CweCounts[];
  /** Examples with no CWE (benign code not tied to a weakness). */
  readonly noCwe: number;
  readonly tags: readonly { readonly tag: string; readonly count: number }[];
  /** Who decided the reviews (review.by of accepted and rejected examples). */
  readonly reviewers: readonly { readonly reviewer: string; readonly accepted: number; readonly rejected: number }[];
  /** Source kinds: "authored", "llm:<model>", "rewrite:<kind>". */
  readonly source: readonly { readonly source: string; readonly count: number }[];
  readonly lines: LengthStats;
}

const BUCKETS: readonly [string, number, number][] = [
  ['1-7', 1, 7],
  ['8-19', 8, 19],
  ['20-39', 20, 39],
  ['40-59', 40, 59],
  ['60-80', 60, 80],
  ['81+', 81, Infinity],
];

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * (sorted.length - 1) + 0.5))]!;
}

function countBy<T>(items: readonly T[], key: (t: T) => string[]): Map<string, number> {
  const m = new Map<string, number>();
  for (const it of items) for (const k of key(it)) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

const sortedCounts = (m: Map<string, number>) =>
  [...m.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/**
 * Statistics over the given examples (filter by review status before calling to describe a subset).
 * Example: computeStats([]).total -> 0
 */
export function computeStats(examples: readonly Example[]): DatasetStats {
  const status = { pending: 0, accepted: 0, rejected: 0 };
  for (const e of examples) status[e.review.status]++;
  const cwe = TOP25_2024.map((entry): CweCounts => {
    const mine = examples.filter((e) => e.cwe === entry.id);
    const vulnerable = mine.filter((e) => e.vulnerable).length;
    return {
      cwe: entry.id,
      short: entry.short,
      vulnerable,
      notVulnerable: mine.length - vulnerable,
      twins: mine.filter((e) => !e.vulnerable && e.twin !== null).length,
      accepted: mine.filter((e) => e.review.status === 'accepted').length,
      pending: mine.filter((e) => e.review.status === 'pending').length,
      rejected: mine.filter((e) => e.review.status === 'rejected').length,
    };
  });
  const lens = examples.map((e) => lineCount(e.code)).sort((a, b) => a - b);
  const vulnerable = examples.filter((e) => e.vulnerable).length;
  return {
    total: examples.length,
    status,
    label: {
      vulnerable,
      notVulnerable: examples.length - vulnerable,
      withTwin: examples.filter((e) => e.twin !== null).length,
    },
    cwe,
    noCwe: examples.filter((e) => e.cwe === null).length,
    tags: sortedCounts(countBy(examples, (e) => e.tags)).map(([tag, count]) => ({ tag, count })),
    reviewers: sortedCounts(countBy(examples, (e) => (e.review.by ? [e.review.by] : []))).map(([reviewer]) => ({
      reviewer,
      accepted: examples.filter((e) => e.review.by === reviewer && e.review.status === 'accepted').length,
      rejected: examples.filter((e) => e.review.by === reviewer && e.review.status === 'rejected').length,
    })),
    source: sortedCounts(countBy(examples, (e) => [e.source])).map(([source, count]) => ({ source, count })),
    lines: {
      min: lens[0] ?? 0,
      p25: quantile(lens, 0.25),
      median: quantile(lens, 0.5),
      p75: quantile(lens, 0.75),
      max: lens[lens.length - 1] ?? 0,
      mean: lens.length ? Math.round((lens.reduce((a, b) => a + b, 0) / lens.length) * 10) / 10 : 0,
      histogram: BUCKETS.map(([range, lo, hi]) => ({ range, count: lens.filter((n) => n >= lo && n <= hi).length })),
    },
  };
}

/** Plain-text tables for the terminal. */
export function renderStatsText(s: DatasetStats): string {
  const out: string[] = [];
  out.push(
    `${s.total} examples: ${s.label.vulnerable} vulnerable, ${s.label.notVulnerable} not vulnerable, ` +
      `${s.label.withTwin} in twin pairs`,
  );
  out.push(`review: ${s.status.accepted} accepted, ${s.status.pending} pending, ${s.status.rejected} rejected`);
  out.push('');
  out.push('cwe        vuln  not-vuln  twins  accepted  pending  rejected  name');
  for (const c of s.cwe) {
    out.push(
      `${c.cwe.padEnd(9)} ${pad(c.vulnerable, 5)} ${pad(c.notVulnerable, 9)} ${pad(c.twins, 6)} ${pad(c.accepted, 9)} ` +
        `${pad(c.pending, 8)} ${pad(c.rejected, 9)}  ${c.short}`,
    );
  }
  if (s.noCwe) out.push(`(no cwe)  ${pad(0, 5)} ${pad(s.noCwe, 9)}`);
  out.push('');
  out.push(`sources: ${s.source.map((x) => `${x.source} ${x.count}`).join(', ') || '-'}`);
  out.push(
    `reviewers: ${s.reviewers.map((r) => `${r.reviewer} (${r.accepted} accepted, ${r.rejected} rejected)`).join(', ') || '-'}`,
  );
  out.push(`tags: ${s.tags.map((x) => `${x.tag} ${x.count}`).join(', ') || '-'}`);
  const l = s.lines;
  out.push(
    `lines of code: min ${l.min}, p25 ${l.p25}, median ${l.median}, p75 ${l.p75}, max ${l.max}, mean ${l.mean}; ` +
      l.histogram.map((h) => `${h.range}: ${h.count}`).join(', '),
  );
  return out.join('\n') + '\n';
}

const pad = (n: number, w: number) => String(n).padStart(w);

/** The datasheet's statistics section (GitHub-flavoured Markdown). */
export function renderStatsMarkdown(s: DatasetStats, command: string): string {
  const out: string[] = [];
  out.push(`Generated by \`${command}\`; do not edit by hand.`);
  out.push('');
  out.push(
    `**${s.total} examples**: ${s.label.vulnerable} vulnerable, ${s.label.notVulnerable} not vulnerable ` +
      `(${s.label.withTwin} examples are in vulnerable/fixed twin pairs). Review: ${s.status.accepted} accepted, ` +
      `${s.status.pending} pending, ${s.status.rejected} rejected.`,
  );
  out.push('');
  out.push(
    '| Rank | CWE | Weakness | Vulnerable | Not vulnerable | of which fixed twins | Accepted | Pending | Rejected |',
  );
  out.push('|---:|---|---|---:|---:|---:|---:|---:|---:|');
  for (const c of s.cwe) {
    const rank = getCwe(c.cwe)?.rank2024 ?? '';
    out.push(
      `| ${rank} | ${c.cwe} | ${c.short} | ${c.vulnerable} | ${c.notVulnerable} | ${c.twins} | ${c.accepted} | ` +
        `${c.pending} | ${c.rejected} |`,
    );
  }
  const sum = (f: (c: CweCounts) => number) => s.cwe.reduce((a, c) => a + f(c), 0);
  out.push(
    `| | **all** | | **${sum((c) => c.vulnerable)}** | **${sum((c) => c.notVulnerable)}** | ` +
      `**${sum((c) => c.twins)}** | **${sum((c) => c.accepted)}** | **${sum((c) => c.pending)}** | ` +
      `**${sum((c) => c.rejected)}** |`,
  );
  if (s.noCwe) out.push(`\n${s.noCwe} examples carry no CWE.`);
  out.push('');
  out.push('| Source | Examples |');
  out.push('|---|---:|');
  for (const x of s.source) out.push(`| ${x.source} | ${x.count} |`);
  out.push('');
  if (s.reviewers.length) {
    out.push('| Reviewer (`review.by`) | Accepted | Rejected |');
    out.push('|---|---:|---:|');
    for (const r of s.reviewers) out.push(`| ${r.reviewer} | ${r.accepted} | ${r.rejected} |`);
    out.push('');
  }
  // The long tail of tags would drown the table; it is summarised in one line (the JSON output lists every tag).
  const MIN_TAG = 5;
  const shown = s.tags.filter((x) => x.count >= MIN_TAG);
  const rest = s.tags.length - shown.length;
  out.push('| Framework / library tag | Examples |');
  out.push('|---|---:|');
  for (const x of shown) out.push(`| ${x.tag} | ${x.count} |`);
  if (rest > 0) out.push(`\n${rest} other tags have fewer than ${MIN_TAG} examples each.`);
  out.push('');
  const l = s.lines;
  out.push(
    `Lines of code per example: min ${l.min}, 25th percentile ${l.p25}, median ${l.median}, ` +
      `75th percentile ${l.p75}, max ${l.max}, mean ${l.mean}.`,
  );
  out.push('');
  out.push('| Lines | Examples |');
  out.push('|---|---:|');
  for (const h of l.histogram) out.push(`| ${h.range} | ${h.count} |`);
  return out.join('\n') + '\n';
}

export const STATS_BEGIN = '<!-- stats:begin -->';
export const STATS_END = '<!-- stats:end -->';

/** Replaces the text between the stats markers of a datasheet; null when the markers are missing. */
export function replaceStatsSection(datasheet: string, section: string): string | null {
  return replaceSection(datasheet, { begin: STATS_BEGIN, end: STATS_END }, section);
}

/** Per-split counts for the datasheet. */
export interface SplitCounts {
  readonly split: string;
  readonly examples: number;
  readonly vulnerable: number;
  readonly cwes: number;
}

export function splitCounts(name: string, examples: readonly Example[]): SplitCounts {
  return {
    split: name,
    examples: examples.length,
    vulnerable: examples.filter((e) => e.vulnerable).length,
    cwes: new Set(examples.map((e) => e.cwe).filter((c) => c !== null)).size,
  };
}

/** The committed split as a Markdown table (appended to the statistics section when split files exist). */
export function renderSplitsMarkdown(rows: readonly SplitCounts[], dir: string): string {
  const out = [
    '',
    `Split in \`${dir}\` (accepted examples only, twins together):`,
    '',
    '| Split | Examples | Vulnerable | Not vulnerable | CWEs covered |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.split} | ${r.examples} | ${r.vulnerable} | ${r.examples - r.vulnerable} | ${r.cwes} |`),
  ];
  return out.join('\n') + '\n';
}
