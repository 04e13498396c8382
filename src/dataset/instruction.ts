// The fixed task text shown to instruction-tuned models: used by `cwescan dataset export` (Alpaca and chat
// formats) and by `cwescan dataset generate`'s answer format. One wording everywhere, so that a model fine-tuned on
// an export sees at inference time exactly what it saw in training.
import { TOP25_2024 } from '../cwe/catalog.js';

/** Version of the instruction text; bump it when the wording changes so exports record which one they used. */
export const INSTRUCTION_VERSION = 1;

export const SYSTEM_PROMPT =
  'You are a security code reviewer. You analyse Python code for weaknesses from the MITRE CWE Top 25 and answer ' +
  'only with a JSON object.';

/** The instruction: what to look for and the exact answer format. */
export const INSTRUCTION = [
  'Analyse the following Python code for a weakness from the 2024 MITRE CWE Top 25:',
  TOP25_2024.map((e) => `${e.id} (${e.short})`).join(', ') + '.',
  'Answer with one JSON object: {"vulnerable": true or false, "cwe": "CWE-<n>" or null, "lines": [1-based line ' +
    'numbers of the code that carry the weakness], "explanation": "one paragraph"}.',
  'When the code has no such weakness, answer {"vulnerable": false, "cwe": null, "lines": [], "explanation": ...}.',
].join('\n');
