// Turns a flow (how input reaches one kind of call) into a template of whole modules: draws the context, the shape
// the handler is written in, the names and the helper functions around it once per pair, so the bug and its fix
// differ only in the call, guard or sanitizer.
import { type Line, assemble, indent, line } from './code.js';
import { type Context, drawContext } from './contexts.js';
import { fillers } from './fillers.js';
import type { Flow, Sink } from './flows/flow.js';
import type { Picker } from './random.js';
import type { Drawn, Template } from './template.js';

/**
 * How the handler is written: `nested` hands the call's value straight back (`return str(eval(request.args["q"]))`),
 * `assigned` keeps it in a variable first, `step` also reads the input into a variable (and is where a guard goes),
 * `helper` moves the call into a module-level function the handler calls with the input.
 */
type Shape = 'nested' | 'assigned' | 'step' | 'helper';

interface Frame {
  readonly ctx: Context;
  readonly shape: Shape;
  readonly fn: string;
  readonly v: string;
  readonly result: string;
  readonly before: Line[][];
  readonly after: Line[][];
}

const IDENT = /^[A-Za-z_]\w*$/;

function drawShape(p: Picker, ctx: Context, sinks: readonly Sink[]): Shape {
  if (sinks.some((s) => s.guard)) return p.pick(['step', 'step', 'helper']);
  if (sinks.some((s) => s.needsName) && !IDENT.test(ctx.input)) return p.pick(['step', 'step', 'helper']);
  return p.pick(['nested', 'nested', 'assigned', 'step', 'step', 'helper']);
}

function drawFrame(p: Picker, flow: Flow, ctx: Context, key: string, sinks: readonly Sink[]): Frame {
  const n = p.pick([0, 0, 1, 1, 2, 3]);
  const blocks = fillers(n, (c) => p.int(c));
  const split = p.int(blocks.length + 1);
  return {
    ctx,
    shape: drawShape(p, ctx, sinks),
    fn: p.pick(flow.handlers),
    // A FastAPI handler's input is already a parameter with the key's name.
    v: IDENT.test(ctx.input) ? ctx.input : p.chance(0.6) ? key : p.pick(flow.keys),
    result: p.pick(flow.results),
    before: blocks.slice(0, split),
    after: blocks.slice(split),
  };
}

/** The module for one sink in a frame, with the lines its call marks. */
function renderModule(f: Frame, sink: Sink): { code: string; lines: number[] } {
  const { ctx } = f;
  const direct = sink.direct === true;
  const helperName = `_${f.fn}`;
  let body: Line[];
  let helper: Line[] | null = null;
  if (f.shape === 'helper') {
    const r = sink.render(f.v);
    helper = [
      line(`def ${helperName}(${f.v}):`),
      ...indent([
        ...(sink.guard?.(f.v, 'raise ValueError("invalid input")') ?? []),
        ...r.pre,
        line(`return ${r.expr}`, true),
      ]),
    ];
    body = [line(ctx.output(`${helperName}(${ctx.input})`, direct))];
  } else if (f.shape === 'nested' || f.shape === 'assigned') {
    const r = sink.render(ctx.input);
    body =
      f.shape === 'nested'
        ? [...r.pre, line(ctx.output(r.expr, direct), true)]
        : [...r.pre, line(`${f.result} = ${r.expr}`, true), line(ctx.output(f.result, direct))];
  } else {
    const r = sink.render(f.v);
    body = [
      ...(f.v === ctx.input ? [] : [line(`${f.v} = ${ctx.input}`)]),
      ...(sink.guard?.(f.v, ctx.reject) ?? []),
      ...r.pre,
      line(`${f.result} = ${r.expr}`, true),
      line(ctx.output(f.result, direct)),
    ];
  }
  const handler = [...ctx.open(f.fn), ...indent(body)];
  return assemble({
    imports: [...ctx.imports, ...(sink.imports ?? [])],
    setup: [...ctx.setup, ...(sink.setup ?? [])],
    blocks: [...f.before, ...(helper ? [helper] : []), handler, ...f.after, ...ctx.footer],
  });
}

/** Tags from a module's imports: the top-level package names (`from flask import x` -> "flask"). */
function importTags(code: string): string[] {
  const names = [...code.matchAll(/^(?:from|import) ([A-Za-z_]\w*)/gm)].map((m) => (m[1] as string).toLowerCase());
  return [...new Set(names)].sort();
}

function drawn(f: Frame, sink: Sink, why: string): Drawn {
  const { code, lines } = renderModule(f, sink);
  return { code, lines, tags: importTags(code), why };
}

export function flowTemplate(flow: Flow): Template {
  return {
    cwe: flow.cwe,
    name: flow.name,
    pair(p) {
      // The context comes first: which calls a flow offers can depend on the framework (send_file is Flask's).
      const key = p.pick(flow.keys);
      const ctx = drawContext(p, { ...flow.wish, key });
      const pair = flow.pair(p, ctx);
      const frame = drawFrame(p, flow, ctx, key, [pair.bug, pair.fix]);
      return { bug: drawn(frame, pair.bug, pair.bugWhy), fix: drawn(frame, pair.fix, pair.fixWhy) };
    },
    lookalike(p) {
      const key = p.pick(flow.keys);
      const ctx = drawContext(p, { ...flow.wish, key });
      const { sink, why } = flow.lookalike(p, ctx);
      return drawn(drawFrame(p, flow, ctx, key, [sink]), sink, why);
    },
  };
}
