// The text report for people at a terminal: findings grouped by file with a code excerpt, skipped files with their
// reason, warnings, and a one-line summary. Pure: (result, {color}) => string; colours only when asked.
import { createColors } from 'picocolors';
import { getCwe, type Severity } from '../cwe/catalog.js';
import type { Finding, ScanResult } from '../scan/types.js';

export interface TextOptions {
  readonly color: boolean;
}

const SEVERITY_ORDER: readonly Severity[] = ['critical', 'high', 'medium', 'low'];

export const textReporter = {
  meta: { name: 'text', description: 'Findings grouped by file with code excerpts; coloured on a terminal.' },
  /**
   * Example: textReporter.render(result, { color: false }) ->
   *   'app.py\n  21  CWE-89  SQL injection  critical  confidence high (0.95)\n  ...\n1 finding (1 critical) ...\n'
   */
  render(result: ScanResult, options: TextOptions = { color: false }): string {
    const c = createColors(options.color);
    const out: string[] = [];
    for (const w of result.warnings) out.push(c.yellow(`warning: ${w}`));
    if (result.warnings.length > 0) out.push('');

    const byFile = new Map<string, Finding[]>();
    for (const f of result.findings) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f]);
    for (const [file, findings] of byFile) {
      out.push(c.bold(c.underline(file)));
      for (const f of findings) {
        const sev = f.severity === 'critical' || f.severity === 'high' ? c.red(f.severity) : c.yellow(f.severity);
        const short = getCwe(f.cwe)?.short ?? f.name;
        out.push(
          `  ${c.bold(String(f.line))}  ${c.cyan(f.cwe)}  ${short}  ${sev}  confidence ${f.confidence} (${f.probability.toFixed(2)}${cweShare(f)})`,
        );
        out.push(`     ${c.dim(f.message)}`);
        const width = String(Math.max(...f.excerpt.map((e) => e.line), f.line)).length;
        for (const e of f.excerpt) {
          const mark = e.line === f.line ? c.red('>') : ' ';
          const text = e.text.length > 160 ? `${e.text.slice(0, 157)}...` : e.text;
          out.push(`   ${mark} ${c.dim(String(e.line).padStart(width))} | ${e.line === f.line ? text : c.dim(text)}`);
        }
        if (f.endLine > f.startLine) out.push(c.dim(`     in ${f.chunk} (lines ${f.startLine}-${f.endLine})`));
      }
      out.push('');
    }

    if (result.skipped.length > 0) {
      // Empty files (most often __init__.py) are counted, not listed: they hold nothing to scan.
      const listed = result.skipped.filter((s) => s.kind !== 'empty');
      const empty = result.skipped.length - listed.length;
      if (listed.length > 0) {
        out.push(c.yellow(`skipped ${listed.length} file${listed.length === 1 ? '' : 's'} (or parts of files):`));
        for (const s of listed) out.push(`  ${s.file}: ${s.reason}`);
      }
      if (empty > 0) out.push(c.dim(`skipped ${empty} empty file${empty === 1 ? '' : 's'} (0 bytes)`));
      out.push('');
    }
    out.push(summary(result, c));
    return `${out.join('\n')}\n`;
  },
};

function summary(result: ScanResult, c: ReturnType<typeof createColors>): string {
  const n = result.findings.length;
  const bySeverity = SEVERITY_ORDER.map((s) => [s, result.findings.filter((f) => f.severity === s).length] as const)
    .filter(([, k]) => k > 0)
    .map(([s, k]) => `${k} ${s}`);
  const files = new Set(result.findings.map((f) => f.file)).size;
  const head =
    n === 0
      ? c.green('no findings')
      : c.red(`${n} finding${n === 1 ? '' : 's'} (${bySeverity.join(', ')}) in ${files} file${files === 1 ? '' : 's'}`);
  const parts = [head];
  if (result.suppressed.length > 0) parts.push(`${result.suppressed.length} suppressed`);
  const st = result.stats;
  parts.push(
    `${st.files} file${st.files === 1 ? '' : 's'}, ${st.lines} lines scanned in ${st.seconds.toFixed(2)} s` +
      (st.cachedFiles > 0 ? ` (${st.cachedFiles} from cache)` : ''),
  );
  parts.push(`model ${result.model.name}${result.model.isTestModel ? ' (TEST MODEL)' : ''}`);
  return parts.join('; ');
}

/** ", CWE-77 itself 0.44" when the model spread its belief over several CWEs (the finding's probability is then P(vulnerable)). */
function cweShare(f: Finding): string {
  return f.probability - f.cweProbability >= 0.01 ? `, ${f.cwe} itself ${f.cweProbability.toFixed(2)}` : '';
}
