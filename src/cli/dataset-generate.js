import { UsageError } from '../errors.js';
import { canonicalCweId, getCwe, TOP25_2024 } from '../cwe/catalog.js';
import { generateExamples } from '../dataset/generate.js';
import { buildGeneratePrompt } from '../dataset/generate-prompt.js';
import { loadDataset } from '../dataset/jsonl.js';
import { DEFAULT_DATA, intArg, numArg, out } from './dataset-options.js';
export function addGenerateCommand(dataset, setExit) {
    dataset
        .command('generate')
        .description('Ask an OpenAI-compatible chat endpoint for candidate examples; valid ones are added as pending.')
        .requiredOption('--endpoint <url>', 'base URL (e.g. http://127.0.0.1:8080/v1) or the full /chat/completions URL')
        .requiredOption('--model <name>', 'model name sent to the endpoint; recorded as source llm:<name>')
        .requiredOption('--cwe <id>', 'the Top-25 CWE to write about, e.g. CWE-89')
        .option('--count <n>', 'examples to add (a pair counts as two)', intArg('--count', 1), 10)
        .option('--vulnerable', 'only vulnerable examples')
        .option('--benign', 'only non-vulnerable examples that use the same APIs correctly')
        .option('--pairs', 'vulnerable examples with their fixed twins (the default)')
        .option('--data <path>', 'dataset JSONL file to append to', DEFAULT_DATA)
        .option('--batch <n>', 'examples asked for per request', intArg('--batch', 1), 4)
        .option('--max-requests <n>', 'stop after this many requests (default: 3 per batch needed)', intArg('--max-requests', 1))
        .option('--timeout <seconds>', 'per-request timeout', numArg('--timeout', 0.01, 3600), 120)
        .option('--retries <n>', 'retries after a timeout, network error, 429 or 5xx', intArg('--retries', 0), 3)
        .option('--retry-delay <ms>', 'first backoff delay, doubled on each retry', intArg('--retry-delay', 0), 1000)
        .option('--temperature <t>', 'sampling temperature', numArg('--temperature', 0, 2), 0.8)
        .option('--api-key-env <name>', 'environment variable holding the API key (default: CWESCAN_API_KEY, then OPENAI_API_KEY)')
        .option('--json-mode', 'send response_format {"type":"json_object"} (llama.cpp, vLLM, Ollama and OpenAI support it)')
        .option('--print-prompt', 'print the chat messages of the first request and exit without sending anything')
        .action(async (opts) => {
        const modes = [opts.vulnerable && 'vulnerable', opts.benign && 'benign', opts.pairs && 'pairs'].filter(Boolean);
        if (modes.length > 1)
            throw new UsageError('choose one of --vulnerable, --benign and --pairs');
        const mode = (modes[0] || 'pairs');
        const cwe = canonicalCweId(opts.cwe);
        if (!cwe || !TOP25_2024.some((e) => e.id === cwe)) {
            throw new UsageError(`--cwe ${opts.cwe} is not one of the 2024 Top 25`, {
                hint: `Use one of ${TOP25_2024.map((e) => e.id).join(', ')}.`,
            });
        }
        if (opts.printPrompt) {
            const per = mode === 'pairs' ? Math.max(1, Math.ceil(opts.batch / 2)) : opts.batch;
            const existing = await loadDataset(opts.data).catch(() => []);
            const slug = cwe.toLowerCase().replace('-', '');
            const ids = existing.map((e) => e.id).filter((id) => id.startsWith(slug));
            for (const m of buildGeneratePrompt(getCwe(cwe), mode, Math.min(per, opts.count), ids)) {
                out(`--- ${m.role}\n${m.content}\n`);
            }
            return;
        }
        const keyVar = opts.apiKeyEnv ?? (process.env.CWESCAN_API_KEY ? 'CWESCAN_API_KEY' : 'OPENAI_API_KEY');
        const result = await generateExamples({
            endpoint: opts.endpoint,
            model: opts.model,
            cwe,
            count: opts.count,
            mode,
            dataPath: opts.data,
            batch: opts.batch,
            maxRequests: opts.maxRequests,
            timeoutMs: opts.timeout * 1000,
            retries: opts.retries,
            retryDelayMs: opts.retryDelay,
            temperature: opts.temperature,
            apiKey: process.env[keyVar] || undefined,
            jsonMode: Boolean(opts.jsonMode),
            log: (line) => process.stderr.write(line + '\n'),
        });
        out(`${result.added.length} example(s) added to ${opts.data} as pending (source llm:${opts.model}); ` +
            `${result.rejected.length} candidate(s) rejected; ${result.requests} request(s)\n`);
        for (const r of result.rejected)
            out(`  rejected: ${r}\n`);
        if (result.added.length < opts.count)
            setExit(1);
    });
}
//# sourceMappingURL=dataset-generate.js.map