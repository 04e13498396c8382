// The decoder-only transformer, defined once: pre-norm blocks, learned or rotary positions, tied embeddings,
// optional LoRA adapters. Built into the engine's graph for training (LM loss + backward + AdamW) and inference.
import { z } from 'zod';
import { CwescanError } from '../errors.js';
import { GraphBuilder, type Value } from '../engine/graph.js';
import { applyRope, causalMaskTable, crossEntropy, gelu, maskedMean, rmsNorm, ropeTables, silu } from '../engine/nn.js';
import type { AdamWConfig } from '../engine/optimizer.js';
import { hash32, mulberry32, normalSampler } from '../engine/rng.js';
import { GraphSession, TrainingSession, type SessionOptions } from '../engine/session.js';
import { int64Tensor, type FloatDType, type HostTensor } from '../engine/tensor.js';
import type { LossBuilder, ParamSpec } from '../engine/train-graph.js';
import { int8Initializers, int8Linear, quantizeInt8, type Int8WeightValues } from './quantize.js';

/** Hyper-parameters with HF-style names (GPT-2's where they exist). */
export const TransformerConfigSchema = z.object({
  vocab_size: z.number().int().positive(),
  /** Maximum context length. */
  n_positions: z.number().int().positive(),
  n_embd: z.number().int().positive(),
  n_layer: z.number().int().positive(),
  n_head: z.number().int().positive(),
  /** MLP hidden size; default 4 * n_embd. */
  n_inner: z.preprocess((v) => (v === null ? undefined : v), z.number().int().positive().optional()), // HF writes null
  /** 'gelu_new' (tanh GELU, GPT-2) or 'silu'. */
  activation_function: z.enum(['gelu_new', 'silu']).default('gelu_new'),
  /** 'layernorm' or 'rmsnorm'. */
  norm: z.enum(['layernorm', 'rmsnorm']).default('layernorm'),
  layer_norm_epsilon: z.number().positive().default(1e-5),
  /** 'learned' absolute positions (GPT-2, transformer.wpe) or 'rope' (rotary, no position table). */
  position_embedding: z.enum(['learned', 'rope']).default('learned'),
  rope_theta: z.number().positive().default(10000),
  /** Dropout on embeddings, attention probabilities and residual branches (training graphs only). */
  dropout: z.number().min(0).max(0.9).default(0),
  /** Biases on linear layers and layer norms. */
  bias: z.boolean().default(true),
  initializer_range: z.number().positive().default(0.02),
  /** The LM head is the token embedding (always tied here). */
  tie_word_embeddings: z.literal(true).default(true),
});

export type TransformerConfig = z.infer<typeof TransformerConfigSchema>;

/** Validates a raw config (e.g. parsed config.json), reporting every problem with its path. */
export function parseTransformerConfig(raw: unknown): TransformerConfig {
  const r = TransformerConfigSchema.safeParse(raw);
  if (!r.success) {
    const problems = r.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new CwescanError('E_CONFIG', `invalid transformer config: ${problems}`);
  }
  const c = r.data;
  if (c.n_embd % c.n_head !== 0)
    throw new CwescanError('E_CONFIG', `n_embd ${c.n_embd} is not divisible by n_head ${c.n_head}`);
  if (c.position_embedding === 'rope' && (c.n_embd / c.n_head) % 2 !== 0) {
    throw new CwescanError('E_CONFIG', `rope needs an even head size, got ${c.n_embd / c.n_head}`);
  }
  return c;
}

/** LoRA adapters: W x + (alpha / rank) * B (A x) on the named sub-modules of every block. */
export interface LoraConfig {
  /** Sub-module names inside a block: 'attn.c_attn', 'attn.c_proj', 'mlp.c_fc', 'mlp.c_proj'. */
  readonly targets: readonly string[];
  readonly rank: number;
  readonly alpha: number;
}

export interface ParamOptions {
  /** Adds LoRA adapters; then only the adapters train unless `trainBase` is set. */
  readonly lora?: LoraConfig;
  /** Parameter names (or prefixes ending in '.') that stay fixed. */
  readonly freeze?: readonly string[];
  /** With LoRA, also train the base weights (default false). */
  readonly trainBase?: boolean;
}

const LINEARS: Record<string, (c: TransformerConfig) => [number, number]> = {
  'attn.c_attn': (c) => [c.n_embd, 3 * c.n_embd],
  'attn.c_proj': (c) => [c.n_embd, c.n_embd],
  'mlp.c_fc': (c) => [c.n_embd, innerSize(c)],
  'mlp.c_proj': (c) => [innerSize(c), c.n_embd],
};

function innerSize(c: TransformerConfig): number {
  return c.n_inner ?? 4 * c.n_embd;
}

/**
 * Every parameter with its shape, in a stable order (HF GPT-2 names; linear weights are (in, out) like GPT-2's Conv1D).
 * `paramSpecs(cfg)[0] -> { name: 'transformer.wte.weight', shape: [vocab_size, n_embd], trainable: true, decay: true }`
 */
