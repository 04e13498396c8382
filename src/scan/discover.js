// Finds the Python files to scan under the given files and directories: .py files and scripts with a python
// shebang; honours .gitignore files, default excludes (virtualenvs, caches, build output) and user globs; never
// follows a symlink out of the scan root and recognises symlink loops.
import { lstat, open, readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ignore from 'ignore';
import { UsageError } from '../errors.js';
/** Directory names never descended into: VCS data, virtualenvs, installed packages, caches and build output. */
export const DEFAULT_EXCLUDED_DIRS = [
    '.cwescan-cache',
    '.eggs',
    '.git',
    '.hg',
    '.mypy_cache',
    '.nox',
    '.pytest_cache',
    '.ruff_cache',
    '.svn',
    '.tox',
    '.venv',
    '__pycache__',
    'build',
    'dist',
    'node_modules',
    'site-packages',
    'venv',
];
const PY_SHEBANG = /^#![^\n]*\bpython[0-9.]*\b/;
/**
 * Example: await discover({ paths: ['examples/flask-app'], cwd: '/repo' })
 *   -> { files: [{ path: '/repo/examples/flask-app/app.py', display: 'examples/flask-app/app.py', rel: 'app.py' }], skipped: [] }
 */
export async function discover(options) {
    const files = [];
    const skipped = [];
    const seen = new Set();
    const exclude = ignore().add([...(options.exclude ?? [])]);
    const include = options.include && options.include.length > 0 ? ignore().add([...options.include]) : null;
    // Paths under the working directory are shown relative to it; others (the stdlib, say) in full.
    const display = (abs) => {
        const rel = relative(options.cwd, abs);
        return toPosix(rel === '' ? basename(abs) : rel.startsWith('..') ? abs : rel);
    };
    const skip = (abs, kind, reason) => {
        skipped.push({ file: display(abs), kind, reason });
    };
    for (const given of options.paths) {
        const abs = resolve(options.cwd, given);
        let info;
        try {
            info = await stat(abs);
        }
        catch (err) {
            const code = err.code;
            if (code === 'ENOENT' && (await isSymlink(abs)))
                skip(abs, 'broken-symlink', 'broken symlink: its target does not exist');
            else if (code === 'ELOOP')
                skip(abs, 'symlink-loop', 'symlink loop');
            else if (code === 'EACCES')
                skip(abs, 'permission-denied', 'permission denied');
            else if (code === 'ENOENT') {
                // A path the user typed that does not exist is a mistake to fix, not a file to skip.
                throw new UsageError(`no such file or directory: ${given}`, { hint: 'check the paths given to cwescan scan' });
            }
            else
                skip(abs, 'unreadable', `cannot read: ${code ?? String(err)}`);
            continue;
        }
        if (info.isFile()) {
            // A file named on the command line is scanned whatever its extension (pre-commit passes files one by one),
            // unless the user's own excludes say otherwise.
            const rel = basename(abs);
            const real = await realpath(abs);
            if (exclude.ignores(rel) || seen.has(real))
                continue;
            seen.add(real);
            files.push({ path: abs, display: display(abs), rel });
            continue;
        }
        if (!info.isDirectory())
            continue;
        const root = await realpath(abs);
        await walk(abs, root, {
            root,
            rootDisplay: abs,
            exclude,
            include,
            gitignore: options.gitignore !== false,
            seen,
            files,
            skipped: skip,
            display,
        });
    }
    return { files, skipped };
}
/** Iterative depth-first walk; `ancestors` holds the real paths of the directories above, to spot loops. */
async function walk(dir, realDir, state) {
    const stack = [
        { dir, real: realDir, ancestors: new Set([realDir]), layers: state.gitignore ? await parentGitignores(dir) : [] },
    ];
    while (stack.length > 0) {
        const cur = stack.pop();
        const relDir = toPosix(relative(state.rootDisplay, cur.dir));
        const layers = state.gitignore ? await addGitignore(cur.dir, relDir, cur.layers) : cur.layers;
        let entries;
        try {
            entries = await readdir(cur.dir, { withFileTypes: true });
        }
        catch (err) {
            const code = err.code;
            state.skipped(cur.dir, code === 'EACCES' ? 'permission-denied' : 'unreadable', `cannot list directory: ${code ?? String(err)}`);
            continue;
        }
        entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        const subdirs = [];
        for (const entry of entries) {
            const abs = join(cur.dir, entry.name);
            const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            let real = abs;
            if (entry.isSymbolicLink()) {
                try {
                    const target = await stat(abs);
                    real = await realpath(abs);
                    isDir = target.isDirectory();
                    isFile = target.isFile();
                }
                catch (err) {
                    const code = err.code;
                    if (ignored(rel, false, state, layers) || !looksPython(entry.name))
                        continue;
                    if (code === 'ELOOP')
                        state.skipped(abs, 'symlink-loop', 'symlink loop');
                    else
                        state.skipped(abs, 'broken-symlink', 'broken symlink: its target does not exist');
                    continue;
                }
                if (!isInside(real, state.root)) {
                    if (!ignored(rel, isDir, state, layers) && (isDir || looksPython(entry.name))) {
                        state.skipped(abs, 'outside-root', 'symlink points outside the scanned directory; not followed');
                    }
                    continue;
                }
            }
            else if (isDir) {
                real = join(cur.real, entry.name);
            }
            if (isDir) {
                if (DEFAULT_EXCLUDED_DIRS.includes(entry.name) || entry.name.endsWith('.egg-info'))
                    continue;
                if (ignored(rel, true, state, layers))
                    continue;
                if (cur.ancestors.has(real)) {
                    state.skipped(abs, 'symlink-loop', 'symlink loop: points back to a directory above it');
                    continue;
                }
                if (state.seen.has(real))
                    continue; // the same directory reached twice through a symlink
                state.seen.add(real);
                if (await isVirtualenv(abs))
                    continue;
                subdirs.push({ dir: abs, real, ancestors: new Set([...cur.ancestors, real]), layers });
            }
            else if (isFile) {
                if (ignored(rel, false, state, layers))
                    continue;
                if (state.include && !state.include.ignores(rel))
                    continue;
                if (!entry.name.endsWith('.py') && !(await hasPythonShebang(abs, entry.name)))
                    continue;
                const realFile = entry.isSymbolicLink() ? real : abs;
                if (state.seen.has(realFile))
                    continue;
                state.seen.add(realFile);
                state.files.push({ path: abs, display: state.display(abs), rel });
            }
        }
        // Push in reverse so that the walk visits directories in name order.
        stack.push(...subdirs.reverse());
    }
}
function ignored(rel, isDir, state, layers) {
    const path = isDir ? `${rel}/` : rel;
    if (state.exclude.ignores(path))
        return true;
    for (const layer of layers) {
        const sub = layer.above
            ? `${layer.above}/${path}`
            : layer.base
                ? path.startsWith(`${layer.base}/`)
                    ? path.slice(layer.base.length + 1)
                    : null
                : path;
        if (sub && layer.matcher.ignores(sub))
            return true;
    }
    return false;
}
/**
 * The .gitignore files of the directories above a scanned directory, up to the repository top (the first one
 * holding .git), outermost first: `cwescan scan src/` honours the repository's own .gitignore. Outside a repository
 * nothing above the scanned directory applies.
 */
async function parentGitignores(dir) {
    const chain = [];
    let top = null;
    for (let d = dirname(dir);; d = dirname(d)) {
        chain.push(d);
        if (await exists(join(d, '.git'))) {
            top = d;
            break;
        }
        if (dirname(d) === d)
            break;
    }
    if (top === null || (await exists(join(dir, '.git'))))
        return [];
    const layers = [];
    for (const d of chain.reverse()) {
        let text;
        try {
            text = await readFile(join(d, '.gitignore'), 'utf8');
        }
        catch {
            continue;
        }
        layers.push({ base: '', above: toPosix(relative(d, dir)), matcher: ignore().add(text) });
    }
    // A directory named on the command line is scanned even when a .gitignore above it lists it (pyenv's own
    // repository ignores every installed Python, for one); the files under it still honour the rest.
    if (layers.some((l) => l.matcher.ignores(`${l.above}/`)))
        return [];
    return layers;
}
async function exists(path) {
    try {
        await lstat(path);
        return true;
    }
    catch {
        return false;
    }
}
async function addGitignore(dir, relDir, layers) {
    let text;
    try {
        text = await readFile(join(dir, '.gitignore'), 'utf8');
    }
    catch {
        return layers;
    }
    return [...layers, { base: relDir, matcher: ignore().add(text) }];
}
async function isVirtualenv(dir) {
    try {
        return (await lstat(join(dir, 'pyvenv.cfg'))).isFile();
    }
    catch {
        return false;
    }
}
async function isSymlink(path) {
    try {
        return (await lstat(path)).isSymbolicLink();
    }
    catch {
        return false;
    }
}
/** Python sources by name: .py files, and extension-less files (which may be scripts with a shebang). */
function looksPython(name) {
    return name.endsWith('.py') || !name.includes('.');
}
/** Extension-less files are scripts when their first line is a python shebang (`#!/usr/bin/env python3`). */
async function hasPythonShebang(path, name) {
    if (name.includes('.'))
        return false;
    let handle;
    try {
        handle = await open(path, 'r');
        const buf = Buffer.alloc(128);
        const { bytesRead } = await handle.read(buf, 0, 128, 0);
        return PY_SHEBANG.test(buf.subarray(0, bytesRead).toString('latin1'));
    }
    catch {
        return false;
    }
    finally {
        await handle?.close();
    }
}
function isInside(path, root) {
    return path === root || path.startsWith(root.endsWith(sep) ? root : root + sep);
}
function toPosix(p) {
    return sep === '/' ? p : p.split(sep).join('/');
}
//# sourceMappingURL=discover.js.map