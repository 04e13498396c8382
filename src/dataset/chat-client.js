// A minimal client for OpenAI-compatible chat completions (OpenAI, vLLM, llama.cpp server, Ollama, LM Studio):
// one POST per call, a per-request timeout, retries with exponential backoff on timeouts, network errors, 429 and
// 5xx, and clear E_ENDPOINT errors otherwise. The API key goes in the Authorization header and never into a message.
import { setTimeout as sleep } from 'node:timers/promises';
import { z } from 'zod';
import { CwescanError } from '../errors.js';
const ResponseSchema = z.object({
    choices: z
        .array(z.object({ message: z.object({ content: z.string().nullable() }).passthrough() }).passthrough())
        .min(1),
});
/**
 * The chat-completions URL for an endpoint.
 * Example: completionsUrl('http://127.0.0.1:8080/v1/') -> 'http://127.0.0.1:8080/v1/chat/completions'
 */
export function completionsUrl(endpoint) {
    let url;
    try {
        url = new URL(endpoint);
    }
    catch {
        throw new CwescanError('E_USAGE', `--endpoint ${endpoint} is not a URL`, {
            hint: 'Give a URL such as http://127.0.0.1:8080/v1 (llama.cpp) or http://127.0.0.1:11434/v1 (Ollama).',
        });
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
        throw new CwescanError('E_USAGE', `--endpoint must be http or https, not ${url.protocol}`);
    }
    const trimmed = url.href.replace(/\/+$/, '');
    return trimmed.endsWith('/chat/completions') ? trimmed : `${trimmed}/chat/completions`;
}
class Retryable extends Error {
    waitMs;
    constructor(message, waitMs) {
        super(message);
        this.waitMs = waitMs;
    }
}
/** Sends one chat request (with retries) and returns the assistant message text. */
export async function chatComplete(messages, opts) {
    const url = completionsUrl(opts.endpoint);
    const redact = (s) => (opts.apiKey ? s.split(opts.apiKey).join('[redacted]') : s);
    const body = JSON.stringify({
        model: opts.model,
        messages,
        temperature: opts.temperature,
        ...(opts.jsonMode ? { response_format: { type: 'json_object' } } : {}),
    });
    const headers = { 'content-type': 'application/json', accept: 'application/json' };
    if (opts.apiKey)
        headers.authorization = `Bearer ${opts.apiKey}`;
    let lastError = '';
    for (let attempt = 0; attempt <= opts.retries; attempt++) {
        if (attempt > 0) {
            opts.log?.(`  retry ${attempt}/${opts.retries} after: ${lastError}`);
        }
        try {
            return await once(url, headers, body, opts.timeoutMs);
        }
        catch (err) {
            if (!(err instanceof Retryable))
                throw err;
            lastError = redact(err.message);
            if (attempt < opts.retries)
                await sleep(err.waitMs ?? opts.retryDelayMs * 2 ** attempt);
        }
    }
    throw new CwescanError('E_ENDPOINT', `${url} failed ${opts.retries + 1} time(s); last error: ${lastError}`, {
        hint: 'Check that the server is running and the model is loaded; raise --timeout or --retries for slow servers.',
    });
}
async function once(url, headers, body, timeoutMs) {
    let res;
    let text;
    try {
        res = await fetch(url, { method: 'POST', headers, body, signal: AbortSignal.timeout(timeoutMs) });
        text = await res.text();
    }
    catch (err) {
        const name = err.name;
        if (name === 'TimeoutError' || name === 'AbortError') {
            throw new Retryable(`no answer within ${(timeoutMs / 1000).toFixed(1)} s (timeout)`);
        }
        const cause = err.cause;
        throw new Retryable(`cannot reach the endpoint: ${cause?.code ?? cause?.message ?? err.message}`);
    }
    if (res.status === 429 || res.status === 408 || res.status >= 500) {
        const after = Number(res.headers.get('retry-after'));
        const waitMs = Number.isFinite(after) && after > 0 ? Math.min(after, 60) * 1000 : undefined;
        throw new Retryable(`HTTP ${res.status}: ${excerpt(text)}`, waitMs);
    }
    if (!res.ok) {
        throw new CwescanError('E_ENDPOINT', `${url} answered HTTP ${res.status}: ${excerpt(text)}`, {
            hint: res.status === 401 || res.status === 403
                ? 'Set the API key in CWESCAN_API_KEY or OPENAI_API_KEY (or name the variable with --api-key-env).'
                : res.status === 404
                    ? 'Check the endpoint URL (it usually ends in /v1) and the model name.'
                    : undefined,
        });
    }
    let json;
    try {
        json = JSON.parse(text);
    }
    catch {
        throw new CwescanError('E_ENDPOINT', `${url} did not answer JSON: ${excerpt(text)}`, {
            hint: 'Is this an OpenAI-compatible chat-completions endpoint?',
        });
    }
    const parsed = ResponseSchema.safeParse(json);
    if (!parsed.success) {
        throw new CwescanError('E_ENDPOINT', `${url} answered JSON without choices[0].message.content: ${excerpt(text)}`, {
            hint: 'Is this an OpenAI-compatible chat-completions endpoint?',
        });
    }
    return parsed.data.choices[0].message.content ?? '';
}
function excerpt(text) {
    const one = text.replace(/\s+/g, ' ').trim();
    return one.length > 200 ? `${one.slice(0, 200)}...` : one || '(empty body)';
}
//# sourceMappingURL=chat-client.js.map