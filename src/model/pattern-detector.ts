// A deterministic, regex-driven Detector for tests of the scanner and evaluator pipelines. It is a test double:
// its checkpoint marks itself as a test model, and the scanner says so in its output.
//
// config.json: { "model_type": "cwescan-pattern-test", "name": "...",
//                "rules": [{ "cwe": "CWE-89", "pattern": "execute\\(f\"", "flags": "m", "probability": 0.9 }] }
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CwescanError } from '../errors.js';
import type { Detector, LabelScore } from './detector.js';
import { LABELS, type Label } from './labels.js';

const PatternConfigSchema = z
  .object({
    model_type: z.literal('cwescan-pattern-test'),
    name: z.string().min(1),
    rules: z
      .array(
        z
          .object({
            cwe: z.enum(LABELS.filter((l) => l !== 'none') as [string, ...string[]]),
            pattern: z.string().min(1),
            flags: z
              .string()
              .regex(/^[imsu]*$/)
              .default('m'),
            probability: z.number().gt(0).lt(1),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

/** Probability of each label a pattern model does not name (every label stays > 0). */
const TRACE = 1e-6;

export async function loadPatternDetector(dir: string, config: Record<string, unknown>): Promise<Detector> {
  const parsed = PatternConfigSchema.safeParse(config);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new CwescanError('E_CHECKPOINT', `${dir}/config.json is not a valid pattern test model: ${problems}`);
  }
  const rules = parsed.data.rules.map((r) => ({ ...r, regex: new RegExp(r.pattern, r.flags) }));
  const fingerprint = createHash('sha256').update(JSON.stringify(parsed.data)).digest('hex');
  return {
    info: { modelType: 'cwescan-pattern-test', name: parsed.data.name, path: dir, isTestModel: true, fingerprint },
    async detect(snippets) {
      return snippets.map((code) => {
        // The first matching rule wins. After a hit the rest of the mass goes to "none", bar a trace on every other
        // label, so that P(vulnerable), what thresholds compare, is the rule's probability to four decimals.
        // Without a hit "none" gets 0.98 and the CWEs share the rest.
        const hit = rules.find((r) => r.regex.test(code));
        const top: Label = hit ? (hit.cwe as Label) : 'none';
        const p = hit ? hit.probability : 0.98;
        const trace = hit ? TRACE : (1 - p) / (LABELS.length - 1);
        const none = hit ? 1 - p - trace * (LABELS.length - 2) : p;
        const scores: LabelScore[] = LABELS.map((cwe) => ({
          cwe,
          probability: cwe === top ? p : cwe === 'none' ? none : trace,
        }));
        return scores.sort((a, b) => b.probability - a.probability || LABELS.indexOf(a.cwe) - LABELS.indexOf(b.cwe));
      });
    },
    async close() {},
  };
}
