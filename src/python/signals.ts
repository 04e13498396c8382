// Static signals: a short, normalized list of the risky calls in a snippet and of what flows into them, for models
// fine-tuned with `--signals` (the prompt gets a "### Signals:" section before the code; see src/model/prompt.ts).
//
// Why: a small model reads a whole function and has to notice, on its own, the one call that matters and whether
// its argument is a constant or built from input. tree-sitter can say that cheaply and the same way on every
// codebase. The model still makes the decision: a fixed twin has the same sink with a safe argument, and the list
// also names the safe helpers (parameterized queries, shlex.quote, safe_load, compare_digest...) a fix uses.
//
// One line per distinct signal, in source order, at most MAX_SIGNALS, e.g.
//   sql cursor.execute(fstring<-param)
//   shell subprocess.run(list, shell=True)
//   source request.args
//   safe shlex.quote
// Changing what this prints changes every model trained with it: bump SIGNALS_VERSION and keep the old behaviour
// reachable for checkpoints that name it. The code is only parsed, never imported or run.
import type { Node, Parser } from 'web-tree-sitter';
import { getPythonParser } from './parser.js';

export const SIGNALS_VERSION = 'sinks-v1';
/** A snippet with more signals than this keeps its first ones (source order). */
export const MAX_SIGNALS = 12;

/** Sink categories, each with a test on the callee's dotted name (e.g. "cursor.execute", "os.path.join"). */
const SINKS: readonly { readonly kind: string; readonly test: (dotted: string, last: string) => boolean }[] = [
  {
    kind: 'sql',
    test: (d, l) =>
      /^(execute|executemany|executescript|mogrify|raw|extra|RawSQL)$/.test(l) || /(^|\.)sql(alchemy)?\.text$/.test(d),
  },
  {
    kind: 'shell',
    test: (d, l) =>
      /(^|\.)(subprocess|commands|pexpect)\./.test(d) ||
      /^(Popen|check_output|check_call|getoutput|getstatusoutput|create_subprocess_shell|create_subprocess_exec)$/.test(
        l,
      ) ||
      /^os\.(system|popen|spawn\w*|exec\w*)$/.test(d),
  },
  {
    kind: 'code',
    // Bare compile() only: re.compile is a regex, not code.
    test: (d, l) => /^(eval|exec|execfile|__import__|compile|builtins\.(eval|exec))$/.test(d) || l === 'import_module',
  },
  {
    kind: 'deserialize',
    test: (d, l) =>
      /(^|\.)(pickle|cPickle|_pickle|marshal|dill|shelve|jsonpickle|joblib|yaml|torch)\.(loads?|open|decode|unsafe_load|full_load|load_all|Unpickler)$/.test(
        d,
      ) || /^(Unpickler|unsafe_load)$/.test(l),
  },
  {
    kind: 'path',
    test: (d, l) =>
      /^(open|send_file|send_from_directory|FileResponse|safe_join)$/.test(d) ||
      /(^|\.)(os|shutil|path|tarfile|zipfile|tar|zf|zip|archive|tf)\.(remove|unlink|rmtree|rename|replace|makedirs|mkdir|join|extractall|extract|copy|copyfile|move|listdir|open)$/.test(
        d,
      ) ||
      /^(read_text|write_text|read_bytes|write_bytes|extractall|send_file|save)$/.test(l),
  },
  {
    kind: 'fetch',
    test: (d, l) =>
      /(^|\.)(requests|httpx|session|client|http|urllib\.request|urllib3|aiohttp|pool)\.(get|post|put|patch|delete|head|request|urlopen|urlretrieve|Request|stream)$/.test(
        d,
      ) || /^(urlopen|urlretrieve)$/.test(l),
  },
  {
    kind: 'html',
    test: (d, l) =>
      /^(render_template_string|Markup|mark_safe|SafeString|format_html|HttpResponse|make_response|Template|render_to_string)$/.test(
        l,
      ),
  },
  { kind: 'redirect', test: (_d, l) => /^(redirect|HttpResponseRedirect|RedirectResponse)$/.test(l) },
  {
    kind: 'crypto',
    test: (d, l) =>
      /(^|\.)hashlib\.(md5|sha1|new)$/.test(d) ||
      /^(md5|sha1|DES|ARC4|Blowfish)$/.test(l) ||
      /(^|\.)random\.(random|randint|choice|choices|randrange|getrandbits|sample|seed)$/.test(d) ||
      /^uuid\.uuid1$/.test(d),
  },
  {
    kind: 'memory',
    test: (d, l) =>
      /(^|\.)ctypes\./.test(d) ||
      /^(memmove|memset|create_string_buffer|string_at|from_buffer|from_buffer_copy|pack_into|unpack_from|mmap|memoryview|bytearray|frombuffer)$/.test(
        l,
      ),
  },
  {
    kind: 'auth',
    test: (d, l) =>
      /^(check_password|authenticate|login|logout|has_perm|has_permission|verify_password|setuid|setgid|seteuid|chmod|chown|umask)$/.test(
        l,
      ) || /(^|\.)jwt\.decode$/.test(d),
  },
  {
    kind: 'resource',
    test: (d, l) =>
      /^(decompress|b64decode|readlines|ThreadPoolExecutor|Thread|sleep)$/.test(l) ||
      /(^|\.)re\.(compile|match|search|fullmatch|sub|findall)$/.test(d),
  },
  {
    kind: 'log',
    // Not print(): scripts print everywhere; a log call is where secrets leak in a service.
    test: (d) => /(^|\.)(log|logger|logging|LOG|LOGGER)\.(debug|info|warning|warn|error|exception|critical)$/.test(d),
  },
];

