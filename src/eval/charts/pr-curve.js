// Precision-recall curves of P(vulnerable), one per model, with each model's operating point at its threshold and
// the paper's published point (on the paper's own test set) for reference.
import { curveStepBefore, line } from 'd3-shape';
import { axisBottom, axisLeft, esc, legend, pctTick, r, SERIES, svgOpen, unitSquareScales } from './svg.js';
export function prCurve(series, paper) {
    const width = 560;
    const height = 420;
    const m = { top: 56, right: 24, bottom: 52, left: 62 };
    const { x, y } = unitSquareScales(width, height, m);
    let out = svgOpen('pr-curve', width, height, 'Precision-recall curve of P(vulnerable)');
    out += `<text x="${m.left}" y="18" font-size="13" font-weight="600" fill="#111">Precision-recall (P(vulnerable) threshold swept)</text>`;
    out += legend(series.map((s, i) => ({
        label: `${s.name}${s.averagePrecision === null ? '' : ` AP ${(s.averagePrecision * 100).toFixed(1)}%`}`,
        color: SERIES[i % SERIES.length],
    })), m.left, 38);
    out += axisBottom(x, height - m.bottom, m.top, 'recall', pctTick);
    out += axisLeft(y, m.left, width - m.right, 'precision', pctTick);
    // Step curve: precision P_k holds over the recall interval (R_{k-1}, R_k], the area that average precision sums;
    // straight lines between points would overstate it.
    const path = line()
        .curve(curveStepBefore)
        .x((p) => r(x(p.recall)))
        .y((p) => r(y(p.precision)));
    series.forEach((s, i) => {
        const color = SERIES[i % SERIES.length];
        // Start at recall 0 with the first point's precision, as step curves conventionally do.
        const first = s.points[0];
        const pts = first ? [{ precision: first.precision, recall: 0 }, ...s.points] : [];
        if (pts.length > 0)
            out += `<path d="${path(pts)}" fill="none" stroke="${color}" stroke-width="2" stroke-linejoin="round"/>`;
        const op = s.operating;
        if (op.precision !== null && op.recall !== null) {
            out += `<circle cx="${r(x(op.recall))}" cy="${r(y(op.precision))}" r="4.5" fill="${color}" stroke="#fff" stroke-width="1.5"><title>${esc(s.name)} at the threshold: P ${(op.precision * 100).toFixed(1)}%, R ${(op.recall * 100).toFixed(1)}%</title></circle>`;
        }
    });
    if (paper) {
        const px = r(x(paper.recall));
        const py = r(y(paper.precision));
        out += `<path d="M${px - 5},${py - 5}L${px + 5},${py + 5}M${px - 5},${py + 5}L${px + 5},${py - 5}" stroke="#000" stroke-width="2"/>`;
        out += `<text x="${px - 8}" y="${py + 16}" text-anchor="end" fill="#000">paper (its own test set)</text>`;
    }
    return out + '</svg>';
}
//# sourceMappingURL=pr-curve.js.map