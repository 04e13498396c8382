// Loads tree-sitter-python (wasm) once per process. web-tree-sitter needs an async init, so callers await
// getPythonParser() and then parse synchronously. We only parse: scanned code is never imported or executed.
import { createRequire } from 'node:module';
import { Language, Parser } from 'web-tree-sitter';
let loading;
function loadPython() {
    loading ??= (async () => {
        await Parser.init();
        const require = createRequire(import.meta.url);
        return Language.load(require.resolve('tree-sitter-python/tree-sitter-python.wasm'));
    })();
    return loading;
}
/** A fresh parser for Python. Parsers are cheap once the language is loaded; do not share one across async tasks. */
export async function getPythonParser() {
    const language = await loadPython();
    const parser = new Parser();
    parser.setLanguage(language);
    return parser;
}
//# sourceMappingURL=parser.js.map