export function paramSpecs(config: TransformerConfig, options: ParamOptions = {}): ParamSpec[] {
  const c = config;
  const specs: { name: string; shape: number[]; decay: boolean }[] = [];
  const add = (name: string, shape: number[], decay: boolean) => specs.push({ name, shape, decay });
  const norm = (prefix: string) => {
    add(`${prefix}.weight`, [c.n_embd], false);
    if (c.bias && c.norm === 'layernorm') add(`${prefix}.bias`, [c.n_embd], false);
  };
  add('transformer.wte.weight', [c.vocab_size, c.n_embd], true);
  if (c.position_embedding === 'learned') add('transformer.wpe.weight', [c.n_positions, c.n_embd], true);
  for (let i = 0; i < c.n_layer; i++) {
    const h = `transformer.h.${i}`;
    norm(`${h}.ln_1`);
    for (const [mod, dims] of Object.entries(LINEARS)) {
      if (mod === 'mlp.c_fc') norm(`${h}.ln_2`);
      add(`${h}.${mod}.weight`, dims(c), true);
      if (c.bias) add(`${h}.${mod}.bias`, [dims(c)[1]], false);
    }
  }
  norm('transformer.ln_f');
  const frozen = (name: string) =>
    (options.lora && !options.trainBase) ||
    (options.freeze ?? []).some((f) => name === f || (f.endsWith('.') && name.startsWith(f)));
  const out: ParamSpec[] = specs.map((s) => ({ ...s, trainable: !frozen(s.name) }));
  if (options.lora) {
    for (const t of options.lora.targets) {
      if (!LINEARS[t])
        throw new CwescanError('E_CONFIG', `unknown LoRA target '${t}'; use one of ${Object.keys(LINEARS).join(', ')}`);
    }
    for (let i = 0; i < c.n_layer; i++) {
      for (const t of options.lora.targets) {
        const [fin, fout] = (LINEARS[t] as (c: TransformerConfig) => [number, number])(c);
        out.push({
          name: `transformer.h.${i}.${t}.lora_A`,
          shape: [fin, options.lora.rank],
          trainable: true,
          decay: false,
        });
        out.push({
          name: `transformer.h.${i}.${t}.lora_B`,
          shape: [options.lora.rank, fout],
          trainable: true,
          decay: false,
        });
      }
    }
  }
  return out;
}

/**
 * Deterministic GPT-2-style initialisation: N(0, 0.02) weights, residual projections scaled by 1/sqrt(2 n_layer),
 * zero biases, unit norm weights; LoRA A ~ N(0, 1/in), B = 0 (so adapters start as a no-op).
 * `initParams(cfg, 1).get('transformer.ln_f.weight')` is all ones; the same seed gives the same tensors.
 */
export function initParams(
  config: TransformerConfig,
  seed: number,
  options: ParamOptions = {},
): Map<string, HostTensor> {
  const out = new Map<string, HostTensor>();
  for (const spec of paramSpecs(config, options)) {
    const n = spec.shape.reduce((a, b) => a * b, 1);
    const data = new Float32Array(n);
    const name = spec.name;
    if (name.endsWith('lora_B') || name.endsWith('.bias')) {
      // zeros
    } else if (/\.ln_\d\.weight$|\.ln_f\.weight$/.test(name)) {
      data.fill(1);
    } else {
      let std = config.initializer_range;
      if (name.endsWith('c_proj.weight')) std /= Math.sqrt(2 * config.n_layer);
      if (name.endsWith('lora_A')) std = 1 / Math.sqrt(spec.shape[0] as number);
      const normal = normalSampler(mulberry32((seed ^ hash32(name)) >>> 0));
      for (let i = 0; i < n; i++) data[i] = normal() * std;
    }
    out.set(name, { dtype: 'float32', shape: [...spec.shape], data });
  }
  return out;
}

/**
 * Folds LoRA adapters into their base weights (W + (alpha / rank) A B) and drops the adapter tensors, so a
 * fine-tuned model ships and runs as a plain model (and can use the fused inference kernels).
 * `mergeLora(cfg, trained, lora).has('transformer.h.0.attn.c_attn.lora_A') === false`
 */
export function mergeLora(
  config: TransformerConfig,
  params: ReadonlyMap<string, HostTensor>,
  lora: LoraConfig,
): Map<string, HostTensor> {
  const out = new Map<string, HostTensor>();
  for (const [k, v] of params) if (!k.endsWith('.lora_A') && !k.endsWith('.lora_B')) out.set(k, v);
  const scale = lora.alpha / lora.rank;
  for (let i = 0; i < config.n_layer; i++) {
    for (const t of lora.targets) {
      const base = `transformer.h.${i}.${t}`;
      const w = params.get(`${base}.weight`);
      const a = params.get(`${base}.lora_A`);
      const b = params.get(`${base}.lora_B`);
      if (!w || !a || !b)
        throw new CwescanError('E_CHECKPOINT', `cannot merge LoRA into '${base}': weight or adapters missing`);
      const [fin, fout] = w.shape as [number, number];
      const r = a.shape[1] as number;
      const merged = Float32Array.from(w.data as Float32Array);
      const ad = a.data as Float32Array;
      const bd = b.data as Float32Array;
      for (let x = 0; x < fin; x++) {
        for (let k = 0; k < r; k++) {
          const av = (ad[x * r + k] as number) * scale;
          if (av === 0) continue;
          for (let y = 0; y < fout; y++)
            merged[x * fout + y] = (merged[x * fout + y] as number) + av * (bd[k * fout + y] as number);
        }
      }
      out.set(`${base}.weight`, { dtype: 'float32', shape: [fin, fout], data: merged });
    }
  }
  return out;
}

