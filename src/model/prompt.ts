// The instruction prompt of cwescan-gpt (Alpaca style, ONE fixed instruction, as in the paper; the wording is ours):
//
//   ### Instruction:\n<INSTRUCTION>\n\n[### Description:\n<description>\n\n][### Signals:\n<signals>\n\n]### Input:\n<code>\n\n### Response:\n<|label|><|endoftext|>
//
// The signals section is there only for models fine-tuned with it (config prompt.signals): one line per risky call
// found by tree-sitter in the whole snippet (src/python/signals.ts), or "none"; every window of a snippet gets them.
// Models with config prompt.quotes "double" read code with its plain single-line strings in double quotes
// (normalizeQuotes, src/python/rewrites/string-quotes.ts): same length and lines, the style the dataset almost
// always uses.
// Models with prompt.comments "strip" read it without comments and docstrings (src/python/strip-comments.ts), the
// lines they were on left empty; with "remove", without those lines, each window keeping the original line numbers.
// Models with prompt.calls read it with nested calls pulled apart, one call per line (src/python/flatten-calls.ts):
// new lines count as the line of the statement they came from.
//
// Each of the 26 labels is one special token, so scoring a snippet is one forward pass and a softmax over the 26
// label logits at the last prompt position. Long code is cut into overlapping windows of whole lines (see
// windowLines); the scorer max-pools over windows (the window with the highest P(vulnerable) gives the result).
import { CwescanError } from '../errors.js';
import { flattenCalls, flattenOptions } from '../python/flatten-calls.js';
import { getPythonParser } from '../python/parser.js';
import { normalizeQuotes } from '../python/rewrites/string-quotes.js';
import { removeComments, stripComments, type CompactCode } from '../python/strip-comments.js';
import { loadSignalExtractor, type SignalExtractor } from '../python/signals.js';
import type { Tokenizer } from '../tokenizer/tokenizer.js';
import type { GptConfig } from './gpt-config.js';
import { LABELS, type Label } from './labels.js';

/** Our instruction text (not the paper's wording): fixed for every example, in training and in scoring. */
export const INSTRUCTION =
  'Which CWE Top 25 weakness does this Python code contain? Answer with its CWE identifier, or none.';

/** The least room for code a context must leave after the prompt. */
const MIN_CODE_TOKENS = 16;
/**
 * The fixed text of every prompt (headers and instruction), for the tokenizer trainer: seen often enough, each of its
 * words becomes a token (with the default tokenizer: 30 prompt tokens instead of 46 from a code-only vocabulary).
 */
export const PROMPT_TEXT = `### Instruction:\n${INSTRUCTION}\n\n### Description:\n\n### Input:\n\n\n### Response:\n`;

/** At most this share of the context goes to the optional description; the rest is for the code. */
const DESCRIPTION_SHARE = 0.25;
/** At most this share goes to the signals (on the validation split they add 17 tokens to the mean prompt). */
const SIGNALS_SHARE = 0.25;
/** Consecutive windows share about this share of the code budget, so a weakness on a cut is seen whole once. */
const WINDOW_OVERLAP = 0.25;

/** One model input: the prompt ids up to and including the last prompt token. */
export interface PromptWindow {
  /** Prompt token ids; the label is predicted at the last position (ids.length - 1). */
  readonly ids: number[];
  /** 1-based first and last code line in this window. */
  readonly firstLine: number;
  readonly lastLine: number;
  /** Each code line that ends in this window: its 1-based number and the position of its last token in ids. */
  readonly lineEnds: readonly LineEnd[];
}

export interface LineEnd {
  readonly line: number;
  readonly pos: number;
}

/** A training sequence: prompt + label token + EOS, with the loss on the response tokens only. */
export interface TrainingSequence {
  readonly ids: number[];
  /** 1 where the NEXT token is a response token (the label, then EOS), else 0. Same length as ids. */
  readonly lossMask: number[];
  /** Position whose next-token logits score the label (= the last prompt token). */
  readonly responsePos: number;
  /** The code lines that end in this sequence, with the position of their last token (see PromptWindow). */
  readonly lineEnds: readonly LineEnd[];
}

/**
 * Code as a model reads it. Without `lines` its lines are the original's; with it, lines[i] is the original number
 * of line i + 1 (comment removal leaves lines out, call flattening adds some).
 */
