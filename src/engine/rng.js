// Deterministic seeded random numbers (mulberry32 uniforms, Box-Muller normals) for parameter initialisation.
/** Uniform [0, 1) generator from a 32-bit seed: same seed, same sequence on every platform. */
export function mulberry32(seed) {
    let a = seed >>> 0;
    return () => {
        a = (a + 0x6d2b79f5) >>> 0;
        let t = a;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}
/** Standard normal samples (Box-Muller) from a uniform generator. */
export function normalSampler(uniform) {
    let spare;
    return () => {
        if (spare !== undefined) {
            const s = spare;
            spare = undefined;
            return s;
        }
        let u = 0;
        while (u === 0)
            u = uniform();
        const v = uniform();
        const r = Math.sqrt(-2 * Math.log(u));
        spare = r * Math.sin(2 * Math.PI * v);
        return r * Math.cos(2 * Math.PI * v);
    };
}
/** Hash of a string to 32 bits (FNV-1a), to derive per-tensor seeds: `hash32('wte') !== hash32('wpe')`. */
export function hash32(s) {
    let h = 0x811c9dc5;
    for (let i = 0; i < s.length; i++) {
        h ^= s.charCodeAt(i);
        h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h >>> 0;
}
//# sourceMappingURL=rng.js.map