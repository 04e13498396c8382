import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SafetensorsError,
  decodeSafetensors,
  encodeSafetensors,
  readSafetensors,
  writeSafetensors,
  type SafetensorsProblem,
} from './safetensors.js';

function tensors(): Map<string, { shape: number[]; data: Float32Array }> {
  const w = new Float32Array(6);
  const u = new Uint32Array(w.buffer);
  // Edge values, bit patterns included: -0, subnormal, NaN with payload, infinities, max float.
  u.set([0x80000000, 0x00000001, 0x7fc01234, 0x7f800000, 0xff800000, 0x7f7fffff]);
  return new Map([
    ['wte', { shape: [2, 3], data: w }],
    ['ln.bias', { shape: [3], data: Float32Array.of(0.1, -2.5, 3e-8) }],
    ['scalar', { shape: [], data: Float32Array.of(42) }],
  ]);
}

/** A file with a hand-written header and data. */
function raw(header: unknown, data: Uint8Array): Uint8Array {
  const h = Buffer.from(JSON.stringify(header));
  const out = new Uint8Array(8 + h.length + data.length);
  new DataView(out.buffer).setBigUint64(0, BigInt(h.length), true);
  out.set(h, 8);
  out.set(data, 8 + h.length);
  return out;
}

function problem(fn: () => unknown): { problem: SafetensorsProblem; tensor: string | undefined; message: string } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(SafetensorsError);
    const err = e as SafetensorsError;
    expect(err.code).toBe('E_SAFETENSORS');
    return { problem: err.problem, tensor: err.tensor, message: err.message };
  }
  throw new Error('expected a SafetensorsError');
}

