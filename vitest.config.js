import { defineConfig } from 'vitest/config';
// Unit tests sit beside the code (src/**/*.test.ts); end-to-end tests drive the built CLI (test/**/*.test.ts).
// Forks, not threads: onnxruntime-node and web-tree-sitter are happiest in their own process.
export default defineConfig({
    test: {
        include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
        pool: 'forks',
        testTimeout: 60_000,
        hookTimeout: 120_000,
        reporters: ['default', './test/summary-reporter.ts'],
    },
});
//# sourceMappingURL=vitest.config.js.map