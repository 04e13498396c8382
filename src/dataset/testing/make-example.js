export function makeExample(over) {
    const vulnerable = over.vulnerable ?? false;
    return {
        cwe: 'CWE-89',
        vulnerable,
        language: 'python',
        code: `def handler_${over.id.replace(/-/g, '_')}(x):\n    return x\n`,
        lines: vulnerable ? [2] : [],
        explanation: 'An explanation long enough for the schema to accept it as a paragraph.',
        twin: null,
        source: 'authored',
        review: { status: 'accepted', by: 'tester', at: '2026-11-21T12:00:00Z', note: '' },
        tags: [],
        ...over,
    };
}
//# sourceMappingURL=make-example.js.map