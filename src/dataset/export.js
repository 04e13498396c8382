// Exports for people who fine-tune elsewhere (Hugging Face TRL/axolotl/LLaMA-Factory): Alpaca records
// {instruction, input, output} and chat records {messages: [system, user, assistant]}. By default the answer is the
// label alone with cwescan-gpt's own instruction (as in the paper); with the "json" style it is the JSON object the
// longer instruction asks for (vulnerable, cwe, lines, explanation), so a tuned model's output parses back.
import { INSTRUCTION, LABEL_INSTRUCTION, LABEL_SYSTEM_PROMPT, SYSTEM_PROMPT } from './instruction.js';
import { exampleLabel } from './schema.js';
export const EXPORT_FORMATS = ['alpaca', 'chat-jsonl'];
export const ANSWER_STYLES = ['label', 'json'];
/**
 * The expected answer for an example. Not-vulnerable examples answer cwe null, whatever CWE they were written about.
 * Example: answerFor(ex) -> '{"vulnerable":true,"cwe":"CWE-89","lines":[12],"explanation":"The handler ..."}'
 */
export function answerFor(ex) {
    return JSON.stringify({
        vulnerable: ex.vulnerable,
        cwe: ex.vulnerable ? ex.cwe : null,
        lines: ex.vulnerable ? ex.lines : [],
        explanation: ex.explanation,
    });
}
const instructionFor = (style) => (style === 'label' ? LABEL_INSTRUCTION : INSTRUCTION);
const outputFor = (ex, style) => (style === 'label' ? exampleLabel(ex) : answerFor(ex));
export function toAlpaca(ex, style = 'label') {
    return { instruction: instructionFor(style), input: ex.code, output: outputFor(ex, style) };
}
export function toChat(ex, style = 'label') {
    return {
        messages: [
            { role: 'system', content: style === 'label' ? LABEL_SYSTEM_PROMPT : SYSTEM_PROMPT },
            { role: 'user', content: `${instructionFor(style)}\n\n\`\`\`python\n${ex.code}\`\`\`` },
            { role: 'assistant', content: outputFor(ex, style) },
        ],
    };
}
/** Records for one format; examples that are not accepted never reach an export. */
export function exportRecords(examples, format, style = 'label') {
    const accepted = examples.filter((e) => e.review.status === 'accepted');
    return accepted.map((e) => (format === 'alpaca' ? toAlpaca(e, style) : toChat(e, style)));
}
//# sourceMappingURL=export.js.map