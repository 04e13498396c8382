// The confusion-matrix heatmap: rows are the true class, columns the predicted one. Colour is the share of the row
// (so rare CWEs are as visible as common ones); the count is printed in every non-empty cell.
import { scaleSequential } from 'd3-scale';
import { interpolateBlues } from 'd3-scale-chromatic';
import { clip, esc, r, svgOpen } from './svg.js';
/**
 * Example: confusionHeatmap(['CWE-89', 'none'], [[9, 1], [0, 10]], 'model') -> '<svg data-chart="confusion" ...>'
 * Only the classes that occur in the truth or the predictions are drawn, in the order given.
 */
export function confusionHeatmap(labels, matrix, title) {
    const keep = labels
        .map((_, i) => i)
        .filter((i) => (matrix[i] ?? []).some((v) => v > 0) || matrix.some((row) => (row[i] ?? 0) > 0));
    const n = Math.max(1, keep.length);
    const cell = Math.max(16, Math.min(34, Math.floor(560 / n)));
    const left = 84;
    const top = 96;
    const width = Math.max(560, left + n * cell + 20);
    const height = top + n * cell + 44;
    const color = scaleSequential(interpolateBlues).domain([0, 1]);
    let out = svgOpen('confusion', width, height, `Confusion matrix: ${title}`);
    out += `<text x="${left}" y="18" font-size="13" font-weight="600" fill="#111">Confusion matrix (${esc(clip(title, Math.floor((width - left) / 7.5) - 20))})</text>`;
    out += `<text x="${left}" y="34" fill="#555">rows: true class · columns: predicted · colour: share of the row</text>`;
    keep.forEach((ti, row) => {
        const rowValues = matrix[ti] ?? [];
        const total = rowValues.reduce((a, b) => a + b, 0);
        const y = top + row * cell;
        out += `<text x="${left - 6}" y="${r(y + cell / 2)}" dy="0.32em" text-anchor="end" fill="#222">${esc(labels[ti])}</text>`;
        keep.forEach((pi, col) => {
            const v = rowValues[pi] ?? 0;
            const share = total > 0 ? v / total : 0;
            const x = left + col * cell;
            const diag = ti === pi;
            out += `<rect x="${x}" y="${y}" width="${cell - 1}" height="${cell - 1}" fill="${v > 0 ? color(0.15 + 0.85 * share) : '#f7f7f7'}"${diag ? ' stroke="#333" stroke-width="0.8"' : ''}><title>true ${esc(labels[ti])}, predicted ${esc(labels[pi])}: ${v}</title></rect>`;
            if (v > 0) {
                const fill = share > 0.55 ? '#fff' : '#111';
                out += `<text x="${r(x + (cell - 1) / 2)}" y="${r(y + (cell - 1) / 2)}" dy="0.35em" text-anchor="middle" font-size="${cell < 22 ? 8 : 10}" fill="${fill}">${v}</text>`;
            }
        });
    });
    keep.forEach((pi, col) => {
        const x = left + col * cell + cell / 2;
        out += `<text transform="translate(${r(x)},${top - 6}) rotate(-60)" fill="#222">${esc(labels[pi])}</text>`;
    });
    out += `<text x="${r(left + (n * cell) / 2)}" y="${height - 12}" text-anchor="middle" fill="#111" font-size="12">predicted class</text>`;
    return out + '</svg>';
}
//# sourceMappingURL=confusion-heatmap.js.map