// The CWE catalog: the single source of truth for ids, names, ranks, severity and how each weakness shows up in
// Python. Everything else in cwescan refers to CWEs through this module; names and URLs are never typed elsewhere.

export type Severity = 'critical' | 'high' | 'medium' | 'low';

/** A CWE id in canonical form, e.g. "CWE-89". */
export type CweId = `CWE-${number}`;

export interface CweEntry {
  /** Canonical id, "CWE-89". */
  readonly id: CweId;
  /** Rank in the 2024 MITRE CWE Top 25, or null when the entry is only on the 2025 list. */
  readonly rank2024: number | null;
  /** Rank in the 2025 MITRE CWE Top 25, or null when it dropped off. */
  readonly rank2025: number | null;
  /** MITRE's name. */
  readonly name: string;
  /** Short human name used in messages ("SQL injection"). */
  readonly short: string;
  /** One or two sentences on the weakness. */
  readonly description: string;
  /** Default severity of a finding. */
  readonly severity: Severity;
  /** Child or closely related CWE ids that users meet in practice and that map onto this entry. */
  readonly related: readonly CweId[];
  /** How the weakness shows up in Python code. */
  readonly python: string;
  /** False for memory-safety weaknesses that only appear where Python talks to C (ctypes, cffi, buffers, numpy). */
  readonly purePython: boolean;
}

const E = (e: CweEntry): CweEntry => e;

/**
 * The 2024 Top 25 in rank order, followed by the entries that only the 2025 list adds.
 * `related` holds MITRE ChildOf children (e.g. 23/36 under 22, 88 under 77, 690 under 476) plus a few close peers
 * that reports use for the same flaw (116 for 79, 347 for 287, 191 for 190); no id is listed under two entries,
 * so toTop25() is unambiguous. 2025 ranks follow MITRE's 2025 list (published December 2025).
 */
