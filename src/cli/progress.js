// The scan progress bar on stderr (files, chunks, rate, ETA). Shown only on a terminal, never with --quiet, and only
// once a scan has run for half a second, so quick scans and CI logs stay clean.
import cliProgress from 'cli-progress';
/** Example: const bar = scanProgress(!quiet && process.stderr.isTTY); scanPaths({ ..., onProgress: bar.update }) */
export function scanProgress(enabled) {
    if (!enabled)
        return { update() { }, stop() { } };
    const started = Date.now();
    let bar = null;
    return {
        update(p) {
            if (!bar) {
                if (Date.now() - started < 500 || p.filesTotal === 0)
                    return;
                bar = new cliProgress.SingleBar({
                    stream: process.stderr,
                    format: 'scanning [{bar}] {value}/{total} files | {chunks} chunks | {rate} files/s | ETA {eta_formatted}',
                    hideCursor: true,
                    clearOnComplete: true,
                    etaBuffer: 50,
                }, cliProgress.Presets.shades_classic);
                bar.start(p.filesTotal, 0, { chunks: 0, rate: '0' });
            }
            const seconds = (Date.now() - started) / 1000;
            bar.update(p.filesDone, { chunks: p.chunksDone, rate: (p.filesDone / Math.max(seconds, 0.001)).toFixed(1) });
        },
        stop() {
            bar?.stop();
        },
    };
}
//# sourceMappingURL=progress.js.map