// Pre-tokenization: the regex that cuts text into words before BPE runs inside each word. Merges never cross a word
// boundary, so the regex decides what a token can be.
/**
 * Our pattern for Python source (Hugging Face `Split` + `ByteLevel`, Oniguruma-compatible):
 * - identifiers keep their underscores and an optional leading space: ` request_id`, `__init__`;
 * - numbers in groups of at most 3 digits, so the vocabulary is not spent on literals;
 * - a run of punctuation with the line breaks that follow it: `):\n`;
 * - line breaks with the whitespace before them; other whitespace runs stop one space short of the next word,
 *   which then carries that space (` return`): runs of spaces (indentation) become single tokens in training.
 * Every character is matched by some branch, so the words always cover the whole text.
 */
export const CODE_PATTERN = ' ?[\\p{L}\\p{Nl}_][\\p{L}\\p{M}\\p{N}_]*| ?\\p{N}{1,3}| ?[^\\s\\p{L}\\p{N}_]+[\\r\\n]*|\\s*[\\r\\n]+|\\s+(?!\\S)|\\s+';
/** GPT-2's pattern, used by ByteLevel pre-tokenizers with use_regex=true (GPT-2, CodeGen, ...). */
export const GPT2_PATTERN = "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+";
/** Compiles a pre-tokenizer pattern for JavaScript (Unicode mode, global). */
export function compilePattern(pattern) {
    return new RegExp(pattern, 'gu');
}
/**
 * Cuts text into words; a gap the pattern does not match becomes a word of its own, so nothing is ever dropped.
 * Example: preTokenize('def f(x):\n    return x', compilePattern(CODE_PATTERN))
 *   -> ['def', ' f', '(', 'x', '):\n', '   ', ' return', ' x']
 */
export function preTokenize(text, re, onWord) {
    re.lastIndex = 0;
    let last = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
        const w = m[0];
        if (w.length === 0) {
            re.lastIndex++; // a pattern that can match empty must not loop forever
            continue;
        }
        if (m.index > last)
            onWord(text.slice(last, m.index));
        onWord(w);
        last = m.index + w.length;
    }
    if (last < text.length)
        onWord(text.slice(last));
}
//# sourceMappingURL=pretokenize.js.map