import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTokenizer } from '../tokenizer/hf-json.js';
import type { Tokenizer } from '../tokenizer/tokenizer.js';
import { parseGptConfig, type GptConfig } from './gpt-config.js';
import { LABELS } from './labels.js';
import { INSTRUCTION, PromptEncoder, windowLines } from './prompt.js';
import { labelToken } from './special-tokens.js';

const FIXTURE = join(import.meta.dirname, '../../test/fixtures/models/tiny-gpt/tokenizer.json');
let tok: Tokenizer;
let enc: PromptEncoder;
let labelIds: Record<string, number>;

beforeAll(async () => {
  tok = await loadTokenizer(FIXTURE);
  labelIds = Object.fromEntries(LABELS.map((l) => [l, tok.tokenId(labelToken(l))!]));
  enc = new PromptEncoder(tok, 192, tok.tokenId('<|endoftext|>')!, labelIds);
});

describe('PromptEncoder', () => {
  it('writes the Alpaca-style prompt with our fixed instruction, ending at the response', () => {
    const [w] = enc.windows('x = 1\n');
    expect(tok.decode(w!.ids)).toBe(`### Instruction:\n${INSTRUCTION}\n\n### Input:\nx = 1\n\n\n### Response:\n`);
    const withDesc = enc.windows('x = 1\n', 'Sets x.')[0]!;
    expect(tok.decode(withDesc.ids)).toContain('### Description:\nSets x.\n\n### Input:\n');
  });

  it('encodes the normalized code when built with a normalizer, so both quote styles give one prompt', () => {
    const norm = new PromptEncoder(tok, 192, tok.tokenId('<|endoftext|>')!, labelIds, {
      normalize: (code) => ({ code: code.replaceAll("'", '"') }),
    });
    expect(norm.windows("x = 'a'\n")).toEqual(norm.windows('x = "a"\n'));
    expect(enc.windows("x = 'a'\n")).not.toEqual(enc.windows('x = "a"\n'));
  });

  it('gives the original line numbers when the normalizer leaves lines out', () => {
    // Drops every line that starts with "#": the code read is "a = 1\nb = 2\n", lines 2 and 4 of the original.
    const drop = new PromptEncoder(tok, 192, tok.tokenId('<|endoftext|>')!, labelIds, {
      normalize: (code) => {
        const kept = code.split('\n').flatMap((l, i) => (l.startsWith('#') ? [] : [{ l, n: i + 1 }]));
        return { code: kept.map((k) => k.l).join('\n'), lines: kept.map((k) => k.n) };
      },
    });
    const [w] = drop.windows('# one\na = 1\n# two\nb = 2\n');
    const plain = enc.windows('a = 1\nb = 2\n')[0]!;
    expect(w!.ids).toEqual(plain.ids);
    expect([w!.firstLine, w!.lastLine]).toEqual([2, 4]);
    expect(w!.lineEnds).toEqual(plain.lineEnds.map((e, i) => ({ ...e, line: [2, 4][i] })));
  });

  it('composes the line maps of comment removal and call flattening when a config asks for both', async () => {
    const raw = JSON.parse(readFileSync(join(FIXTURE, '../config.json'), 'utf8')) as GptConfig;
    const config = parseGptConfig({ ...raw, prompt: { ...raw.prompt, comments: 'remove', calls: 'flatten-args' } });
    const both = await PromptEncoder.load(tok, config);
    // Read as 'def f(x):\n    value = "ls " + x\n    os.system(value)\n': the comment's line 2 is left out, and
    // the new line counts as line 3, the call's.
    const [w] = both.windows('def f(x):\n    # list it\n    os.system("ls " + x)\n');
    const plain = enc.windows('def f(x):\n    value = "ls " + x\n    os.system(value)\n')[0]!;
    expect(w!.ids).toEqual(plain.ids);
    expect(w!.lineEnds.map((e) => e.line)).toEqual([1, 3, 3]);
    expect(w!.lineEnds.map((e) => e.pos)).toEqual(plain.lineEnds.map((e) => e.pos));
  });

  it('puts a signals section before the code only when built with a signal extractor, "none" when it finds none', () => {
    const sig = new PromptEncoder(tok, 192, tok.tokenId('<|endoftext|>')!, labelIds, {
      signals: (code) => (code.includes('system') ? ['shell os.system(name)', 'source input'] : []),
    });
    expect(tok.decode(sig.windows('os.system(x)\n')[0]!.ids)).toBe(
      `### Instruction:\n${INSTRUCTION}\n\n### Signals:\nshell os.system(name)\nsource input\n\n### Input:\nos.system(x)\n\n\n### Response:\n`,
    );
    expect(tok.decode(sig.windows('x = 1\n')[0]!.ids)).toContain('### Signals:\nnone\n\n### Input:\n');
    // Line ends still point at the code's own tokens after the longer head.
    const w = sig.windows('a = 1\nos.system(x)\n')[0]!;
    expect(tok.decode(w.ids.slice(0, w.lineEnds[0]!.pos + 1)).endsWith('### Input:\na = 1\n')).toBe(true);
  });

  it('puts the loss on the response only: the label token and EOS', () => {
    const s = enc.trainingSequence('import os\nos.system(cmd)\n', 'CWE-78');
    const label = labelIds['CWE-78']!;
    expect(s.ids.at(-2)).toBe(label);
    expect(s.ids.at(-1)).toBe(tok.tokenId('<|endoftext|>'));
    expect(s.responsePos).toBe(s.ids.length - 3);
    const masked = s.lossMask.flatMap((m, i) => (m ? [i] : []));
    expect(masked).toEqual([s.ids.length - 3, s.ids.length - 2]); // predicts the label, then EOS
  });

  it('never turns label tokens written in user code into special tokens', () => {
    const [w] = enc.windows('x = "<|CWE-89|>"\n');
    expect(w!.ids).not.toContain(labelIds['CWE-89']);
  });

  it('cuts long code into overlapping windows of whole lines that fit the context and cover every line', () => {
    const code = Array.from({ length: 120 }, (_, i) => `value_${i} = compute(${i}, "text")\n`).join('');
    const ws = enc.windows(code);
    expect(ws.length).toBeGreaterThan(3);
    for (const w of ws) expect(w.ids.length + 2).toBeLessThanOrEqual(192);
    expect(ws[0]!.firstLine).toBe(1);
    expect(ws.at(-1)!.lastLine).toBe(120);
    for (let i = 1; i < ws.length; i++) {
      expect(ws[i]!.firstLine).toBeGreaterThan(ws[i - 1]!.firstLine);
      expect(ws[i]!.firstLine).toBeLessThanOrEqual(ws[i - 1]!.lastLine); // overlap: no line falls between windows
    }
    // Training on long code uses the window that holds the weakness line.
    const s = enc.trainingSequence(code, 'CWE-89', { focusLine: 100 });
    expect(tok.decode(s.ids)).toContain('value_99 =');
    // Each line end points at the token that closes that line.
    for (const e of s.lineEnds) {
      expect(
        tok.decode(s.ids.slice(0, e.pos + 1)).endsWith(`value_${e.line - 1} = compute(${e.line - 1}, "text")\n`),
      ).toBe(true);
    }
    expect(s.lineEnds.map((e) => e.line)).toContain(100);
  });

  it('packs lines greedily and splits a line longer than a window', () => {
    expect(windowLines([[1, 2], [3], [4, 5, 6]], 3)).toEqual([
      {
        ids: [1, 2, 3],
        firstLine: 1,
        lastLine: 2,
        lineEnds: [
          { line: 1, pos: 1 },
          { line: 2, pos: 2 },
        ],
      },
      { ids: [4, 5, 6], firstLine: 3, lastLine: 3, lineEnds: [{ line: 3, pos: 2 }] },
    ]);
    expect(windowLines([[1, 2, 3, 4, 5]], 2).map((w) => w.ids)).toEqual([[1, 2], [3, 4], [5]]);
    // A line cut into pieces ends only in the window holding its last piece.
    expect(windowLines([[1, 2, 3, 4, 5]], 2).map((w) => w.lineEnds)).toEqual([[], [], [{ line: 1, pos: 0 }]]);
  });

  it('refuses a context too short for the prompt', () => {
    expect(() => new PromptEncoder(tok, 40, 0, labelIds)).toThrow(/leaves -?\d+ for code/);
  });
});
