// A small advisory lock for read-modify-write updates of a dataset file (review, generate and merge may run at the
// same time, and the web review UI will too). The lock is a file created exclusively beside the dataset that holds
// the owner's pid; a lock whose process is gone is taken over.
import { open, readFile, rm } from 'node:fs/promises';
import { setTimeout as sleep } from 'node:timers/promises';
import { CwescanError } from '../errors.js';
function alive(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (err) {
        return err.code === 'EPERM';
    }
}
/**
 * Runs fn while holding `<path>.lock`; waits up to timeoutMs for another holder.
 * Example: await withFileLock('data/x.jsonl', async () => { ...read, change, writeJsonlAtomic... })
 */
export async function withFileLock(path, fn, timeoutMs = 10_000) {
    const lock = `${path}.lock`;
    const deadline = Date.now() + timeoutMs;
    for (;;) {
        try {
            const fh = await open(lock, 'wx');
            await fh.writeFile(String(process.pid));
            await fh.close();
            break;
        }
        catch (err) {
            if (err.code !== 'EEXIST') {
                throw new CwescanError('E_IO', `cannot create lock file ${lock}: ${err.message}`, { cause: err });
            }
            const owner = Number((await readFile(lock, 'utf8').catch(() => '')).trim());
            if (Number.isInteger(owner) && owner > 0 && !alive(owner)) {
                await rm(lock, { force: true });
                continue;
            }
            if (Date.now() > deadline) {
                throw new CwescanError('E_IO', `${path} is locked by process ${owner || '?'}`, {
                    hint: `Wait for the other cwescan command to finish, or delete ${lock} if no such process runs.`,
                });
            }
            await sleep(50);
        }
    }
    try {
        return await fn();
    }
    finally {
        await rm(lock, { force: true });
    }
}
//# sourceMappingURL=lock.js.map