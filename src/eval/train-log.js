// Reads a checkpoint's training log (<ckpt>/train_log.jsonl) for the loss-curve charts. One object per logged step:
// {"phase":"pretrain"|"finetune","step":n,"tokens":n,"loss":x,"lr":x,"time_s":x} plus optional val_loss/val_ppl/val_acc.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
const LogEntrySchema = z.looseObject({
    phase: z.enum(['pretrain', 'finetune']),
    step: z.number().int().nonnegative(),
    tokens: z.number().nonnegative().optional(),
    loss: z.number(),
    lr: z.number().optional(),
    time_s: z.number().optional(),
    val_loss: z.number().optional(),
    val_ppl: z.number().optional(),
    val_acc: z.number().optional(),
});
/**
 * Example: await readTrainLog('models/default') -> { log: { entries: [{ phase: 'pretrain', step: 0, loss: 9.1 }, ...] } }
 */
export async function readTrainLog(checkpointDir) {
    const path = join(checkpointDir, 'train_log.jsonl');
    let text;
    try {
        text = await readFile(path, 'utf8');
    }
    catch {
        return { missing: `no training log at ${path}` };
    }
    const entries = [];
    let skipped = 0;
    for (const raw of text.split('\n')) {
        if (raw.trim() === '')
            continue;
        try {
            const parsed = LogEntrySchema.safeParse(JSON.parse(raw));
            if (parsed.success && Number.isFinite(parsed.data.loss))
                entries.push(parsed.data);
            else
                skipped++;
        }
        catch {
            skipped++;
        }
    }
    if (entries.length === 0)
        return { missing: `${path} holds no valid log entries` };
    return { log: { path, entries, skipped } };
}
/**
 * A fine-tuned checkpoint's log often holds only the finetune phase; the pretraining phase is in the log of the
 * checkpoint it started from (the --baseline). Adds that pretrain phase when the main log has none.
 * Example: withPretrainFrom({ log: finetuneOnly }, { log: pretrainLog }) -> { log: { entries: [...pretrain, ...finetune] } }
 */
export function withPretrainFrom(main, base) {
    if (!('log' in base))
        return main;
    const pretrain = base.log.entries.filter((e) => e.phase === 'pretrain');
    if (pretrain.length === 0)
        return main;
    if (!('log' in main))
        return { log: { ...base.log, entries: pretrain, sources: [base.log.path] } };
    if (main.log.entries.some((e) => e.phase === 'pretrain'))
        return main;
    return {
        log: {
            path: main.log.path,
            entries: [...pretrain, ...main.log.entries],
            skipped: main.log.skipped,
            sources: [base.log.path, main.log.path],
        },
    };
}
//# sourceMappingURL=train-log.js.map