import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FileIndex, RACY_MS } from './file-index.js';
const facts = { hash: 'ab'.repeat(32), lines: 3, mentions: true };
describe('FileIndex', () => {
    it('trusts an entry only while size, inode, mtime and ctime match and the entry is not racy', async () => {
        const dir = mkdtempSync(join(tmpdir(), 'cwescan-index-'));
        const file = join(dir, 'a.py');
        writeFileSync(file, 'x = 1\n');
        const st = statSync(file);
        const index = await FileIndex.open(dir);
        index.record(file, st, facts, st.ctimeMs + 10); // read just after the last change: racy
        expect(index.lookup(file, st)).toBeNull();
        index.record(file, st, facts, st.ctimeMs + RACY_MS + 1);
        expect(index.lookup(file, st)).toEqual(facts);
        expect(index.lookup(file, { ...st, size: st.size + 1 })).toBeNull();
        expect(index.lookup(file, { ...st, ctimeMs: st.ctimeMs + 1 })).toBeNull();
        expect(index.lookup(join(dir, 'b.py'), st)).toBeNull();
        await index.save();
        expect((await FileIndex.open(dir)).lookup(file, st)).toEqual(facts);
        writeFileSync(join(dir, 'files.json'), '{"format":1,"files":{"x":[1,2');
        expect((await FileIndex.open(dir)).lookup(file, st)).toBeNull();
    });
});
//# sourceMappingURL=file-index.test.js.map