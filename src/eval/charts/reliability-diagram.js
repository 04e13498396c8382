import { axisBottom, axisLeft, clip, esc, pctTick, r, SERIES, svgOpen, unitSquareScales } from './svg.js';
export function reliabilityDiagram(bins, name, ece) {
    const width = 560;
    const height = 470;
    const m = { top: 40, right: 24, bottom: 110, left: 62 };
    const { x, y } = unitSquareScales(width, height, m);
    const eceText = ece === null ? '' : ` · ECE ${(ece * 100).toFixed(1)}%`;
    let out = svgOpen('reliability', width, height, `Reliability diagram: ${name}`);
    out += `<text x="${m.left}" y="18" font-size="13" font-weight="600" fill="#111">Reliability (${esc(clip(name, 44))})${esc(eceText)}</text>`;
    out += axisBottom(x, height - m.bottom, m.top, 'predicted P(vulnerable)', pctTick);
    out += axisLeft(y, m.left, width - m.right, 'observed share vulnerable', pctTick);
    out += `<line x1="${x(0)}" y1="${y(0)}" x2="${x(1)}" y2="${y(1)}" stroke="#999" stroke-dasharray="5 4"/>`;
    const color = SERIES[0];
    const maxCount = Math.max(1, ...bins.map((b) => b.count));
    const stripTop = height - m.bottom + 44;
    const stripH = 40;
    for (const b of bins) {
        const x0 = r(x(b.low) + 1);
        const w = r(x(b.high) - x(b.low) - 2);
        if (b.observed !== null && b.meanPredicted !== null) {
            out += `<rect x="${x0}" y="${r(y(b.observed))}" width="${w}" height="${r(y(0) - y(b.observed))}" fill="${color}" fill-opacity="0.75"><title>${b.count} examples with P in [${b.low.toFixed(1)}, ${b.high.toFixed(1)}): mean ${(b.meanPredicted * 100).toFixed(1)}%, observed ${(b.observed * 100).toFixed(1)}%</title></rect>`;
            // The gap between what the model said (mean) and what happened (bar top).
            out += `<line x1="${x0}" x2="${r(x0 + w)}" y1="${r(y(b.meanPredicted))}" y2="${r(y(b.meanPredicted))}" stroke="#e15759" stroke-width="2"/>`;
        }
        const h = (b.count / maxCount) * stripH;
        out += `<rect x="${x0}" y="${r(stripTop + stripH - h)}" width="${w}" height="${r(h)}" fill="#bab0ac"/>`;
        if (b.count > 0)
            out += `<text x="${r(x0 + w / 2)}" y="${r(stripTop + stripH - h - 3)}" text-anchor="middle" font-size="9" fill="#555">${b.count}</text>`;
    }
    out += `<text x="${m.left}" y="${stripTop + stripH + 16}" fill="#555">examples per bin · bars: observed · red ticks: mean predicted · dashed: perfect calibration</text>`;
    return out + '</svg>';
}
//# sourceMappingURL=reliability-diagram.js.map