/**
 * Renames the tensors of a Hugging Face GPT-2 checkpoint to this model's names: adds the `transformer.` prefix when
 * missing, drops the causal-mask buffers (`attn.bias`, `attn.masked_bias`) and the tied `lm_head.weight`.
 * GPT-2's layout (Conv1D (in, out) weights, q|k|v columns, gelu_new, learned positions) is this model's layout.
 * `fromHfGpt2Names(new Map([['h.0.attn.c_attn.weight', w]]))` -> Map { 'transformer.h.0.attn.c_attn.weight' => w }
 */
export function fromHfGpt2Names<T>(tensors: ReadonlyMap<string, T>): Map<string, T> {
  const out = new Map<string, T>();
  for (const [name, t] of tensors) {
    if (/\.attn\.(bias|masked_bias)$/.test(name) || name === 'lm_head.weight') continue;
    out.set(name.startsWith('transformer.') ? name : `transformer.${name}`, t);
  }
  return out;
}

export interface BodyOptions {
  /** Training graphs apply dropout; inference graphs never do. */
  readonly training: boolean;
  /** Seed of the Dropout nodes (each node gets seed + its index). */
  readonly dropoutSeed?: number;
  readonly lora?: LoraConfig;
  /** Inference only: use ORT's fused float32 kernels (Attention, FastGelu) where they apply; default true. */
  readonly fused?: boolean;
  /** Inference only: int8 versions of linear weights, by float weight name; those layers run as integer GEMMs. */
  readonly int8?: ReadonlyMap<string, Int8WeightValues>;
  /**
   * Inference only, learned positions: the caller needs one row per sequence, rows (B,) = b * T + positions (B,).
   * The last block then runs its attention queries, output projection and MLP on those B rows alone (keys and
   * values still cover every position), and the body returns (B, C) instead of (B*T, C): for label scoring that
   * skips about a fifth of the work.
   */
  readonly outputRows?: { readonly rows: Value; readonly positions: Value };
}

/**
 * A linear layer on (N, in) rows: Gemm with fused bias (or an int8 GEMM when the weight is quantized), plus a LoRA
 * branch when adapters exist.
 */
function linear(g: GraphBuilder, p: ReadonlyMap<string, Value>, name: string, x: Value, options: BodyOptions): Value {
  const lora = options.lora;
  const b = p.get(`${name}.bias`);
  const q = options.int8?.get(`${name}.weight`);
  let y = q ? int8Linear(g, x, q, b) : g.gemm(x, need(p, `${name}.weight`), b); // (N, out)
  const a = p.get(`${name}.lora_A`);
  const bb = p.get(`${name}.lora_B`);
  if (lora && a && bb) {
    const xa = g.gemm(x, a); // (N, r)
    y = g.gemm(xa, bb, y, { alpha: lora.alpha / lora.rank }); // (N, out) = y + s * (x A) B
  }
  return y;
}

function need(p: ReadonlyMap<string, Value>, name: string): Value {
  const v = p.get(name);
  if (!v) throw new CwescanError('E_GRAPH', `missing parameter '${name}'`);
  return v;
}

function normLayer(
  g: GraphBuilder,
  c: TransformerConfig,
  p: ReadonlyMap<string, Value>,
  prefix: string,
  x: Value,
): Value {
  const w = need(p, `${prefix}.weight`);
  if (c.norm === 'rmsnorm') return rmsNorm(g, x, w, c.layer_norm_epsilon);
  return g.layerNorm(
    x,
    w,
    p.get(`${prefix}.bias`) ??
      g.constant({
        dtype: g.dtype,
        shape: [c.n_embd],
        data: g.dtype === 'float32' ? new Float32Array(c.n_embd) : new Float64Array(c.n_embd),
      }),
    c.layer_norm_epsilon,
  ).y;
}

/**
 * Adds the transformer body to `g`: token ids (B, T) int64 -> final-normed hidden states as rows (B*T, C).
 * Use `g.reshape(h, [B, T, C])` for (B, T, C). Right padding is harmless: attention is causal.
 */
