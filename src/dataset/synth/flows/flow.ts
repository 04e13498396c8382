// A flow template: how outside input reaches one kind of call, as a bug and its fix. The generator (../synth.ts)
// writes each pair into a drawn context and shape; a flow only says what the call looks like.
import type { Line } from '../code.js';
import type { Context, ContextWish } from '../contexts.js';
import type { Picker } from '../random.js';

export interface Sink {
  readonly imports?: readonly string[];
  /** Module-level lines the call needs (a constant, a connection helper). */
  readonly setup?: readonly Line[];
  /**
   * The call on `arg` (the input expression, or a variable holding it): statements before it and the value's
   * expression. The value's line is the call's, so it is always a weakness line of a bug; statements before it mark
   * their own (a query built on a line of its own).
   */
  render(arg: string): { readonly pre: readonly Line[]; readonly expr: string };
  /** A check on the input variable `v` before the call; `reject` is the context's statement for bad input. */
  guard?(v: string, reject: string): Line[];
  /** The value is the response itself (an HTML page), returned as it is. */
  readonly direct?: boolean;
  /** The call embeds `arg` in an f-string, so it must be a plain name (nested quotes need Python 3.12). */
  readonly needsName?: boolean;
}

/** A bug and its fix for one context, each with the sentence that says why it is or is not vulnerable. */
export interface Pair {
  readonly bug: Sink;
  readonly fix: Sink;
  readonly bugWhy: string;
  readonly fixWhy: string;
}

export interface Flow {
  readonly cwe: string;
  /** Short id fragment naming the flow, e.g. "eval". */
  readonly name: string;
  readonly wish: Omit<ContextWish, 'key'>;
  /** Names the input may go by (query key, form field, argument). */
  readonly keys: readonly string[];
  /** Handler names. */
  readonly handlers: readonly string[];
  /** Names for the value the call returns. */
  readonly results: readonly string[];
  pair(p: Picker, ctx: Context): Pair;
  /** A safe look-alike: the same call on a constant or a coerced value. */
  lookalike(p: Picker, ctx: Context): { readonly sink: Sink; readonly why: string };
}

/** A bug and its fix with their reasons, as flows list them: [bug, why, fix, why]. */
export type PairForm = readonly [Sink, string, Sink, string];

/** One of `forms` drawn, its reasons written as sentences about the handler ("The handler runs ..."). */
export function drawPair(p: Picker, forms: readonly PairForm[]): Pair {
  const [bug, bugWhy, fix, fixWhy] = p.pick(forms);
  return { bug, fix, bugWhy: `The handler ${bugWhy}.`, fixWhy: `The handler ${fixWhy}.` };
}

/** A sink whose value is one expression on `arg`, with no statements before it. */
export function call(expr: (arg: string) => string, more: Omit<Sink, 'render'> = {}): Sink {
  return { ...more, render: (arg) => ({ pre: [], expr: expr(arg) }) };
}
