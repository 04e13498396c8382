// The --json output and metrics.json: one object with every metric. The main model's figures sit at the top level
// (binary, cwe_top1_accuracy, macro_f1, twin_pair_accuracy, ...); each baseline carries the same shape.
import { getCwe } from '../cwe/catalog.js';
import type { Evaluation } from './evaluate.js';
import type { Interval } from './intervals.js';
import { binaryMetrics } from './binary-metrics.js';
import { PAPER, paperF1Note } from './paper.js';
import type { EvalReport } from './report-model.js';

const iv = (i: Interval | null): [number, number] | null => (i ? [i.low, i.high] : null);

/** The metrics of one evaluation, snake_case. */
export function evaluationJson(ev: Evaluation): Record<string, unknown> {
  const b = ev.binary;
  return {
    model: {
      role: ev.model.role,
      name: ev.model.name,
      model_type: ev.model.modelType,
      path: ev.model.path,
      is_test_model: ev.model.isTestModel,
      fingerprint: ev.model.fingerprint,
      ...(ev.model.precision ? { precision: ev.model.precision } : {}),
      ...(ev.model.note ? { note: ev.model.note } : {}),
    },
    examples: ev.n,
    threshold: ev.threshold,
    binary: {
      accuracy: b.accuracy,
      precision: b.precision,
      recall: b.recall,
      f1: b.f1,
      tp: b.tp,
      fp: b.fp,
      tn: b.tn,
      fn: b.fn,
      fpr: b.fpr,
      specificity: b.specificity,
      ci95: {
        accuracy: iv(b.intervals.accuracy),
        precision: iv(b.intervals.precision),
        recall: iv(b.intervals.recall),
        fpr: iv(b.intervals.fpr),
        f1: iv(b.intervals.f1),
      },
    },
    cwe_top1_accuracy: ev.cweTop1Accuracy,
    cwe_top1_accuracy_ci95: iv(ev.cweTop1Interval),
    cwe_ranked_top1_accuracy: ev.cweRankedTop1Accuracy,
    cwe_top3_accuracy: ev.cweTop3Accuracy,
    macro_f1: ev.multiclass.macroF1,
    macro_f1_ci95: iv(ev.multiclass.macroF1Interval),
    macro_f1_classes: ev.multiclass.macroF1Classes,
    class_accuracy: ev.multiclass.accuracy,
    twin_pair_accuracy: ev.twinPairs.accuracy,
    twin_pairs: {
      pairs: ev.twinPairs.pairs,
      correct: ev.twinPairs.correct,
      ci95: iv(ev.twinPairs.interval),
      accuracy_with_cwe: ev.twinPairs.accuracyCwe,
      both_flagged: ev.twinPairs.bothFlagged,
      neither_flagged: ev.twinPairs.neitherFlagged,
      inverted: ev.twinPairs.inverted,
      unpaired: ev.twinPairs.unpaired,
    },
    ...(ev.localization
      ? {
          localization: {
            method: ev.localization.method,
            examples: ev.localization.examples,
            hits: ev.localization.hits,
            accuracy: ev.localization.accuracy,
            ci95: iv(ev.localization.interval),
          },
        }
      : {}),
    per_cwe: ev.perCwe.map((c) => ({
      cwe: c.cwe,
      name: getCwe(c.cwe)?.short ?? c.cwe,
      support: c.support,
      predicted: c.predicted,
      precision: c.precision,
      recall: c.recall,
      f1: c.f1,
      safe_support: c.safeSupport,
      safe_flagged: c.safeFlagged,
    })),
    confusion_matrix: {
      labels: ev.multiclass.labels,
      rows: 'true',
      columns: 'predicted',
      matrix: ev.multiclass.confusion,
    },
    pr_curve: {
      average_precision: ev.curves.averagePrecision,
      roc_auc: ev.curves.rocAuc,
      points: ev.curves.points,
    },
    fpr_at_recall: ev.curves.fprAtRecall,
    calibration: {
      ece: ev.calibration.ece,
      mce: ev.calibration.mce,
      brier: ev.calibration.brier,
      bins: ev.calibration.bins,
    },
    by_source: ev.bySource.map((x) => ({
      source: x.slice,
      examples: x.binary.n,
      accuracy: x.binary.accuracy,
      precision: x.binary.precision,
      recall: x.binary.recall,
      f1: x.binary.f1,
      tp: x.binary.tp,
      fp: x.binary.fp,
      tn: x.binary.tn,
      fn: x.binary.fn,
      cwe_top1_accuracy: x.cweTop1Accuracy,
    })),
    seconds: ev.seconds,
  };
}

/** The whole report as one JSON object. */
export function reportJson(report: EvalReport): Record<string, unknown> {
  const paperMetrics = binaryMetrics(PAPER.counts);
  return {
    tool: 'cwescan',
    version: report.version,
    created_at: report.createdAt,
    dataset: {
      path: report.dataset.path,
      sha256: report.dataset.sha256,
      examples: report.dataset.examples,
      vulnerable: report.dataset.vulnerable,
      safe: report.dataset.safe,
      cwes: report.dataset.cwes,
      malformed: report.dataset.problems,
    },
    ...evaluationJson(report.main),
    robustness:
      report.robustness?.map((x) => ({
        rewrite: x.edit,
        examples: x.examples,
        vulnerable: x.vulnerable,
        before: { f1: x.before.f1, recall: x.before.recall, fpr: x.before.fpr, tp: x.before.tp, fp: x.before.fp },
        after: { f1: x.after.f1, recall: x.after.recall, fpr: x.after.fpr, tp: x.after.tp, fp: x.after.fp },
        detected: x.detected,
        detected_kept: x.detectedKept,
        decisions_changed: x.decisionsChanged,
        mean_vulnerable_shift: x.meanVulnerableShift,
      })) ?? null,
    baselines: report.baselines.map(evaluationJson),
    skipped_baselines: report.skipped,
    classical_training: report.classical && {
      path: report.classical.path,
      sha256: report.classical.sha256,
      examples: report.classical.examples,
      overlap_ids: report.classical.overlapIds,
      overlap_code: report.classical.overlapCode,
      vocabulary_size: report.classical.vocabularySize,
      steps: report.classical.steps,
      seconds: report.classical.seconds,
    },
    bandit: report.bandit && {
      version: report.bandit.version,
      findings: report.bandit.stats.findings,
      unmapped_findings: report.bandit.stats.unmapped,
      parse_errors: report.bandit.stats.parseErrors,
    },
    paper: {
      citation: PAPER.citation,
      test_set: PAPER.testSet,
      published: PAPER.published,
      counts: PAPER.counts,
      recomputed: {
        accuracy: paperMetrics.accuracy,
        precision: paperMetrics.precision,
        recall: paperMetrics.recall,
        f1: paperMetrics.f1,
      },
      f1_note: paperF1Note().text,
    },
    train_log:
      'log' in report.trainLog
        ? {
            path: report.trainLog.log.path,
            sources: report.trainLog.log.sources ?? [report.trainLog.log.path],
            phases: [...new Set(report.trainLog.log.entries.map((e) => e.phase))],
            entries: report.trainLog.log.entries.length,
            skipped: report.trainLog.log.skipped,
          }
        : { missing: report.trainLog.missing },
  };
}