export function transformerBodyRows(
  g: GraphBuilder,
  config: TransformerConfig,
  p: ReadonlyMap<string, Value>,
  inputIds: Value,
  options: BodyOptions,
): Value {
  const c = config;
  if (inputIds.shape.length !== 2)
    throw new CwescanError('E_GRAPH', `input_ids must be (B, T), got rank ${inputIds.shape.length}`);
  const [B, T] = inputIds.shape as [string | number, string | number];
  const C = c.n_embd;
  const H = c.n_head;
  const D = C / H;
  const N = typeof B === 'number' && typeof T === 'number' ? B * T : `${B}*${T}`;
  const dt = g.dtype;
  const drop = options.training && c.dropout > 0;
  let seed = options.dropoutSeed ?? 1234;
  const dropout = (x: Value) => (drop ? g.dropout(x, c.dropout, seed++).y : x);

  let x = g.gather(need(p, 'transformer.wte.weight'), inputIds); // (B, T, C)
  if (c.position_embedding === 'learned') x = g.add(x, g.slice(need(p, 'transformer.wpe.weight'), 0, 0, T)); // + (T, C)
  let h = g.reshape(dropout(x), [N, C]); // (N, C)

  const maskTable = g.constant(causalMaskTable(dt, c.n_positions), 'causal_mask');
  const mask = g.slice(g.slice(maskTable, 0, 0, T), 1, 0, T); // (T, T)
  let cos: Value | undefined;
  let sin: Value | undefined;
  if (c.position_embedding === 'rope') {
    const tables = ropeTables(dt, c.n_positions, D, c.rope_theta);
    cos = g.slice(g.constant(tables.cos, 'rope_cos'), 0, 0, T); // (T, D)
    sin = g.slice(g.constant(tables.sin, 'rope_sin'), 0, 0, T); // (T, D)
  }
  const qScale = g.scalar(1 / Math.sqrt(D));
  // Inference in float32 may use ORT's fused CPU kernels (not differentiable, float32 only); training graphs and
  // float64 graphs always use the plain ops. Tests check both paths give the same outputs.
  const fused = !options.training && dt === 'float32' && options.fused !== false;
  const fusedAttention = fused && c.position_embedding === 'learned' && !options.lora?.targets.includes('attn.c_attn');
  const activation = (f: Value): Value => {
    if (c.activation_function === 'silu') return silu(g, f);
    if (fused)
      return g.node('FastGelu', [f], [{ dtype: dt, shape: f.shape }], {}, { domain: 'com.microsoft' })[0] as Value;
    return gelu(g, f);
  };

  const trimLast = options.outputRows && !options.training && c.position_embedding === 'learned';
  if (options.outputRows && !trimLast)
    throw new CwescanError('E_GRAPH', 'outputRows needs an inference graph with learned positions');
  for (let i = 0; i < c.n_layer; i++) {
    const pre = `transformer.h.${i}`;
    if (trimLast && i === c.n_layer - 1) {
      h = lastBlockAtRows(g, c, p, h, options, options.outputRows!, { B, T, mask: maskTable, activation });
      continue;
    }
    // Attention: (N, C) -> qkv (N, 3C) -> (3, B, H, T, D) -> causal softmax(q k^T / sqrt(D)) v -> (N, C)
    const a = normLayer(g, c, p, `${pre}.ln_1`, h);
    // The fused Attention kernel reads a float32 qkv weight: a layer whose qkv is int8 takes the plain ops.
    if (fusedAttention && !options.int8?.has(`${pre}.attn.c_attn.weight`)) {
      // ORT's fused CPU Attention (com.microsoft): qkv projection + causal multi-head attention in one kernel.
      const wq = need(p, `${pre}.attn.c_attn.weight`);
      const bq =
        p.get(`${pre}.attn.c_attn.bias`) ??
        g.constant({ dtype: 'float32', shape: [3 * C], data: new Float32Array(3 * C) });
      const [ctx] = g.node(
        'Attention',
        [g.reshape(a, [B, T, C]), wq, bq],
        [{ dtype: dt, shape: [B, T, C] }],
        { num_heads: { i: H }, unidirectional: { i: 1 } },
        { domain: 'com.microsoft' },
      ) as [Value];
      const att = linear(g, p, `${pre}.attn.c_proj`, g.reshape(ctx, [N, C]), options); // (N, C)
      h = g.add(h, att);
      const m = normLayer(g, c, p, `${pre}.ln_2`, h);
      const f = linear(g, p, `${pre}.mlp.c_fc`, m, options);
      h = g.add(h, linear(g, p, `${pre}.mlp.c_proj`, activation(f), options));
      continue;
    }
    const qkv = linear(g, p, `${pre}.attn.c_attn`, a, options); // (N, 3C)
    const heads = g.transpose(g.reshape(qkv, [B, T, 3, H, D]), [2, 0, 3, 1, 4]); // (3, B, H, T, D)
    const [q0, k0, v] = g.split(heads, 0, [1, 1, 1]).map((t) => g.reshape(t, [B, H, T, D])) as [Value, Value, Value];
    let q = q0; // (B, H, T, D)
    let k = k0;
    if (cos && sin) {
      q = applyRope(g, q, cos, sin);
      k = applyRope(g, k, cos, sin);
    }
    const scores = g.add(g.matmul(g.mul(q, qScale), g.transpose(k, [0, 1, 3, 2])), mask); // (B, H, T, T)
    const probs = dropout(g.softmax(scores, -1));
    const ctx = g.transpose(g.matmul(probs, v), [0, 2, 1, 3]); // (B, T, H, D)
    const att = linear(g, p, `${pre}.attn.c_proj`, g.reshape(ctx, [N, C]), options); // (N, C)
    h = g.add(h, dropout(att));
    // MLP: (N, C) -> (N, inner) -> act -> (N, C)
    const m = normLayer(g, c, p, `${pre}.ln_2`, h);
    const f = linear(g, p, `${pre}.mlp.c_fc`, m, options);
    h = g.add(h, dropout(linear(g, p, `${pre}.mlp.c_proj`, activation(f), options)));
  }
  return normLayer(g, c, p, 'transformer.ln_f', h); // (N, C), or (B, C) with outputRows
}

