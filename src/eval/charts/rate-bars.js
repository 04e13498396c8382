// Findings per 1,000 lines by CWE on a clean tree, one bar per tool (cwescan, Bandit), on a shared linear axis.
import { scaleLinear } from 'd3-scale';
import { axisBottom, esc, legend, r, SERIES, svgOpen } from './svg.js';
/** Example: rateBars(['CWE-78'], [{ name: 'cwescan', perKloc: new Map([['CWE-78', 0.4]]) }]) -> '<svg ...>' */
export function rateBars(cwes, series) {
    const bar = 10;
    const groupH = bar * series.length + 8;
    const left = 120;
    const top = 52;
    const plotW = 440;
    const width = left + plotW + 60;
    const height = top + Math.max(1, cwes.length) * groupH + 46;
    const max = Math.max(0.01, ...series.flatMap((s) => [...s.perKloc.values()]));
    const x = scaleLinear()
        .domain([0, max])
        .nice()
        .range([left, left + plotW]);
    let out = svgOpen('clean-rates', width, height, 'Findings per 1,000 lines by CWE');
    out += `<text x="${left}" y="18" font-size="13" font-weight="600" fill="#111">Findings per 1,000 lines, by CWE</text>`;
    out += legend(series.map((s, i) => ({ label: s.name, color: SERIES[i % SERIES.length] })), left, 36);
    out += axisBottom(x, top + cwes.length * groupH, top, 'findings per 1,000 lines (presumed-safe code)', (v) => String(v));
    cwes.forEach((cwe, g) => {
        const gy = top + g * groupH + 4;
        out += `<text x="${left - 6}" y="${r(gy + (bar * series.length) / 2)}" dy="0.32em" text-anchor="end" fill="#222">${esc(cwe)}</text>`;
        series.forEach((s, i) => {
            const v = s.perKloc.get(cwe) ?? 0;
            const y = gy + i * bar;
            out += `<rect x="${left}" y="${r(y)}" width="${r(Math.max(0.5, x(v) - left))}" height="${bar - 1}" fill="${SERIES[i % SERIES.length]}"><title>${esc(s.name)} ${esc(cwe)}: ${v.toFixed(3)} per 1,000 lines</title></rect>`;
            out += `<text x="${r(x(v) + 3)}" y="${r(y + (bar - 1) / 2)}" dy="0.32em" font-size="8" fill="#444">${v.toFixed(2)}</text>`;
        });
    });
    return out + '</svg>';
}
//# sourceMappingURL=rate-bars.js.map