// Learning-rate schedule: linear warmup, then cosine decay to a floor. The engine takes lr as a graph input each
// step, so the schedule lives here in TypeScript.
/**
 * Learning rate for optimizer step `step` (0-based).
 * Example: lrAt(0, { maxLr: 1e-3, warmupSteps: 10, totalSteps: 100 }) -> 1e-4; lrAt(99, ...) -> about 1e-4
 */
export function lrAt(step, o) {
    const minLr = o.minLr ?? o.maxLr / 10;
    if (step < o.warmupSteps)
        return (o.maxLr * (step + 1)) / o.warmupSteps;
    const span = Math.max(1, o.totalSteps - o.warmupSteps - 1);
    const progress = Math.min(1, (step - o.warmupSteps) / span);
    return minLr + 0.5 * (o.maxLr - minLr) * (1 + Math.cos(Math.PI * progress));
}
//# sourceMappingURL=schedule.js.map