/**
 * The last block for the selected rows only (see BodyOptions.outputRows): keys and values from every position,
 * one query per sequence masked to positions <= its own, then output projection, residual and MLP on (B, C).
 */
function lastBlockAtRows(
  g: GraphBuilder,
  c: TransformerConfig,
  p: ReadonlyMap<string, Value>,
  h: Value,
  options: BodyOptions,
  at: { readonly rows: Value; readonly positions: Value },
  ctx: { B: string | number; T: string | number; mask: Value; activation: (f: Value) => Value },
): Value {
  const { B, T } = ctx;
  const C = c.n_embd;
  const H = c.n_head;
  const D = C / H;
  const pre = `transformer.h.${c.n_layer - 1}`;
  const a = normLayer(g, c, p, `${pre}.ln_1`, h);
  const qkv = linear(g, p, `${pre}.attn.c_attn`, a, options); // (N, 3C)
  const [, kv] = g.split(qkv, 1, [C, 2 * C]) as [Value, Value];
  const heads = g.transpose(g.reshape(kv, [B, T, 2, H, D]), [2, 0, 3, 1, 4]); // (2, B, H, T, D)
  const [k, v] = g.split(heads, 0, [1, 1]).map((t) => g.reshape(t, [B, H, T, D])) as [Value, Value];
  const [qRows] = g.split(g.gather(qkv, at.rows), 1, [C, 2 * C]) as [Value, Value]; // (B, C)
  const q = g.transpose(g.reshape(qRows, [B, 1, H, D]), [0, 2, 1, 3]); // (B, H, 1, D)
  // Row positions[b] of the causal mask table: 0 up to that position, -inf after (covers right padding too).
  const mask = g.reshape(g.slice(g.gather(ctx.mask, at.positions), 1, 0, T), [B, 1, 1, T]);
  const scores = g.add(g.matmul(g.mul(q, g.scalar(1 / Math.sqrt(D))), g.transpose(k, [0, 1, 3, 2])), mask);
  const attended = g.reshape(g.transpose(g.matmul(g.softmax(scores, -1), v), [0, 2, 1, 3]), [B, C]); // (B, C)
  let x = g.add(g.gather(h, at.rows), linear(g, p, `${pre}.attn.c_proj`, attended, options)); // (B, C)
  const m = normLayer(g, c, p, `${pre}.ln_2`, x);
  x = g.add(x, linear(g, p, `${pre}.mlp.c_proj`, ctx.activation(linear(g, p, `${pre}.mlp.c_fc`, m, options)), options));
  return x;
}

/** The body as (B, T, C) hidden states, for callers that add their own heads. */
export function transformerBody(
  g: GraphBuilder,
  config: TransformerConfig,
  p: ReadonlyMap<string, Value>,
  inputIds: Value,
  options: BodyOptions,
): Value {
  const [B, T] = inputIds.shape as [string | number, string | number];
  return g.reshape(transformerBodyRows(g, config, p, inputIds, options), [B, T, config.n_embd]);
}

/** Tied LM head: rows (N, C) -> logits (N, V) = h @ wte^T. */
export function lmHead(g: GraphBuilder, p: ReadonlyMap<string, Value>, rows: Value): Value {
  return g.gemm(rows, need(p, 'transformer.wte.weight'), undefined, { transB: true });
}

/** Data inputs of the LM training graph. */
export interface LmBatch {
  /** (B, T) int64 token ids, right-padded. */
  readonly input_ids: HostTensor;
  /** (B, T) int64 next-token targets (any valid id, e.g. 0, where loss_mask is 0). */
  readonly targets: HostTensor;
  /** (B, T) float 1 where the token counts in the loss (all real tokens when pretraining, response tokens when fine-tuning). */
  readonly loss_mask: HostTensor;
}

export interface LmLossOptions {
  /** Fix batch size and sequence length in the graph; default symbolic ('B', 'T'). */
  readonly batch?: number;
  readonly seqLen?: number;
  readonly dropoutSeed?: number;
  readonly lora?: LoraConfig;
  /** Also output the forward logits (B, T, V) (tests; implies allRows). */
  readonly exposeLogits?: boolean;
  /** Compute logits for every position, not only those with loss_mask > 0 (same loss; slower when masks are sparse). */
  readonly allRows?: boolean;
}

