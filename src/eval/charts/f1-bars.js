// Per-CWE F1 as horizontal bars, one group per CWE present in the test set and one bar per model or baseline.
import { scaleLinear } from 'd3-scale';
import { axisBottom, esc, legend, pctTick, r, SERIES, svgOpen } from './svg.js';
/**
 * Example: f1Bars(['CWE-89', 'CWE-78'], [{ name: 'model', f1: new Map([['CWE-89', 0.9], ['CWE-78', 0.5]]) }])
 */
export function f1Bars(cwes, series, support) {
    const bar = series.length > 2 ? 7 : 10;
    const groupH = bar * series.length + 8;
    const left = 120;
    const top = 52;
    const plotW = 470;
    const height = top + Math.max(1, cwes.length) * groupH + 46;
    const width = left + plotW + 44;
    const x = scaleLinear()
        .domain([0, 1])
        .range([left, left + plotW]);
    let out = svgOpen('f1-bars', width, height, 'F1 per CWE');
    out += `<text x="${left}" y="18" font-size="13" font-weight="600" fill="#111">F1 per CWE</text>`;
    out += legend(series.map((s, i) => ({ label: s.name, color: SERIES[i % SERIES.length] })), left, 36);
    const y0 = top + cwes.length * groupH;
    out += axisBottom(x, y0, top, 'F1 (vulnerable examples of the CWE vs everything else)', pctTick);
    cwes.forEach((cwe, g) => {
        const gy = top + g * groupH + 4;
        const n = support.get(cwe) ?? 0;
        out += `<text x="${left - 6}" y="${r(gy + (bar * series.length) / 2)}" dy="0.32em" text-anchor="end" fill="#222">${esc(cwe)} <tspan fill="#888">(${n})</tspan></text>`;
        series.forEach((s, i) => {
            const v = s.f1.get(cwe);
            const y = gy + i * bar;
            if (v === null || v === undefined) {
                out += `<text x="${left + 3}" y="${r(y + bar / 2)}" dy="0.32em" font-size="8" fill="#999">n/a</text>`;
                return;
            }
            out += `<rect x="${left}" y="${r(y)}" width="${r(Math.max(0.5, x(v) - left))}" height="${bar - 1}" fill="${SERIES[i % SERIES.length]}"><title>${esc(s.name)} ${esc(cwe)}: F1 ${(v * 100).toFixed(1)}%</title></rect>`;
            // The value at the end of the bar, so a zero reads as 0% rather than as a missing bar.
            out += `<text x="${r(x(v) + 3)}" y="${r(y + (bar - 1) / 2)}" dy="0.32em" font-size="8" fill="#444">${Math.round(v * 100)}%</text>`;
        });
    });
    return out + '</svg>';
}
//# sourceMappingURL=f1-bars.js.map