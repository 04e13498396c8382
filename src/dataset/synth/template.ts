// What the generator draws from: a template makes a bug/fix pair of whole modules, and safe look-alikes.
import type { Picker } from './random.js';

/** One generated module: its code, its weakness lines (for a bug), tags and the sentence that explains it. */
export interface Drawn {
  readonly code: string;
  readonly lines: readonly number[];
  readonly tags: readonly string[];
  readonly why: string;
}

export interface Template {
  readonly cwe: string;
  /** Short id fragment, e.g. "sql". */
  readonly name: string;
  pair(p: Picker): { readonly bug: Drawn; readonly fix: Drawn };
  lookalike(p: Picker): Drawn;
}
