// `cwescan dataset generate` end to end against a fake OpenAI-compatible server on 127.0.0.1 (random port):
// good answers, malformed model output, leaky candidates, a 500 then success, a timeout, and a 401.
import { createServer } from 'node:http';
import { copyFile, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { FIXTURES, runCli } from './dataset-cli.js';
let server;
let base;
let replies = [];
let seen = [];
beforeAll(async () => {
    server = createServer((req, res) => {
        let body = '';
        req.on('data', (d) => (body += d.toString()));
        req.on('end', () => {
            seen.push({ auth: req.headers.authorization, body: JSON.parse(body) });
            if (req.url !== '/v1/chat/completions') {
                res.writeHead(404).end('not found');
                return;
            }
            const r = replies.shift() ?? { status: 500, raw: 'no reply queued' };
            if (r.hang)
                return; // never answer: the client must time out
            res.writeHead(r.status ?? 200, { 'content-type': 'application/json' });
            res.end(r.raw ??
                JSON.stringify({
                    id: 'chatcmpl-1',
                    object: 'chat.completion',
                    choices: [{ index: 0, message: { role: 'assistant', content: r.content }, finish_reason: 'stop' }],
                }));
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}/v1`;
});
afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
});
let dir;
let data;
beforeEach(async () => {
    replies = [];
    seen = [];
    dir = await mkdtemp(join(tmpdir(), 'cwescan-gen-'));
    data = join(dir, 'examples.jsonl');
    await copyFile(`${FIXTURES}good.jsonl`, data);
});
afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
});
const FETCH_CODE = `import ipaddress
import socket
from urllib.parse import urlparse

import requests
from flask import Flask, abort, request

app = Flask(__name__)
ALLOWED_HOSTS = {"images.example.org", "cdn.example.org"}


def resolve_public(host):
    for info in socket.getaddrinfo(host, 443):
        if not ipaddress.ip_address(info[4][0]).is_global:
            return False
    return True


@app.get("/preview")
def preview():
    target = request.args.get("url", "")
    parts = urlparse(target)
    if parts.scheme != "https" or parts.hostname not in ALLOWED_HOSTS:
        abort(400)
    if not resolve_public(parts.hostname):
        abort(400)
    resp = requests.get(target, timeout=5, allow_redirects=False)
    return {"status": resp.status_code, "length": len(resp.content)}
`;
const VULN_CODE = `import requests
from flask import Flask, request

app = Flask(__name__)


def fetch_remote(url):
    resp = requests.get(url, timeout=5)
    return resp.status_code, resp.content


@app.get("/preview")
def preview():
    target = request.args.get("url", "")
    status, content = fetch_remote(target)
    return {"status": status, "length": len(content)}
`;
const good = {
    vulnerable: {
        code: VULN_CODE,
        lines: [8],
        explanation: 'The preview endpoint fetches whatever URL the client sends, so a caller can make the server request internal addresses such as the cloud metadata service.',
        tags: ['Flask', 'requests'],
    },
    fixed: {
        code: FETCH_CODE,
        lines: [],
        explanation: 'The URL must use https, name an allow-listed host and resolve only to public addresses, and redirects are not followed, so internal services cannot be reached.',
        tags: ['flask', 'requests'],
    },
};
const leaky = {
    vulnerable: {
        ...good.vulnerable,
        code: VULN_CODE.replace('def fetch_remote(url):', 'def fetch_remote_unsafe(url):'),
    },
    fixed: good.fixed,
};
const args = (...extra) => [
    'dataset',
    'generate',
    '--endpoint',
    base,
    '--model',
    'fake-model',
    '--cwe',
    'CWE-918',
    '--data',
    data,
    '--retry-delay',
    '10',
    ...extra,
];
describe('cwescan dataset generate', () => {
    it('retries a 500, rejects malformed output and leaky candidates, appends valid pairs as pending', async () => {
        replies = [
            { status: 500, raw: '{"error": "model is loading"}' },
            { content: 'Sure! Here are the examples: {"pairs": [ {"vulnerable": ' },
            { content: '```json\n' + JSON.stringify({ pairs: [leaky, good] }) + '\n```' },
        ];
        const r = await runCli(args('--count', '2', '--pairs'), { env: { CWESCAN_API_KEY: 'sekret-key-123' } });
        expect(r.stderr).toContain('retry 1/3 after: HTTP 500: {"error": "model is loading"}');
        expect(r.stdout).toContain('2 example(s) added');
        expect(r.stdout).toContain('rejected: answer 1: not valid JSON');
        expect(r.stdout).toContain("rejected: answer 2 pair 1: vulnerable: code line 7: definition 'fetch_remote_unsafe' gives the label away");
        expect(r.code).toBe(0);
        expect(r.stdout + r.stderr).not.toContain('sekret-key-123');
        expect(seen).toHaveLength(3);
        expect(seen[0].auth).toBe('Bearer sekret-key-123');
        expect(seen[0].body.model).toBe('fake-model');
        expect(seen[0].body.messages[1].content).toContain('CWE-918 (Server-Side Request Forgery (SSRF))');
        const rows = (await readFile(data, 'utf8'))
            .trim()
            .split('\n')
            .map((l) => JSON.parse(l));
        expect(rows).toHaveLength(10);
        const added = rows.slice(8);
        expect(added.map((x) => [x.vulnerable, x.source, x.review.status, x.cwe])).toEqual([
            [true, 'llm:fake-model', 'pending', 'CWE-918'],
            [false, 'llm:fake-model', 'pending', 'CWE-918'],
        ]);
        expect(added[0].twin).toBe(added[1].id);
        expect(added[1].twin).toBe(added[0].id);
        expect(added[0].id).toMatch(/^cwe918-llm-[0-9a-f]{10}-v$/);
        expect(added[0].lines).toEqual([8]);
        expect(added[0].tags).toEqual(['flask', 'requests']);
        const v = await runCli(['dataset', 'validate', '--data', data, '--no-balance']);
        expect(v.stdout).toContain('10 examples, no problems');
    });
    it('gives a clear error after timeouts and leaves the dataset untouched', async () => {
        const before = await readFile(data);
        replies = [{ hang: true }, { hang: true }];
        const r = await runCli(args('--count', '2', '--timeout', '0.3', '--retries', '1'));
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('cwescan: error E_ENDPOINT:');
        expect(r.stderr).toContain('failed 2 time(s); last error: no answer within 0.3 s (timeout)');
        expect(await readFile(data)).toEqual(before);
        expect(seen).toHaveLength(2);
    });
    it('does not retry a 401 and says where the key goes', async () => {
        replies = [{ status: 401, raw: '{"error": "invalid api key"}' }];
        const r = await runCli(args('--count', '1', '--vulnerable'), { env: { CWESCAN_API_KEY: '', OPENAI_API_KEY: '' } });
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('answered HTTP 401: {"error": "invalid api key"}');
        expect(r.stderr).toContain('CWESCAN_API_KEY or OPENAI_API_KEY');
        expect(seen).toHaveLength(1);
        expect(seen[0].auth).toBeUndefined();
    });
    it('sends response_format with --json-mode and stops at a server that does not speak the protocol', async () => {
        replies = [{ raw: '<html><body>Welcome to nginx</body></html>' }];
        const r = await runCli(args('--count', '2', '--json-mode'));
        expect(r.code).toBe(2);
        expect(seen[0].body.response_format).toEqual({ type: 'json_object' });
        expect(r.stderr).toContain('did not answer JSON: <html><body>Welcome to nginx</body></html>');
        expect(r.stderr).toContain('Is this an OpenAI-compatible chat-completions endpoint?');
    });
    it('refuses a CWE outside the Top 25', async () => {
        const r = await runCli(args('--count', '1', '--cwe', 'CWE-327'));
        expect(r.code).toBe(2);
        expect(r.stderr).toContain('--cwe CWE-327 is not one of the 2024 Top 25');
    });
});
//# sourceMappingURL=dataset-generate.test.js.map