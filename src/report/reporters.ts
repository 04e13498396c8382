// The reporter registry: one sorted table, one line per output format. Adding a format means adding a line.
import type { ScanResult } from '../scan/types.js';
import { jsonReporter } from './json.js';
import { sarifReporter } from './sarif.js';
import { textReporter, type TextOptions } from './text.js';

export interface Reporter {
  readonly meta: { readonly name: string; readonly description: string };
  render(result: ScanResult, options?: TextOptions): string;
}

export const REPORTERS: readonly Reporter[] = [jsonReporter, sarifReporter, textReporter];

export type ReportFormat = 'json' | 'sarif' | 'text';

export function getReporter(name: string): Reporter | undefined {
  return REPORTERS.find((r) => r.meta.name === name);
}
