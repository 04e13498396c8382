// Symbolic shapes for build-time shape inference: a dim is a number or a symbol product such as 'B' or 'B*T'.
// Symbols stand for sizes only known when the graph runs (batch, sequence length); products come from reshapes.
function toMonomial(d) {
    if (typeof d === 'number')
        return { coef: d, syms: [] };
    let coef = 1;
    const syms = [];
    for (const part of d.split('*')) {
        const n = Number(part);
        if (part !== '' && Number.isInteger(n))
            coef *= n;
        else
            syms.push(part);
    }
    return { coef, syms: syms.sort() };
}
function fromMonomial(m) {
    if (m.syms.length === 0)
        return m.coef;
    return m.coef === 1 ? m.syms.join('*') : `${m.coef}*${m.syms.join('*')}`;
}
/** Canonical form of a dim, so 'T*B' and 'B*T' compare equal. */
export function canonDim(d) {
    return fromMonomial(toMonomial(d));
}
export function dimEquals(a, b) {
    return canonDim(a) === canonDim(b);
}
/** Product of dims: `dimProduct([2, 'B', 3]) === '6*B'`. */
export function dimProduct(dims) {
    const m = { coef: 1, syms: [] };
    for (const d of dims) {
        const x = toMonomial(d);
        m.coef *= x.coef;
        m.syms.push(...x.syms);
    }
    m.syms.sort();
    return fromMonomial(m);
}
/** Exact quotient a / b, or undefined when b does not divide a: `dimDivide('6*B*T', 'B*3') === '2*T'`. */
export function dimDivide(a, b) {
    const x = toMonomial(a);
    const y = toMonomial(b);
    if (y.coef === 0 || x.coef % y.coef !== 0)
        return undefined;
    const syms = [...x.syms];
    for (const s of y.syms) {
        const i = syms.indexOf(s);
        if (i < 0)
            return undefined;
        syms.splice(i, 1);
    }
    return fromMonomial({ coef: x.coef / y.coef, syms });
}
export function isConcrete(shape) {
    return shape.every((d) => typeof d === 'number');
}
export function shapeStr(shape) {
    return `(${shape.join(', ')})`;
}
export function shapesEqual(a, b) {
    return a.length === b.length && a.every((d, i) => dimEquals(d, b[i]));
}
/**
 * Numpy broadcasting of two shapes, or undefined when they do not broadcast.
 * `broadcastShapes(['B', 4, 1], [5]) -> ['B', 4, 5]`.
 */
export function broadcastShapes(a, b) {
    const n = Math.max(a.length, b.length);
    const out = [];
    for (let i = 0; i < n; i++) {
        const da = i < n - a.length ? 1 : a[i - (n - a.length)];
        const db = i < n - b.length ? 1 : b[i - (n - b.length)];
        if (da === 1)
            out.push(db);
        else if (db === 1)
            out.push(da);
        else if (dimEquals(da, db))
            out.push(canonDim(da));
        else
            return undefined;
    }
    return out;
}
/** Normalises a possibly negative axis for a rank: `normAxis(-1, 3) === 2`. */
export function normAxis(axis, rank) {
    const a = axis < 0 ? axis + rank : axis;
    if (a < 0 || a >= rank)
        throw new RangeError(`axis ${axis} out of range for rank ${rank}`);
    return a;
}
//# sourceMappingURL=shape.js.map