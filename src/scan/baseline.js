// The baseline: fingerprints of accepted findings. Findings whose fingerprint is in it are suppressed; any other
// finding, even an identical-looking one on a new line of the same function, stays visible. Reads its own format
// and cwescan JSON reports.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { UsageError } from '../errors.js';
import { writeFileAtomic } from './atomic.js';
const BaselineSchema = z.object({
    cwescan_baseline: z.literal(1),
    findings: z.array(z
        .object({ fingerprint: z.string().min(1), file: z.string(), line: z.number().int(), cwe: z.string() })
        .passthrough()),
});
/** A cwescan JSON report also works as a baseline: its findings carry fingerprints. */
const ReportSchema = z.object({
    version: z.string(),
    findings: z.array(z.object({ fingerprint: z.string().min(1) }).passthrough()),
});
/** Example: await readBaseline('.cwescan-baseline.json') -> Set { '3b9c0d…', 'e41a77…' } */
export async function readBaseline(path) {
    let data;
    try {
        data = JSON.parse(await readFile(path, 'utf8'));
    }
    catch (cause) {
        throw new UsageError(`cannot read baseline ${path}: ${cause.message}`, {
            hint: 'create one with --write-baseline <file>',
            cause,
        });
    }
    const own = BaselineSchema.safeParse(data);
    if (own.success)
        return new Set(own.data.findings.map((f) => f.fingerprint));
    const report = ReportSchema.safeParse(data);
    if (report.success)
        return new Set(report.data.findings.map((f) => f.fingerprint));
    throw new UsageError(`${path} is neither a cwescan baseline nor a cwescan JSON report`, {
        hint: 'create a baseline with --write-baseline <file>',
    });
}
/** Writes every current finding (suppressed by the old baseline or not) as the new baseline. */
export async function writeBaseline(path, findings) {
    const sorted = [...findings].sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.cwe.localeCompare(b.cwe));
    const body = {
        cwescan_baseline: 1,
        findings: sorted.map((f) => ({ fingerprint: f.fingerprint, file: f.file, line: f.line, cwe: f.cwe })),
    };
    await writeFileAtomic(path, `${JSON.stringify(body, null, 2)}\n`);
}
//# sourceMappingURL=baseline.js.map