describe('safetensors', () => {
  it('round-trips float32 bit-exactly through a file, with metadata, and writes atomically', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cwescan-st-'));
    const path = join(dir, 'model.safetensors');
    await writeSafetensors(path, tensors(), { metadata: { format: 'pt' } });
    expect(await readdir(dir)).toEqual(['model.safetensors']); // no temp file left behind
    const back = await readSafetensors(path);
    expect(back.metadata).toEqual({ format: 'pt' });
    for (const [name, t] of tensors()) {
      const b = back.tensors.get(name)!;
      expect(b.shape).toEqual(t.shape);
      expect([...new Uint32Array(b.data.buffer, b.data.byteOffset, b.data.length)]).toEqual([
        ...new Uint32Array(t.data.buffer),
      ]);
    }
    const bytes = await readFile(path);
    expect((8 + Number(bytes.readBigUInt64LE(0))) % 8).toBe(0); // 8-byte aligned data, as Hugging Face writes it
    const header = JSON.parse(bytes.subarray(8, 8 + Number(bytes.readBigUInt64LE(0))).toString());
    expect(header['ln.bias']).toEqual({ dtype: 'F32', shape: [3], data_offsets: [0, 12] });
  });

  it('loads F16 and BF16 as float32', () => {
    // F16: 1.0 = 0x3c00, -2.0 = 0xc000, 65504 = 0x7bff, 2^-24 = 0x0001. BF16: 1.5 = 0x3fc0, -0.5 = 0xbf00.
    const f16 = new Uint8Array(Uint16Array.of(0x3c00, 0xc000, 0x7bff, 0x0001).buffer);
    const bf16 = new Uint8Array(Uint16Array.of(0x3fc0, 0xbf00).buffer);
    const data = new Uint8Array(12);
    data.set(f16, 0);
    data.set(bf16, 8);
    const st = decodeSafetensors(
      raw(
        {
          a: { dtype: 'F16', shape: [4], data_offsets: [0, 8] },
          b: { dtype: 'BF16', shape: [2], data_offsets: [8, 12] },
        },
        data,
      ),
    );
    expect([...st.tensors.get('a')!.data]).toEqual([1, -2, 65504, 2 ** -24]);
    expect([...st.tensors.get('b')!.data]).toEqual([1.5, -0.5]);
    expect(st.dtype).toBeUndefined(); // mixed precisions have no one stored dtype
  });

  it('reads every float16 bit pattern back to the same bits (the load table agrees with the writer)', () => {
    const all = new Uint16Array(65536).map((_, i) => i);
    const st = decodeSafetensors(
      raw({ h: { dtype: 'F16', shape: [65536], data_offsets: [0, 131072] } }, new Uint8Array(all.buffer)),
    );
    expect(st.dtype).toBe('F16');
    const values = st.tensors.get('h')!.data;
    expect(values[0x3c00]).toBe(1);
    expect(values[0xfc00]).toBe(-Infinity);
    const back = new Uint16Array(
      encodeSafetensors(new Map([['h', { shape: [65536], data: values }]]), { dtype: 'F16' }).buffer.slice(-131072),
    );
    const nan = (h: number): boolean => (h & 0x7c00) === 0x7c00 && (h & 0x3ff) !== 0;
    const differ = [...all].filter((h) => (nan(h) ? !nan(back[h]!) : back[h] !== h));
    expect(differ).toEqual([]);
  });

  it('writes F16 and BF16 with round-to-nearest-even', () => {
    const values = Float32Array.of(1, -2, 65504, 2 ** -24, 1 + 2 ** -11, 0.1, 1e6);
    const f16 = decodeSafetensors(encodeSafetensors(new Map([['x', { shape: [7], data: values }]]), { dtype: 'F16' }));
    expect([...f16.tensors.get('x')!.data]).toEqual([1, -2, 65504, 2 ** -24, 1, 0.0999755859375, Infinity]);
    expect(f16.dtype).toBe('F16');
    const bf = decodeSafetensors(
      encodeSafetensors(new Map([['x', { shape: [2], data: Float32Array.of(1.00390625, 3) }]]), { dtype: 'BF16' }),
    );
    expect([...bf.tensors.get('x')!.data]).toEqual([1, 3]);
  });

  it('names the problem and the tensor for every kind of damage', () => {
    const good = encodeSafetensors(tensors());
    expect(problem(() => decodeSafetensors(good.subarray(0, 5))).problem).toBe('truncated');
    expect(problem(() => decodeSafetensors(good.subarray(0, 20))).message).toMatch(/truncated: header of \d+ bytes/);
    const cut = problem(() => decodeSafetensors(good.subarray(0, good.length - 4), { source: 'm.safetensors' }));
    expect(cut).toMatchObject({ problem: 'truncated', tensor: 'wte' });
    expect(cut.message).toMatch(/^m.safetensors: truncated: tensor 'wte' ends at byte/);
    const trailing = new Uint8Array(good.length + 4);
    trailing.set(good);
    expect(problem(() => decodeSafetensors(trailing)).message).toMatch(/4 bytes after the last tensor/);

    const bad = raw({ a: { dtype: 'F32', shape: [2, 2], data_offsets: [0, 12] } }, new Uint8Array(12));
    expect(problem(() => decodeSafetensors(bad))).toMatchObject({ problem: 'size-mismatch', tensor: 'a' });
    const dtype = raw({ a: { dtype: 'I8', shape: [2], data_offsets: [0, 2] } }, new Uint8Array(2));
    expect(problem(() => decodeSafetensors(dtype))).toMatchObject({ problem: 'unknown-dtype', tensor: 'a' });
    const overlap = raw(
      { a: { dtype: 'F32', shape: [1], data_offsets: [0, 4] }, b: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } },
      new Uint8Array(4),
    );
    expect(problem(() => decodeSafetensors(overlap))).toMatchObject({ problem: 'size-mismatch', tensor: 'b' });
    const notJson = raw({}, new Uint8Array(0));
    notJson[8] = 0x7b + 1;
    expect(problem(() => decodeSafetensors(notJson)).problem).toBe('header');
    const malformed = raw({ a: { dtype: 'F32', shape: [-1], data_offsets: [0, 4] } }, new Uint8Array(4));
    expect(problem(() => decodeSafetensors(malformed))).toMatchObject({ problem: 'header', tensor: 'a' });

    const expected = new Map<string, number[]>([
      ['wte', [2, 3]],
      ['ln.bias', [3]],
      ['scalar', []],
    ]);
    expect(decodeSafetensors(good, { expected }).tensors.size).toBe(3);
    const missing = new Map(expected).set('lm_head', [3, 2]);
    expect(problem(() => decodeSafetensors(good, { expected: missing }))).toMatchObject({
      problem: 'missing-tensor',
      tensor: 'lm_head',
    });
    const extra = new Map(expected);
    extra.delete('scalar');
    expect(problem(() => decodeSafetensors(good, { expected: extra }))).toMatchObject({
      problem: 'extra-tensor',
      tensor: 'scalar',
    });
    const shape = new Map(expected).set('wte', [3, 2]);
    expect(problem(() => decodeSafetensors(good, { expected: shape }))).toMatchObject({
      problem: 'shape-mismatch',
      tensor: 'wte',
    });
  });

  it('reports an unreadable file as E_IO and leaves an existing file intact when a write fails', async () => {
    await expect(readSafetensors('/nonexistent/x.safetensors')).rejects.toMatchObject({ code: 'E_IO' });
    const dir = await mkdtemp(join(tmpdir(), 'cwescan-st-'));
    const path = join(dir, 'm.safetensors');
    await writeFile(path, 'old');
    const bad = new Map([['x', { shape: [3], data: Float32Array.of(1) }]]);
    await expect(writeSafetensors(path, bad)).rejects.toMatchObject({ problem: 'size-mismatch', tensor: 'x' });
    expect(await readFile(path, 'utf8')).toBe('old');
  });
});
