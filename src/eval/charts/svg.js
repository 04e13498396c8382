// Small SVG building blocks for the report charts: escaping, a frame with a title, and axes drawn from d3-scale
// ticks. Charts are plain strings of SVG, so the HTML page stays self-contained and renders without scripts.
import { scaleLinear } from 'd3-scale';
export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif';
/** Series colours (Tableau 10 order): model first, then baselines. */
export const SERIES = ['#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#b07aa1'];
/** Shortens text to `max` characters with an ellipsis, so long model names do not run off a chart. */
export function clip(text, max) {
    return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
export function esc(text) {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
/** Rounds coordinates so the SVG stays short and diff-friendly. */
export const r = (x) => Math.round(x * 10) / 10;
/** Opens an <svg> with a title (for screen readers and tooltips) and a data-chart id the tests look for. */
export function svgOpen(id, width, height, title) {
    return (`<svg xmlns="http://www.w3.org/2000/svg" data-chart="${esc(id)}" role="img" aria-label="${esc(title)}" ` +
        `viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" font-family='${FONT}' font-size="11">` +
        `<title>${esc(title)}</title><rect width="${width}" height="${height}" fill="#fff"/>`);
}
/** A bottom axis with gridlines up to `gridTop`. */
export function axisBottom(x, y0, gridTop, label, format = (v) => String(v), ticks = 5) {
    const [a, b] = x.range();
    let out = `<g class="axis x"><line x1="${r(a)}" x2="${r(b)}" y1="${r(y0)}" y2="${r(y0)}" stroke="#333"/>`;
    for (const t of x.ticks(ticks)) {
        const px = r(x(t));
        out += `<line x1="${px}" x2="${px}" y1="${r(gridTop)}" y2="${r(y0)}" stroke="#e6e6e6"/>`;
        out += `<line x1="${px}" x2="${px}" y1="${r(y0)}" y2="${r(y0 + 4)}" stroke="#333"/>`;
        out += `<text x="${px}" y="${r(y0 + 15)}" text-anchor="middle" fill="#333">${esc(format(t))}</text>`;
    }
    out += `<text x="${r((a + b) / 2)}" y="${r(y0 + 32)}" text-anchor="middle" fill="#111" font-size="12">${esc(label)}</text></g>`;
    return out;
}
/** A left axis with gridlines across to `gridRight`. */
export function axisLeft(y, x0, gridRight, label, format = (v) => String(v), ticks = 5) {
    const [a, b] = y.range();
    let out = `<g class="axis y"><line x1="${r(x0)}" x2="${r(x0)}" y1="${r(a)}" y2="${r(b)}" stroke="#333"/>`;
    for (const t of y.ticks(ticks)) {
        const py = r(y(t));
        out += `<line x1="${r(x0)}" x2="${r(gridRight)}" y1="${py}" y2="${py}" stroke="#e6e6e6"/>`;
        out += `<line x1="${r(x0 - 4)}" x2="${r(x0)}" y1="${py}" y2="${py}" stroke="#333"/>`;
        out += `<text x="${r(x0 - 7)}" y="${py}" dy="0.32em" text-anchor="end" fill="#333">${esc(format(t))}</text>`;
    }
    const mid = r((a + b) / 2);
    out += `<text transform="translate(${r(x0 - 42)},${mid}) rotate(-90)" text-anchor="middle" fill="#111" font-size="12">${esc(label)}</text></g>`;
    return out;
}
/** A legend of coloured swatches, laid out in one row from (x, y). */
export function legend(items, x, y) {
    let out = '<g class="legend">';
    let cx = x;
    for (const it of items) {
        const dash = it.dashed ? ' stroke-dasharray="4 3"' : '';
        out += `<line x1="${r(cx)}" x2="${r(cx + 18)}" y1="${r(y)}" y2="${r(y)}" stroke="${it.color}" stroke-width="3"${dash}/>`;
        out += `<text x="${r(cx + 23)}" y="${r(y)}" dy="0.32em" fill="#222">${esc(it.label)}</text>`;
        cx += 32 + it.label.length * 6.2;
    }
    return out + '</g>';
}
export const pctTick = (v) => `${Math.round(v * 100)}%`;
/** Scales for a chart whose x and y both run over [0, 1] (probabilities, recall, precision) inside the margins. */
export function unitSquareScales(width, height, m) {
    return {
        x: scaleLinear()
            .domain([0, 1])
            .range([m.left, width - m.right]),
        y: scaleLinear()
            .domain([0, 1])
            .range([height - m.bottom, m.top]),
    };
}
//# sourceMappingURL=svg.js.map