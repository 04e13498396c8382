// Renders a clean-tree evaluation (eval --clean) as JSON, Markdown and a self-contained HTML page.
import { esc } from './charts/svg.js';
import { rateBars } from './charts/rate-bars.js';
import type { CleanReport } from './clean-tree.js';
import { htmlTable, REPORT_CSS } from './report-html.js';
import { markdownTable } from './report-markdown.js';
import type { Table } from './report-tables.js';

const rate = (v: number): string => v.toFixed(3);

/** The clean-tree figures as one JSON object (snake_case, like metrics.json). */
export function cleanJson(r: CleanReport): Record<string, unknown> {
  const b = r.bandit;
  return {
    tool: 'cwescan',
    version: r.version,
    created_at: r.createdAt,
    mode: 'clean',
    path: r.path,
    model: {
      name: r.model.name,
      model_type: r.model.modelType,
      path: r.model.path,
      is_test_model: r.model.isTestModel,
      ...(r.model.precision ? { precision: r.model.precision } : {}),
    },
    threshold: r.threshold,
    files: r.files,
    lines: r.lines,
    skipped_files: r.skipped.length,
    findings: r.findings,
    findings_per_kloc: r.findingsPerKloc,
    suppressed: r.suppressed,
    files_with_findings: r.filesWithFindings,
    per_cwe: r.perCwe.map((c) => ({ cwe: c.cwe, name: c.name, findings: c.findings, per_kloc: c.perKloc })),
    top_findings: r.top.map((f) => ({
      file: f.file,
      line: f.line,
      cwe: f.cwe,
      probability: f.probability,
      chunk: f.chunk,
      snippet: f.snippet,
    })),
    seconds: r.seconds,
    bandit:
      'skipped' in b
        ? { skipped: b.skipped }
        : {
            version: b.version,
            findings: b.findings,
            findings_per_kloc: b.findingsPerKloc,
            mapped_findings: b.mappedFindings,
            mapped_per_kloc: b.mappedPerKloc,
            per_cwe: b.perCwe.map((c) => ({ cwe: c.cwe, name: c.name, findings: c.findings, per_kloc: c.perKloc })),
            by_severity: b.bySeverity,
            unmapped: b.unmapped,
            loc: b.loc,
            parse_errors: b.parseErrors,
            seconds: b.seconds,
          },
    warnings: r.warnings,
  };
}

function summaryTable(r: CleanReport): Table {
  const b = r.bandit;
  const rows: string[][] = [
    [
      `cwescan (${r.model.name})`,
      String(r.findings),
      rate(r.findingsPerKloc),
      `${r.filesWithFindings} of ${r.files}`,
      r.seconds.toFixed(1),
    ],
  ];
  if (!('skipped' in b)) {
    rows.push([
      `${b.version}, Top-25 tests`,
      String(b.mappedFindings),
      rate(b.mappedPerKloc),
      '',
      b.seconds.toFixed(1),
    ]);
    rows.push([`${b.version}, all tests`, String(b.findings), rate(b.findingsPerKloc), '', '']);
  }
  return { header: ['tool', 'findings', 'per 1,000 lines', 'files with findings', 'seconds'], rows };
}

function perCweTable(r: CleanReport): Table {
  const b = r.bandit;
  const cwes = [...new Set([...r.perCwe.map((c) => c.cwe), ...('skipped' in b ? [] : b.perCwe.map((c) => c.cwe))])];
  return {
    header: ['CWE', 'name', 'cwescan', 'per 1,000 lines', ...('skipped' in b ? [] : ['Bandit', 'per 1,000 lines'])],
    rows: cwes.map((cwe) => {
      const ours = r.perCwe.find((c) => c.cwe === cwe);
      const theirs = 'skipped' in b ? undefined : b.perCwe.find((c) => c.cwe === cwe);
      return [
        cwe,
        ours?.name ?? theirs?.name ?? cwe,
        String(ours?.findings ?? 0),
        rate(ours?.perKloc ?? 0),
        ...('skipped' in b ? [] : [String(theirs?.findings ?? 0), rate(theirs?.perKloc ?? 0)]),
      ];
    }),
    textColumns: [1],
  };
}

function topTable(r: CleanReport): Table {
  return {
    header: ['file', 'line', 'CWE', 'probability', 'code'],
    rows: r.top.map((f) => [f.file, String(f.line), f.cwe, f.probability.toFixed(3), f.snippet.trim().slice(0, 120)]),
    textColumns: [2, 4],
    codeColumns: [4],
  };
}

