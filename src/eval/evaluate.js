// Scores one detector on a labelled set: runs it in batches, turns its label scores into decisions, and computes
// every metric of the report. Baselines go through the same function, so every row of the report is scored alike.
import { CwescanError } from '../errors.js';
import { topCwe, vulnerableProbability } from '../model/detector.js';
import { LABELS } from '../model/labels.js';
import { binaryMetricsOf } from './binary-metrics.js';
import { calibration } from './calibration.js';
import { thresholdCurves } from './curves.js';
import { wilsonInterval } from './intervals.js';
import { multiclassMetrics } from './multiclass-metrics.js';
import { twinPairMetrics } from './twin-pairs.js';
/** The slice an example belongs to: "llm:gemini-2" -> "llm"; "rewrite:rename" stays; missing -> "unknown". */
export function sourceSlice(source) {
    if (!source)
        return 'unknown';
    return source.startsWith('llm:') ? 'llm' : source;
}
/** The class an example should get: its CWE when vulnerable, otherwise "none". */
export function truthLabel(ex) {
    if (!ex.vulnerable || ex.cwe === null)
        return 'none';
    if (!LABELS.includes(ex.cwe))
        throw new RangeError(`example ${ex.id}: ${ex.cwe} is not one of the 26 labels`);
    return ex.cwe;
}
/** Turns one example's label scores into a Prediction at a threshold on P(vulnerable). */
export function decide(ex, scores, threshold) {
    const pVulnerable = vulnerableProbability(scores);
    const flagged = pVulnerable >= threshold;
    const top = topCwe(scores);
    const topCwes = scores
        .filter((s) => s.cwe !== 'none')
        .slice(0, 3)
        .map((s) => s.cwe);
    return {
        id: ex.id,
        truth: truthLabel(ex),
        vulnerable: ex.vulnerable,
        pVulnerable,
        flagged,
        predicted: flagged && top ? top.cwe : 'none',
        topCwes,
    };
}
/** A detector's answer must be a probability for each label, summing to 1: anything else is a bug worth naming. */
function checkScores(scores, id, model) {
    let sum = 0;
    for (const s of scores) {
        if (!Number.isFinite(s.probability) || s.probability < 0 || s.probability > 1 + 1e-9) {
            throw new CwescanError('E_INTERNAL', `${model} gave ${s.cwe} the probability ${s.probability} on example ${id}`);
        }
        sum += s.probability;
    }
    if (scores.length === 0 || Math.abs(sum - 1) > 1e-3) {
        throw new CwescanError('E_INTERNAL', `${model}'s probabilities on example ${id} sum to ${sum}, not 1`);
    }
}
/** Runs a detector over the examples in batches and evaluates its outputs. */
export async function evaluateDetector(detector, examples, model, options = {}) {
    const batchSize = options.batchSize ?? 16;
    const started = performance.now();
    const scores = [];
    for (let i = 0; i < examples.length; i += batchSize) {
        const batch = examples.slice(i, i + batchSize);
        const out = await detector.detect(batch.map((e) => e.code));
        if (out.length !== batch.length) {
            throw new Error(`detector ${model.name} returned ${out.length} results for ${batch.length} snippets`);
        }
        out.forEach((s, j) => checkScores(s, batch[j].id, model.name));
        scores.push(...out);
        options.onProgress?.(Math.min(i + batchSize, examples.length), examples.length);
    }
    const seconds = (performance.now() - started) / 1000;
    return evaluateScores(examples, scores, model, { threshold: options.threshold, seconds });
}
/**
 * Every metric from precomputed scores (one LabelScore[] per example, same order).
 * Example: evaluateScores(examples, await detector.detect(codes), info).binary.f1 -> 0.99
 */
export function evaluateScores(examples, scores, model, options = {}) {
    const threshold = options.threshold ?? 0.5;
    if (scores.length !== examples.length)
        throw new RangeError('evaluateScores: one score list per example');
    const predictions = examples.map((ex, i) => decide(ex, scores[i], threshold));
    const truthVuln = predictions.map((p) => p.vulnerable);
    const flagged = predictions.map((p) => p.flagged);
    const binary = binaryMetricsOf(truthVuln, flagged);
    const multiclass = multiclassMetrics(predictions.map((p) => p.truth), predictions.map((p) => p.predicted));
    const vulnerable = predictions.filter((p) => p.vulnerable);
    const top1 = vulnerable.filter((p) => p.predicted === p.truth).length;
    const ranked = vulnerable.filter((p) => p.topCwes[0] === p.truth).length;
    const top3 = vulnerable.filter((p) => p.topCwes.includes(p.truth)).length;
    const share = (k) => (vulnerable.length > 0 ? k / vulnerable.length : null);
    const perCwe = multiclass.perClass
        .filter((c) => c.label !== 'none')
        .map((c) => {
        const safe = examples
            .map((ex, i) => ({ ex, p: predictions[i] }))
            .filter(({ ex }) => !ex.vulnerable && ex.cwe === c.label);
        return {
            cwe: c.label,
            support: c.support,
            predicted: c.predicted,
            precision: c.precision,
            recall: c.recall,
            f1: c.f1,
            safeSupport: safe.length,
            safeFlagged: safe.filter(({ p }) => p.flagged).length,
        };
    });
    const twinPairs = twinPairMetrics(examples.map((ex, i) => {
        const p = predictions[i];
        return {
            id: ex.id,
            vulnerable: ex.vulnerable,
            twin: ex.twin,
            flagged: p.flagged,
            cweRight: p.predicted === p.truth,
        };
    }));
    const pv = predictions.map((p) => p.pVulnerable);
    const slices = [...new Set(examples.map((e) => sourceSlice(e.source)))].sort();
    const bySource = slices.length < 2
        ? []
        : slices.map((slice) => {
            const idx = examples.flatMap((e, i) => (sourceSlice(e.source) === slice ? [i] : []));
            const ps = idx.map((i) => predictions[i]);
            const vuln = ps.filter((p) => p.vulnerable);
            return {
                slice,
                binary: binaryMetricsOf(ps.map((p) => p.vulnerable), ps.map((p) => p.flagged)),
                cweTop1Accuracy: vuln.length > 0 ? vuln.filter((p) => p.predicted === p.truth).length / vuln.length : null,
            };
        });
    return {
        model,
        n: examples.length,
        threshold,
        binary,
        cweTop1Accuracy: share(top1),
        cweTop1Interval: wilsonInterval(top1, vulnerable.length),
        cweRankedTop1Accuracy: share(ranked),
        cweTop3Accuracy: share(top3),
        multiclass,
        perCwe,
        twinPairs,
        curves: thresholdCurves(pv, truthVuln),
        calibration: calibration(pv, truthVuln),
        bySource,
        predictions,
        seconds: options.seconds ?? 0,
    };
}
//# sourceMappingURL=evaluate.js.map