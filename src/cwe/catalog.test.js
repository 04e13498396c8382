import { describe, expect, it } from 'vitest';
import { CATALOG, TOP25_2024, TOP25_2025, canonicalCweId, getCwe, toTop25 } from './catalog.js';
describe('CWE catalog', () => {
    it('holds exactly the 2024 and 2025 Top 25, ranked 1..25 without gaps', () => {
        expect(TOP25_2024.map((e) => e.rank2024)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
        expect(TOP25_2025.map((e) => e.rank2025)).toEqual(Array.from({ length: 25 }, (_, i) => i + 1));
        expect(new Set(CATALOG.map((e) => e.id)).size).toBe(CATALOG.length);
    });
    it('accepts the usual spellings of an id', () => {
        expect(canonicalCweId('89')).toBe('CWE-89');
        expect(canonicalCweId('cwe_89')).toBe('CWE-89');
        expect(canonicalCweId(79)).toBe('CWE-79');
        expect(canonicalCweId('SQLi')).toBeNull();
        expect(getCwe('CWE-89')?.short).toBe('SQL injection');
    });
    it('maps children and 2025-only entries onto the 2024 Top 25', () => {
        expect(toTop25('CWE-259')?.id).toBe('CWE-798');
        expect(toTop25('CWE-95')?.id).toBe('CWE-94');
        expect(toTop25('CWE-1333')?.id).toBe('CWE-400');
        expect(toTop25('CWE-639')?.id).toBe('CWE-863');
        expect(toTop25('CWE-122')?.id).toBe('CWE-787');
        expect(toTop25('CWE-327')).toBeUndefined();
        expect(toTop25('CWE-88')?.id).toBe('CWE-77');
        expect(toTop25('CWE-23')?.id).toBe('CWE-22');
        expect(toTop25('CWE-690')?.id).toBe('CWE-476');
    });
    it('lists each related id under at most one entry and never a Top-25 id of 2024 as a child', () => {
        const owner = new Map();
        for (const e of TOP25_2024) {
            for (const r of e.related) {
                expect(owner.get(r), `${r} is under ${owner.get(r)} and ${e.id}`).toBeUndefined();
                owner.set(r, e.id);
                expect(TOP25_2024.some((t) => t.id === r)).toBe(false);
            }
        }
    });
});
//# sourceMappingURL=catalog.test.js.map