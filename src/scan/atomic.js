// Atomic file writes: write a temp file beside the target, then rename it over the target, so a reader or a crash
// never sees half a report or half a baseline.
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
/** Example: await writeFileAtomic('report.sarif', '{"version":"2.1.0",...}') */
export async function writeFileAtomic(path, text) {
    const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
    try {
        await writeFile(tmp, text);
        await rename(tmp, path);
    }
    catch (err) {
        await rm(tmp, { force: true }).catch(() => undefined);
        throw err;
    }
}
//# sourceMappingURL=atomic.js.map