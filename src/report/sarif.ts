// The SARIF 2.1.0 report, shaped for GitHub code scanning: one rule per CWE with CWE tags, help text and a
// security-severity; partialFingerprints from our line-shift-stable fingerprint; suppressed findings kept with SARIF
// `suppressions`; skipped files and warnings (a test model in use) as tool execution notifications.
// Pure: (result) => string. Validated against the official schema in test/scan-sarif.test.ts.
import type * as Sarif from 'sarif';
import { pathToFileURL } from 'node:url';
import { cweUrl, getCwe, type CweId, type Severity } from '../cwe/catalog.js';
import type { Finding, ScanResult } from '../scan/types.js';

/** GitHub ranks alerts by this CVSS-like score (critical >= 9.0, high 7.0-8.9, medium 4.0-6.9, low < 4.0). */
const SECURITY_SEVERITY: Record<Severity, string> = { critical: '9.5', high: '8.0', medium: '5.5', low: '3.0' };
const LEVEL: Record<Severity, Sarif.ReportingConfiguration.level> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
};

export const sarifReporter = {
  meta: { name: 'sarif', description: 'SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.' },
  /** Example: sarifReporter.render(result) -> '{\n  "version": "2.1.0",\n  "runs": [ { "tool": ... } ] }\n' */
  render(result: ScanResult): string {
    return `${JSON.stringify(toSarif(result), null, 2)}\n`;
  },
};

export function toSarif(result: ScanResult): Sarif.Log {
  const all = [...result.findings, ...result.suppressed];
  const ruleIds = [...new Set(all.map((f) => f.cwe))].sort((a, b) => Number(a.slice(4)) - Number(b.slice(4)));
  const rules = ruleIds.map(rule);
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const results = all
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.cwe.localeCompare(b.cwe))
    .map((f) => sarifResult(f, index.get(f.cwe) ?? 0));

  const notifications: Sarif.Notification[] = [
    ...result.warnings.map((w): Sarif.Notification => ({
      level: 'warning',
      message: { text: w },
      descriptor: { id: w.includes('is a test model') ? 'cwescan/test-model' : 'cwescan/warning' },
    })),
    ...result.skipped.map((s): Sarif.Notification => ({
      level: 'warning',
      message: { text: `${s.file} skipped: ${s.reason}` },
      descriptor: { id: `cwescan/skipped/${s.kind}` },
      locations: [
        {
          physicalLocation: {
            artifactLocation: artifact(s.file),
            ...(s.line !== undefined ? { region: { startLine: s.line } } : {}),
          },
        },
      ],
    })),
  ];

  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'cwescan',
            version: result.scannerVersion,
            semanticVersion: result.scannerVersion,
            informationUri: 'https://cwe.mitre.org/top25/',
            rules,
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(result.cwd).href}/` } },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: notifications }],
        results,
        properties: {
          model: {
            name: result.model.name,
            type: result.model.modelType,
            fingerprint: result.model.fingerprint,
          },
          testModel: result.model.isTestModel,
          ...(result.model.isTestModel
            ? { warning: 'findings come from a test model (fixed patterns), not a trained detector' }
            : {}),
        },
      },
    ],
  };
}

function rule(id: CweId): Sarif.ReportingDescriptor {
  const entry = getCwe(id);
  const short = entry?.short ?? id;
  const severity = entry?.severity ?? 'medium';
  const helpText = entry
    ? `${entry.name}\n\n${entry.description}\n\nHow it shows up in Python: ${entry.python}\n\nSee ${cweUrl(id)}`
    : id;
  return {
    id,
    name: pascal(short),
    shortDescription: { text: `${id}: ${short}` },
    fullDescription: { text: entry?.description ?? id },
    helpUri: cweUrl(id),
    help: {
      text: helpText,
      markdown: entry
        ? `**${id}: ${entry.name}**\n\n${entry.description}\n\n*How it shows up in Python:* ${entry.python}\n\n[${id} at MITRE](${cweUrl(id)})`
        : id,
    },
    defaultConfiguration: { level: LEVEL[severity] },
    properties: {
      tags: ['security', `external/cwe/cwe-${id.slice(4)}`],
      'security-severity': SECURITY_SEVERITY[severity],
      precision: 'medium',
      'problem.severity': LEVEL[severity] === 'note' ? 'recommendation' : LEVEL[severity],
    },
  };
}

function sarifResult(f: Finding, ruleIndex: number): Sarif.Result {
  const out: Sarif.Result = {
    ruleId: f.cwe,
    ruleIndex,
    level: LEVEL[f.severity],
    message: { text: f.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifact(f.file),
          region: { startLine: f.line, snippet: { text: f.snippet } },
          contextRegion: { startLine: f.startLine, endLine: f.endLine },
        },
        logicalLocations: [{ fullyQualifiedName: f.chunk, kind: f.chunk === '<module>' ? 'module' : 'function' }],
      },
    ],
    partialFingerprints: { 'cwescan/v1': f.fingerprint },
    properties: {
      probability: f.probability,
      cweProbability: f.cweProbability,
      confidence: f.confidence,
      severity: f.severity,
    },
  };
  if (f.suppression) {
    out.suppressions = [
      {
        kind: f.suppression.kind === 'inline' ? 'inSource' : 'external',
        status: 'accepted',
        justification: f.suppression.justification,
      },
    ];
  }
  return out;
}

/** "SQL injection" -> "SqlInjection" (SARIF rule names are identifiers). */
function pascal(s: string): string {
  return s
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean)
    .map((w) => w[0]!.toUpperCase() + w.slice(1).toLowerCase())
    .join('');
}

/** Relative paths as URI references under %SRCROOT% (reserved characters escaped); absolute paths as file: URIs. */
function artifact(path: string): Sarif.ArtifactLocation {
  if (path.startsWith('/')) return { uri: pathToFileURL(path).href };
  return { uri: path.split('/').map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}