/** Calls and names that fixes use: shown so the model can tell a fixed twin from its bug. */
const SAFE =
  /^(quote|escape|secure_filename|safe_load|literal_eval|compare_digest|realpath|abspath|normpath|commonpath|is_relative_to|resolve|token_hex|token_urlsafe|token_bytes|SystemRandom|choice_secure|bcrypt|pbkdf2_hmac|scrypt|hashpw|checkpw|sha256|sha512|blake2b|bleach|clean|escape_string|validate|isdigit|isidentifier|fullmatch|login_required|permission_required|require_POST|csrf_protect)$/;

/** Attribute chains that carry outside input. */
const SOURCE =
  /^(self\.)?request\.(args|form|GET|POST|values|json|get_json|files|FILES|cookies|COOKIES|headers|META|data|body|query_params|params|path_params|query)|^(input|raw_input)$|^sys\.argv|^os\.environ|^os\.getenv$/;

const SECRET_NAME = /(pass(word|wd)?|secret|token|api_?key|credential|private_?key)$/i;
const DECORATOR_WORDS = /login|auth|permission|csrf|admin|role|require|route|staff|superuser|protect|exempt/i;

function walk(node: Node, visit: (n: Node) => void): void {
  visit(node);
  for (const c of node.namedChildren) if (c) walk(c, visit);
}

/** The dotted name of a callee ("cursor.execute"), or null when it is not a plain name/attribute chain. */
function dottedName(n: Node | null): string | null {
  if (!n) return null;
  if (n.type === 'identifier') return n.text;
  if (n.type === 'attribute') {
    const obj = n.childForFieldName('object');
    const attr = n.childForFieldName('attribute')?.text;
    if (!attr) return null;
    const left = obj ? dottedName(obj) : null;
    // `self.db.cursor().execute` -> "cursor.execute": the receiver's call is dropped, its name kept.
    if (left) return `${left}.${attr}`;
    if (obj?.type === 'call') {
      const inner = dottedName(obj.childForFieldName('function'));
      return inner ? `${inner.split('.').pop()}.${attr}` : attr;
    }
    return attr;
  }
  return null;
}

/** The last two parts of a dotted name, as shown in a signal ("self.conn.cursor.execute" -> "cursor.execute"). */
function shortName(dotted: string): string {
  return dotted.split('.').slice(-2).join('.');
}

