export default class SummaryReporter {
    onTestRunEnd(testModules) {
        let passed = 0;
        let failed = 0;
        let skipped = 0;
        for (const mod of testModules) {
            for (const test of mod.children.allTests()) {
                const state = test.result().state;
                if (state === 'passed')
                    passed++;
                else if (state === 'failed')
                    failed++;
                else
                    skipped++;
            }
        }
        process.stdout.write(`\nvitest: ${passed} passed, ${failed} failed, ${skipped} skipped\n`);
    }
}
//# sourceMappingURL=summary-reporter.js.map