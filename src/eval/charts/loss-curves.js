// Training loss curves from <ckpt>/train_log.jsonl: one panel per phase (pretrain, finetune), training loss as a line
// and validation loss as dots, against the step.
import { extent } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { axisBottom, axisLeft, esc, legend, r, SERIES, svgOpen } from './svg.js';
function panel(entries, phase, ox, w, h) {
    const m = { top: 58, right: 16, bottom: 50, left: 58 };
    const steps = extent(entries, (e) => e.step);
    const losses = entries.flatMap((e) => (e.val_loss === undefined ? [e.loss] : [e.loss, e.val_loss]));
    const lo = Math.min(...losses);
    const hi = Math.max(...losses);
    const x = scaleLinear()
        .domain(steps[0] === steps[1] ? [steps[0], steps[0] + 1] : steps)
        .range([ox + m.left, ox + w - m.right]);
    const y = scaleLinear()
        .domain([Math.max(0, lo - (hi - lo) * 0.05), hi + (hi - lo) * 0.05 || hi + 1])
        .nice()
        .range([h - m.bottom, m.top]);
    let out = `<text x="${ox + m.left}" y="46" font-size="12" font-weight="600" fill="#111">${esc(phase)}</text>`;
    out += axisBottom(x, h - m.bottom, m.top, 'step', (v) => (v >= 1000 ? `${v / 1000}k` : String(v)), 4);
    out += axisLeft(y, ox + m.left, ox + w - m.right, 'loss', (v) => v.toFixed(2).replace(/\.?0+$/, ''), 5);
    const path = line()
        .x((e) => r(x(e.step)))
        .y((e) => r(y(e.loss)));
    out += `<path d="${path([...entries])}" fill="none" stroke="${SERIES[0]}" stroke-width="1.6"/>`;
    for (const e of entries) {
        if (e.val_loss !== undefined) {
            out += `<circle cx="${r(x(e.step))}" cy="${r(y(e.val_loss))}" r="3.5" fill="${SERIES[1]}"><title>step ${e.step}: val loss ${e.val_loss.toFixed(4)}</title></circle>`;
        }
    }
    return out;
}
/** Example: lossCurves(log.entries) -> '<svg data-chart="loss-curves" ...>' with one panel per phase present. */
export function lossCurves(entries) {
    const phases = ['pretrain', 'finetune'].filter((p) => entries.some((e) => e.phase === p));
    const panelW = 400;
    const h = 320;
    const width = Math.max(1, phases.length) * panelW;
    let out = svgOpen('loss-curves', width, h, 'Training loss curves');
    out += `<text x="58" y="18" font-size="13" font-weight="600" fill="#111">Training loss</text>`;
    out += legend([
        { label: 'training loss', color: SERIES[0] },
        { label: 'validation loss', color: SERIES[1] },
    ], 180, 14);
    phases.forEach((p, i) => {
        const es = entries.filter((e) => e.phase === p).sort((a, b) => a.step - b.step);
        out += panel(es, p, i * panelW, panelW, h);
    });
    return out + '</svg>';
}
//# sourceMappingURL=loss-curves.js.map