export const CATALOG: readonly CweEntry[] = [
  E({
    id: 'CWE-79',
    rank2024: 1,
    rank2025: 1,
    name: "Improper Neutralization of Input During Web Page Generation ('Cross-site Scripting')",
    short: 'cross-site scripting',
    description:
      'User-controlled data reaches an HTML page without escaping, so an attacker can run script in a victim browser.',
    severity: 'high',
    related: ['CWE-80', 'CWE-83', 'CWE-84', 'CWE-85', 'CWE-87', 'CWE-116'],
    python:
      'Markup()/mark_safe()/|safe on request data, render_template_string with user input, HTML built by string formatting, autoescape turned off.',
    purePython: true,
  }),
  E({
    id: 'CWE-787',
    rank2024: 2,
    rank2025: 5,
    name: 'Out-of-bounds Write',
    short: 'out-of-bounds write',
    description: 'Data is written past the end or before the start of a buffer.',
    severity: 'high',
    related: ['CWE-121', 'CWE-122', 'CWE-123', 'CWE-124', 'CWE-120'],
    python:
      'ctypes.memmove/memset into a buffer sized from other data, struct.pack_into at an unchecked offset, writes through ctypes pointers or cast arrays.',
    purePython: false,
  }),
  E({
    id: 'CWE-89',
    rank2024: 3,
    rank2025: 2,
    name: "Improper Neutralization of Special Elements used in an SQL Command ('SQL Injection')",
    short: 'SQL injection',
    description: 'An SQL statement is built from external input without parameters, so the input can change the query.',
    severity: 'critical',
    related: ['CWE-564', 'CWE-943'],
    python:
      'cursor.execute() with f-strings, % or + concatenation; SQLAlchemy text() or raw() with formatted strings; Django .raw()/.extra() with user data.',
    purePython: true,
  }),
  E({
    id: 'CWE-352',
    rank2024: 4,
    rank2025: 3,
    name: 'Cross-Site Request Forgery (CSRF)',
    short: 'cross-site request forgery',
    description: 'A state-changing request is accepted without proof that the user intended it.',
    severity: 'medium',
    related: [],
    python:
      '@csrf_exempt on state-changing Django views, WTF_CSRF_ENABLED=False, Flask POST handlers without CSRF protection, state changes on GET.',
    purePython: true,
  }),
  E({
    id: 'CWE-22',
    rank2024: 5,
    rank2025: 6,
    name: "Improper Limitation of a Pathname to a Restricted Directory ('Path Traversal')",
    short: 'path traversal',
    description: 'A file path built from external input can escape the directory it is meant to stay in.',
    severity: 'high',
    related: ['CWE-23', 'CWE-36', 'CWE-73'],
    python:
      'open()/send_file()/os.path.join with request data and no containment check; tarfile.extractall/zipfile.extract without member checks (zip slip).',
    purePython: true,
  }),
  E({
    id: 'CWE-125',
    rank2024: 6,
    rank2025: 8,
    name: 'Out-of-bounds Read',
    short: 'out-of-bounds read',
    description: 'Data is read past the end or before the start of a buffer.',
    severity: 'high',
    related: ['CWE-126', 'CWE-127'],
    python:
      'ctypes.string_at/from_address with an untrusted length, indexing ctypes arrays or memoryviews with unchecked offsets, struct.unpack_from at an unchecked offset.',
    purePython: false,
  }),
  E({
    id: 'CWE-78',
    rank2024: 7,
    rank2025: 9,
    name: "Improper Neutralization of Special Elements used in an OS Command ('OS Command Injection')",
    short: 'OS command injection',
    description: 'An operating-system command is built from external input, so the input can run other commands.',
    severity: 'critical',
    related: [],
    python:
      'os.system/os.popen, subprocess with shell=True and a formatted string, commands.getoutput, asyncio.create_subprocess_shell with user data.',
    purePython: true,
  }),
  E({
    id: 'CWE-416',
    rank2024: 8,
    rank2025: 7,
    name: 'Use After Free',
    short: 'use after free',
    description: 'Memory is used after it has been freed.',
    severity: 'high',
    related: ['CWE-415', 'CWE-825'],
    python:
      'ctypes pointers kept after libc.free or after the owning buffer object is garbage-collected, callbacks into freed C structures.',
    purePython: false,
  }),
  E({
    id: 'CWE-862',
    rank2024: 9,
    rank2025: 4,
    name: 'Missing Authorization',
    short: 'missing authorization',
    description: 'An action or resource is reachable without any check that the user may use it.',
    severity: 'high',
    related: ['CWE-425', 'CWE-1314'],
    python:
      'view functions that read or change objects by id without permission or ownership checks; admin routes without role checks.',
    purePython: true,
  }),
  E({
    id: 'CWE-434',
    rank2024: 10,
    rank2025: 12,
    name: 'Unrestricted Upload of File with Dangerous Type',
    short: 'unrestricted file upload',
    description: 'Uploaded files are stored or served without checking their type, name or size.',
    severity: 'high',
    related: [],
    python:
      'request.files[...].save() with the client filename and no extension allow-list or secure_filename, uploads saved under the web root.',
    purePython: true,
  }),
  E({
    id: 'CWE-94',
    rank2024: 11,
    rank2025: 10,
    name: "Improper Control of Generation of Code ('Code Injection')",
    short: 'code injection',
    description: 'Code is generated or evaluated from external input, so the input can run arbitrary code.',
    severity: 'critical',
    related: ['CWE-95', 'CWE-1336'],
    python:
      'eval/exec/compile on user data, render_template_string or jinja2.Template on user input (template injection), importlib with user-chosen modules.',
    purePython: true,
  }),
  E({
    id: 'CWE-20',
    rank2024: 12,
    rank2025: 18,
    name: 'Improper Input Validation',
    short: 'improper input validation',
    description: 'Input is used without checking that it has the properties the code relies on.',
    severity: 'medium',
    related: ['CWE-1284', 'CWE-1285', 'CWE-129', 'CWE-1286', 'CWE-1287', 'CWE-1288', 'CWE-1289'],
    python:
      'quantities, indexes, amounts or redirects taken from requests without range, type or format checks; assert used for validation.',
    purePython: true,
  }),
  E({
    id: 'CWE-77',
    rank2024: 13,
    rank2025: 23,
    name: "Improper Neutralization of Special Elements used in a Command ('Command Injection')",
    short: 'command injection',
    description: 'A command for some interpreter is built from external input, so the input can change the command.',
    severity: 'critical',
    related: ['CWE-88', 'CWE-624', 'CWE-917', 'CWE-1427'],
    python:
      'argument injection into git/ssh/tar command lines, commands for non-OS interpreters (redis EVAL, LDAP, shell-like DSLs) built from user data.',
    purePython: true,
  }),
  E({
    id: 'CWE-287',
    rank2024: 14,
    rank2025: null,
    name: 'Improper Authentication',
    short: 'improper authentication',
    description: 'A claim of identity is accepted without proving it is correct.',
    severity: 'critical',
    related: ['CWE-1390', 'CWE-295', 'CWE-307', 'CWE-290', 'CWE-289', 'CWE-347'],
    python:
      'JWTs decoded without verifying the signature, password checks with == on plaintext, authentication by a client-controlled header or cookie.',
    purePython: true,
  }),
  E({
    id: 'CWE-269',
    rank2024: 15,
    rank2025: null,
    name: 'Improper Privilege Management',
    short: 'improper privilege management',
    description: 'Privileges are assigned, kept or checked incorrectly, giving an actor more control than intended.',
    severity: 'high',
    related: ['CWE-250', 'CWE-266', 'CWE-267', 'CWE-268', 'CWE-270', 'CWE-271', 'CWE-273', 'CWE-274'],
    python:
      'users able to set their own role or is_admin field, daemons that never drop root (os.setuid missing or in the wrong order), sudo with user arguments.',
    purePython: true,
  }),
  E({
    id: 'CWE-502',
    rank2024: 16,
    rank2025: 15,
    name: 'Deserialization of Untrusted Data',
    short: 'unsafe deserialization',
    description: 'Untrusted data is deserialized with a format that can construct arbitrary objects.',
    severity: 'critical',
    related: [],
    python:
      'pickle/cPickle/dill loads, yaml.load without SafeLoader, marshal, shelve, jsonpickle on data from users, caches or the network.',
    purePython: true,
  }),
  E({
    id: 'CWE-200',
    rank2024: 17,
    rank2025: 20,
    name: 'Exposure of Sensitive Information to an Unauthorized Actor',
    short: 'sensitive information exposure',
    description: 'Information that should be private is shown to someone who should not see it.',
    severity: 'medium',
    related: ['CWE-201', 'CWE-203', 'CWE-209', 'CWE-215', 'CWE-359', 'CWE-497', 'CWE-538', 'CWE-532'],
    python:
      'tracebacks or exception text returned to clients, DEBUG=True in production, secrets or password hashes in API responses or logs.',
    purePython: true,
  }),
  E({
    id: 'CWE-863',
    rank2024: 18,
    rank2025: 17,
    name: 'Incorrect Authorization',
    short: 'incorrect authorization',
    description: 'An authorization check exists but does not correctly restrict access.',
    severity: 'high',
    related: ['CWE-639', 'CWE-647', 'CWE-942', 'CWE-285', 'CWE-284'],
    python:
      'checks on the wrong object or field, role checks that trust client data, ownership compared against a user-supplied id.',
    purePython: true,
  }),
  E({
    id: 'CWE-918',
    rank2024: 19,
    rank2025: 22,
    name: 'Server-Side Request Forgery (SSRF)',
    short: 'server-side request forgery',
    description: 'The server fetches a URL supplied by the user without restricting where it may point.',
    severity: 'high',
    related: [],
    python:
      'requests.get/urllib.request.urlopen/httpx on a user URL with no scheme and host allow-list or internal-address check.',
    purePython: true,
  }),
  E({
    id: 'CWE-119',
    rank2024: 20,
    rank2025: null,
    name: 'Improper Restriction of Operations within the Bounds of a Memory Buffer',
    short: 'memory buffer bounds violation',
    description: 'Operations on a memory buffer can read or write outside its bounds.',
    severity: 'high',
    related: ['CWE-786', 'CWE-788', 'CWE-805', 'CWE-822', 'CWE-823', 'CWE-824'],
    python:
      'ctypes.create_string_buffer sized from one value and used with another, memmove with a length from input, numpy views over raw buffers.',
    purePython: false,
  }),
  E({
    id: 'CWE-476',
    rank2024: 21,
    rank2025: 13,
    name: 'NULL Pointer Dereference',
    short: 'NULL pointer dereference',
    description: 'A pointer that can be NULL is dereferenced.',
    severity: 'medium',
    related: ['CWE-690'],
    python:
      'ctypes functions that can return NULL (malloc, getenv, fopen) used without a check; None returned by a lookup used as an object.',
    purePython: false,
  }),
  E({
    id: 'CWE-798',
    rank2024: 22,
    rank2025: null,
    name: 'Use of Hard-coded Credentials',
    short: 'hard-coded credentials',
    description: 'A password, key or token is written into the source code.',
    severity: 'high',
    related: ['CWE-259', 'CWE-321'],
    python: 'passwords, API keys, SECRET_KEY or JWT secrets as string literals in code or default arguments.',
    purePython: true,
  }),
  E({
    id: 'CWE-190',
    rank2024: 23,
    rank2025: null,
    name: 'Integer Overflow or Wraparound',
    short: 'integer overflow',
    description: 'An integer calculation overflows a fixed-width type, wrapping to a wrong value.',
    severity: 'medium',
    related: ['CWE-680', 'CWE-191', 'CWE-128'],
    python:
      'numpy int32/uint8 arithmetic, ctypes.c_int/c_uint32 values, struct sizes computed from input and then used to allocate or index.',
    purePython: false,
  }),
  E({
    id: 'CWE-400',
    rank2024: 24,
    rank2025: null,
    name: 'Uncontrolled Resource Consumption',
    short: 'uncontrolled resource consumption',
    description: 'A resource (memory, CPU, connections, disk) can be exhausted because its use is not limited.',
    severity: 'medium',
    related: ['CWE-770', 'CWE-789', 'CWE-405', 'CWE-407', 'CWE-1333', 'CWE-409', 'CWE-674'],
    python:
      'request.read()/json of unbounded size, regexes with catastrophic backtracking on user input, requests without timeout, decompression bombs.',
    purePython: true,
  }),
  E({
    id: 'CWE-306',
    rank2024: 25,
    rank2025: 21,
    name: 'Missing Authentication for Critical Function',
    short: 'missing authentication',
    description: 'A function that needs a known user can be used without any authentication.',
    severity: 'critical',
    related: [],
    python:
      'admin, delete, reset or shutdown endpoints without login_required or any authentication decorator or check.',
    purePython: true,
  }),
  // Entries that only the 2025 list has; kept so users and imports that name them resolve.
  E({
    id: 'CWE-120',
    rank2024: null,
    rank2025: 11,
    name: "Buffer Copy without Checking Size of Input ('Classic Buffer Overflow')",
    short: 'classic buffer overflow',
    description: 'Input is copied into a buffer without checking that it fits.',
    severity: 'high',
    related: [],
    python: 'ctypes.memmove or strcpy through libc into a create_string_buffer of fixed size with input of any length.',
    purePython: false,
  }),
  E({
    id: 'CWE-121',
    rank2024: null,
    rank2025: 14,
    name: 'Stack-based Buffer Overflow',
    short: 'stack buffer overflow',
    description: 'A buffer on the stack is overwritten past its end.',
    severity: 'high',
    related: [],
    python: 'Rare in Python: C functions called through ctypes with stack buffers and lengths from Python.',
    purePython: false,
  }),
  E({
    id: 'CWE-122',
    rank2024: null,
    rank2025: 16,
    name: 'Heap-based Buffer Overflow',
    short: 'heap buffer overflow',
    description: 'A buffer on the heap is overwritten past its end.',
    severity: 'high',
    related: [],
    python: 'ctypes buffers allocated with one size and written with another, libc.malloc with computed sizes.',
    purePython: false,
  }),
  E({
    id: 'CWE-284',
    rank2024: null,
    rank2025: 19,
    name: 'Improper Access Control',
    short: 'improper access control',
    description: 'Access to a resource is not restricted, or restricted incorrectly.',
    severity: 'high',
    related: [],
    python:
      'world-writable files (os.chmod 0o777), services bound to 0.0.0.0 without access control, missing checks on resources.',
    purePython: true,
  }),
  E({
    id: 'CWE-639',
    rank2024: null,
    rank2025: 24,
    name: 'Authorization Bypass Through User-Controlled Key',
    short: 'insecure direct object reference',
    description: 'A user can reach another user\u2019s records by changing a key such as an id in the request.',
    severity: 'high',
    related: [],
    python: 'Model.objects.get(pk=request_id) or session.get(Model, id) without filtering on the current user.',
    purePython: true,
  }),
  E({
    id: 'CWE-770',
    rank2024: null,
    rank2025: 25,
    name: 'Allocation of Resources Without Limits or Throttling',
    short: 'allocation without limits',
    description: 'Resources are allocated on request with no limit on how many or how large.',
    severity: 'medium',
    related: [],
    python: 'lists, threads or files created per request without a cap, no rate limiting on expensive endpoints.',
    purePython: true,
  }),
];

