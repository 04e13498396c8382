// `cwescan dataset synth`: minimal bug/fix pairs generated from code templates, for fine-tuning. Every example the
// dataset holds was written one at a time, about 40 pairs per CWE in as many settings; these show one flow in many
// shapes and frames with only the sanitizer, the guard or the source changing, labelled by construction. They are
// training material, never part of the reviewed dataset or its validation and test splits.
import type { Example } from '../schema.js';
import { DEFAULT_VALIDATE_OPTIONS, lineCount } from '../validate.js';
import { flowTemplate } from './flow-template.js';
import { codeInjection } from './flows/code-injection.js';
import { commandInjection } from './flows/command-injection.js';
import { deserialization } from './flows/deserialization.js';
import { pathTraversal } from './flows/path-traversal.js';
import { sqlInjection } from './flows/sql-injection.js';
import { ssrf } from './flows/ssrf.js';
import { xss } from './flows/xss.js';
import { Picker } from './random.js';
import { hardCodedSecrets } from './secrets.js';
import type { Drawn, Template } from './template.js';

/** The templates, by CWE: one line each. */
export const TEMPLATES: readonly Template[] = [
  flowTemplate(xss),
  flowTemplate(sqlInjection),
  flowTemplate(pathTraversal),
  flowTemplate(commandInjection),
  flowTemplate(codeInjection),
  flowTemplate(deserialization),
  hardCodedSecrets,
  flowTemplate(ssrf),
];

export const SYNTH_CWES: readonly string[] = TEMPLATES.map((t) => t.cwe);

export interface SynthOptions {
  /** Bug/fix pairs per template. */
  readonly pairs: number;
  /** Safe look-alikes per template (no twin). */
  readonly lookalikes: number;
  readonly seed: number;
  /** Only these CWEs (default: every template's). */
  readonly cwes?: readonly string[];
}

/** Review stamp of a generated record: accepted by construction, the generator named as the reviewer. */
const REVIEW = {
  status: 'accepted',
  by: 'cwescan dataset synth',
  at: '2026-11-23T00:00:00Z',
  note: 'label by construction from a code template',
} as const;

/**
 * Generated examples, deterministic for a seed: for each template, `pairs` bug/fix twins then `lookalikes` safe
 * look-alikes, no two with the same code, each 8 to 80 lines long as the dataset's rules ask. Ids: "synth-cwe89-sql-0007-v" (bug), "-f" (its fix), "-l" (look-alike).
 */
export function synthesize(opts: SynthOptions): Example[] {
  const p = new Picker(opts.seed);
  const seen = new Set<string>();
  const out: Example[] = [];
  const { minLines, maxLines } = DEFAULT_VALIDATE_OPTIONS;
  // New code only, and as long as the dataset's own examples may be (a bare two-line handler is redrawn).
  const fresh = (...ds: Drawn[]) =>
    ds.every((d) => !seen.has(d.code) && lineCount(d.code) >= minLines && lineCount(d.code) <= maxLines) &&
    new Set(ds.map((d) => d.code)).size === ds.length;
  for (const t of TEMPLATES) {
    if (opts.cwes && !opts.cwes.includes(t.cwe)) continue;
    const stem = `synth-${t.cwe.toLowerCase().replace('-', '')}-${t.name}`;
    const record = (id: string, d: Drawn, vulnerable: boolean, twin: string | null): Example => {
      seen.add(d.code);
      return {
        id,
        cwe: t.cwe as Example['cwe'],
        vulnerable,
        language: 'python',
        code: d.code,
        lines: vulnerable ? [...d.lines] : [],
        explanation: d.why,
        twin,
        source: `synth:${t.name}`,
        review: { ...REVIEW },
        tags: [...d.tags],
      };
    };
    // A bounded number of tries: a template with few forms repeats itself before it reaches `pairs`.
    for (let n = 0, tries = 0; n < opts.pairs && tries < opts.pairs * 20; tries++) {
      const { bug, fix } = t.pair(p);
      if (!fresh(bug, fix)) continue;
      const id = `${stem}-${String(n).padStart(4, '0')}`;
      out.push(record(`${id}-v`, bug, true, `${id}-f`), record(`${id}-f`, fix, false, `${id}-v`));
      n++;
    }
    for (let n = 0, tries = 0; n < opts.lookalikes && tries < opts.lookalikes * 20; tries++) {
      const d = t.lookalike(p);
      if (!fresh(d)) continue;
      out.push(record(`${stem}-${String(n).padStart(4, '0')}-l`, d, false, null));
      n++;
    }
  }
  return out;
}
