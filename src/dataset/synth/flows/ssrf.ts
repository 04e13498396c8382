// CWE-918: the server fetches a URL taken from the request. Fixes check the URL's host against an allowlist before
// fetching, or fetch a fixed host with the input as a query parameter; a scheme check alone is not a fix.
import { type Line, line } from '../code.js';
import type { Picker } from '../random.js';
import { type Flow, type PairForm, type Sink, call, drawPair } from './flow.js';

type Fetch = { fetch: (url: string) => string; imports: string[] };

function drawFetch(p: Picker): Fetch {
  return p.pick<Fetch>([
    { fetch: (u) => `requests.get(${u}, timeout=5).text`, imports: ['import requests'] },
    { fetch: (u) => `requests.get(${u}, timeout=10).json()`, imports: ['import requests'] },
    { fetch: (u) => `urlopen(${u}, timeout=5).read()`, imports: ['from urllib.request import urlopen'] },
    { fetch: (u) => `httpx.get(${u}).text`, imports: ['import httpx'] },
  ]);
}

const ALLOWED: Line[] = [line('ALLOWED_HOSTS = {"api.example.com", "cdn.example.com"}')];

function allowlist(v: string, reject: string): Line[] {
  return [line(`if urlparse(${v}).hostname not in ALLOWED_HOSTS:`), line(`    ${reject}`)];
}

export const ssrf: Flow = {
  cwe: 'CWE-918',
  name: 'fetch',
  wish: { webOnly: true },
  keys: ['url', 'target', 'feed', 'image_url', 'callback', 'source'],
  handlers: ['preview_link', 'fetch_feed', 'proxy_image', 'check_webhook', 'import_from_url', 'unfurl'],
  results: ['body', 'page', 'payload', 'content'],
  pair(p) {
    const f = drawFetch(p);
    const imports = [...f.imports, 'from urllib.parse import urlparse'];
    const pairs: PairForm[] = [
      [
        call((a) => f.fetch(a), { imports: f.imports }),
        'fetches the URL given in the request, so it can reach internal hosts and cloud metadata endpoints',
        { ...call((a) => f.fetch(a), { imports, setup: ALLOWED }), guard: allowlist },
        'fetches the URL only when its host is in ALLOWED_HOSTS',
      ],
      [
        {
          ...call((a) => f.fetch(a), { imports: f.imports }),
          guard: (v, reject) => [line(`if not ${v}.startswith(("http://", "https://")):`), line(`    ${reject}`)],
        },
        'checks only the scheme of the URL given in the request before fetching it, so any host is reachable',
        { ...call((a) => f.fetch(a), { imports, setup: ALLOWED }), guard: allowlist },
        'fetches the URL only when its host is in ALLOWED_HOSTS',
      ],
      [
        { ...call((a) => f.fetch(`f"http://{${a}}/status"`), { imports: f.imports }), needsName: true },
        'builds the URL from a host name given in the request, so it can reach internal hosts',
        {
          ...call((a) => f.fetch(`f"http://{${a}}/status"`), { imports, setup: ALLOWED }),
          needsName: true,
          guard: (v, reject) => [line(`if ${v} not in ALLOWED_HOSTS:`), line(`    ${reject}`)],
        },
        'builds the URL only from a host in ALLOWED_HOSTS',
      ],
    ];
    return drawPair(p, pairs);
  },
  lookalike(p) {
    const f = drawFetch(p);
    return p.pick([
      {
        sink: call(() => f.fetch('"https://api.example.com/v1/status"'), { imports: f.imports }),
        why: 'The handler fetches a fixed URL; the request does not choose where it goes.',
      },
      {
        sink: {
          imports: ['import requests'],
          render: (a: string) => ({
            pre: [],
            expr: `requests.get("https://api.example.com/search", params={"q": ${a}}, timeout=5).json()`,
          }),
        } satisfies Sink,
        why: 'The handler sends the input as a query parameter to a fixed host.',
      },
    ]);
  },
};
