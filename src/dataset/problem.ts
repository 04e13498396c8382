// A problem found in a dataset: which example (or CWE, for balance), where, and what is wrong, in one sentence.
// Readers, validate and generate all report through this shape so that the CLI prints them the same way.

export type ProblemKind =
  | 'json'
  | 'schema'
  | 'duplicate-id'
  | 'parse'
  | 'leakage'
  | 'length'
  | 'lines'
  | 'explanation'
  | 'near-duplicate'
  | 'twin'
  | 'balance';

export interface DatasetProblem {
  readonly kind: ProblemKind;
  /** The example id, the CWE id for balance problems, or null when the record has no readable id. */
  readonly id: string | null;
  /** 1-based line of the JSONL file the record is on, when known. */
  readonly line: number | null;
  readonly message: string;
}

/** One line per problem: "examples.jsonl:12 cwe89-x-v [leakage] line 3: comment '# unsafe'". */
export function formatProblem(p: DatasetProblem, file?: string): string {
  const where = [file && p.line !== null ? `${file}:${p.line}` : p.line !== null ? `line ${p.line}` : file, p.id]
    .filter((s): s is string => Boolean(s))
    .join(' ');
  return `${where} [${p.kind}] ${p.message}`;
}
