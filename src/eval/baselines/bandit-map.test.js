import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { LABELS } from '../../model/labels.js';
import { BANDIT_RULES, banditLabel } from './bandit-map.js';
describe('bandit-map', () => {
    it('maps through the catalog, with the documented overrides', () => {
        expect(banditLabel('B608')).toBe('CWE-89');
        expect(banditLabel('B602')).toBe('CWE-78');
        expect(banditLabel('B105')).toBe('CWE-798'); // CWE-259 is a child of CWE-798 in the catalog
        expect(banditLabel('B703')).toBe('CWE-79'); // CWE-80 -> CWE-79
        expect(banditLabel('B307')).toBe('CWE-94'); // override: Bandit says CWE-78
        expect(banditLabel('B506')).toBe('CWE-502'); // override: Bandit says CWE-20
        expect(banditLabel('B113')).toBe('CWE-400');
    });
    it('tests outside the Top 25, and unknown ids, map to nothing', () => {
        expect(banditLabel('B303')).toBeNull();
        expect(banditLabel('B101')).toBeNull();
        expect(banditLabel('B999')).toBeNull();
    });
    it('every rule id is unique and every target is one of the 25 CWE labels', () => {
        expect(new Set(BANDIT_RULES.map((r) => r.id)).size).toBe(BANDIT_RULES.length);
        for (const r of BANDIT_RULES) {
            const l = banditLabel(r.id);
            if (l !== null)
                expect(LABELS.slice(0, 25)).toContain(l);
        }
    });
    it('covers every test the installed Bandit knows (bandit -h lists them)', () => {
        const help = execFileSync('bandit', ['-h'], { encoding: 'utf8' });
        const ids = [...help.slice(help.indexOf('tests were discovered')).matchAll(/^\s+(B\d{3})\s/gm)].map((m) => m[1]);
        expect(ids.length).toBeGreaterThan(50);
        const known = new Set(BANDIT_RULES.map((r) => r.id));
        expect(ids.filter((id) => !known.has(id))).toEqual([]);
    });
});
//# sourceMappingURL=bandit-map.test.js.map