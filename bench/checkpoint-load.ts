// Checkpoint-load benchmark (a script, not a test): what the stored precision (`cwescan train set-dtype`) costs and
// saves when a checkpoint is loaded, as every scan and eval does first: read model.safetensors, check its sha256
// against the manifest, and decode the weights to float32 (float16 through a 65,536-entry table). Weights are random;
// the cost depends on their size only. The shipped tokenizer (models/default) is used.
// Usage: npm run bench:load -- [--shapes 4x256,4x384,8x384] [--dtypes F32,F16,BF16] [--loads N]. Last line: JSON.
import { mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { StoredDType } from '../src/engine/safetensors.js';
import { loadCheckpoint } from '../src/model/checkpoint.js';
import { parameterCount } from '../src/model/gpt-config.js';
import { initParams } from '../src/model/transformer.js';
import { median, shapeConfig, writeRandomCheckpoint } from './random-model.js';

const { values: args } = parseArgs({
  options: {
    shapes: { type: 'string', default: '4x256,4x384,8x384' },
    dtypes: { type: 'string', default: 'F32,F16,BF16' },
    loads: { type: 'string', default: '7' },
    model: { type: 'string', default: join(import.meta.dirname, '../models/default') },
  },
});

const { tokenizer } = await loadCheckpoint(args.model);
const dir = await mkdtemp(join(tmpdir(), 'cwescan-load-'));
const rows: Record<string, number | string>[] = [];
try {
  for (const s of args.shapes.split(',')) {
    const config = shapeConfig(tokenizer, s);
    const weights = initParams(config, 1);
    for (const dtype of args.dtypes.split(',') as StoredDType[]) {
      const out = join(dir, `${s}-${dtype}`);
      const bytes = await writeRandomCheckpoint(out, config, tokenizer, weights, dtype);
      const wall: number[] = [];
      for (let i = 0; i < Number(args.loads); i++) {
        const t0 = performance.now();
        await loadCheckpoint(out);
        wall.push(performance.now() - t0);
      }
      const row = {
        shape: s,
        dtype,
        parameters: parameterCount(config),
        weights_mb: Math.round(bytes / 1e5) / 10,
        load_ms_median: Math.round(median(wall)),
        loads: wall.length,
        load_average_1m: Math.round(loadavg()[0]! * 100) / 100,
      };
      process.stderr.write(JSON.stringify(row) + '\n');
      rows.push(row);
    }
  }
} finally {
  await rm(dir, { recursive: true, force: true });
}
console.log(JSON.stringify(rows));
