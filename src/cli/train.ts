// `cwescan train pretrain`, `finetune`, `calibrate` and `soup`: thin commands over src/train/ (loaded lazily). They parse
// options, show a progress bar (or plain lines when stderr is not a terminal), turn Ctrl-C into a clean stop with a
// checkpoint, and print a summary. Exit codes: 0 done, 2 error, 130 interrupted (the checkpoint on disk can be resumed).
import { type Command, Option } from 'commander';
import cliProgress from 'cli-progress';
import pc from 'picocolors';
import { UsageError } from '../errors.js';
import type { TrainEvent } from '../train/events.js';
import { DEFAULT_FINETUNE, DEFAULT_PRETRAIN } from '../train/defaults.js';
import { CALL_FLATTENINGS, type CallFlattening } from '../python/flatten-calls.js';
import type { RegisterCommand } from './commands.js';

const int =
  (name: string) =>
  (v: string): number => {
    const n = Number(v);
    if (!Number.isInteger(n) || n < 0) throw new UsageError(`${name} must be a non-negative integer, got "${v}"`);
    return n;
  };
const num =
  (name: string) =>
  (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n < 0) throw new UsageError(`${name} must be a non-negative number, got "${v}"`);
    return n;
  };

const positive =
  (name: string) =>
  (v: string): number => {
    const n = int(name)(v);
    if (n < 1) throw new UsageError(`${name} must be at least 1, got "${v}"`);
    return n;
  };

