// The dataset example: one JSONL record per Python snippet. The zod schema is the type; every record read from disk
// goes through parseExample(), which names the record and the field that is wrong.
import { z } from 'zod';
import { TOP25_2024 } from '../cwe/catalog.js';

const TOP25_IDS = TOP25_2024.map((e) => e.id) as [string, ...string[]];

export const ReviewSchema = z
  .object({
    status: z.enum(['pending', 'accepted', 'rejected']),
    /** Who reviewed (a person or a named reviewing agent); null while pending. */
    by: z.string().min(1).nullable(),
    /** ISO-8601 time of the decision; null while pending. */
    at: z.string().datetime({ offset: true }).nullable(),
    note: z.string().default(''),
  })
  .strict();

export const ExampleSchema = z
  .object({
    /** Stable unique id: lowercase words joined by '-', e.g. "cwe89-flask-user-search-v". */
    id: z.string().regex(/^[a-z0-9][a-z0-9-]{2,100}$/, 'id must be lowercase letters, digits and dashes'),
    /** The Top-25 CWE the example is about: the weakness it has, or, for non-vulnerable code, the one it avoids. */
    cwe: z.enum(TOP25_IDS).nullable(),
    vulnerable: z.boolean(),
    language: z.literal('python'),
    code: z.string().min(1),
    /** 1-based lines of `code` that carry the weakness; required (non-empty) for vulnerable examples, empty otherwise. */
    lines: z.array(z.number().int().positive()),
    /** One paragraph of natural language: what the code does and why it is or is not vulnerable. */
    explanation: z.string().min(20),
    /**
     * Optional neutral description of what the code does (never whether it is vulnerable); used by the
     * code-plus-text prompt experiment.
     */
    description: z.string().min(1).optional(),
    /** Id of the fixed (or vulnerable) counterpart, or null. */
    twin: z.string().nullable(),
    /**
     * For derived examples (source "rewrite:<kind>"): the id of the example this one was rewritten from. Split keeps
     * it in the same split as its origin, and validate does not count it as a near-duplicate of its origin.
     */
    origin: z.string().optional(),
    /**
     * "authored", "llm:<model>", "rewrite:<kind>", "real:<project>" (real code as "none" fine-tuning data:
     * unreviewed from `cwescan dataset sample-real`, or mined by `dataset mine-real` and reviewed; never part of the
     * CWE Top 25 dataset itself), or "synth:<template>" (made by `cwescan dataset synth`, labelled by construction;
     * fine-tuning material, never part of the dataset either).
     */
    source: z
      .string()
      .regex(
        /^(authored|llm:.+|rewrite:[a-z0-9-]+|real:[a-z0-9-]+|synth:[a-z0-9-]+)$/,
        'source must be authored, llm:<model>, rewrite:<kind>, real:<project> or synth:<template>',
      ),
    review: ReviewSchema,
    /** Frameworks and libraries used, lowercase: ["flask", "sqlite3"]. */
    tags: z.array(z.string().regex(/^[a-z0-9][a-z0-9._-]*$/)),
  })
  .strict()
  .superRefine((ex, ctx) => {
    if (ex.vulnerable && ex.cwe === null) {
      ctx.addIssue({ code: 'custom', path: ['cwe'], message: 'a vulnerable example needs a cwe' });
    }
    if (ex.vulnerable && ex.lines.length === 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines'],
        message: 'a vulnerable example must name the lines that carry the weakness',
      });
    }
    if (!ex.vulnerable && ex.lines.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['lines'],
        message: 'a non-vulnerable example must have no weakness lines',
      });
    }
    const lineCount = ex.code.split('\n').length;
    for (const n of ex.lines) {
      if (n > lineCount)
        ctx.addIssue({
          code: 'custom',
          path: ['lines'],
          message: `line ${n} is past the end of the code (${lineCount} lines)`,
        });
    }
    if (ex.review.status !== 'pending' && (ex.review.by === null || ex.review.at === null)) {
      ctx.addIssue({ code: 'custom', path: ['review'], message: 'a decided review needs by and at' });
    }
    if (ex.twin === ex.id)
      ctx.addIssue({ code: 'custom', path: ['twin'], message: 'an example cannot be its own twin' });
  });

export type Example = z.infer<typeof ExampleSchema>;
export type Review = z.infer<typeof ReviewSchema>;

/** The label a model is trained to output for an example: its CWE when vulnerable, otherwise "none". */
export function exampleLabel(ex: Example): string {
  return ex.vulnerable && ex.cwe ? ex.cwe : 'none';
}
