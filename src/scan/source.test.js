import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeSource, readSource } from './source.js';
describe('decodeSource', () => {
    it('decodes UTF-8 with or without a byte order mark', () => {
        expect(decodeSource(Buffer.from('x = "é"\n'), 100)).toMatchObject({ ok: true, text: 'x = "é"\n' });
        expect(decodeSource(Buffer.from('\ufeffx = 1\n'), 100)).toMatchObject({ ok: true, text: 'x = 1\n' });
    });
    it('honours a PEP 263 latin-1 or cp1252 coding line, and refuses other non-UTF-8 text', () => {
        const declared = Buffer.concat([
            Buffer.from('# -*- coding: latin-1 -*-\nx = "caf'),
            Buffer.from([0xe9]),
            Buffer.from('"\n'),
        ]);
        expect(decodeSource(declared, 100)).toMatchObject({ ok: true, text: '# -*- coding: latin-1 -*-\nx = "café"\n' });
        const bare = Buffer.concat([Buffer.from('x = "caf'), Buffer.from([0xe9]), Buffer.from('"\n')]);
        expect(decodeSource(bare, 100)).toEqual({
            ok: false,
            kind: 'encoding',
            reason: 'not valid UTF-8 (byte 0xe9 at offset 8) and no coding declaration',
        });
        const koi = Buffer.concat([Buffer.from('# coding: koi8-r\n'), Buffer.from([0xc1])]);
        expect(decodeSource(koi, 100)).toMatchObject({
            ok: false,
            reason: expect.stringContaining('"koi8-r" is not supported'),
        });
    });
    it('skips empty, binary and oversized files with a reason', () => {
        expect(decodeSource(Buffer.alloc(0), 100)).toMatchObject({ ok: false, kind: 'empty' });
        expect(decodeSource(Buffer.from([0x61, 0x00, 0x62]), 100)).toMatchObject({
            ok: false,
            kind: 'binary',
            reason: 'binary file (NUL byte at offset 1)',
        });
        expect(decodeSource(Buffer.from('x = 1\n'.repeat(50)), 100)).toMatchObject({ ok: false, kind: 'too-large' });
    });
    it('turns read errors into skip reasons instead of throwing', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'cwescan-src-'));
        expect(await readSource(dir, 100)).toEqual({ ok: false, kind: 'unreadable', reason: 'cannot read: EISDIR' });
        expect(await readSource(join(dir, 'gone.py'), 100)).toMatchObject({ ok: false, kind: 'broken-symlink' });
    });
});
//# sourceMappingURL=source.test.js.map