import { describe, expect, it } from 'vitest';
import { countBareIgnores, parseInlineIgnore, PerFileIgnores } from './suppress.js';
describe('inline ignores', () => {
    it('parses named CWEs in any spelling, and bare ignores', () => {
        expect(parseInlineIgnore('x()  # cwescan: ignore[CWE-89, 78]')).toEqual({ cwes: ['CWE-89', 'CWE-78'] });
        expect(parseInlineIgnore('x()  #cwescan:ignore')).toEqual({ cwes: null });
        expect(parseInlineIgnore('x()  # nosec')).toBeNull();
        expect(countBareIgnores('a  # cwescan: ignore\nb  # cwescan: ignore[CWE-89]\nc # cwescan: ignore\n')).toBe(2);
    });
});
describe('per-file ignores', () => {
    it('matches gitignore-style globs against the path, per CWE (children map to their Top 25 parent) or all', () => {
        const rules = new PerFileIgnores([
            { pattern: 'tests/**', cwes: ['CWE-259'] },
            { pattern: 'legacy/*.py', cwes: ['all'] },
        ]);
        expect(rules.match(['tests/unit/test_db.py'], 'CWE-798')?.kind).toBe('config');
        expect(rules.match(['tests/unit/test_db.py'], 'CWE-89')).toBeNull();
        expect(rules.match(['legacy/old.py'], 'CWE-89')?.justification).toBe('per-file-ignores "legacy/*.py"');
        expect(rules.match(['src/app.py'], 'CWE-89')).toBeNull();
    });
});
//# sourceMappingURL=suppress.test.js.map