export interface NormalizedCode {
  readonly code: string;
  readonly lines?: CompactCode['lines'];
}

export class PromptEncoder {
  readonly labelIds: readonly number[];
  private readonly headerIds: number[];
  private readonly footerIds: number[];

  constructor(
    private readonly tok: Tokenizer,
    readonly contextLength: number,
    readonly eosId: number,
    labelTokenIds: Readonly<Record<string, number>>,
    private readonly options: {
      /** For models fine-tuned with signals: what lists a snippet's signals. */
      readonly signals?: SignalExtractor;
      /** For models with prompt.quotes, prompt.comments or prompt.calls: rewrites the code before anything reads it. */
      readonly normalize?: (code: string) => NormalizedCode;
    } = {},
  ) {
    this.labelIds = LABELS.map((l) => labelTokenIds[l]!);
    this.headerIds = tok.encode(`### Instruction:\n${INSTRUCTION}\n\n`);
    this.footerIds = tok.encode('\n\n### Response:\n');
    const room = contextLength - this.headerIds.length - tok.encode('### Input:\n').length - this.footerIds.length - 2;
    if (room < MIN_CODE_TOKENS) {
      throw new CwescanError(
        'E_CONFIG',
        `a context of ${contextLength} tokens leaves ${room} for code after the ${contextLength - room}-token prompt (need ${MIN_CODE_TOKENS})`,
        { hint: 'use a model with a longer context (n_positions)' },
      );
    }
  }

  /** The encoder a checkpoint's config asks for; loads the Python parser when its prompts need one. */
  static async load(tok: Tokenizer, config: GptConfig): Promise<PromptEncoder> {
    const signals = config.prompt.signals ? await loadSignalExtractor() : undefined;
    const { quotes, comments, calls } = config.prompt;
    let normalize: ((code: string) => NormalizedCode) | undefined;
    if (quotes || comments || calls) {
      const parser = await getPythonParser();
      normalize = (original) => {
        // Comments first, then calls: each step's line map is composed with the one before. Quote normalization
        // keeps every line, so it comes last.
        let read: NormalizedCode =
          comments === 'remove'
            ? removeComments(parser, original)
            : { code: comments === 'strip' ? stripComments(parser, original) : original };
        if (calls) {
          const flat = flattenCalls(parser, read.code, flattenOptions(calls));
          const before = read.lines;
          read = { code: flat.code, lines: before ? flat.lines.map((l) => before[l - 1] ?? l) : flat.lines };
        }
        return quotes === 'double' ? { ...read, code: normalizeQuotes(parser, read.code) } : read;
      };
    }
    return new PromptEncoder(tok, config.n_positions, config.eos_token_id, config.label_token_ids, {
      signals,
      normalize,
    });
  }

  /**
   * Prompt windows for scoring. Code that fits the context is one window; longer code is several overlapping
   * windows of whole lines (a single line longer than a window is cut at token boundaries).
   * Example: enc.windows('x = 1\n').length -> 1
   */
  windows(original: string, description?: string): PromptWindow[] {
    const { code, lines } = this.options.normalize ? this.options.normalize(original) : { code: original };
    // Windows speak of the lines of the code as given, whatever the normalization left out.
    const at = (line: number): number => lines?.[line - 1] ?? line;
    const head = [
      ...this.headerIds,
      ...this.descriptionIds(description),
      ...this.signalIds(code),
      ...this.tok.encode('### Input:\n'),
    ];
    // Room for the code: the context minus the prompt, the label and EOS (training sequences must fit too).
    const budget = this.contextLength - head.length - this.footerIds.length - 2;
    if (budget < MIN_CODE_TOKENS) {
      throw new CwescanError(
        'E_CONFIG',
        `the description leaves only ${budget} tokens for code in a ${this.contextLength}-token context`,
      );
    }
    return windowLines(this.lineIds(code), budget).map((w) => ({
      ids: [...head, ...w.ids, ...this.footerIds],
      firstLine: at(w.firstLine),
      lastLine: at(w.lastLine),
      lineEnds: w.lineEnds.map((e) => ({ line: at(e.line), pos: head.length + e.pos })),
    }));
  }

