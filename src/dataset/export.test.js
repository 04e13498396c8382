import { describe, expect, it } from 'vitest';
import { answerFor, exportRecords, toAlpaca, toChat } from './export.js';
import { INSTRUCTION, LABEL_INSTRUCTION, LABEL_SYSTEM_PROMPT, SYSTEM_PROMPT } from './instruction.js';
import { makeExample } from './testing/make-example.js';
describe('export formats', () => {
    const v = makeExample({ id: 'cwe89-a-v', vulnerable: true, lines: [2], twin: 'cwe89-a-f' });
    const f = makeExample({ id: 'cwe89-a-f', twin: 'cwe89-a-v' });
    it('answers with the JSON object the instruction asks for; benign code answers cwe null', () => {
        expect(JSON.parse(answerFor(v))).toEqual({
            vulnerable: true,
            cwe: 'CWE-89',
            lines: [2],
            explanation: v.explanation,
        });
        expect(JSON.parse(answerFor(f))).toEqual({ vulnerable: false, cwe: null, lines: [], explanation: f.explanation });
    });
    it("answers with the label alone under cwescan-gpt's instruction by default", () => {
        expect(toAlpaca(v)).toEqual({ instruction: LABEL_INSTRUCTION, input: v.code, output: 'CWE-89' });
        expect(toAlpaca(f)).toEqual({
            instruction: LABEL_INSTRUCTION,
            input: v.code.replace('cwe89_a_v', 'cwe89_a_f'),
            output: 'none',
        });
        expect(toChat(f).messages.map((m) => m.content)).toEqual([
            LABEL_SYSTEM_PROMPT,
            `${LABEL_INSTRUCTION}\n\n\`\`\`python\n${f.code}\`\`\``,
            'none',
        ]);
    });
    it('writes Alpaca instruction/input/output and chat system/user/assistant with JSON answers', () => {
        expect(toAlpaca(v, 'json')).toEqual({ instruction: INSTRUCTION, input: v.code, output: answerFor(v) });
        const chat = toChat(v, 'json');
        expect(chat.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant']);
        expect(chat.messages[0].content).toBe(SYSTEM_PROMPT);
        expect(chat.messages[1].content).toContain(INSTRUCTION);
        expect(chat.messages[1].content).toContain(v.code);
        expect(chat.messages[2].content).toBe(answerFor(v));
    });
    it('never exports examples that are not accepted', () => {
        const pending = {
            ...makeExample({ id: 'cwe89-p-b' }),
            review: { status: 'pending', by: null, at: null, note: '' },
        };
        expect(exportRecords([v, pending, f], 'alpaca')).toHaveLength(2);
    });
});
//# sourceMappingURL=export.test.js.map