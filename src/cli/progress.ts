// The scan progress bar on stderr (files, chunks, rate, ETA). Shown only on a terminal, never with --quiet, and only
// once a scan has run for half a second, so quick scans and CI logs stay clean.
import cliProgress from 'cli-progress';
import type { ScanProgress } from '../scan/scan.js';

export interface ProgressReporter {
  update(p: ScanProgress): void;
  stop(): void;
}

/** Example: const bar = scanProgress(!quiet && process.stderr.isTTY); scanPaths({ ..., onProgress: bar.update }) */
export function scanProgress(enabled: boolean): ProgressReporter {
  if (!enabled) return { update() {}, stop() {} };
  const started = Date.now();
  let bar: cliProgress.SingleBar | null = null;
  return {
    update(p) {
      if (!bar) {
        if (Date.now() - started < 500 || p.filesTotal === 0) return;
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: 'scanning [{bar}] {value}/{total} files | {chunks} chunks | {rate} files/s | ETA {eta_formatted}',
            hideCursor: true,
            clearOnComplete: true,
            etaBuffer: 50,
          },
          cliProgress.Presets.shades_classic,
        );
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

/**
 * A "label [bar] done/total unit" bar on stderr for loops other than the scan, one bar per label in turn (eval: the
 * model, then each baseline); shown only when enabled (a terminal).
 */
export function countProgress(
  enabled: boolean,
  unit: string,
): { update: (label: string, done: number, total: number) => void; stop: () => void } {
  if (!enabled) return { update() {}, stop() {} };
  let bar: cliProgress.SingleBar | null = null;
  let current = '';
  return {
    update(label, done, total) {
      if (label !== current) {
        bar?.stop();
        current = label;
        bar = new cliProgress.SingleBar(
          {
            stream: process.stderr,
            format: `${label.padEnd(9)} [{bar}] {value}/{total} ${unit} | ETA {eta_formatted}`,
            hideCursor: true,
            clearOnComplete: true,
          },
          cliProgress.Presets.shades_classic,
        );
        bar.start(total, 0);
      }
      bar?.update(done);
    },
    stop() {
      bar?.stop();
      bar = null;
      current = '';
    },
  };
}