interface Flow {
  /** Function parameters (without self/cls). */
  readonly params: Set<string>;
  /** Names assigned from outside input or from a parameter, with where it came from. */
  readonly tainted: Map<string, 'param' | 'input'>;
}

/** Where the value of an expression comes from: outside input, a parameter, or neither. */
function origin(n: Node, flow: Flow): 'input' | 'param' | null {
  let found: 'input' | 'param' | null = null;
  walk(n, (x) => {
    if (found === 'input') return;
    if (x.type === 'attribute' || x.type === 'identifier') {
      const d = dottedName(x);
      if (d && SOURCE.test(d)) found = 'input';
    }
    if (x.type === 'identifier') {
      const t = flow.tainted.get(x.text) ?? (flow.params.has(x.text) ? 'param' : null);
      if (t === 'input' || (t === 'param' && found === null)) found = t;
    }
  });
  return found;
}

/** The shape of an argument: how the value is built, and whether input or a parameter flows into it. */
function argShape(n: Node, flow: Flow): string {
  let kind: string;
  switch (n.type) {
    case 'string':
      kind = n.namedChildren.some((c) => c?.type === 'interpolation') ? 'fstring' : 'str';
      break;
    case 'concatenated_string':
      kind = n.descendantsOfType('interpolation').length > 0 ? 'fstring' : 'str';
      break;
    case 'binary_operator': {
      const op = n.childForFieldName('operator')?.text;
      kind = op === '%' ? 'percent' : op === '+' ? 'concat' : 'expr';
      break;
    }
    case 'call': {
      const f = dottedName(n.childForFieldName('function'));
      // "tmpl.format(x)" -> format; '"...".format(x)' has no dotted callee beyond "format" -> format() (sinks-v1).
      kind = f?.endsWith('.format') ? 'format' : f ? `${f.split('.').pop()}()` : 'call';
      break;
    }
    case 'identifier':
      kind = 'name';
      break;
    case 'integer':
    case 'float':
      kind = 'num';
      break;
    case 'list':
    case 'tuple':
      kind = 'list';
      break;
    case 'true':
    case 'false':
    case 'none':
      kind = n.text;
      break;
    default:
      kind = n.type === 'attribute' ? 'attr' : n.type === 'subscript' ? 'item' : 'expr';
  }
  const from = origin(n, flow);
  return from ? `${kind}<-${from}` : kind;
}

/** Keyword arguments whose literal value decides safety, shown as written (shell=True, verify=False, Loader=...). */
const KEYWORDS =
  /^(shell|verify|Loader|autoescape|check_hostname|allow_redirects|safe|algorithms|options|mode|filter)$/;

function callSignal(call: Node, flow: Flow): { kind: string; text: string } | null {
  const dotted = dottedName(call.childForFieldName('function'));
  if (!dotted) return null;
  const last = dotted.split('.').pop()!;
  const name = shortName(dotted);
  if (SAFE.test(last)) return { kind: 'safe', text: name };
  const sink = SINKS.find((s) => s.test(dotted, last));
  if (!sink) return null;
  const args = call.childForFieldName('arguments');
  const positional =
    args?.namedChildren.filter((a): a is Node => a !== null && a.type !== 'keyword_argument' && a.type !== 'comment') ??
    [];
  // A model's save() (Django, SQLAlchemy) is not a file write; an upload's save(path) is.
  if (last === 'save' && positional.length === 0) return null;
  const parts: string[] = [];
  if (positional[0]) parts.push(argShape(positional[0], flow));
  if (positional.length > 1)
    parts.push(
      positional[1]!.type === 'identifier' || positional[1]!.type === 'tuple' || positional[1]!.type === 'list'
        ? 'args'
        : argShape(positional[1]!, flow),
    );
  for (const a of args?.namedChildren ?? []) {
    if (a?.type !== 'keyword_argument') continue;
    const key = a.childForFieldName('name')?.text ?? '';
    const value = a.childForFieldName('value');
    if (KEYWORDS.test(key) && value)
      parts.push(`${key}=${value.text.length <= 24 ? value.text : argShape(value, flow)}`);
  }
  return { kind: sink.kind, text: `${name}(${parts.join(', ')})` };
}

