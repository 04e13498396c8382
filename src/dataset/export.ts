// Exports for people who fine-tune elsewhere (Hugging Face TRL/axolotl/LLaMA-Factory): Alpaca records
// {instruction, input, output} and chat records {messages: [system, user, assistant]}. By default the answer is the
// label alone with cwescan-gpt's own instruction (as in the paper); with the "json" style it is the JSON object the
// longer instruction asks for (vulnerable, cwe, lines, explanation), so a tuned model's output parses back.
import { INSTRUCTION, LABEL_INSTRUCTION, LABEL_SYSTEM_PROMPT, SYSTEM_PROMPT } from './instruction.js';
import { exampleLabel, type Example } from './schema.js';

export type ExportFormat = 'alpaca' | 'chat-jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['alpaca', 'chat-jsonl'];

/** "label": cwescan-gpt's instruction and a one-label answer; "json": vulnerable/cwe/lines/explanation as JSON. */
export type AnswerStyle = 'label' | 'json';
export const ANSWER_STYLES: readonly AnswerStyle[] = ['label', 'json'];

/**
 * The expected answer for an example. Not-vulnerable examples answer cwe null, whatever CWE they were written about.
 * Example: answerFor(ex) -> '{"vulnerable":true,"cwe":"CWE-89","lines":[12],"explanation":"The handler ..."}'
 */
export function answerFor(ex: Example): string {
  return JSON.stringify({
    vulnerable: ex.vulnerable,
    cwe: ex.vulnerable ? ex.cwe : null,
    lines: ex.vulnerable ? ex.lines : [],
    explanation: ex.explanation,
  });
}

export interface AlpacaRecord {
  readonly instruction: string;
  readonly input: string;
  readonly output: string;
}

export interface ChatRecord {
  readonly messages: readonly { readonly role: 'system' | 'user' | 'assistant'; readonly content: string }[];
}

const instructionFor = (style: AnswerStyle) => (style === 'label' ? LABEL_INSTRUCTION : INSTRUCTION);
const outputFor = (ex: Example, style: AnswerStyle) => (style === 'label' ? exampleLabel(ex) : answerFor(ex));

export function toAlpaca(ex: Example, style: AnswerStyle = 'label'): AlpacaRecord {
  return { instruction: instructionFor(style), input: ex.code, output: outputFor(ex, style) };
}

export function toChat(ex: Example, style: AnswerStyle = 'label'): ChatRecord {
  return {
    messages: [
      { role: 'system', content: style === 'label' ? LABEL_SYSTEM_PROMPT : SYSTEM_PROMPT },
      { role: 'user', content: `${instructionFor(style)}\n\n\`\`\`python\n${ex.code}\`\`\`` },
      { role: 'assistant', content: outputFor(ex, style) },
    ],
  };
}

/** Records for one format; examples that are not accepted never reach an export. */
export function exportRecords(
  examples: readonly Example[],
  format: ExportFormat,
  style: AnswerStyle = 'label',
): (AlpacaRecord | ChatRecord)[] {
  const accepted = examples.filter((e) => e.review.status === 'accepted');
  return accepted.map((e) => (format === 'alpaca' ? toAlpaca(e, style) : toChat(e, style)));
}