export const registerTrain: RegisterCommand = (program, setExit) => {
  const train = program
    .command('train')
    .description('Pretrain a cwescan-gpt model on Python code, or fine-tune one on labelled examples.');
  const P = DEFAULT_PRETRAIN;
  train
    .command('pretrain')
    .description('Pretrain a decoder-only transformer on the .py files of some directories (language modelling).')
    .requiredOption('--corpus <dirs...>', 'directories (or files) of Python code')
    .requiredOption('--out <ckpt>', 'checkpoint directory to write (train_log.jsonl is kept inside it)')
    .option('--resume', 'continue the interrupted run in --out with its saved settings')
    .option(
      '--init <ckpt>',
      'continue pretraining this pretrained checkpoint (its weights, shape and tokenizer; a fresh optimizer and schedule)',
    )
    .option('--tokenizer <tokenizer.json>', 'use this tokenizer instead of training one on the corpus')
    .option('--steps <n>', 'optimizer steps', int('--steps'), P.steps)
    .option('--batch-size <n>', 'sequences per micro-batch', int('--batch-size'), P.batch_size)
    .option(
      '--accumulation <k>',
      'micro-batches per optimizer step (gradient accumulation)',
      int('--accumulation'),
      P.accumulation,
    )
    .option('--lr <x>', 'peak learning rate', num('--lr'), P.lr)
    .option('--min-lr <x>', 'learning rate at the end of the cosine decay', num('--min-lr'), P.min_lr)
    .option('--warmup <n>', 'linear warmup steps', int('--warmup'), P.warmup_steps)
    .option('--weight-decay <x>', 'AdamW weight decay', num('--weight-decay'), P.weight_decay)
    .option('--eval-every <n>', 'validate every n steps', int('--eval-every'), P.eval_every)
    .option(
      '--eval-sequences <n>',
      'sequences of 512 tokens (or --context) each validation reads: the first n of the held-out files, the same for every run with the same seed and tokenizer',
      int('--eval-sequences'),
      P.eval_sequences,
    )
    .option('--checkpoint-every <n>', 'write a checkpoint every n steps', int('--checkpoint-every'), P.checkpoint_every)
    .option('--log-every <n>', 'log a line every n steps', int('--log-every'), P.log_every)
    .option('--layers <n>', 'transformer blocks', int('--layers'), P.model.n_layer)
    .option('--embd <n>', 'model width', int('--embd'), P.model.n_embd)
    .option('--heads <n>', 'attention heads', int('--heads'), P.model.n_head)
    .option('--context <n>', 'context length in tokens', int('--context'), P.model.n_positions)
    .addOption(
      new Option('--positions <kind>', 'position embeddings')
        .choices(['learned', 'rope'])
        .default(P.model.position_embedding),
    )
    .option('--dropout <x>', 'dropout (resume is exact only with 0)', num('--dropout'), P.model.dropout)
    .option('--vocab-size <n>', 'vocabulary of the tokenizer trained for this run', int('--vocab-size'), P.vocab_size)
    .option(
      '--tokenizer-prompt-repeats <n>',
      "copies of the prompt text the tokenizer trains on beside the code (0: code only, as the default model's)",
      int('--tokenizer-prompt-repeats'),
      P.tokenizer_prompt_repeats,
    )
    .option(
      '--validation-fraction <x>',
      'share of files held out for validation',
      num('--validation-fraction'),
      P.validation_fraction,
    )
    .option('--seed <n>', 'random seed', int('--seed'), P.seed)
    .option('--name <name>', 'model name in config.json', P.name)
    .option('--threads <n>', 'ONNX Runtime threads (default: all cores)', positive('--threads'))
    .option('--quiet', 'no progress output')
    .action(async (o, cmd: Command) => {
      // The training modules (and ONNX Runtime) load only when a training command runs, not for every cwescan call.
      const { pretrain } = await import('../train/pretrain.js');
      if (o.init) {
        // The shape comes from the checkpoint; a shape option typed beside --init would be silently ignored.
        const shapeFlags: Record<string, string> = {
          layers: '--layers',
          embd: '--embd',
          heads: '--heads',
          context: '--context',
          positions: '--positions',
          vocabSize: '--vocab-size',
          tokenizerPromptRepeats: '--tokenizer-prompt-repeats',
        };
        const given = Object.keys(shapeFlags).filter((k) => cmd.getOptionValueSource(k) === 'cli');
        if (given.length > 0)
          throw new UsageError(
            `--init takes the model's shape and tokenizer from ${o.init}; drop ${given.map((k) => shapeFlags[k]).join(', ')}`,
          );
      }
      if (o.resume && (await alreadyComplete(o.out))) return;
      const ui = new ProgressUi(Boolean(o.quiet));
      const stop = interruptOnSigint();
      try {
        const r = await pretrain({
          corpus: o.corpus,
          out: o.out,
          resume: Boolean(o.resume),
          ...(o.tokenizer ? { tokenizer: o.tokenizer } : {}),
          ...(o.init ? { init: o.init } : {}),
          threads: o.threads,
          signal: stop.signal,
          onEvent: (e) => ui.on(e),
          hyper: {
            steps: o.steps,
            batch_size: o.batchSize,
            accumulation: o.accumulation,
            lr: o.lr,
            min_lr: o.minLr,
            warmup_steps: o.warmup,
            weight_decay: o.weightDecay,
            eval_every: o.evalEvery,
            eval_sequences: o.evalSequences,
            checkpoint_every: o.checkpointEvery,
            log_every: o.logEvery,
            vocab_size: o.vocabSize,
            tokenizer_prompt_repeats: o.tokenizerPromptRepeats,
            validation_fraction: o.validationFraction,
            seed: o.seed,
            name: o.name,
            model: {
              n_layer: o.layers,
              n_embd: o.embd,
              n_head: o.heads,
              n_positions: o.context,
              position_embedding: o.positions,
              dropout: o.dropout,
            },
          },
        });
        ui.stop();
        if (!r.complete) {
          process.stderr.write(
            `${pc.yellow('interrupted')} at step ${r.steps}: checkpoint written to ${r.out}; continue with --resume\n`,
          );
          setExit(130);
          return;
        }
        const ppl = r.valPpl === null ? 'n/a' : r.valPpl.toFixed(2);
        process.stdout.write(
          `pretrained ${r.out}: ${r.steps} steps, ${r.tokens.toLocaleString('en-US')} tokens, validation perplexity ${ppl}\n`,
        );
      } finally {
        ui.stop();
        stop.dispose();
      }
    });

  const F = DEFAULT_FINETUNE;
  train
    .command('finetune')
    .description('Instruction-tune a checkpoint on labelled examples (JSONL, accepted records only).')
    .requiredOption(
      '--base <ckpt>',
      'checkpoint to start from (pretrained, or fine-tuned: then its way of reading code, e.g. --signals, carries over)',
    )
    .requiredOption('--data <train.jsonl...>', 'training examples (several files are used together)')
    .option('--val <val.jsonl>', 'validation examples (early stopping keeps the best epoch)')
    .requiredOption('--out <ckpt>', 'checkpoint directory to write')
    .option(
      '--resume',
      'continue the interrupted run in --out with its saved settings (the same --base, --data, --val)',
    )
    .option('--epochs <n>', 'passes over the training data', int('--epochs'), F.epochs)
    .option('--batch-size <n>', 'examples per step', int('--batch-size'), F.batch_size)
    .option('--lr <x>', 'peak learning rate', num('--lr'), F.lr)
    .option('--min-lr <x>', 'learning rate at the end', num('--min-lr'), F.min_lr)
    .option('--weight-decay <x>', 'AdamW weight decay', num('--weight-decay'), F.weight_decay)
    .option('--balanced', 'class-balanced sampling (each label equally likely)')
    .option(
      '--patience <n>',
      'epochs without a better validation metric (--select) before stopping (0: never)',
      int('--patience'),
      F.patience,
    )
    .option('--with-description', "put each record's description in the prompt")
    .option('--signals', "put the snippet's static signals (risky calls and what flows into them) in the prompt")
    .option('--normalize-quotes', 'read code with its plain one-line strings in double quotes (\'a\' -> "a")')
    .option('--strip-comments', 'read code without comments and docstrings (their lines kept, empty)')
    .option('--remove-comments', 'read code without comments and docstrings and the lines they were alone on')
    .addOption(
      new Option(
        '--flatten-calls <how>',
        'read code with nested calls pulled apart, one per line (flatten-args; flatten-returns: a returned call too; flatten-chains: the call a method is called on too)',
      ).choices([...CALL_FLATTENINGS]),
    )
    .option('--dropout <p>', 'dropout while fine-tuning', num('--dropout'), F.dropout)
    .addOption(
      new Option('--select <metric>', 'validation metric that picks the best epoch and stops early')
        .choices(['loss', 'accuracy', 'f1'])
        .default(F.select),
    )
    .option(
      '--line-loss <w>',
      "weight of line supervision from the records' weakness lines (0: off)",
      num('--line-loss'),
      F.line_loss,
    )
    .option(
      '--pair-loss <w>',
      'weight of the twin-pair ranking loss: each bug/fix pair in a batch asks that the bug be less likely "none" than its fix (0: off)',
      num('--pair-loss'),
      F.pair_loss,
    )
    .option('--calibrate', 'shift the "none" logit so P(vulnerable) >= 0.5 is the best-F1 decision on --val')
    .option(
      '--checkpoint-every <n>',
      'also write a resumable checkpoint every n steps within an epoch (0: at epoch ends only)',
      int('--checkpoint-every'),
      F.checkpoint_every,
    )
    .option('--seed <n>', 'random seed', int('--seed'), F.seed)
    .option('--name <name>', 'model name in config.json', F.name)
    .option('--threads <n>', 'ONNX Runtime threads (default: all cores)', positive('--threads'))
    .option('--quiet', 'no progress output')
    .action(async (o, cmd: Command) => {
      if (o.resume && (await alreadyComplete(o.out))) return;
      const ui = new ProgressUi(Boolean(o.quiet));
      const stop = interruptOnSigint();
      try {
        const { finetune } = await import('../train/finetune.js');
        const hyper = {
          epochs: o.epochs,
          batch_size: o.batchSize,
          lr: o.lr,
          min_lr: o.minLr,
          weight_decay: o.weightDecay,
          balanced: Boolean(o.balanced),
          patience: o.patience,
          with_description: Boolean(o.withDescription),
          signals: Boolean(o.signals),
          normalize_quotes: Boolean(o.normalizeQuotes),
          strip_comments: Boolean(o.stripComments),
          remove_comments: Boolean(o.removeComments),
          ...(o.flattenCalls ? { flatten_calls: o.flattenCalls as CallFlattening } : {}),
          dropout: o.dropout,
          select: o.select,
          calibrate: Boolean(o.calibrate),
          line_loss: o.lineLoss,
          pair_loss: o.pairLoss,
          checkpoint_every: o.checkpointEvery,
          seed: o.seed,
          name: o.name,
        };
        // The options typed on the command line (not defaults): a resume reports those it ignores.
        const camel = (k: string) => k.replace(/_(.)/g, (_m, c: string) => c.toUpperCase());
        const explicit = Object.fromEntries(
          Object.entries(hyper).filter(([k]) => cmd.getOptionValueSource(camel(k)) === 'cli'),
        );
        const r = await finetune({
          base: o.base,
          data: o.data,
          ...(o.val ? { val: o.val } : {}),
          out: o.out,
          resume: Boolean(o.resume),
          threads: o.threads,
          signal: stop.signal,
          onEvent: (e) => ui.on(e),
          hyper,
          explicit,
        });
        ui.stop();
        const val =
          r.valAcc === null ? '' : `, validation accuracy ${(100 * r.valAcc).toFixed(1)}% (epoch ${r.bestEpoch})`;
        if (r.trainAcc === null) {
          process.stderr.write(
            `${pc.yellow('interrupted')} at step ${r.steps}: checkpoint written to ${r.out} (the best weights so far${val}); continue with --resume\n`,
          );
          setExit(130);
          return;
        }
        process.stdout.write(
          `fine-tuned ${r.out}: ${r.epochs} epochs, ${r.steps} steps, training accuracy ${(100 * r.trainAcc).toFixed(1)}%${val}, ${r.seconds.toFixed(1)} s\n`,
        );
      } finally {
        ui.stop();
        stop.dispose();
      }
    });
  addCalibrateCommand(train);
  addSoupCommand(train);
  addSetPromptCommand(train);
  addSetDtypeCommand(train);
};

