// Lossless string <-> byte conversion for the tokenizer. JavaScript strings are UTF-16 and may hold lone surrogates,
// which UTF-8 (TextEncoder) silently replaces with U+FFFD. We use WTF-8 instead: identical to UTF-8 for every valid
// string, and a lone surrogate U+D800..U+DFFF is written as its 3-byte generalized UTF-8 form (ED A0..BF xx), so
// decode(encode(s)) === s for every JavaScript string. Surrogate PAIRS are always written as one 4-byte sequence.
/**
 * Encodes a JavaScript string as WTF-8 bytes.
 * Example: wtf8Encode('é\uD800') -> Uint8Array [0xC3, 0xA9, 0xED, 0xA0, 0x80]
 */
export function wtf8Encode(s) {
    const out = new Uint8Array(s.length * 3);
    const n = wtf8EncodeInto(s, out);
    return out.subarray(0, n);
}
/** Writes the WTF-8 bytes of `s` into `out` (which must hold s.length * 3 bytes); returns the byte count. */
export function wtf8EncodeInto(s, out) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        let c = s.charCodeAt(i);
        if (c < 0x80) {
            out[n++] = c;
        }
        else if (c < 0x800) {
            out[n++] = 0xc0 | (c >> 6);
            out[n++] = 0x80 | (c & 0x3f);
        }
        else {
            if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
                const d = s.charCodeAt(i + 1);
                if (d >= 0xdc00 && d <= 0xdfff) {
                    c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
                    i++;
                    out[n++] = 0xf0 | (c >> 18);
                    out[n++] = 0x80 | ((c >> 12) & 0x3f);
                    out[n++] = 0x80 | ((c >> 6) & 0x3f);
                    out[n++] = 0x80 | (c & 0x3f);
                    continue;
                }
            }
            // BMP character, or a lone surrogate written in its generalized 3-byte form.
            out[n++] = 0xe0 | (c >> 12);
            out[n++] = 0x80 | ((c >> 6) & 0x3f);
            out[n++] = 0x80 | (c & 0x3f);
        }
    }
    return n;
}
/**
 * Splits bytes into maximal WTF-8 text runs and invalid bytes, so that re-encoding each text run gives back exactly
 * the same bytes (overlong forms, code points past U+10FFFF and a 3-byte low surrogate right after a 3-byte high
 * surrogate, which would re-encode as one 4-byte pair, are treated as invalid bytes).
 * Example: wtf8Segments(Uint8Array.of(0x61, 0xff)) -> [{kind:'text', text:'a'}, {kind:'bytes', bytes:[0xff]}]
 */
export function wtf8Segments(bytes) {
    const segs = [];
    let units = [];
    let bad = [];
    const flushText = () => {
        if (units.length)
            segs.push({ kind: 'text', text: unitsToString(units) });
        units = [];
    };
    const flushBad = () => {
        if (bad.length)
            segs.push({ kind: 'bytes', bytes: Uint8Array.from(bad) });
        bad = [];
    };
    let i = 0;
    while (i < bytes.length) {
        const [cp, len] = decodeOne(bytes, i);
        const prev = units.length ? units[units.length - 1] : -1;
        const pairsWithPrev = cp >= 0xdc00 && cp <= 0xdfff && len === 3 && prev >= 0xd800 && prev <= 0xdbff;
        if (cp < 0 || pairsWithPrev) {
            flushText();
            bad.push(bytes[i]);
            i += 1;
            continue;
        }
        flushBad();
        if (cp >= 0x10000) {
            units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
        }
        else {
            units.push(cp);
        }
        i += len;
    }
    flushText();
    flushBad();
    return segs;
}
/**
 * Decodes WTF-8 bytes to a string; each invalid byte becomes U+FFFD (so only arbitrary, non-WTF-8 input is lossy).
 * Example: wtf8Decode(Uint8Array.of(0xed, 0xa0, 0x80)) -> '\uD800'
 */
export function wtf8Decode(bytes) {
    // Fast path: pure ASCII.
    let ascii = true;
    for (let i = 0; i < bytes.length; i++) {
        if (bytes[i] >= 0x80) {
            ascii = false;
            break;
        }
    }
    if (ascii)
        return unitsToString(bytes);
    const units = [];
    let i = 0;
    while (i < bytes.length) {
        const [cp, len] = decodeOne(bytes, i);
        if (cp < 0) {
            units.push(0xfffd);
            i += 1;
        }
        else {
            if (cp >= 0x10000)
                units.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
            else
                units.push(cp);
            i += len;
        }
    }
    return unitsToString(units);
}
/** Decodes one generalized UTF-8 sequence at i: [codePoint, length], or [-1, 1] when invalid. */
function decodeOne(b, i) {
    const b0 = b[i];
    if (b0 < 0x80)
        return [b0, 1];
    const cont = (k) => {
        const x = b[i + k];
        return x !== undefined && (x & 0xc0) === 0x80 ? x & 0x3f : -1;
    };
    if (b0 >= 0xc2 && b0 <= 0xdf) {
        const c1 = cont(1);
        return c1 < 0 ? [-1, 1] : [((b0 & 0x1f) << 6) | c1, 2];
    }
    if (b0 >= 0xe0 && b0 <= 0xef) {
        const c1 = cont(1);
        const c2 = cont(2);
        if (c1 < 0 || c2 < 0)
            return [-1, 1];
        const cp = ((b0 & 0x0f) << 12) | (c1 << 6) | c2;
        return cp < 0x800 ? [-1, 1] : [cp, 3]; // surrogates allowed: that is the WTF-8 generalization
    }
    if (b0 >= 0xf0 && b0 <= 0xf4) {
        const c1 = cont(1);
        const c2 = cont(2);
        const c3 = cont(3);
        if (c1 < 0 || c2 < 0 || c3 < 0)
            return [-1, 1];
        const cp = ((b0 & 0x07) << 18) | (c1 << 12) | (c2 << 6) | c3;
        return cp < 0x10000 || cp > 0x10ffff ? [-1, 1] : [cp, 4];
    }
    return [-1, 1];
}
function unitsToString(units) {
    let s = '';
    const CHUNK = 8192;
    for (let i = 0; i < units.length; i += CHUNK) {
        s += String.fromCharCode(...Array.prototype.slice.call(units, i, i + CHUNK));
    }
    return s;
}
//# sourceMappingURL=wtf8.js.map