const BY_ID: ReadonlyMap<string, CweEntry> = new Map(CATALOG.map((e) => [e.id, e]));

/** The 2024 Top 25 in rank order: the classes cwescan's models predict (plus "none"). */
export const TOP25_2024: readonly CweEntry[] = CATALOG.filter((e) => e.rank2024 !== null).sort(
  (a, b) => (a.rank2024 ?? 0) - (b.rank2024 ?? 0),
);

/** The 2025 Top 25 in rank order. */
export const TOP25_2025: readonly CweEntry[] = CATALOG.filter((e) => e.rank2025 !== null).sort(
  (a, b) => (a.rank2025 ?? 0) - (b.rank2025 ?? 0),
);

/** Canonical form of an id: "89", "cwe-89", "CWE89" -> "CWE-89"; null when it is not a CWE id at all. */
export function canonicalCweId(raw: string | number): CweId | null {
  const m = /^\s*(?:cwe[-_ ]?)?(\d{1,5})\s*$/i.exec(String(raw));
  return m ? (`CWE-${Number(m[1])}` as CweId) : null;
}

/** Catalog entry for an id in any accepted spelling, or undefined when the catalog has no such entry. */
export function getCwe(raw: string | number): CweEntry | undefined {
  const id = canonicalCweId(raw);
  return id ? BY_ID.get(id) : undefined;
}

/**
 * Maps an id to the 2024 Top 25 entry that covers it: itself, or the entry that lists it as related.
 * Example: toTop25("CWE-259") -> the CWE-798 entry; toTop25("CWE-327") -> undefined.
 */
export function toTop25(raw: string | number): CweEntry | undefined {
  const id = canonicalCweId(raw);
  if (!id) return undefined;
  const own = BY_ID.get(id);
  if (own && own.rank2024 !== null) return own;
  return TOP25_2024.find((e) => e.related.includes(id));
}

/** The MITRE page for an id. */
export function cweUrl(id: CweId): string {
  return `https://cwe.mitre.org/data/definitions/${id.slice(4)}.html`;
}
