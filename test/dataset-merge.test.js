// `cwescan dataset merge` end to end: parts merge into the dataset, decisions on unchanged records survive, a changed
// record goes back to pending, duplicates across parts are refused and nothing is written then.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './dataset-cli.js';
let dir;
let rows;
beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cwescan-merge-'));
    rows = (await readFile(`${FIXTURES}good.jsonl`, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
});
afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
});
const jsonl = (xs) => xs.map((x) => JSON.stringify(x)).join('\n') + '\n';
const pending = { status: 'pending', by: null, at: null, note: '' };
describe('cwescan dataset merge', () => {
    it('keeps review decisions of unchanged records and resets changed ones', async () => {
        const data = join(dir, 'examples.jsonl');
        await writeFile(data, jsonl(rows)); // 7 accepted, 1 pending
        const fresh = rows.map((r) => ({ ...r, review: pending }));
        const edited = fresh.map((r) => r.id === 'cwe78-ping-host-v' ? { ...r, explanation: `${r.explanation} It runs as the web user.` } : r);
        await writeFile(join(dir, 'a.jsonl'), jsonl(edited.slice(0, 4)));
        await writeFile(join(dir, 'b.jsonl'), jsonl(edited.slice(4)));
        const r = await runCli(['dataset', 'merge', join(dir, 'a.jsonl'), join(dir, 'b.jsonl'), '--data', data]);
        expect(r.code).toBe(0);
        expect(r.stdout).toContain('8 examples; 0 added, 7 unchanged (review kept), 1 changed (back to pending)');
        expect(r.stdout).toContain('  changed: cwe78-ping-host-v');
        const after = new Map((await readFile(data, 'utf8'))
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l))
            .map((x) => [x.id, x]));
        expect(after.get('cwe89-report-filter-v').review.status).toBe('accepted');
        expect(after.get('cwe78-ping-host-v').review).toEqual({
            status: 'pending',
            by: null,
            at: null,
            note: 'changed after it was accepted by fixture-reviewer',
        });
    });
    it('refuses ids that appear in two parts and writes nothing', async () => {
        const data = join(dir, 'examples.jsonl');
        await writeFile(join(dir, 'a.jsonl'), jsonl(rows.slice(0, 3)));
        await writeFile(join(dir, 'b.jsonl'), jsonl(rows.slice(2)));
        const r = await runCli(['dataset', 'merge', join(dir, 'a.jsonl'), join(dir, 'b.jsonl'), '--data', data]);
        expect(r.code).toBe(2);
        expect(r.stderr).toContain(`ids in more than one part: ${rows[2].id}`);
        await expect(readFile(data)).rejects.toThrow();
    });
});
//# sourceMappingURL=dataset-merge.test.js.map