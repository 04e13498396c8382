// Reads one file as Python source text, or says why it cannot be scanned: empty, too large, binary, not UTF-8
// (unless a PEP 263 coding line names latin-1 or cp1252), unreadable. Never throws for a bad file.
import { readFileSync } from 'node:fs';
/** Default size limit: generated files and data dumps above it are skipped, not scanned. */
export const DEFAULT_MAX_FILE_BYTES = 1024 * 1024;
/** PEP 263: a coding declaration on line 1 or 2, e.g. `# -*- coding: latin-1 -*-`. */
const CODING = /^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)/;
const SINGLE_BYTE = {
    'latin-1': 'latin1',
    latin1: 'latin1',
    'iso-8859-1': 'latin1',
    'iso8859-1': 'latin1',
    l1: 'latin1',
    cp1252: 'windows-1252',
    'windows-1252': 'windows-1252',
};
/**
 * Example: await readSource('app.py', 1_048_576) -> { ok: true, text: 'import os\n...', bytes: <Buffer> }
 *          await readSource('logo.png', 1_048_576) -> { ok: false, kind: 'binary', reason: 'binary file (NUL byte at offset 12)' }
 */
export async function readSource(path, maxBytes) {
    const raw = readSourceBytes(path, maxBytes);
    return raw.ok ? decodeSource(raw.bytes, maxBytes) : raw;
}
/**
 * Reads a file and applies the checks that need no decoding (empty, too large, binary). The scanner hashes these
 * bytes for its cache and decodes them only on a cache miss or when a finding needs the text.
 * Example: readSourceBytes('app.py', 1_048_576) -> { ok: true, bytes: <Buffer 69 6d 70 …> }
 */
export function readSourceBytes(path, maxBytes) {
    let bytes;
    try {
        bytes = readFileSync(path); // sync: one syscall sequence, no thread-pool hops (warm re-scans are dominated by reads)
    }
    catch (err) {
        const code = err.code;
        if (code === 'EACCES' || code === 'EPERM')
            return { ok: false, kind: 'permission-denied', reason: 'permission denied' };
        if (code === 'ELOOP')
            return { ok: false, kind: 'symlink-loop', reason: 'symlink loop' };
        if (code === 'ENOENT')
            return { ok: false, kind: 'broken-symlink', reason: 'file vanished or is a broken symlink' };
        return { ok: false, kind: 'unreadable', reason: `cannot read: ${code ?? String(err)}` };
    }
    const problem = checkBytes(bytes, maxBytes);
    return problem ?? { ok: true, bytes };
}
function checkBytes(bytes, maxBytes) {
    if (bytes.length === 0)
        return { ok: false, kind: 'empty', reason: 'empty file (0 bytes)' };
    if (bytes.length > maxBytes) {
        return {
            ok: false,
            kind: 'too-large',
            reason: `file is ${bytes.length} bytes, over the ${maxBytes}-byte limit (raise it with --max-file-size)`,
        };
    }
    const nul = bytes.indexOf(0);
    if (nul >= 0)
        return { ok: false, kind: 'binary', reason: `binary file (NUL byte at offset ${nul})` };
    return null;
}
export function decodeSource(bytes, maxBytes) {
    const problem = checkBytes(bytes, maxBytes);
    if (problem)
        return problem;
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0; // UTF-8 byte order mark
    try {
        return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(start)), bytes };
    }
    catch {
        const declared = codingDeclaration(bytes);
        const single = declared ? SINGLE_BYTE[declared.toLowerCase()] : undefined;
        if (single)
            return { ok: true, text: new TextDecoder(single).decode(bytes), bytes };
        const bad = firstInvalidUtf8(bytes);
        return {
            ok: false,
            kind: 'encoding',
            reason: `not valid UTF-8 (byte 0x${(bytes[bad] ?? 0).toString(16)} at offset ${bad})` +
                (declared ? ` and its coding declaration "${declared}" is not supported` : ' and no coding declaration'),
        };
    }
}
function codingDeclaration(bytes) {
    const head = bytes.subarray(0, 512).toString('latin1').split('\n').slice(0, 2);
    for (const line of head) {
        const m = CODING.exec(line);
        if (m?.[1])
            return m[1];
    }
    return null;
}
/** Offset of the first byte that breaks UTF-8 decoding (for the message). */
function firstInvalidUtf8(bytes) {
    // The lenient decoder turns each invalid sequence into U+FFFD; the bytes before the first one are valid UTF-8.
    const text = bytes.toString('utf8');
    const at = text.indexOf('\uFFFD');
    return at < 0 ? 0 : Buffer.byteLength(text.slice(0, at), 'utf8');
}
//# sourceMappingURL=source.js.map