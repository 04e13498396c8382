// A deterministic, regex-driven Detector for tests of the scanner and evaluator pipelines. It is a test double:
// its checkpoint marks itself as a test model, and the scanner says so in its output.
//
// config.json: { "model_type": "cwescan-pattern-test", "name": "...",
//                "rules": [{ "cwe": "CWE-89", "pattern": "execute\\(f\"", "flags": "m", "probability": 0.9 }] }
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CwescanError } from '../errors.js';
import { LABELS } from './labels.js';
const PatternConfigSchema = z
    .object({
    model_type: z.literal('cwescan-pattern-test'),
    name: z.string().min(1),
    rules: z
        .array(z
        .object({
        cwe: z.enum(LABELS.filter((l) => l !== 'none')),
        pattern: z.string().min(1),
        flags: z
            .string()
            .regex(/^[imsu]*$/)
            .default('m'),
        probability: z.number().gt(0).lt(1),
    })
        .strict())
        .min(1),
})
    .strict();
export async function loadPatternDetector(dir, config) {
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
                // The first matching rule wins; the rest of the mass goes to "none", spread so that every label is > 0.
                const hit = rules.find((r) => r.regex.test(code));
                const top = hit ? hit.cwe : 'none';
                const p = hit ? hit.probability : 0.98;
                const rest = (1 - p) / (LABELS.length - 1);
                const scores = LABELS.map((cwe) => ({ cwe, probability: cwe === top ? p : rest }));
                return scores.sort((a, b) => b.probability - a.probability || LABELS.indexOf(a.cwe) - LABELS.indexOf(b.cwe));
            });
        },
        async close() { },
    };
}
//# sourceMappingURL=pattern-detector.js.map