import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lossCurves } from './charts/loss-curves.js';
import { readTrainLog } from './train-log.js';
describe('readTrainLog', () => {
    it('reads valid entries, counts bad lines, and reports a missing log', async () => {
        const dir = await mkdtemp(join(tmpdir(), 'cwescan-log-'));
        expect(await readTrainLog(dir)).toEqual({ missing: `no training log at ${join(dir, 'train_log.jsonl')}` });
        await writeFile(join(dir, 'train_log.jsonl'), [
            '{"phase":"pretrain","step":0,"tokens":0,"loss":9.5,"lr":0.001,"time_s":0}',
            '{"phase":"pretrain","step":10,"tokens":2048,"loss":7.25,"lr":0.001,"time_s":1,"val_loss":7.5}',
            'garbage',
            '{"phase":"other","step":1,"loss":1}',
            '{"phase":"finetune","step":0,"tokens":0,"loss":2.5,"lr":0.0001,"time_s":0,"val_acc":0.5}',
        ].join('\n'));
        const r = await readTrainLog(dir);
        expect('log' in r && r.log.entries.map((e) => [e.phase, e.step, e.loss])).toEqual([
            ['pretrain', 0, 9.5],
            ['pretrain', 10, 7.25],
            ['finetune', 0, 2.5],
        ]);
        expect('log' in r && r.log.skipped).toBe(2);
        // One panel per phase, one validation dot.
        const svg = lossCurves('log' in r ? r.log.entries : []);
        expect(svg.match(/<path /g)).toHaveLength(2);
        expect(svg.match(/<circle /g)).toHaveLength(1);
    });
});
//# sourceMappingURL=train-log.test.js.map