  /**
   * A training sequence for one labelled example. For code longer than a window, the window holding `focusLine`
   * (1-based; the first weakness line of a vulnerable example) is used, else the first window.
   */
  trainingSequence(
    code: string,
    label: Label,
    options: { description?: string; focusLine?: number } = {},
  ): TrainingSequence {
    const ws = this.windows(code, options.description);
    const focus = options.focusLine;
    const w = (focus !== undefined && ws.find((x) => x.firstLine <= focus && focus <= x.lastLine)) || ws[0]!;
    const labelId = this.labelIds[LABELS.indexOf(label)];
    if (labelId === undefined) throw new RangeError(`unknown label ${label}`);
    const ids = [...w.ids, labelId, this.eosId];
    const lossMask = ids.map((_, i) => (i >= w.ids.length - 1 && i < ids.length - 1 ? 1 : 0));
    return { ids, lossMask, responsePos: w.ids.length - 1, lineEnds: w.lineEnds };
  }

  private descriptionIds(description: string | undefined): number[] {
    if (description === undefined || description.trim() === '') return [];
    const max = Math.floor(this.contextLength * DESCRIPTION_SHARE);
    const body = this.tok.encode(description.trim()).slice(0, max);
    return [...this.tok.encode('### Description:\n'), ...body, ...this.tok.encode('\n\n')];
  }

  private signalIds(code: string): number[] {
    if (!this.options.signals) return [];
    const list = this.options.signals(code);
    const max = Math.floor(this.contextLength * SIGNALS_SHARE);
    const body = this.tok.encode(list.length > 0 ? list.join('\n') : 'none').slice(0, max);
    return [...this.tok.encode('### Signals:\n'), ...body, ...this.tok.encode('\n\n')];
  }

  /** Token ids of each line (with its line break), encoded line by line so windows can cut between lines. */
  private lineIds(code: string): number[][] {
    if (code === '') return [[]];
    return code.split(/(?<=\n)/).map((line) => this.tok.encode(line));
  }
}

/**
 * Packs lines into windows of at most `budget` tokens: whole lines, greedy, each window starting so that it
 * overlaps the previous one by about WINDOW_OVERLAP of the budget. Lines are 1-based in the result; lineEnds are
 * positions in the window's ids (a line cut into pieces ends where its last piece ends).
 * Example: windowLines([[1, 2], [3], [4, 5, 6]], 3)
 *   -> [{ids:[1,2,3], firstLine:1, lastLine:2, lineEnds:[{line:1,pos:1},{line:2,pos:2}]},
 *       {ids:[4,5,6], firstLine:3, lastLine:3, lineEnds:[{line:3,pos:2}]}]
 */
export function windowLines(
  lines: readonly number[][],
  budget: number,
): { ids: number[]; firstLine: number; lastLine: number; lineEnds: LineEnd[] }[] {
  // Split over-long lines into budget-sized pieces that keep their line number.
  const pieces: { ids: number[]; line: number; endsLine: boolean }[] = [];
  lines.forEach((ids, i) => {
    if (ids.length <= budget) pieces.push({ ids, line: i + 1, endsLine: ids.length > 0 });
    else {
      for (let k = 0; k < ids.length; k += budget) {
        pieces.push({ ids: ids.slice(k, k + budget), line: i + 1, endsLine: k + budget >= ids.length });
      }
    }
  });
  const out: { ids: number[]; firstLine: number; lastLine: number; lineEnds: LineEnd[] }[] = [];
  let start = 0;
  while (start < pieces.length) {
    let end = start;
    let used = 0;
    while (end < pieces.length && used + pieces[end]!.ids.length <= budget) used += pieces[end++]!.ids.length;
    const lineEnds: LineEnd[] = [];
    let pos = 0;
    for (const p of pieces.slice(start, end)) {
      pos += p.ids.length;
      if (p.endsLine) lineEnds.push({ line: p.line, pos: pos - 1 });
    }
    out.push({
      ids: pieces.slice(start, end).flatMap((p) => p.ids),
      firstLine: pieces[start]!.line,
      lastLine: pieces[end - 1]!.line,
      lineEnds,
    });
    if (end >= pieces.length) break;
    // Next window: step back from `end` while the overlap stays within its share, but always move forward.
    let next = end;
    let overlap = 0;
    while (next - 1 > start && overlap + pieces[next - 1]!.ids.length <= budget * WINDOW_OVERLAP)
      overlap += pieces[--next]!.ids.length;
    start = next;
  }
  return out;
}
