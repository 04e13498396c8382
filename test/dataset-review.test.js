// `cwescan dataset review` end to end with scripted keystrokes on stdin (a pipe, one command per line).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './dataset-cli.js';
let dir;
let data;
const PENDING = ['cwe22-invoice-download-b', 'cwe502-upload-config-f', 'cwe502-upload-config-v', 'cwe78-ping-host-v'];
beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cwescan-review-'));
    data = join(dir, 'examples.jsonl');
    const rows = (await readFile(`${FIXTURES}good.jsonl`, 'utf8'))
        .trim()
        .split('\n')
        .map((l) => JSON.parse(l));
    for (const r of rows)
        if (PENDING.includes(r.id))
            r.review = { status: 'pending', by: null, at: null, note: '' };
    await writeFile(data, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
});
afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
});
const load = async () => new Map((await readFile(data, 'utf8'))
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l))
    .map((r) => [r.id, r]));
describe('cwescan dataset review', () => {
    it('accepts, rejects, edits labels, adds notes and skips, from scripted keystrokes', async () => {
        const keys = [
            // 1: cwe22-invoice-download-b
            '?',
            'n',
            'realistic Flask download',
            'a',
            // 2: cwe502-upload-config-f
            's',
            // 3: cwe502-upload-config-v: change the CWE to CWE-20 and the lines to 14, then reject with a reason
            'l',
            '',
            'CWE-20',
            '14',
            'r',
            'label unclear',
            // 4: cwe78-ping-host-v: look at its twin first
            't',
            'x',
            'a',
        ];
        const r = await runCli(['dataset', 'review', '--data', data, '--reviewer', 'alice'], {
            input: keys.join('\n') + '\n',
        });
        expect(r.code).toBe(0);
        // The code is shown with line numbers and the weakness line marked.
        expect(r.stdout).toContain('-- [4/4] cwe78-ping-host-v');
        expect(r.stdout).toContain('> 7 |     result = subprocess.run(cmd, shell=True, capture_output=True, text=True)');
        expect(r.stdout).toContain('  6 |     cmd = f"ping -c {count} {host}"');
        expect(r.stdout).toContain('explanation: The host name from the command line');
        expect(r.stdout).toContain('label saved: vulnerable, CWE-20, lines 14');
        expect(r.stdout).toContain("(cwe502-upload-config-v has twin cwe502-upload-config-f: run 'cwescan dataset validate'");
        expect(r.stdout).toContain('a  accept'); // help, after '?' and after the unknown key 'x'
        expect(r.stdout).toContain('twin of cwe78-ping-host-v:\n-- [4/4] cwe78-ping-host-f');
        expect(r.stdout).toContain('reviewed 3 example(s): 2 accepted, 1 rejected, 1 edited, 1 skipped; 1 left');
        const rows = await load();
        const a = rows.get('cwe22-invoice-download-b');
        expect(a.review).toMatchObject({ status: 'accepted', by: 'alice', note: 'realistic Flask download' });
        expect(Number.isNaN(Date.parse(a.review.at))).toBe(false);
        expect(rows.get('cwe502-upload-config-f').review.status).toBe('pending');
        const rej = rows.get('cwe502-upload-config-v');
        expect(rej).toMatchObject({ cwe: 'CWE-20', vulnerable: true, lines: [14] });
        expect(rej.review).toMatchObject({ status: 'rejected', by: 'alice', note: 'label unclear' });
        expect(rows.get('cwe78-ping-host-v').review).toMatchObject({ status: 'accepted', by: 'alice' });
        // untouched records keep their place and content
        expect([...rows.keys()]).toHaveLength(8);
        expect(rows.get('cwe89-report-filter-v').review.by).toBe('fixture-reviewer');
    });
    it('saves each decision at once: input that ends early keeps what was decided', async () => {
        const r = await runCli(['dataset', 'review', '--data', data], { input: 'a\n', env: { USER: 'bob' } });
        expect(r.code).toBe(0);
        const rows = await load();
        expect(rows.get('cwe22-invoice-download-b').review).toMatchObject({ status: 'accepted', by: 'bob' });
        expect(rows.get('cwe502-upload-config-f').review.status).toBe('pending');
        expect(r.stdout).toContain('reviewed 1 example(s): 1 accepted, 0 rejected, 0 edited, 0 skipped; 3 left');
    });
    it('refuses an invalid label edit and keeps the example as it was', async () => {
        const r = await runCli(['dataset', 'review', '--data', data, '--reviewer', 'carol', '--cwe', 'CWE-78'], {
            input: ['l', 'y', 'CWE-999', 'l', 'y', '', '99', 'q'].join('\n') + '\n',
        });
        expect(r.stdout).toContain('CWE-999 is not one of the 2024 Top 25; label unchanged');
        expect(r.stdout).toMatch(/not applied: lines: line 99 is past the end of the code/);
        const rows = await load();
        expect(rows.get('cwe78-ping-host-v')).toMatchObject({ cwe: 'CWE-78', lines: [7] });
        expect(rows.get('cwe78-ping-host-v').review.status).toBe('pending');
    });
    it('reviews only the ids given, and show prints an example without changing anything', async () => {
        const r = await runCli(['dataset', 'review', '--data', data, '--reviewer', 'erin', '--id', 'cwe78-ping-host-v'], {
            input: 'r\nlooks wrong\n',
        });
        expect(r.stdout).toContain('1 example(s) to review');
        expect((await load()).get('cwe78-ping-host-v').review).toMatchObject({ status: 'rejected', note: 'looks wrong' });
        const before = await readFile(data, 'utf8');
        const s = await runCli(['dataset', 'show', 'cwe89-report-filter-v', '--data', data]);
        expect(s.code).toBe(0);
        expect(s.stdout).toContain('>17 |     cur.execute(f"SELECT id, title FROM reports WHERE owner = \'{owner}\'")');
        expect(await readFile(data, 'utf8')).toBe(before);
        const missing = await runCli(['dataset', 'show', 'nope', '--data', data]);
        expect(missing.code).toBe(2);
        expect(missing.stderr).toContain('has no example nope');
    });
});
//# sourceMappingURL=dataset-review.test.js.map