/**
 * True (after saying so) when --out holds a finished run: scripts that always pass --resume can be re-run safely.
 */
async function alreadyComplete(out: string): Promise<boolean> {
  const { holdsCheckpoint, readManifest } = await import('../model/checkpoint.js');
  if (!(await holdsCheckpoint(out))) return false;
  const m = await readManifest(out).catch(() => undefined);
  if (!m?.training.complete) return false;
  process.stdout.write(`${out} is already complete (${m.training.step} steps); nothing to resume\n`);
  return true;
}

/** `cwescan train calibrate`: the "none" logit bias of a fine-tuned checkpoint, from a validation set or a threshold. */
function addCalibrateCommand(train: Command): void {
  train
    .command('calibrate')
    .description(
      'Set the "none" logit bias of a fine-tuned checkpoint so that P(vulnerable) >= 0.5 is the decision with the best binary F1 on a validation set (--val), or the decision P(vulnerable) >= p of the checkpoint as it is (--threshold p). Rewrites the checkpoint.',
    )
    .requiredOption('--model <ckpt>', 'fine-tuned checkpoint to calibrate (rewritten in place, atomically)')
    .option('--val <val.jsonl>', 'validation examples (never the test split): choose the cut with the best F1 there')
    .option(
      '--threshold <p>',
      'move the cut to P(vulnerable) >= p as the checkpoint scores now (a cut chosen elsewhere)',
    )
    .option('--threads <n>', 'ONNX Runtime threads (default: all cores)', positive('--threads'))
    .option('--name <name>', 'new model name in config.json')
    .action(async (o: { model: string; val?: string; threshold?: string; threads?: number; name?: string }) => {
      if ((o.val === undefined) === (o.threshold === undefined))
        throw new UsageError(
          'pass one of --val (choose the cut on validation data) or --threshold (a cut chosen elsewhere)',
        );
      const { calibrateCheckpoint, setThreshold } = await import('../train/calibrate-checkpoint.js');
      if (o.threshold !== undefined) {
        const r = await setThreshold({ model: o.model, threshold: Number(o.threshold), name: o.name });
        process.stdout.write(
          `calibrated ${o.model}: none-logit bias ${r.before.toFixed(4)} -> ${r.after.toFixed(4)}; P(vulnerable) >= 0.5 now decides as >= ${o.threshold} did\n`,
        );
        return;
      }
      const r = await calibrateCheckpoint({ model: o.model, val: o.val!, threads: o.threads, name: o.name });
      const f = (c: { f1: number; tp: number; fp: number; fn: number }): string =>
        `F1 ${(100 * c.f1).toFixed(1)}% (TP ${c.tp} FP ${c.fp} FN ${c.fn})`;
      process.stdout.write(
        `calibrated ${o.model} on ${r.examples} examples: none-logit bias ${r.after.bias.toFixed(4)}, ${f(r.after)}; before: ${f(r.before)}\n`,
      );
    });
}

