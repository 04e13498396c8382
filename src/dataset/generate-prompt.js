const SYSTEM = [
    'You write Python code examples for a dataset that trains a small model to detect MITRE CWE Top 25 weaknesses.',
    'The examples must look like real application code written by a competent developer: realistic module, function',
    'and variable names, realistic structure, imports at the top. You answer with one JSON object and nothing else.',
].join(' ');
const RULES = [
    '- Each example is a complete, syntactically valid Python 3 module of 8 to 80 lines (aim for 15 to 45).',
    '- Never reveal the label. No comment, docstring, function, class, parameter, variable or attribute name may contain',
    '  any of: vuln, safe, secure, fix, patched, CWE, exploit, attack, malicious, inject, sanitiz, sanitis, taint, danger,',
    '  XSS, SSRF, traversal, overflow, hardcoded, bypass, evil, even inside a longer word (so no prefix, suffix, fixture,',
    '  safety or insecure either). Names of library functions you call are fine (yaml.safe_load, secure_filename).',
    '- Prefer few comments; never add a comment next to the weakness.',
    '- Vary the setting: Flask, Django, FastAPI, the standard library (subprocess, os, sqlite3, pickle, xml, tarfile,',
    '  zipfile, urllib, hashlib, secrets, ctypes), SQLAlchemy, psycopg2, CLI tools and data pipelines.',
    '- The weakness is not always on the last line; sometimes the data flows through a helper function first.',
    '- "lines" lists the 1-based line numbers, counted in "code", of the statements that carry the weakness',
    '  (usually one to three lines). Non-vulnerable code has "lines": [].',
    '- "explanation" is one paragraph (2 to 4 sentences): what the code does and why it is or is not exploitable.',
    '- "description" is one neutral sentence on what the code does (never whether it is vulnerable, and none of the',
    '  words above), e.g. "A Flask endpoint that lists the reports of one owner from SQLite."',
    '- "tags" lists the frameworks and libraries used, lowercase, e.g. ["flask", "sqlite3"].',
].join('\n');
function shape(mode) {
    const item = (v) => `{"code": "<python source>", "lines": [${v ? '<line numbers>' : ''}], "explanation": "<paragraph>", ` +
        `"description": "<sentence>", "tags": ["<tag>"]}`;
    if (mode === 'pairs')
        return `{"pairs": [{"vulnerable": ${item(true)}, "fixed": ${item(false)}}]}`;
    return `{"examples": [${item(mode === 'vulnerable')}]}`;
}
function task(mode, n, cwe) {
    const what = `${cwe.id} (${cwe.name})`;
    if (mode === 'vulnerable')
        return `Write ${n} different examples of Python code that has the weakness ${what}.`;
    if (mode === 'benign') {
        return (`Write ${n} different examples of Python code that does NOT have the weakness ${what}, but uses the same APIs ` +
            `and the same kind of data that code with this weakness uses, handled correctly. A reader should need to ` +
            `think to tell it apart from vulnerable code.`);
    }
    return (`Write ${n} pairs. In each pair, "vulnerable" is Python code that has the weakness ${what}, and "fixed" is the same ` +
        `program with the smallest realistic change that removes the weakness (same names and structure otherwise).`);
}
/**
 * The chat messages for one generation request.
 * Example: buildGeneratePrompt(getCwe('CWE-89')!, 'pairs', 2, ['cwe89-report-filter-v'])[1].content starts with
 * 'Write 2 pairs.'
 */
export function buildGeneratePrompt(cwe, mode, n, existingIds) {
    const user = [
        task(mode, n, cwe),
        '',
        `About ${cwe.id}: ${cwe.description}`,
        `How it shows up in Python: ${cwe.python}`,
        '',
        'Rules:',
        RULES,
        '',
        existingIds.length
            ? `The dataset already has these scenarios (by id); write different ones:\n${existingIds.slice(0, 60).join(', ')}`
            : '',
        '',
        `Answer with exactly this JSON shape (the code as a JSON string with \\n line breaks):\n${shape(mode)}`,
    ].join('\n');
    return [
        { role: 'system', content: SYSTEM },
        { role: 'user', content: user.replace(/\n{3,}/g, '\n\n') },
    ];
}
//# sourceMappingURL=generate-prompt.js.map