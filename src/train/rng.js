// A small seeded random generator whose whole state is one 32-bit number, so training runs are reproducible and the
// state can be saved in a checkpoint and restored on --resume (mulberry32).
export class Rng {
    s;
    constructor(s) {
        this.s = s;
        this.s = s >>> 0;
    }
    /** The state, to save; `new Rng(rng.state)` continues the same sequence. */
    get state() {
        return this.s;
    }
    /** Uniform in [0, 1). Example: new Rng(1).next() -> 0.6270739405881613 */
    next() {
        let t = (this.s = (this.s + 0x6d2b79f5) >>> 0);
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    }
    /** Integer in [0, n). */
    int(n) {
        return Math.floor(this.next() * n);
    }
    /** Standard normal (Box-Muller). */
    normal() {
        const u = 1 - this.next();
        const v = this.next();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
    /** Fisher-Yates shuffle in place; returns the array. */
    shuffle(a) {
        for (let i = a.length - 1; i > 0; i--) {
            const j = this.int(i + 1);
            [a[i], a[j]] = [a[j], a[i]];
        }
        return a;
    }
}
//# sourceMappingURL=rng.js.map