// The JSON report: a documented, versioned schema (docs/json-schema.md, schema file docs/cwescan-report.schema.json).
// Pure: (result) => string. Field names are snake_case and stable within a major version.
import { REPORT_SCHEMA_VERSION } from '../scan/scan.js';
import type { Finding, ScanResult } from '../scan/types.js';

export const jsonReporter = {
  meta: { name: 'json', description: 'Machine-readable report with a versioned schema (docs/json-schema.md).' },
  /** Example: jsonReporter.render(result) -> '{\n  "version": "1.0",\n  "findings": [ ... ] ... }\n' */
  render(result: ScanResult): string {
    return `${JSON.stringify(toJsonReport(result), null, 2)}\n`;
  },
};

export function toJsonReport(result: ScanResult): Record<string, unknown> {
  return {
    version: REPORT_SCHEMA_VERSION,
    tool: { name: 'cwescan', version: result.scannerVersion },
    model: {
      name: result.model.name,
      type: result.model.modelType,
      fingerprint: result.model.fingerprint,
      test_model: result.model.isTestModel,
      ...(result.model.precision ? { precision: result.model.precision } : {}),
      ...(result.model.locator ? { locator: result.model.locator } : {}),
    },
    warnings: result.warnings,
    findings: result.findings.map(findingJson),
    suppressed: result.suppressed.map((f) => ({
      ...findingJson(f),
      suppression: { kind: f.suppression?.kind ?? 'inline', justification: f.suppression?.justification ?? '' },
    })),
    skipped: result.skipped.map((s) => ({
      file: s.file,
      reason: s.reason,
      kind: s.kind,
      ...(s.line !== undefined ? { line: s.line } : {}),
    })),
    stats: {
      files: result.stats.files,
      lines: result.stats.lines,
      chunks: result.stats.chunks,
      cached_files: result.stats.cachedFiles,
      seconds: result.stats.seconds,
    },
  };
}

function findingJson(f: Finding): Record<string, unknown> {
  return {
    file: f.file,
    start_line: f.startLine,
    end_line: f.endLine,
    line: f.line,
    cwe: f.cwe,
    name: f.name,
    probability: f.probability,
    cwe_probability: f.cweProbability,
    severity: f.severity,
    confidence: f.confidence,
    message: f.message,
    fingerprint: f.fingerprint,
    chunk: f.chunk,
  };
}
