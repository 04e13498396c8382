// The JSONL training log, <ckpt>/train_log.jsonl: one object per logged step, the format the evaluation plots read:
//   {"phase":"pretrain"|"finetune","step":n,"tokens":n,"loss":x,"lr":x,"time_s":x[,"val_loss":x,"val_ppl":x,"val_acc":x,"val_f1":x]}
// It is appended as training runs; on --resume, entries past the resumed step are dropped (they belong to the steps
// that the interruption lost and that will be trained again).
import { appendFile, mkdir, readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { writeFileAtomic } from '../engine/safetensors.js';
import { LOG_FILE } from '../model/checkpoint.js';

export interface LogEntry {
  readonly phase: 'pretrain' | 'finetune';
  readonly step: number;
  readonly tokens: number;
  readonly loss: number;
  readonly lr: number;
  readonly time_s: number;
  readonly val_loss?: number;
  readonly val_ppl?: number;
  readonly val_acc?: number;
  /** Fine-tuning: binary F1 on the validation set (with the epoch's calibration, when calibrating). */
  readonly val_f1?: number;
  readonly train_acc?: number;
}

export class TrainLog {
  readonly path: string;
  constructor(dir: string) {
    this.path = join(dir, LOG_FILE);
  }

  /** Creates the directory the log lives in (before the first checkpoint exists). */
  async ensureDir(): Promise<void> {
    await mkdir(dirname(this.path), { recursive: true });
  }

  async append(entry: LogEntry): Promise<void> {
    await appendFile(this.path, JSON.stringify(entry) + '\n');
  }

  /** Keeps the entries up to and including `step` (drops torn or later lines); returns how many were kept. */
  async truncateAfter(step: number): Promise<number> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch {
      return 0;
    }
    const kept: string[] = [];
    for (const line of text.split('\n')) {
      if (!line.trim()) continue;
      try {
        const e = JSON.parse(line) as LogEntry;
        if (typeof e.step === 'number' && e.step <= step) kept.push(line);
      } catch {
        // a line torn by a kill in the middle of a write: drop it
      }
    }
    await writeFileAtomic(this.path, kept.map((l) => l + '\n').join(''));
    return kept.length;
  }
}

/** Reads a training log. Example: await readTrainLog('runs/pre') -> [{ phase: 'pretrain', step: 10, ... }, ...] */
export async function readTrainLog(dir: string): Promise<LogEntry[]> {
  const text = await readFile(join(dir, LOG_FILE), 'utf8');
  return text
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as LogEntry);
}
