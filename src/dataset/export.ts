// Exports for people who fine-tune elsewhere (Hugging Face TRL/axolotl/LLaMA-Factory): Alpaca records
// {instruction, input, output} and chat records {messages: [system, user, assistant]}. The answer is the JSON
// object the instruction asks for, so a tuned model's output can be parsed back the same way.
import { INSTRUCTION, SYSTEM_PROMPT } from './instruction.js';
import type { Example } from './schema.js';

export type ExportFormat = 'alpaca' | 'chat-jsonl';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['alpaca', 'chat-jsonl'];

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

export function toAlpaca(ex: Example): AlpacaRecord {
  return { instruction: INSTRUCTION, input: ex.code, output: answerFor(ex) };
}

export function toChat(ex: Example): ChatRecord {
  return {
    messages: [
      { role: 'system', content: SYSTEM_PROMPT },
      { role: 'user', content: `${INSTRUCTION}\n\n\`\`\`python\n${ex.code}\`\`\`` },
      { role: 'assistant', content: answerFor(ex) },
    ],
  };
}

/** Records for one format; examples that are not accepted never reach an export. */
export function exportRecords(examples: readonly Example[], format: ExportFormat): (AlpacaRecord | ChatRecord)[] {
  const accepted = examples.filter((e) => e.review.status === 'accepted');
  return accepted.map((e) => (format === 'alpaca' ? toAlpaca(e) : toChat(e)));
}
