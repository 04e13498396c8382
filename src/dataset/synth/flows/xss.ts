// CWE-79: outside input written into an HTML response without escaping. Fixes escape it (markupsafe, html,
// django.utils.html) or pass it to a template that autoescapes; Markup() or mark_safe() around formatted input is
// the bug, not the fix.
import type { Context } from '../contexts.js';
import type { Picker } from '../random.js';
import { type Flow, type PairForm, type Sink, call, drawPair } from './flow.js';

type Page = [open: string, close: string];
const PAGES: readonly Page[] = [
  ['<h1>Hello, ', '!</h1>'],
  ['<p>Results for ', '</p>'],
  ['<div class=\\"greeting\\">Welcome back, ', '</div>'],
  ['<p>No item named ', ' was found.</p>'],
  ['<title>', ' - profile</title>'],
];

const html = (more: Omit<Sink, 'render'>) => ({ ...more, direct: true });

/** [bug, why, fix, why] for the context's framework, around the page text `o` ... `c`. */
function forms(ctx: Context, [o, c]: Page): PairForm[] {
  const fstring = (wrap: (a: string) => string) => (a: string) => `f"${o}{${wrap(a)}}${c}"`;
  const same = (a: string) => a;
  switch (ctx.name) {
    case 'django':
      return [
        [
          { ...call((a) => `HttpResponse(${fstring(same)(a)})`, html({})), needsName: true },
          'formats the input into the HTML of the response unescaped',
          {
            ...call(
              (a) => `HttpResponse(${fstring((x) => `escape(${x})`)(a)})`,
              html({ imports: ['from django.utils.html import escape'] }),
            ),
            needsName: true,
          },
          'escapes the input with django.utils.html.escape() before formatting it into the HTML',
        ],
        [
          call(
            (a) => `HttpResponse(mark_safe("${o}" + ${a} + "${c}"))`,
            html({ imports: ['from django.utils.safestring import mark_safe'] }),
          ),
          'concatenates the input into HTML and marks it safe, so Django never escapes it',
          call(
            (a) => `HttpResponse(format_html("${o}{}${c}", ${a}))`,
            html({ imports: ['from django.utils.html import format_html'] }),
          ),
          'builds the HTML with format_html(), which escapes the input',
        ],
      ];
    case 'fastapi':
      return [
        [
          {
            ...call(
              (a) => `HTMLResponse(${fstring(same)(a)})`,
              html({ imports: ['from fastapi.responses import HTMLResponse'] }),
            ),
            needsName: true,
          },
          'formats the input into an HTML response unescaped',
          {
            ...call(
              (a) => `HTMLResponse(${fstring((x) => `html.escape(${x})`)(a)})`,
              html({ imports: ['import html', 'from fastapi.responses import HTMLResponse'] }),
            ),
            needsName: true,
          },
          'escapes the input with html.escape() before formatting it into the HTML',
        ],
      ];
    default:
      return [
        [
          { ...call(fstring(same), html({})), needsName: true },
          'returns the input formatted into HTML unescaped; Flask serves a returned string as text/html',
          {
            ...call(
              fstring((x) => `escape(${x})`),
              html({ imports: ['from markupsafe import escape'] }),
            ),
            needsName: true,
          },
          'escapes the input with markupsafe.escape() before formatting it into the HTML',
        ],
        [
          call(
            (a) => `render_template_string("${o}" + ${a} + "${c}")`,
            html({ imports: ['from flask import render_template_string'] }),
          ),
          'concatenates the input into a template source, so it is rendered unescaped (and as template code)',
          call(
            (a) => `render_template_string("${o}{{ value }}${c}", value=${a})`,
            html({ imports: ['from flask import render_template_string'] }),
          ),
          'passes the input to the template as a variable, which Jinja autoescapes',
        ],
        [
          { ...call(fstring(same), html({})), needsName: true },
          'returns the input formatted into HTML unescaped; Flask serves a returned string as text/html',
          call((a) => `Markup("${o}{}${c}").format(${a})`, html({ imports: ['from markupsafe import Markup'] })),
          'formats the input with Markup.format(), which escapes it',
        ],
        [
          {
            ...call((a) => `Markup(${fstring(same)(a)})`, html({ imports: ['from markupsafe import Markup'] })),
            needsName: true,
          },
          'wraps HTML formatted from the input in Markup(), declaring it safe unescaped',
          call((a) => `Markup("${o}{}${c}").format(${a})`, html({ imports: ['from markupsafe import Markup'] })),
          'formats the input with Markup.format(), which escapes it',
        ],
      ];
  }
}

export const xss: Flow = {
  cwe: 'CWE-79',
  name: 'html',
  wish: { webOnly: true },
  keys: ['name', 'q', 'query', 'username', 'item', 'title'],
  handlers: ['greet', 'search_page', 'welcome', 'not_found_page', 'profile_title', 'show_results'],
  results: ['page', 'body', 'markup', 'response'],
  pair(p: Picker, ctx: Context) {
    return drawPair(p, forms(ctx, p.pick(PAGES)));
  },
  lookalike(p: Picker, ctx: Context) {
    const all = forms(ctx, p.pick(PAGES));
    const [, , sink, why] = p.pick(all);
    return { sink, why: `The handler ${why}.` };
  },
};