/** Names bound by an assignment target (a, b = ... / self.x = ... binds nothing local). */
function targetNames(t: Node | null, out: string[]): void {
  if (!t) return;
  if (t.type === 'identifier') out.push(t.text);
  else if (t.type === 'pattern_list' || t.type === 'tuple_pattern' || t.type === 'list_pattern')
    for (const c of t.namedChildren) targetNames(c, out);
}

/**
 * The signals of one snippet, in source order, without repeats.
 * Example: signalsOf(parser, 'def f(q):\n    cur.execute(f"SELECT {q}")\n') -> ['sql cur.execute(fstring<-param)']
 */
export function signalsOf(parser: Parser, code: string): string[] {
  const tree = parser.parse(code);
  if (!tree) return [];
  try {
    const flow: Flow = { params: new Set(), tainted: new Map() };
    const out: string[] = [];
    const add = (s: string): void => {
      if (out.length < MAX_SIGNALS && !out.includes(s)) out.push(s);
    };
    // One pass in source order: parameters and assignments update the flow before the calls after them are read.
    walk(tree.rootNode, (n) => {
      switch (n.type) {
        case 'parameters':
          for (const p of n.namedChildren) {
            const id = p?.type === 'identifier' ? p : (p?.namedChildren.find((c) => c?.type === 'identifier') ?? null);
            if (id && id.text !== 'self' && id.text !== 'cls') flow.params.add(id.text);
          }
          break;
        case 'assignment': {
          const right = n.childForFieldName('right');
          const names: string[] = [];
          targetNames(n.childForFieldName('left'), names);
          if (right?.type === 'string' && !right.namedChildren.some((c) => c?.type === 'interpolation')) {
            const lit = right.text.replace(/^[a-zA-Z]*['"]+|['"]+$/g, '');
            for (const x of names) if (SECRET_NAME.test(x) && lit.length > 0) add(`secret ${x} = str`);
          }
          const from = right ? origin(right, flow) : null;
          for (const x of names) {
            if (from) flow.tainted.set(x, from);
            else flow.tainted.delete(x);
          }
          break;
        }
        case 'decorator': {
          const d = n.namedChildren[0];
          const name = d?.type === 'call' ? dottedName(d.childForFieldName('function')) : dottedName(d ?? null);
          if (name && DECORATOR_WORDS.test(name)) add(`decorator @${shortName(name)}`);
          break;
        }
        case 'comparison_operator': {
          const secret = n.namedChildren.find(
            (c) => c && (c.type === 'identifier' || c.type === 'attribute') && SECRET_NAME.test(c.text),
          );
          if (secret && /==|!=/.test(n.text)) add(`compare ${shortName(secret.text)} ==`);
          break;
        }
        case 'call': {
          const s = callSignal(n, flow);
          if (s) add(`${s.kind} ${s.text}`);
          break;
        }
        case 'attribute':
        case 'identifier': {
          const d = dottedName(n);
          const parent = n.parent;
          // A source read on its own (not the callee or object part of a longer chain already counted).
          if (d && SOURCE.test(d) && parent?.type !== 'attribute')
            add(
              `source ${d
                .replace(/^self\./, '')
                .split('.')
                .slice(0, 2)
                .join('.')}`,
            );
          break;
        }
        case 'while_statement':
          if (n.childForFieldName('condition')?.text === 'True') add('loop while True');
          break;
      }
    });
    return out;
  } finally {
    tree.delete();
  }
}

/** A signal extractor with its own parser; calls are synchronous, so one extractor serves a whole process. */
export type SignalExtractor = (code: string) => string[];

let shared: Promise<SignalExtractor> | undefined;

/** Example: const signals = await loadSignalExtractor(); signals('os.system(cmd)') -> ['shell os.system(name)'] */
export function loadSignalExtractor(): Promise<SignalExtractor> {
  shared ??= getPythonParser().then((parser) => (code: string) => signalsOf(parser, code));
  return shared;
}