/** `cwescan train set-prompt`: how a fine-tuned checkpoint reads code, without retraining. */
function addSetPromptCommand(train: Command): void {
  train
    .command('set-prompt')
    .description(
      'Change how a fine-tuned checkpoint reads code, keeping its weights (rewrites the checkpoint in place, atomically).',
    )
    .requiredOption('--model <ckpt>', 'fine-tuned checkpoint to change')
    .addOption(
      new Option(
        '--quotes <style>',
        'double: read plain one-line strings in double quotes, the style of the training data; off: as written',
      ).choices(['double', 'off']),
    )
    .addOption(
      new Option(
        '--comments <how>',
        'strip: read code without comments and docstrings, their lines left empty; remove: their lines left out too; keep: as written',
      ).choices(['strip', 'remove', 'keep']),
    )
    .addOption(
      new Option(
        '--calls <how>',
        'flatten-args: read nested call arguments pulled out one per line; flatten-returns: a returned call too; flatten-chains: the call a method is called on too; keep: as written',
      ).choices([...CALL_FLATTENINGS, 'keep']),
    )
    .option('--name <name>', 'new model name in config.json')
    .action(
      async (o: {
        model: string;
        quotes?: 'double' | 'off';
        comments?: 'strip' | 'remove' | 'keep';
        calls?: CallFlattening | 'keep';
        name?: string;
      }) => {
        if (!o.quotes && !o.comments && !o.calls) throw new UsageError('give --quotes, --comments or --calls');
        const { setPrompt } = await import('../train/set-prompt.js');
        const prompt = await setPrompt(o);
        process.stdout.write(`${o.model}: prompt ${JSON.stringify(prompt)}\n`);
      },
    );
}

