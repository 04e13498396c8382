// Where a template's outside input comes from: a Flask, Django or FastAPI handler, or a command line. A context is
// drawn once per pair, so a bug and its fix differ only in what the flow does with the input, never in the frame.
import { type Line, line } from './code.js';
import type { Picker } from './random.js';

export type ContextName = 'flask' | 'django' | 'fastapi' | 'argparse' | 'argv';

export interface Context {
  readonly name: ContextName;
  /** A web handler (the input is a request's), not a command line. */
  readonly web: boolean;
  readonly tags: readonly string[];
  readonly imports: readonly string[];
  readonly setup: readonly Line[];
  /** The handler's decorator and `def` line, and for command lines the argument parsing (indented). */
  open(fn: string): Line[];
  /** The expression that reads the input. */
  readonly input: string;
  /** The statement a failed check runs, inside the handler. */
  readonly reject: string;
  /** The statement that hands a value back: return it (`direct`: as the response itself), or print it. */
  output(expr: string, direct: boolean): string;
  /** Blocks after the handler (a command line's `if __name__ == "__main__":`). */
  readonly footer: readonly (readonly Line[])[];
}

export interface ContextWish {
  /** Web handlers only (the weakness needs a server: SSRF, XSS). */
  readonly webOnly?: boolean;
  /** The input is raw bytes (a request body, an upload, a cookie), as deserializers take. */
  readonly bytes?: boolean;
  /** The name the input goes by: a query key, a form field, an argument. */
  readonly key: string;
}

/** A context drawn at random within the wish. */
export function drawContext(p: Picker, wish: ContextWish): Context {
  const names: ContextName[] = wish.bytes
    ? ['flask', 'flask', 'django']
    : wish.webOnly
      ? ['flask', 'flask', 'django', 'fastapi']
      : ['flask', 'flask', 'django', 'fastapi', 'argparse', 'argv'];
  const name = p.pick(names);
  const k = wish.key;
  switch (name) {
    case 'flask':
      return flask(p, k, wish.bytes === true);
    case 'django':
      return django(p, k, wish.bytes === true);
    case 'fastapi':
      return fastapi(p, k);
    case 'argparse':
      return argparse(p, k);
    case 'argv':
      return argv(p);
  }
}

function flask(p: Picker, k: string, bytes: boolean): Context {
  const blueprint = p.chance(0.3);
  const app = blueprint ? p.pick(['bp', 'api', 'views']) : 'app';
  const method = p.pick(['route', 'route', 'get', 'post']);
  const input = bytes
    ? p.pick([
        'request.get_data()',
        `request.files["${k}"].read()`,
        `base64.b64decode(request.cookies.get("${k}", ""))`,
      ])
    : p.pick([
        `request.args["${k}"]`,
        `request.args.get("${k}", "")`,
        `request.form["${k}"]`,
        `request.form.get("${k}", "")`,
        `request.get_json()["${k}"]`,
        `request.values.get("${k}", "")`,
      ]);
  const out = p.pick(['str', 'jsonify', 'dict']);
  return {
    name: 'flask',
    web: true,
    tags: ['flask'],
    imports: [
      `from flask import ${blueprint ? 'Blueprint' : 'Flask'}, abort, jsonify, request`,
      ...(input.startsWith('base64') ? ['import base64'] : []),
    ],
    setup: [line(blueprint ? `${app} = Blueprint("${app}", __name__)` : 'app = Flask(__name__)')],
    open: (fn) => [line(`@${app}.${method}("/${fn.replace(/_/g, '-')}")`), line(`def ${fn}():`)],
    input,
    reject: 'abort(400)',
    output: (e, direct) =>
      direct
        ? `return ${e}`
        : out === 'str'
          ? `return str(${e})`
          : out === 'jsonify'
            ? `return jsonify(result=${e})`
            : `return {"result": ${e}}`,
    footer: [],
  };
}

function django(p: Picker, k: string, bytes: boolean): Context {
  const input = bytes
    ? p.pick(['request.body', `request.FILES["${k}"].read()`, `base64.b64decode(request.COOKIES.get("${k}", ""))`])
    : p.pick([
        `request.GET["${k}"]`,
        `request.GET.get("${k}", "")`,
        `request.POST["${k}"]`,
        `request.POST.get("${k}", "")`,
      ]);
  const json = p.chance(0.5);
  return {
    name: 'django',
    web: true,
    tags: ['django'],
    imports: [
      'from django.http import HttpResponse, HttpResponseBadRequest, JsonResponse',
      ...(input.startsWith('base64') ? ['import base64'] : []),
    ],
    setup: [],
    open: (fn) => [line(`def ${fn}(request):`)],
    input,
    reject: 'return HttpResponseBadRequest("invalid input")',
    output: (e, direct) =>
      direct ? `return ${e}` : json ? `return JsonResponse({"result": ${e}})` : `return HttpResponse(str(${e}))`,
    footer: [],
  };
}

function fastapi(p: Picker, k: string): Context {
  const method = p.pick(['get', 'get', 'post']);
  return {
    name: 'fastapi',
    web: true,
    tags: ['fastapi'],
    imports: ['from fastapi import FastAPI, HTTPException'],
    setup: [line('app = FastAPI()')],
    open: (fn) => [line(`@app.${method}("/${fn.replace(/_/g, '-')}")`), line(`def ${fn}(${k}: str):`)],
    input: k,
    reject: 'raise HTTPException(status_code=400, detail="invalid input")',
    output: (e, direct) => (direct ? `return ${e}` : `return {"result": ${e}}`),
    footer: [],
  };
}

const MAIN_GUARD: readonly Line[] = [line('if __name__ == "__main__":'), line('    main()')];

function argparse(p: Picker, k: string): Context {
  const about = p.pick(['Command-line helper.', 'Operations tool.', 'Run one task from the shell.']);
  return {
    name: 'argparse',
    web: false,
    tags: ['argparse'],
    imports: ['import argparse'],
    setup: [],
    open: (fn) => [
      line('def main(argv=None):'),
      line(`    parser = argparse.ArgumentParser(prog="${fn.replace(/_/g, '-')}", description="${about}")`),
      line(`    parser.add_argument("${k}")`),
      line('    args = parser.parse_args(argv)'),
    ],
    input: `args.${k}`,
    reject: `parser.error("invalid ${k}")`,
    output: (e) => `print(${e})`,
    footer: [MAIN_GUARD],
  };
}

function argv(p: Picker): Context {
  const input = p.pick(['sys.argv[1]', 'sys.argv[1]', 'input("> ").strip()']);
  return {
    name: 'argv',
    web: false,
    tags: [],
    imports: ['import sys'],
    setup: [],
    open: () => [line('def main():')],
    input,
    reject: 'sys.exit("invalid input")',
    output: (e) => `print(${e})`,
    footer: [MAIN_GUARD],
  };
}
