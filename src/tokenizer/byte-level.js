// GPT-2's byte <-> printable-character map, used by Hugging Face ByteLevel BPE to write byte tokens as JSON strings:
// printable Latin-1 bytes map to themselves, the other 68 bytes to U+0100.. (so a space is 'Ġ', a newline 'Ċ').
const BYTE_TO_CHAR = [];
const CHAR_TO_BYTE = new Map();
{
    const keep = (b) => (b >= 0x21 && b <= 0x7e) || (b >= 0xa1 && b <= 0xac) || (b >= 0xae && b <= 0xff);
    let extra = 0;
    for (let b = 0; b < 256; b++) {
        const ch = String.fromCharCode(keep(b) ? b : 256 + extra++);
        BYTE_TO_CHAR[b] = ch;
        CHAR_TO_BYTE.set(ch, b);
    }
}
/**
 * Writes bytes as a ByteLevel token string.
 * Example: bytesToTokenString(Uint8Array.of(0x20, 0x69, 0x66)) -> 'Ġif'
 */
export function bytesToTokenString(bytes) {
    let s = '';
    for (let i = 0; i < bytes.length; i++)
        s += BYTE_TO_CHAR[bytes[i]];
    return s;
}
/**
 * Reads a ByteLevel token string back to bytes; undefined when a character is not in the byte map.
 * Example: tokenStringToBytes('Ġif') -> Uint8Array [0x20, 0x69, 0x66]
 */
export function tokenStringToBytes(token) {
    const out = new Uint8Array(token.length);
    for (let i = 0; i < token.length; i++) {
        const b = CHAR_TO_BYTE.get(token[i]);
        if (b === undefined)
            return undefined;
        out[i] = b;
    }
    return out;
}
//# sourceMappingURL=byte-level.js.map