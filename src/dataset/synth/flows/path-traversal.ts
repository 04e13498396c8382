// CWE-22: an outside file name joined to a base directory and opened. Fixes keep the last path component, resolve
// the path and check it stays under the base, or let send_from_directory do so; a check for ".." alone is not a fix
// (os.path.join drops the base for an absolute name).
import { type Line, line } from '../code.js';
import type { Context } from '../contexts.js';
import type { Picker } from '../random.js';
import { type Flow, type PairForm, call, drawPair } from './flow.js';

const OS = ['import os'];

function base(p: Picker): Line[] {
  return [
    line(
      p.pick([
        'BASE_DIR = "/srv/app/files"',
        'BASE_DIR = "/var/www/uploads"',
        'BASE_DIR = os.path.join(os.path.dirname(__file__), "documents")',
        'BASE_DIR = "/opt/reports"',
      ]),
    ),
  ];
}

/** Read the file at `path` (an expression): the plain read, or Flask's send_file. */
function reader(p: Picker, ctx: Context): { read: (path: string) => string; imports: string[]; direct: boolean } {
  if (ctx.name === 'flask' && p.chance(0.4)) {
    return { read: (x) => `send_file(${x})`, imports: ['from flask import send_file'], direct: true };
  }
  return p.chance(0.5)
    ? { read: (x) => `open(${x}).read()`, imports: [], direct: false }
    : { read: (x) => `Path(${x}).read_text()`, imports: ['from pathlib import Path'], direct: false };
}

export const pathTraversal: Flow = {
  cwe: 'CWE-22',
  name: 'path',
  wish: {},
  keys: ['filename', 'name', 'path', 'doc', 'report', 'file'],
  handlers: ['download', 'read_document', 'show_report', 'get_file', 'view_log', 'fetch_attachment'],
  results: ['content', 'data', 'body', 'text'],
  pair(p, ctx) {
    const setup = base(p);
    const r = reader(p, ctx);
    const more = { imports: [...OS, ...r.imports], setup, direct: r.direct };
    const joined = (a: string) => r.read(`os.path.join(BASE_DIR, ${a})`);
    const pairs: PairForm[] = [
      [
        call(joined, more),
        'joins the input to BASE_DIR and reads the result, so "../" segments or an absolute name reach any file',
        call((a) => r.read(`os.path.join(BASE_DIR, os.path.basename(${a}))`), more),
        'keeps only the last component of the input (os.path.basename) before joining it to BASE_DIR',
      ],
      [
        {
          ...call(joined, more),
          guard: (v, reject) => [line(`if ".." in ${v}:`), line(`    ${reject}`)],
        },
        'rejects names containing ".." but still joins the input to BASE_DIR, and os.path.join drops the base for an absolute name',
        {
          ...more,
          render: () => ({ pre: [], expr: r.read('path') }),
          guard: (v, reject) => [
            line(`path = os.path.realpath(os.path.join(BASE_DIR, ${v}))`),
            line('if not path.startswith(os.path.realpath(BASE_DIR) + os.sep):'),
            line(`    ${reject}`),
          ],
        },
        'resolves the joined path with realpath() and rejects it unless it stays under BASE_DIR',
      ],
    ];
    if (ctx.name === 'flask') {
      pairs.push([
        call((a) => `send_file(os.path.join(BASE_DIR, ${a}))`, {
          ...more,
          imports: [...OS, 'from flask import send_file'],
          direct: true,
        }),
        'joins the input to BASE_DIR and sends that file, so "../" segments reach any file',
        call((a) => `send_from_directory(BASE_DIR, ${a})`, {
          ...more,
          imports: ['from flask import send_from_directory'],
          direct: true,
        }),
        'serves the file with send_from_directory(), which refuses paths that leave BASE_DIR',
      ]);
    }
    return drawPair(p, pairs);
  },
  lookalike(p, ctx) {
    const r = reader(p, ctx);
    const more = { imports: [...OS, ...r.imports], setup: base(p), direct: r.direct };
    return p.pick([
      {
        sink: call(() => r.read('os.path.join(BASE_DIR, "index.txt")'), more),
        why: 'The handler reads a fixed file name under BASE_DIR; the input does not reach the path.',
      },
      {
        sink: call((a) => r.read(`os.path.join(BASE_DIR, os.path.basename(${a}))`), more),
        why: 'The handler keeps only the last component of the input before joining it to BASE_DIR.',
      },
    ]);
  },
};
