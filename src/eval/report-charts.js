// Builds every chart of a report as an SVG string; the HTML page inlines them and --out also writes them as files.
import { LABELS } from '../model/labels.js';
import { confusionHeatmap } from './charts/confusion-heatmap.js';
import { f1Bars } from './charts/f1-bars.js';
import { lossCurves } from './charts/loss-curves.js';
import { prCurve } from './charts/pr-curve.js';
import { reliabilityDiagram } from './charts/reliability-diagram.js';
import { PAPER } from './paper.js';
import { allEvaluations, cwesInPlay } from './report-tables.js';
export function reportCharts(r) {
    const evs = allEvaluations(r);
    const main = r.main;
    const cwes = cwesInPlay(main).filter((c) => (main.perCwe.find((x) => x.cwe === c)?.support ?? 0) > 0);
    return {
        confusion: confusionHeatmap(LABELS, main.multiclass.confusion, main.model.name),
        f1Bars: f1Bars(cwes, evs.map((e) => ({ name: e.model.role, f1: new Map(e.perCwe.map((c) => [c.cwe, c.f1])) })), new Map(main.perCwe.map((c) => [c.cwe, c.support]))),
        prCurve: prCurve(evs.map((e) => ({
            name: e.model.role,
            points: e.curves.points,
            operating: { precision: e.binary.precision, recall: e.binary.recall },
            averagePrecision: e.curves.averagePrecision,
        })), { precision: PAPER.published.precision, recall: PAPER.published.recall }),
        reliability: reliabilityDiagram(main.calibration.bins, main.model.name, main.calibration.ece),
        lossCurves: 'log' in r.trainLog ? lossCurves(r.trainLog.log.entries) : null,
    };
}
//# sourceMappingURL=report-charts.js.map