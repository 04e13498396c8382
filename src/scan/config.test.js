import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../errors.js';
import { loadConfig, parseConfig } from './config.js';
describe('scanner config', () => {
    it('validates keys and types and names each problem by its path', () => {
        expect(parseConfig('threshold = 0.7\n[cwe-thresholds]\n"CWE-798" = 0.9\n', 'cwescan.toml', false)).toEqual({
            threshold: 0.7,
            'cwe-thresholds': { 'CWE-798': 0.9 },
        });
        expect(() => parseConfig('[tool.cwescan.output]\nfile = "x"\n', 'pyproject.toml', true)).toThrow(ConfigError);
        try {
            parseConfig('[tool.cwescan]\nformat = "xml"\n[tool.cwescan.per-file-ignores]\n"a.py" = ["CWE-89", "nope"]\n', 'pyproject.toml', true);
            expect.unreachable();
        }
        catch (err) {
            expect(err.message).toContain('tool.cwescan.format: ');
            expect(err.message).toContain('tool.cwescan.per-file-ignores.a.py.1: ');
        }
    });
    it('returns null for a pyproject.toml without [tool.cwescan]', () => {
        expect(parseConfig('[project]\nname = "x"\n', 'pyproject.toml', true)).toBeNull();
    });
    it('finds the nearest cwescan.toml, else pyproject.toml with [tool.cwescan], walking up', async () => {
        const root = mkdtempSync(join(tmpdir(), 'cwescan-conf-'));
        mkdirSync(join(root, 'a', 'b'), { recursive: true });
        writeFileSync(join(root, 'pyproject.toml'), '[tool.cwescan]\nthreshold = 0.6\n');
        writeFileSync(join(root, 'a', 'pyproject.toml'), '[project]\nname = "no cwescan table"\n');
        expect(await loadConfig(join(root, 'a', 'b'))).toEqual({
            config: { threshold: 0.6 },
            path: join(root, 'pyproject.toml'),
            dir: root,
        });
        writeFileSync(join(root, 'a', 'cwescan.toml'), 'threshold = 0.8\n');
        expect((await loadConfig(join(root, 'a', 'b'))).config).toEqual({ threshold: 0.8 });
    });
});
//# sourceMappingURL=config.test.js.map