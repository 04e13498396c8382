// End-to-end: the HTML report opens in headless Chromium (Debian's chromium, driven by playwright-core) with every
// network request blocked and recorded, and each chart is present, visible and drawn.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, FIX } from './eval-helpers.js';
const CHROMIUM_ARGS = [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
];
describe('report.html in headless Chromium', () => {
    let browser;
    let out;
    beforeAll(async () => {
        out = await mkdtemp(join(tmpdir(), 'cwescan-eval-html-'));
        const r = cli([
            'eval',
            '--model',
            `${FIX}/pattern-model`,
            '--data',
            `${FIX}/test.jsonl`,
            '--train',
            `${FIX}/train.jsonl`,
            '--out',
            out,
        ]);
        expect(r.code, r.stderr).toBe(0);
        browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    });
    afterAll(async () => {
        await browser?.close();
    });
    it('renders offline with all five charts drawn', async () => {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const requests = [];
        await page.route('**/*', (route) => {
            const url = route.request().url();
            if (url.startsWith('file://'))
                return route.continue();
            requests.push(url);
            return route.abort();
        });
        const errors = [];
        page.on('pageerror', (e) => errors.push(e.message));
        page.on('console', (m) => {
            if (m.type() === 'error')
                errors.push(m.text());
        });
        await page.goto(`file://${join(out, 'report.html')}`);
        expect(await page.title()).toBe('cwescan evaluation: eval fixture pattern model');
        for (const id of ['confusion', 'f1-bars', 'pr-curve', 'reliability', 'loss-curves']) {
            const svg = page.locator(`svg[data-chart="${id}"]`);
            expect(await svg.count(), id).toBe(1);
            const box = await svg.boundingBox();
            expect(box && box.width > 200 && box.height > 150, `${id} is laid out at a visible size`).toBe(true);
        }
        // The heatmap draws a cell per (true, predicted) pair of the 9 classes in play.
        expect(await page.locator('svg[data-chart="confusion"] rect[x][y][width][height] title').count()).toBe(81);
        // Three PR curves (model, classical, bandit) plus the paper's mark.
        expect(await page.locator('svg[data-chart="pr-curve"] path[stroke-width="2"]').count()).toBe(4);
        // F1 bars: model, classical and bandit for each of the 8 CWEs with vulnerable examples.
        expect(await page.locator('svg[data-chart="f1-bars"] rect title').count()).toBe(24);
        expect(await page.locator('svg[data-chart="loss-curves"] path').count()).toBe(2);
        expect(await page.locator('#paper table').innerText()).toContain('99.04%');
        await page.screenshot({ path: join(out, 'report.png'), fullPage: true });
        expect(requests).toEqual([]);
        expect(errors).toEqual([]);
        await page.close();
    });
    it('renders the clean-tree report with its chart', async () => {
        const cleanOut = join(out, 'clean');
        const r = cli(['eval', '--clean', `${FIX}/clean-tree`, '--model', `${FIX}/pattern-model`, '--out', cleanOut]);
        expect(r.code, r.stderr).toBe(0);
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        const requests = [];
        await page.route('**/*', (route) => {
            const url = route.request().url();
            if (url.startsWith('file://'))
                return route.continue();
            requests.push(url);
            return route.abort();
        });
        await page.goto(`file://${join(cleanOut, 'clean-report.html')}`);
        const svg = page.locator('svg[data-chart="clean-rates"]');
        expect(await svg.count()).toBe(1);
        // Three CWEs (89, 78, 502) x two tools (cwescan, Bandit).
        expect(await svg.locator('rect title').count()).toBe(6);
        expect(await page.locator('#top table tbody tr').count()).toBe(3);
        await page.screenshot({ path: join(cleanOut, 'clean-report.png'), fullPage: true });
        expect(requests).toEqual([]);
        await page.close();
    });
});
//# sourceMappingURL=eval-report-html.test.js.map