/**
 * The masked LM loss: mean over tokens with loss_mask = 1 of -log p(target). Graph inputs input_ids, targets (B, T)
 * int64 and loss_mask (B, T) float; `batch`/`seqLen` fix the shapes (or leave them symbolic).
 */
export function lmLoss(config: TransformerConfig, options: LmLossOptions = {}): LossBuilder {
  return (g, p) => {
    const B = options.batch ?? 'B';
    const T = options.seqLen ?? 'T';
    const ids = g.input('input_ids', 'int64', [B, T]);
    const targets = g.input('targets', 'int64', [B, T]);
    const mask = g.input('loss_mask', g.dtype, [B, T]);
    const rows = transformerBodyRows(g, config, p, ids, {
      training: true,
      dropoutSeed: options.dropoutSeed,
      lora: options.lora,
    });
    const N = rows.shape[0] as string | number;
    const flatTargets = g.reshape(targets, [N]); // (N,)
    const flatMask = g.reshape(mask, [N]); // (N,)
    if (!options.allRows && !options.exposeLogits) {
      // Only rows with loss_mask > 0 need logits. When fine-tuning, that is a few response tokens per sequence, and
      // the tied LM head (3 Gemms of N x C x V per step) is the largest cost of the step: select the rows first.
      const sel = g.nonZeroIndices(flatMask, 'K'); // (K,)
      const logits = lmHead(g, p, g.gather(rows, sel)); // (K, V)
      const perToken = crossEntropy(g, logits, g.gather(flatTargets, sel)); // (K,)
      return { loss: maskedMean(g, perToken, g.gather(flatMask, sel)) };
    }
    const logits = lmHead(g, p, rows); // (N, V)
    const perToken = crossEntropy(g, logits, flatTargets); // (N,)
    const loss = maskedMean(g, perToken, flatMask);
    // exposeLogits: also output the forward logits (B, T, V), to compare training and inference graphs.
    return {
      loss,
      outputs: options.exposeLogits ? { logits: g.reshape(logits, [B, T, config.vocab_size]) } : undefined,
    };
  };
}

export interface TrainerOptions extends SessionOptions, ParamOptions {
  readonly adamw?: Partial<AdamWConfig>;
  readonly accumulationSteps?: number;
  readonly maxGradNorm?: number;
  readonly dropoutSeed?: number;
  /** Fix batch size and sequence length in the graph (lets ORT plan memory); default symbolic. */
  readonly batch?: number;
  readonly seqLen?: number;
  /** float64 for gradient checks; default float32. */
  readonly dtype?: FloatDType;
  /** Also output the forward logits (B, T, V) of each step (tests; costs a copy). */
  readonly exposeLogits?: boolean;
  /** Logits for every position, not only masked ones (see LmLossOptions.allRows). */
  readonly allRows?: boolean;
}

/**
 * A training session for the LM loss. Parameters missing from `params` (e.g. new LoRA adapters) are initialised
 * from `seed`.
 *
 * ```ts
 * const trainer = await createTransformerTrainer(cfg, initParams(cfg, 1), { threads: 2 });
 * const r = await trainer.step({ input_ids, targets, loss_mask }, 3e-4); // r.loss
 * const weights = trainer.parameters(); // Map<name, HostTensor>
 * ```
 */
export async function createTransformerTrainer(
  config: TransformerConfig,
  params: ReadonlyMap<string, HostTensor>,
  options: TrainerOptions = {},
  seed = 0,
): Promise<TrainingSession> {
  const specs = paramSpecs(config, options);
  const initial = new Map(params);
  const fresh = specs.some((s) => !initial.has(s.name)) ? initParams(config, seed, options) : undefined;
  for (const s of specs) if (!initial.has(s.name) && fresh) initial.set(s.name, fresh.get(s.name) as HostTensor);
  return TrainingSession.create({
    ...options,
    params: specs,
    initial,
    loss: lmLoss(config, options),
    validateBatch: (batch) => {
      checkTokenBatch(config, batch.input_ids as HostTensor);
      checkTokenBatch(config, batch.targets as HostTensor, undefined, 'targets');
    },
  });
}

