// The export's label instruction must be cwescan-gpt's own (src/model/prompt.ts, from the train branch), so that a
// model tuned on an export is asked the same question. Runs once both are on the same branch.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { LABEL_INSTRUCTION } from '../src/dataset/instruction.js';
import { ROOT } from './dataset-cli.js';
const PROMPT = join(ROOT, 'src', 'model', 'prompt.ts');
describe('export instruction', () => {
    it.runIf(existsSync(PROMPT))("is cwescan-gpt's instruction, word for word", async () => {
        const mod = (await import(pathToFileURL(PROMPT).href));
        expect(LABEL_INSTRUCTION).toBe(mod.INSTRUCTION);
    });
});
//# sourceMappingURL=dataset-instruction.test.js.map