/** `cwescan train set-dtype`: the precision a checkpoint stores its weights in (src/train/set-dtype.ts says why). */
function addSetDtypeCommand(train: Command): void {
  train
    .command('set-dtype')
    .description(
      "Store a checkpoint's weights in another precision (f16 halves the file; they still load and compute as float32). Rewrites the checkpoint in place, atomically, or writes a copy with --out.",
    )
    .requiredOption('--model <ckpt>', 'checkpoint to convert')
    .addOption(
      new Option(
        '--dtype <dtype>',
        'f16: half the size, each weight rounded once; bf16: same size, wider range, coarser; f32: full precision',
      )
        .choices(['f16', 'bf16', 'f32'])
        .makeOptionMandatory(),
    )
    .option('--out <dir>', 'write the converted checkpoint here and leave --model unchanged')
    .option('--name <name>', 'new model name in config.json')
    .action(async (o: { model: string; dtype: 'f16' | 'bf16' | 'f32'; out?: string; name?: string }) => {
      const { setDtype } = await import('../train/set-dtype.js');
      const r = await setDtype(o);
      const mb = (n: number): string => `${(n / 1e6).toFixed(1)} MB`;
      process.stdout.write(
        r.unchanged
          ? `${r.dir}: model.safetensors is already ${r.to}; nothing written\n`
          : `${r.dir}: model.safetensors ${r.from} -> ${r.to}, ${mb(r.bytesBefore)} -> ${mb(r.bytesAfter)}; measure it again before relying on the old figures\n`,
      );
    });
}

