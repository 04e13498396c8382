// CWE-798: a password, key or token written into the code. Fixes read it from the environment (or let the client
// library find credentials itself); look-alikes have constants that are not secrets.
import { type Line, assemble, line } from './code.js';
import { fillers } from './fillers.js';
import type { Picker } from './random.js';
import type { Drawn, Template } from './template.js';

/** A module using one credential: `secret` is the line or expression holding it, the rest is the same for both. */
interface Use {
  readonly imports: string[];
  readonly tags: string[];
  /**
   * The module's lines given how the credential is written: a literal (bug) or read from outside (fix). Everything
   * else is drawn before, so both calls give the same module but for the credential.
   */
  lines(literal: boolean): Line[];
  readonly bugWhy: string;
  readonly fixWhy: string;
}

function draw(p: Picker): Use {
  const env = p.pick(['os.environ["%s"]', 'os.environ.get("%s", "")', 'os.getenv("%s")']);
  const fromEnv = (name: string) => env.replace('%s', name);
  const uses: (() => Use)[] = [
    () => {
      const key = `${p.pick(['sk_live_', 'pk_', 'key-', ''])}${p.token(p.pick([24, 32]))}`;
      const api = p.pick(['payments', 'billing', 'crm', 'mailer']);
      const what = p.pick(['invoices', 'contacts', 'orders']);
      return {
        imports: ['import requests', 'import os'],
        tags: ['requests'],
        lines: (lit) => [
          line(`API_URL = "https://${api}.example.com/v2"`),
          line(lit ? `API_KEY = "${key}"` : `API_KEY = ${fromEnv(`${api.toUpperCase()}_API_KEY`)}`, lit),
          line(''),
          line(''),
          line(`def fetch_${what}(account_id):`),
          line('    response = requests.get('),
          line('        f"{API_URL}/accounts/{account_id}",'),
          line('        headers={"Authorization": f"Bearer {API_KEY}"},'),
          line('        timeout=10,'),
          line('    )'),
          line('    response.raise_for_status()'),
          line('    return response.json()'),
        ],
        bugWhy: 'The module writes the API key into the code, so everyone who can read the code or its history has it.',
        fixWhy: 'The module reads the API key from the environment; the code holds no secret.',
      };
    },
    () => {
      const pw = p.token(p.pick([10, 14, 18]));
      const host = p.pick(['db.internal', 'localhost', '10.0.3.12']);
      const dbname = p.pick(['app', 'inventory', 'accounts']);
      return {
        imports: ['import psycopg2', 'import os'],
        tags: ['psycopg2'],
        lines: (lit) => [
          line(`DB_HOST = "${host}"`),
          line(''),
          line(''),
          line('def connect():'),
          line('    return psycopg2.connect('),
          line('        host=DB_HOST,'),
          line(`        dbname="${dbname}",`),
          line('        user="app",'),
          line(lit ? `        password="${pw}",` : `        password=${fromEnv('DB_PASSWORD')},`, lit),
          line('    )'),
        ],
        bugWhy: 'The function connects with a database password written into the code.',
        fixWhy: 'The function takes the database password from the environment.',
      };
    },
    () => {
      const pw = p.token(16);
      return {
        imports: ['import smtplib', 'import os'],
        tags: ['smtplib'],
        lines: (lit) => [
          line('def send_alert(message):'),
          line('    with smtplib.SMTP("smtp.example.com", 587) as server:'),
          line('        server.starttls()'),
          line(
            lit
              ? `        server.login("alerts@example.com", "${pw}")`
              : `        server.login("alerts@example.com", ${fromEnv('SMTP_PASSWORD')})`,
            lit,
          ),
          line('        server.sendmail("alerts@example.com", ["ops@example.com"], message)'),
        ],
        bugWhy: 'The function logs in to the mail server with a password written into the code.',
        fixWhy: 'The function logs in with a password read from the environment.',
      };
    },
    () => {
      const secret = p.token(32);
      return {
        imports: ['import jwt', 'import os', 'import time'],
        tags: ['pyjwt'],
        lines: (lit) => [
          line(lit ? `SECRET_KEY = "${secret}"` : `SECRET_KEY = ${fromEnv('JWT_SECRET')}`, lit),
          line(''),
          line(''),
          line('def issue_token(user_id):'),
          line('    payload = {"sub": str(user_id), "exp": int(time.time()) + 3600}'),
          line('    return jwt.encode(payload, SECRET_KEY, algorithm="HS256")'),
        ],
        bugWhy: 'The module signs tokens with a key written into the code, so anyone who reads it can forge tokens.',
        fixWhy: 'The module reads the signing key from the environment.',
      };
    },
    () => {
      const id = `AKIA${p.token(16).toUpperCase()}`;
      const secret = p.token(40);
      return {
        imports: ['import boto3'],
        tags: ['boto3'],
        lines: (lit) => [
          line('def upload_report(path, key):'),
          ...(lit
            ? [
                line('    s3 = boto3.client('),
                line('        "s3",'),
                line(`        aws_access_key_id="${id}",`, true),
                line(`        aws_secret_access_key="${secret}",`, true),
                line('    )'),
              ]
            : [line('    s3 = boto3.client("s3")')]),
          line('    s3.upload_file(path, "reports-bucket", key)'),
        ],
        bugWhy: 'The function creates the S3 client with an access key pair written into the code.',
        fixWhy: 'The function lets boto3 find credentials in the environment or the instance role.',
      };
    },
  ];
  return p.pick(uses)();
}

function module(use: Use, around: Line[][], literal: boolean): Drawn {
  const { code, lines } = assemble({ imports: use.imports, setup: [], blocks: [use.lines(literal), ...around] });
  return { code, lines, tags: use.tags, why: literal ? use.bugWhy : use.fixWhy };
}

export const hardCodedSecrets: Template = {
  cwe: 'CWE-798',
  name: 'secret',
  pair(p) {
    const use = draw(p);
    // Helper functions around it, as in the flows' modules, the same for both.
    const around = fillers(p.int(3), (c) => p.int(c));
    return { bug: module(use, around, true), fix: module(use, around, false) };
  },
  lookalike(p) {
    const [text, why] = p.pick<[Line[], string]>([
      [
        [
          line('PASSWORD_MIN_LENGTH = 12'),
          line(''),
          line(''),
          line('def password_ok(password):'),
          line('    return len(password) >= PASSWORD_MIN_LENGTH and not password.isdigit()'),
        ],
        'The constant is a length rule, not a secret; the password checked comes from the caller.',
      ],
      [
        [
          line('def ask_credentials():'),
          line('    user = input("user: ")'),
          line('    password = getpass.getpass("password: ")'),
          line('    return user, password'),
        ],
        'The password is typed in at run time with getpass; none is written into the code.',
      ],
      [
        [
          line('TOKEN_HEADER = "Authorization"'),
          line('TOKEN_SCHEME = "Bearer "'),
          line(''),
          line(''),
          line('def bearer(headers):'),
          line('    value = headers.get(TOKEN_HEADER, "")'),
          line('    return value[len(TOKEN_SCHEME):] if value.startswith(TOKEN_SCHEME) else None'),
        ],
        'The constants name a header and its prefix; the token itself comes from the request.',
      ],
    ]);
    // Helper functions around it, as in the flows' modules (and so that it is as long as the dataset asks).
    const around = fillers(1 + p.int(2), (c) => p.int(c));
    const { code } = assemble({ imports: ['import getpass'], setup: [], blocks: [text, ...around] });
    return { code, lines: [], tags: [], why };
  },
};
