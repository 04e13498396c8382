// The fixed task texts shown to instruction-tuned models by `cwescan dataset export`. One wording everywhere, so that
// a model fine-tuned on an export sees at inference time exactly what it saw in training:
// - LABEL_INSTRUCTION is cwescan-gpt's own instruction (src/model/prompt.ts on the train branch; the answer is the
//   label alone, "CWE-89" or "none"); test/dataset-instruction.test.ts checks the two stay identical;
// - INSTRUCTION asks for a JSON answer with lines and an explanation, for larger instruction-tuned models.
import { TOP25_2024 } from '../cwe/catalog.js';
/** Version of the instruction text; bump it when the wording changes so exports record which one they used. */
export const INSTRUCTION_VERSION = 1;
/** System message of the chat export with the JSON answer. */
export const SYSTEM_PROMPT = 'You are a security code reviewer. You analyse Python code for weaknesses from the MITRE CWE Top 25 and answer ' +
    'only with a JSON object.';
/** System message of the chat export with the one-label answer. */
export const LABEL_SYSTEM_PROMPT = 'You are a security code reviewer. You analyse Python code for weaknesses from the MITRE CWE Top 25 and answer ' +
    'with one CWE identifier, or none.';
/** cwescan-gpt's instruction; the answer is one label: a CWE id of the 2024 Top 25, or "none". */
export const LABEL_INSTRUCTION = 'Which CWE Top 25 weakness does this Python code contain? Answer with its CWE identifier, or none.';
/** The JSON-answer instruction: what to look for and the exact answer format. */
export const INSTRUCTION = [
    'Analyse the following Python code for a weakness from the 2024 MITRE CWE Top 25:',
    TOP25_2024.map((e) => `${e.id} (${e.short})`).join(', ') + '.',
    'Answer with one JSON object: {"vulnerable": true or false, "cwe": "CWE-<n>" or null, "lines": [1-based line ' +
        'numbers of the code that carry the weakness], "explanation": "one paragraph"}.',
    'When the code has no such weakness, answer {"vulnerable": false, "cwe": null, "lines": [], "explanation": ...}.',
].join('\n');
//# sourceMappingURL=instruction.js.map