// A problem found in a dataset: which example (or CWE, for balance), where, and what is wrong, in one sentence.
// Readers, validate and generate all report through this shape so that the CLI prints them the same way.
/** One line per problem: "examples.jsonl:12 cwe89-x-v [leakage] line 3: comment '# unsafe'". */
export function formatProblem(p, file) {
    const where = [file && p.line !== null ? `${file}:${p.line}` : p.line !== null ? `line ${p.line}` : file, p.id]
        .filter((s) => Boolean(s))
        .join(' ');
    return `${where} [${p.kind}] ${p.message}`;
}
//# sourceMappingURL=problem.js.map