/** Example: pct(0.990291) -> "99.03%"; pct(null) -> "n/a" */
export function pct(v, digits = 2) {
    return v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : `${(v * 100).toFixed(digits)}%`;
}
/** Example: ci({ low: 0.9455, high: 0.9982 }) -> "94.55–99.82%" */
export function ci(i, digits = 2) {
    return i ? `${(i.low * 100).toFixed(digits)}–${(i.high * 100).toFixed(digits)}%` : 'n/a';
}
/** Example: num(0.123456) -> "0.1235" */
export function num(v, digits = 4) {
    return v === null || v === undefined || !Number.isFinite(v) ? 'n/a' : v.toFixed(digits);
}
//# sourceMappingURL=format.js.map