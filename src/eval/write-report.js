// Writes a report folder: report.md, report.html, metrics.json, predictions.jsonl and charts/*.svg. Each file is
// written to a temp name and renamed, so a reader never sees half a report file.
import { mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CwescanError } from '../errors.js';
import { cleanJson, renderCleanHtml, renderCleanMarkdown } from './clean-report.js';
import { reportJson } from './metrics-json.js';
import { reportCharts } from './report-charts.js';
import { renderHtml } from './report-html.js';
import { renderMarkdown } from './report-markdown.js';
async function writeAtomic(path, text) {
    const tmp = `${path}.tmp-${process.pid}`;
    await writeFile(tmp, text);
    await rename(tmp, path);
}
/** Writes [relative name, text] pairs under dir (creating sub-folders), each atomically; E_IO names the folder. */
async function writeReportFiles(dir, files) {
    try {
        for (const [name, text] of files) {
            const path = join(dir, name);
            await mkdir(dirname(path), { recursive: true });
            await writeAtomic(path, text);
        }
    }
    catch (cause) {
        throw new CwescanError('E_IO', `cannot write the report to ${dir}: ${cause.message}`, {
            hint: 'pass --out a folder you can write to',
            cause,
        });
    }
    return files.map(([name]) => join(dir, name));
}
/** Example: await writeReport(report, 'out/eval') -> ['out/eval/report.md', 'out/eval/report.html', ...] */
export async function writeReport(report, dir) {
    const charts = reportCharts(report);
    const files = [
        ['report.md', renderMarkdown(report, 'charts')],
        ['report.html', renderHtml(report, charts)],
        ['metrics.json', JSON.stringify(reportJson(report), null, 2) + '\n'],
        [
            'predictions.jsonl',
            [report.main, ...report.baselines]
                .flatMap((ev) => ev.predictions.map((p) => JSON.stringify({ model: ev.model.role, ...p })))
                .join('\n') + '\n',
        ],
        ['charts/confusion.svg', charts.confusion],
        ['charts/f1-bars.svg', charts.f1Bars],
        ['charts/pr-curve.svg', charts.prCurve],
        ['charts/reliability.svg', charts.reliability],
    ];
    if (charts.lossCurves)
        files.push(['charts/loss-curves.svg', charts.lossCurves]);
    return writeReportFiles(dir, files);
}
/** Writes clean-report.md, clean-report.html and clean-metrics.json for `eval --clean`. */
export async function writeCleanReport(report, dir) {
    const files = [
        ['clean-report.md', renderCleanMarkdown(report)],
        ['clean-report.html', renderCleanHtml(report)],
        ['clean-metrics.json', JSON.stringify(cleanJson(report), null, 2) + '\n'],
    ];
    return writeReportFiles(dir, files);
}
//# sourceMappingURL=write-report.js.map