function notes(r: CleanReport): string[] {
  const out = [
    `The tree is presumed mostly safe, so findings here are mostly false positives: read the top findings before calling any of them real. Rates use the ${r.lines.toLocaleString('en-US')} physical lines of the ${r.files} Python files cwescan scanned; Bandit scans the same directory.`,
    `cwescan flags a chunk when P(vulnerable) = 1 − P(none) ≥ ${r.threshold}, naming its most likely CWE; the result cache was not used.`,
  ];
  const b = r.bandit;
  if ('skipped' in b) out.push(`Bandit not run: ${b.skipped}.`);
  else {
    const sev = Object.entries(b.bySeverity)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    const unm = Object.entries(b.unmapped)
      .sort((x, y) => y[1] - x[1])
      .slice(0, 12)
      .map(([k, v]) => `${k} ×${v}`)
      .join(', ');
    out.push(
      `Bandit: default tests; "Top-25 tests" counts only findings whose test maps to a Top-25 CWE (the mapping is in the evaluation report's notes). By severity: ${sev || 'none'}.` +
        (unm ? ` Most frequent tests outside the Top 25: ${unm}.` : '') +
        (b.loc !== null ? ` Bandit's own count of code lines: ${b.loc.toLocaleString('en-US')}.` : '') +
        (b.parseErrors ? ` Files Bandit could not parse: ${b.parseErrors}.` : ''),
    );
  }
  if (r.skipped.length > 0) {
    const kinds = new Map<string, number>();
    for (const s of r.skipped) kinds.set(s.kind, (kinds.get(s.kind) ?? 0) + 1);
    const list = [...kinds.entries()].map(([k, v]) => `${k} ${v}`).join(', ');
    out.push(`Files (or parts of files) the scanner did not score: ${list}.`);
  }
  for (const w of r.warnings) out.push(`Scanner warning: ${w}`);
  return out;
}

function chart(r: CleanReport): string {
  const b = r.bandit;
  const series = [{ name: 'cwescan', perKloc: new Map(r.perCwe.map((c) => [c.cwe, c.perKloc])) }];
  if (!('skipped' in b))
    series.push({ name: 'Bandit (Top-25 tests)', perKloc: new Map(b.perCwe.map((c) => [c.cwe, c.perKloc])) });
  const cwes = [...new Set(series.flatMap((s) => [...s.perKloc.keys()]))];
  return rateBars(cwes, series);
}

export function renderCleanMarkdown(r: CleanReport): string {
  return [
    `# cwescan on presumed-safe code: ${r.path}`,
    '',
    `Model \`${r.model.path}\` (${r.model.modelType}${r.model.isTestModel ? ', **test model**' : ''}), threshold ${r.threshold}: ${r.files} files, ${r.lines.toLocaleString('en-US')} lines. cwescan ${r.version}, ${r.createdAt}.`,
    '',
    markdownTable(summaryTable(r)),
    '',
    '## By CWE',
    '',
    r.perCwe.length + ('skipped' in r.bandit ? 0 : r.bandit.perCwe.length) > 0
      ? markdownTable(perCweTable(r))
      : 'No findings.',
    '',
    `## Highest-scoring findings (top ${r.top.length})`,
    '',
    r.top.length > 0 ? markdownTable(topTable(r)) : 'No findings.',
    '',
    '## Notes',
    '',
    ...notes(r).map((n) => `- ${n}`),
    '',
  ].join('\n');
}

export function renderCleanHtml(r: CleanReport): string {
  const title = `cwescan on presumed-safe code: ${r.path}`;
  return [
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    `<title>${esc(title)}</title><style>${REPORT_CSS}</style></head><body><main>`,
    `<header><h1>${esc(title)}</h1><p>Model <code>${esc(r.model.path)}</code> (${esc(r.model.modelType)}), threshold ${r.threshold}: ${r.files} files, ${r.lines.toLocaleString('en-US')} lines.</p>`,
    `<p class="muted">cwescan ${esc(r.version)} · ${esc(r.createdAt)}</p></header>`,
    r.model.isTestModel
      ? `<div class="banner"><strong>Test model.</strong> Its findings come from fixed patterns.</div>`
      : '',
    `<section id="summary"><h2>Findings per 1,000 lines</h2>${htmlTable(summaryTable(r))}</section>`,
    `<section id="per-cwe"><h2>By CWE</h2><div class="chart">${chart(r)}</div>${htmlTable(perCweTable(r))}</section>`,
    `<section id="top"><h2>Highest-scoring findings</h2>${r.top.length > 0 ? htmlTable(topTable(r)) : '<p>No findings.</p>'}</section>`,
    `<section id="notes"><h2>Notes</h2><ul class="notes">${notes(r)
      .map((n) => `<li>${esc(n)}</li>`)
      .join('')}</ul></section>`,
    '</main></body></html>\n',
  ].join('\n');
}
