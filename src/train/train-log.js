// The JSONL training log, <ckpt>/train_log.jsonl: one object per logged step, the format the evaluation plots read:
//   {"phase":"pretrain"|"finetune","step":n,"tokens":n,"loss":x,"lr":x,"time_s":x[,"val_loss":x,"val_ppl":x,"val_acc":x]}
// It is appended as training runs; on --resume, entries past the resumed step are dropped (they belong to the steps
// that the interruption lost and that will be trained again).
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../engine/safetensors.js';
import { LOG_FILE } from '../model/checkpoint.js';
export class TrainLog {
    path;
    constructor(dir) {
        this.path = join(dir, LOG_FILE);
    }
    /** Creates the directory the log lives in (before the first checkpoint exists). */
    async ensureDir() {
        await mkdir(dirname(this.path), { recursive: true });
    }
    async append(entry) {
        await appendFile(this.path, JSON.stringify(entry) + '\n');
    }
    /** Keeps the entries up to and including `step` (drops torn or later lines); returns how many were kept. */
    async truncateAfter(step) {
        let text;
        try {
            text = await readFile(this.path, 'utf8');
        }
        catch {
            return 0;
        }
        const kept = [];
        for (const line of text.split('\n')) {
            if (!line.trim())
                continue;
            try {
                const e = JSON.parse(line);
                if (typeof e.step === 'number' && e.step <= step)
                    kept.push(line);
            }
            catch {
                // a line torn by a kill in the middle of a write: drop it
            }
        }
        await writeFileAtomic(this.path, kept.map((l) => l + '\n').join(''));
        return kept.length;
    }
}
/** Reads a training log. Example: await readTrainLog('runs/pre') -> [{ phase: 'pretrain', step: 10, ... }, ...] */
export async function readTrainLog(dir) {
    const text = await readFile(join(dir, LOG_FILE), 'utf8');
    return text
        .split('\n')
        .filter((l) => l.trim())
        .map((l) => JSON.parse(l));
}
//# sourceMappingURL=train-log.js.map