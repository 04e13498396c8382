import { describe, expect, it } from 'vitest';
import type { ScanResult } from '../scan/types.js';
import { getReporter, REPORTERS } from './reporters.js';
import { toSarif } from './sarif.js';
import { textReporter } from './text.js';

const result: ScanResult = {
  scannerVersion: '0.1.0',
  model: { modelType: 'cwescan-pattern-test', name: 'fixture', path: '/m', isTestModel: true, fingerprint: 'abc' },
  findings: [
    {
      file: 'app/db.py',
      startLine: 9,
      endLine: 12,
      line: 11,
      cwe: 'CWE-89',
      name: "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
      probability: 0.95,
      cweProbability: 0.61, // the model's belief spread over several CWEs
      severity: 'critical',
      confidence: 'high',
      message: 'Possible SQL injection in function find_user: An SQL statement is built from external input.',
      fingerprint: '0123456789abcdef0123456789abcdef',
      chunk: 'find_user',
      snippet: 'cur.execute(f"SELECT {name}")',
      excerpt: [
        { line: 10, text: '    cur = conn.cursor()' },
        { line: 11, text: '    cur.execute(f"SELECT {name}")' },
      ],
    },
  ],
  suppressed: [
    {
      file: 'app/run.py',
      startLine: 4,
      endLine: 5,
      line: 5,
      cwe: 'CWE-78',
      name: "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')",
      probability: 0.9,
      cweProbability: 0.9,
      severity: 'critical',
      confidence: 'high',
      message: 'Possible OS command injection in function run: …',
      fingerprint: 'fedcba9876543210fedcba9876543210',
      chunk: 'run',
      snippet: 'os.system(cmd)  # cwescan: ignore[CWE-78]',
      excerpt: [{ line: 5, text: '    os.system(cmd)  # cwescan: ignore[CWE-78]' }],
      suppression: { kind: 'inline', justification: '# cwescan: ignore on line 5' },
    },
  ],
  skipped: [
    { file: 'blob.py', kind: 'binary', reason: 'binary file (NUL byte at offset 3)' },
    { file: 'pkg/__init__.py', kind: 'empty', reason: 'empty file (0 bytes)' },
  ],
  warnings: ['model "fixture" (cwescan-pattern-test) is a test model: do not rely on it'],
  stats: { files: 3, lines: 40, chunks: 5, cachedFiles: 1, seconds: 0.25 },
  cwd: '/repo',
};

describe('reporters', () => {
  it('has one sorted registry entry per format', () => {
    expect(REPORTERS.map((r) => r.meta.name)).toEqual(['json', 'sarif', 'text']);
    expect(getReporter('xml')).toBeUndefined();
  });

  it('renders text grouped by file, with excerpt, skipped files and summary', () => {
    expect(textReporter.render(result, { color: false })).toMatchSnapshot();
  });

  it('colours the text report only when asked', () => {
    expect(textReporter.render(result, { color: true })).toContain('\u001b[31mcritical\u001b[39m');
    expect(textReporter.render(result, { color: false })).not.toContain('\u001b[');
  });

  it('renders the versioned JSON report', () => {
    expect(JSON.parse(getReporter('json')!.render(result))).toMatchSnapshot();
  });

  it('renders SARIF with rules, fingerprints, suppressions and notifications', () => {
    const log = toSarif(result);
    expect(log.runs[0]!.originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: 'file:///repo/' } });
    expect(log).toMatchSnapshot();
  });
});