/** `cwescan train soup`: the mean of the weights of fine-tuned runs of one base (src/train/soup.ts says why). */
function addSoupCommand(train: Command): void {
  train
    .command('soup')
    .description(
      'Average the weights of fine-tuned runs of one base (a "model soup": one model, the size and speed of each run), optionally scoring every run and the soup on a validation set.',
    )
    .argument('<ckpt...>', 'fine-tuned checkpoints, at least two, fine-tuned from the same base')
    .requiredOption('--out <dir>', 'where to write the soup (must not hold a checkpoint)')
    .option('--val <val.jsonl>', 'validation examples to score each run and the soup on (never the test split)')
    .option('--name <name>', "model name in config.json (default: the first run's)")
    .option('--threads <n>', 'ONNX Runtime threads (default: all cores)', positive('--threads'))
    .action(async (inputs: string[], o: { out: string; val?: string; name?: string; threads?: number }) => {
      const { soup } = await import('../train/soup.js');
      const r = await soup({ inputs, ...o });
      const fig = (v?: { loss: number; acc: number; f1: number }): string =>
        v
          ? `: validation label loss ${v.loss.toFixed(4)}, accuracy ${(100 * v.acc).toFixed(1)}%, F1 ${(100 * v.f1).toFixed(1)}%`
          : '';
      for (const x of r.ingredients) process.stdout.write(`  ${x.path}${fig(x.val)}\n`);
      process.stdout.write(`soup of ${r.ingredients.length} runs -> ${r.out}${fig(r.val)}\n`);
    });
}

/** The first Ctrl-C asks the loop to stop after its step (and write a checkpoint); a second one kills as usual. */
function interruptOnSigint(): { signal: AbortSignal; dispose(): void } {
  const ctl = new AbortController();
  const handler = (): void => {
    process.stderr.write('\nstopping after this step (Ctrl-C again to kill)\n');
    ctl.abort();
  };
  process.once('SIGINT', handler);
  return { signal: ctl.signal, dispose: () => process.removeListener('SIGINT', handler) };
}

/** Progress bar on a terminal; plain lines for info, evaluations and checkpoints otherwise. */
class ProgressUi {
  private bar: cliProgress.SingleBar | undefined;
  private valPpl = '-';
  private valAcc = '-';
  constructor(private readonly quiet: boolean) {}

  on(e: TrainEvent): void {
    if (this.quiet) return;
    const tty = Boolean(process.stderr.isTTY);
    switch (e.type) {
      case 'info':
        this.line(e.message);
        break;
      case 'eval':
        this.valPpl = e.valPpl.toFixed(2);
        this.valAcc = (100 * e.valAcc).toFixed(1) + '%';
        this.bar?.update({ ppl: this.valPpl, acc: this.valAcc });
        if (!tty)
          this.line(
            `${e.phase} step ${e.step}: validation loss ${e.valLoss.toFixed(4)}, perplexity ${this.valPpl}, accuracy ${this.valAcc}`,
          );
        break;
      case 'checkpoint':
        if (!tty) this.line(`checkpoint at step ${e.step}: ${e.dir}`);
        break;
      case 'step': {
        if (!tty) return;
        const payload = {
          loss: e.loss.toFixed(4),
          ppl: this.valPpl,
          acc: this.valAcc,
          tps: Math.round(e.tokensPerSecond).toLocaleString('en-US'),
          lr: e.lr.toExponential(2),
        };
        if (!this.bar) {
          this.bar = new cliProgress.SingleBar(
            {
              format: `${e.phase} |{bar}| {value}/{total} steps | loss {loss} | val ppl {ppl} acc {acc} | {tps} tok/s | lr {lr} | ETA {eta_formatted}`,
              stream: process.stderr,
              hideCursor: true,
              etaBuffer: 50,
            },
            cliProgress.Presets.shades_classic,
          );
          this.bar.start(e.totalSteps, e.step, payload);
        } else this.bar.update(e.step, payload);
      }
    }
  }

  private line(msg: string): void {
    if (this.bar) this.bar.stop();
    this.bar = undefined;
    process.stderr.write(`${msg}\n`);
  }

  stop(): void {
    this.bar?.stop();
    this.bar = undefined;
  }
}
