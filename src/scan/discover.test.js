import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { discover } from './discover.js';
function tree(files) {
    const root = mkdtempSync(join(tmpdir(), 'cwescan-disc-'));
    for (const [path, text] of Object.entries(files)) {
        mkdirSync(join(root, path, '..'), { recursive: true });
        writeFileSync(join(root, path), text);
    }
    return root;
}
describe('discover', () => {
    it('finds .py files and python shebang scripts, honouring nested .gitignore files and default excludes', async () => {
        const root = tree({
            'a.py': '',
            run: '#!/usr/bin/env python3\n',
            'run.sh': '#!/bin/sh\n',
            notes: 'plain text\n',
            'pkg/.gitignore': 'gen_*.py\n',
            'pkg/gen_x.py': '',
            'pkg/b.py': '',
            '.venv/lib.py': '',
            'env2/pyvenv.cfg': '',
            'env2/c.py': '',
            'pkg/__pycache__/b.py': '',
            'x.egg-info/d.py': '',
        });
        const got = await discover({ paths: ['.'], cwd: root });
        expect(got.files.map((f) => f.display)).toEqual(['a.py', 'run', 'pkg/b.py']);
        expect(got.skipped).toEqual([]);
    });
    it('applies --include and --exclude globs relative to the scanned directory', async () => {
        const root = tree({ 'src/a.py': '', 'src/a_test.py': '', 'tests/t.py': '' });
        const ex = await discover({ paths: ['.'], cwd: root, exclude: ['*_test.py', 'tests/'] });
        expect(ex.files.map((f) => f.rel)).toEqual(['src/a.py']);
        const inc = await discover({ paths: ['.'], cwd: root, include: ['tests/**'] });
        expect(inc.files.map((f) => f.rel)).toEqual(['tests/t.py']);
    });
    it('honours the .gitignore files above a scanned subdirectory, up to the repository top', async () => {
        const root = tree({
            '.git/HEAD': 'ref: refs/heads/main\n',
            '.gitignore': 'src/generated/\n',
            'src/.gitignore': '*_pb2.py\n',
            'src/app.py': '',
            'src/api_pb2.py': '',
            'src/generated/models.py': '',
        });
        const got = await discover({ paths: ['src'], cwd: root });
        expect(got.files.map((f) => f.display)).toEqual(['src/app.py']);
        // A directory named on the command line is scanned even when a .gitignore above lists it.
        const named = await discover({ paths: ['src/generated'], cwd: root });
        expect(named.files.map((f) => f.display)).toEqual(['src/generated/models.py']);
        const outside = tree({ '.gitignore': 'src/\n', 'src/app.py': '' }); // no .git: the parent file does not apply
        expect((await discover({ paths: ['src'], cwd: outside })).files.map((f) => f.display)).toEqual(['src/app.py']);
    });
    it('follows symlinks inside the root once, and reports loops and links that leave the root', async () => {
        const outside = tree({ 'secret.py': '' });
        const root = tree({ 'src/a.py': '' });
        symlinkSync(join(root, 'src'), join(root, 'alias'));
        symlinkSync('..', join(root, 'src', 'up'));
        symlinkSync(join(outside, 'secret.py'), join(root, 'leak.py'));
        const got = await discover({ paths: ['.'], cwd: root });
        expect(got.files.map((f) => f.display)).toEqual(['alias/a.py']);
        expect(got.skipped.map((s) => [s.file, s.kind])).toEqual([
            ['leak.py', 'outside-root'],
            ['alias/up', 'symlink-loop'],
        ]);
    });
});
//# sourceMappingURL=discover.test.js.map