export interface InferenceOptions extends SessionOptions {
  /** Full logits (B, T, V). */
  readonly logits?: boolean;
  /** Full final hidden states (B, T, C). */
  readonly hidden?: boolean;
  /** Outputs at one position per row, given by an int64 'positions' (B,) input: hidden_at (B, C) and logits_at (B, V). */
  readonly atPositions?: boolean;
  /** With atPositions: also 'subset_logits_at' (B, K), logits of these token ids only (cheap label scoring). */
  readonly tokenSubset?: readonly number[];
  /**
   * With tokenSubset: leave out 'logits_at' (B, V), whose full-vocabulary head is about 7% of label scoring's time
   * and unused by it.
   */
  readonly subsetOnly?: boolean;
  /**
   * With tokenSubset: also 'subset_logits' (B, T, K), the subset's logits at every position (per-line label
   * probabilities of line-supervised models). Needs the last block over all positions.
   */
  readonly subsetAll?: boolean;
  readonly lora?: LoraConfig;
  readonly dtype?: FloatDType;
  /** Use ORT's fused float32 kernels (Attention, FastGelu) where they apply; default true. */
  readonly fused?: boolean;
  /**
   * Quantize the weights of the linear layers inside the blocks to int8 (per output column) and run them as
   * integer GEMMs. Embeddings, norms and the LM head stay float32. Needs baked-in float32 weights.
   */
  readonly int8?: boolean;
}

/** Names of the block weights that `int8` quantizes: every linear layer inside the transformer blocks. */
export function int8WeightNames(config: TransformerConfig): string[] {
  const names: string[] = [];
  for (let i = 0; i < config.n_layer; i++) {
    for (const l of ['attn.c_attn', 'attn.c_proj', 'mlp.c_fc', 'mlp.c_proj'])
      names.push(`transformer.h.${i}.${l}.weight`);
  }
  return names;
}

/**
 * Builds the forward graph with the given parameters baked in as initializers. Inputs: input_ids (B, T) int64
 * and, with atPositions, positions (B,) int64. Outputs as selected in `options`.
 */
export function buildInferenceGraph(
  config: TransformerConfig,
  params: ReadonlyMap<string, HostTensor> | 'inputs',
  options: InferenceOptions = {},
): GraphBuilder {
  const dt = options.dtype ?? 'float32';
  const g = new GraphBuilder('transformer_forward', dt);
  const ids = g.input('input_ids', 'int64', ['B', 'T']);
  const p = new Map<string, Value>();
  for (const spec of paramSpecs(config, { lora: options.lora })) {
    if (params === 'inputs') {
      // Weights fed at run time (e.g. a training session's live tensors): shared, not copied.
      p.set(spec.name, g.input(spec.name, dt, spec.shape));
      continue;
    }
    const t = params.get(spec.name);
    if (!t) throw new CwescanError('E_CHECKPOINT', `missing parameter '${spec.name}'`);
    if (t.shape.length !== spec.shape.length || t.shape.some((d, i) => d !== spec.shape[i])) {
      throw new CwescanError(
        'E_CHECKPOINT',
        `parameter '${spec.name}' has shape [${t.shape.join(', ')}], expected [${spec.shape.join(', ')}]`,
      );
    }
    p.set(spec.name, g.initializer(spec.name, convert(t, dt)));
  }
  let int8: Map<string, Int8WeightValues> | undefined;
  if (options.int8) {
    if (params === 'inputs' || dt !== 'float32' || options.lora) {
      throw new CwescanError('E_GRAPH', 'int8 inference needs baked-in float32 weights without LoRA adapters');
    }
    int8 = new Map();
    for (const name of int8WeightNames(config)) {
      int8.set(name, int8Initializers(g, name, quantizeInt8(params.get(name)!)));
    }
  }
  let at: { rows: Value; positions: Value } | undefined;
  if (options.atPositions) {
    const pos = g.input('positions', 'int64', ['B']);
    // Row index of (b, positions[b]) in the flattened (B*T) rows: b * T + positions[b].
    const bScalar = g.reshape(g.dimTensor('B'), []);
    const tScalar = g.reshape(g.dimTensor('T'), []);
    const range = g.node(
      'Range',
      [g.constant(int64Tensor([], [0])), bScalar, g.constant(int64Tensor([], [1]))],
      [{ dtype: 'int64', shape: ['B'] }],
    )[0] as Value;
    const rowIdx = g.node(
      'Add',
      [g.node('Mul', [range, tScalar], [{ dtype: 'int64', shape: ['B'] }])[0] as Value, pos],
      [{ dtype: 'int64', shape: ['B'] }],
    )[0] as Value;
    at = { rows: rowIdx, positions: pos };
  }
  // Only the position rows are wanted: the last block can skip the others (learned positions; see outputRows).
  const onlyAt =
    at && !options.hidden && !options.logits && !options.subsetAll && config.position_embedding === 'learned';
  const rows = transformerBodyRows(g, config, p, ids, {
    training: false,
    lora: options.lora,
    fused: options.fused,
    ...(int8 ? { int8 } : {}),
    ...(onlyAt ? { outputRows: at } : {}),
  }); // (B*T, C), or (B, C) when onlyAt
  const C = config.n_embd;
  if (options.hidden) g.output(g.reshape(rows, ['B', 'T', C]), 'hidden');
  if (options.logits) g.output(g.reshape(lmHead(g, p, rows), ['B', 'T', config.vocab_size]), 'logits');
  const subset =
    options.tokenSubset && (at || options.subsetAll)
      ? g.gather(
          need(p, 'transformer.wte.weight'),
          g.constant(int64Tensor([options.tokenSubset.length], options.tokenSubset)),
        )
      : undefined; // (K, C)
  if (subset && options.subsetAll) {
    const all = g.gemm(rows, subset, undefined, { transB: true }); // (B*T, K)
    g.output(g.reshape(all, ['B', 'T', options.tokenSubset!.length]), 'subset_logits');
  }
  if (at) {
    const atRows = onlyAt ? rows : g.gather(rows, at.rows); // (B, C)
    g.output(atRows, 'hidden_at');
    if (!(options.subsetOnly && options.tokenSubset)) g.output(lmHead(g, p, atRows), 'logits_at'); // (B, V)
    if (subset) g.output(g.gemm(atRows, subset, undefined, { transB: true }), 'subset_logits_at'); // (B, K)
  }
  if (g.outputs.length === 0)
    throw new CwescanError('E_GRAPH', 'inference graph has no outputs: choose hidden, logits or atPositions');
  return g;
}

