/** P(vulnerable) of one result: 1 - P(none). */
export function vulnerableProbability(scores) {
    const none = scores.find((s) => s.cwe === 'none');
    return none ? 1 - none.probability : 1;
}
/** The most likely CWE (never "none") and its probability. */
export function topCwe(scores) {
    return scores.find((s) => s.cwe !== 'none');
}
//# sourceMappingURL=detector.js.map