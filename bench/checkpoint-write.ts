// Checkpoint-write benchmark (a script, not a test): what one resumable fine-tuning checkpoint costs to write, so the
// default `--checkpoint-every` can be set against the time of the steps between two writes. A resumable checkpoint
// holds the model (the best epoch's weights), train_weights.safetensors (the weights training continues from) and
// the AdamW moments (two tensors per weight), each encoded, written and fsynced in a temp directory and renamed into
// place (src/model/checkpoint.ts); every write replaces the previous one, as in a run. Weights are random: the cost
// depends on their size only. The shipped tokenizer (models/default) is used.
// Usage: npm run bench:checkpoint -- [--shapes 4x256,4x384] [--writes N]. Last line: one JSON array.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { encodeSafetensors } from '../src/engine/safetensors.js';
import type { HostTensor } from '../src/engine/tensor.js';
import { loadCheckpoint, writeCheckpoint } from '../src/model/checkpoint.js';
import { parameterCount } from '../src/model/gpt-config.js';
import { initParams } from '../src/model/transformer.js';
import { median, shapeConfig } from './random-model.js';

const { values: args } = parseArgs({
  options: {
    shapes: { type: 'string', default: '4x256,4x384' },
    writes: { type: 'string', default: '5' },
    model: { type: 'string', default: join(import.meta.dirname, '../models/default') },
  },
});
const log = (s: string) => process.stderr.write(s + '\n');
const cpuS = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1e6;
};

const { tokenizer } = await loadCheckpoint(args.model);
const dir = await mkdtemp(join(tmpdir(), 'cwescan-ckpt-'));
const rows: Record<string, number | string>[] = [];
try {
  for (const s of args.shapes.split(',')) {
    const config = shapeConfig(tokenizer, s);
    const params = initParams(config, 1);
    // The optimizer state has two moments per weight, as TrainingSession.optimizerState() returns them.
    const moments = new Map<string, HostTensor>();
    for (const [k, v] of params) for (const m of ['m', 'v']) moments.set(`${k}.${m}`, v);
    const out = join(dir, s);
    const wall: number[] = [];
    const cpu: number[] = [];
    let bytes = 0;
    for (let i = 0; i < Number(args.writes); i++) {
      const [t0, c0] = [performance.now(), cpuS()];
      const extraFiles = {
        'train_weights.safetensors': encodeSafetensors(params),
        'optimizer.safetensors': encodeSafetensors(moments),
        'train_state.json': JSON.stringify({ step: i }),
      };
      const manifest = await writeCheckpoint(out, {
        config,
        tokenizer,
        weights: params,
        extraFiles,
        manifest: {
          training_data: { sha256: '0'.repeat(64), description: 'benchmark: random weights', items: 0 },
          base: null,
          hyperparameters: {},
          metrics: {},
          training: { step: i, complete: false },
        },
      });
      wall.push(performance.now() - t0);
      cpu.push((cpuS() - c0) * 1000);
      bytes = Object.values(manifest.files).reduce((n, f) => n + f.bytes, 0);
    }
    const row = {
      shape: s,
      parameters: parameterCount(config),
      checkpoint_mb: Math.round(bytes / 1e5) / 10,
      write_ms_median: Math.round(median(wall)),
      write_cpu_ms_median: Math.round(median(cpu)),
      writes: wall.length,
      load_average_1m: Math.round(loadavg()[0]! * 100) / 100,
    };
    log(JSON.stringify(row));
    rows.push(row);
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(rows));