function convert(t: HostTensor, dt: FloatDType): HostTensor {
  if (t.dtype === dt) return t;
  return {
    dtype: dt,
    shape: t.shape,
    data: dt === 'float32' ? Float32Array.from(t.data as Float64Array) : Float64Array.from(t.data as Float32Array),
  };
}

/** Forward-only session over baked-in weights. */
/**
 * Checks a token batch before it reaches ONNX Runtime: ids (B, T) int64 within the vocabulary, T within the
 * context, positions (B,) within [0, T). Throws E_ENGINE naming the problem.
 */
export function checkTokenBatch(
  config: TransformerConfig,
  ids: HostTensor,
  positions?: HostTensor,
  what = 'input_ids',
): void {
  if (ids.dtype !== 'int64' || ids.shape.length !== 2) {
    throw new CwescanError('E_ENGINE', `${what} must be int64 (B, T), got ${ids.dtype} (${ids.shape.join(', ')})`);
  }
  const [B, T] = ids.shape as [number, number];
  if (T < 1 || T > config.n_positions) {
    throw new CwescanError('E_ENGINE', `sequence length ${T} is outside 1..${config.n_positions} (n_positions)`, {
      hint: 'truncate or chunk the input to the model context',
    });
  }
  const data = ids.data as BigInt64Array;
  const V = BigInt(config.vocab_size);
  for (let i = 0; i < data.length; i++) {
    const x = data[i] as bigint;
    if (x < 0n || x >= V) {
      throw new CwescanError(
        'E_ENGINE',
        `${what}[${Math.floor(i / T)}, ${i % T}] = ${x} is outside the vocabulary 0..${config.vocab_size - 1}`,
      );
    }
  }
  if (positions) {
    if (positions.dtype !== 'int64' || positions.shape.length !== 1 || positions.shape[0] !== B) {
      throw new CwescanError(
        'E_ENGINE',
        `positions must be int64 (${B}), got ${positions.dtype} (${positions.shape.join(', ')})`,
      );
    }
    for (const x of positions.data as BigInt64Array) {
      if (x < 0n || x >= BigInt(T)) throw new CwescanError('E_ENGINE', `position ${x} is outside 0..${T - 1}`);
    }
  }
}

/** Forward-only session: weights baked in, or shared live with a training session (fromTrainer). */
export class TransformerInference {
  private constructor(
    private readonly session: GraphSession,
    private readonly config: TransformerConfig,
    private readonly weights?: () => ReadonlyMap<string, HostTensor>,
  ) {}

  /** Bakes `params` into the graph as initializers (ORT can then pre-pack them). */
  static async create(
    config: TransformerConfig,
    params: ReadonlyMap<string, HostTensor>,
    options: InferenceOptions = { hidden: true },
  ): Promise<TransformerInference> {
    return new TransformerInference(
      await GraphSession.create(buildInferenceGraph(config, params, options), options),
      config,
    );
  }

  /**
   * Shares the weights of a live training session: every run feeds the trainer's current parameter tensors
   * (no copy), so it always sees the latest step. Use it for evaluation during training.
   */
  static async fromTrainer(
    config: TransformerConfig,
    trainer: TrainingSession,
    options: InferenceOptions = { hidden: true },
  ): Promise<TransformerInference> {
    const g = buildInferenceGraph(config, 'inputs', { ...options, dtype: trainer.dtype });
    return new TransformerInference(await GraphSession.create(g, options), config, () => trainer.parameters());
  }

  /**
   * `run(ids (B, T) int64, positions? (B,) int64)` -> the selected outputs by name
   * (hidden, logits, hidden_at, logits_at, subset_logits_at, subset_logits).
   */
  async run(inputIds: HostTensor, positions?: HostTensor): Promise<Record<string, HostTensor>> {
    checkTokenBatch(this.config, inputIds, positions);
    const feeds: Record<string, HostTensor> = { input_ids: inputIds };
    if (positions) feeds.positions = positions;
    if (this.weights) for (const [k, v] of this.weights()) feeds[k] = v;
    return this.session.run(feeds);
  }

  async release(): Promise<void> {
    await this.session.release();
  }
}
