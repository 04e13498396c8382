import { beforeAll, describe, expect, it } from 'vitest';
import type { Parser } from 'web-tree-sitter';
import { getPythonParser } from '../../python/parser.js';
import { signalsOf } from '../../python/signals.js';
import { ExampleSchema } from '../schema.js';
import { checkExample, checkTwins } from '../validate.js';
import { SYNTH_CWES, synthesize } from './synth.js';

let parser: Parser;
beforeAll(async () => {
  parser = await getPythonParser();
});

describe('synthesize', () => {
  const records = synthesize({ pairs: 30, lookalikes: 8, seed: 1 });

  it('writes the asked number of pairs and look-alikes for every template', () => {
    for (const cwe of SYNTH_CWES) {
      const mine = records.filter((r) => r.cwe === cwe);
      expect(mine.filter((r) => r.vulnerable)).toHaveLength(30);
      expect(mine.filter((r) => !r.vulnerable && r.twin !== null)).toHaveLength(30);
      expect(mine.filter((r) => r.twin === null)).toHaveLength(8);
    }
  });

  it('gives records the dataset accepts: schema, Python 3 parse, no label leakage, length, twins', () => {
    for (const r of records) {
      expect(ExampleSchema.safeParse(r).success, r.id).toBe(true);
      expect(checkExample(r, parser), r.id).toEqual([]);
    }
    expect(checkTwins(records)).toEqual([]);
    expect(new Set(records.map((r) => r.id)).size).toBe(records.length);
    expect(new Set(records.map((r) => r.code)).size).toBe(records.length);
  });

  it('marks weakness lines on bugs only, and twins differ only near them', () => {
    const byId = new Map(records.map((r) => [r.id, r]));
    for (const bug of records.filter((r) => r.vulnerable)) {
      expect(bug.lines.length, bug.id).toBeGreaterThan(0);
      const fix = byId.get(bug.twin as string);
      expect(fix?.lines).toEqual([]);
      // A minimal pair: at most a handful of lines differ (the call, a guard, an import).
      const a = new Set(bug.code.split('\n'));
      const b = new Set((fix?.code ?? '').split('\n'));
      const differing = [...a].filter((l) => !b.has(l)).length + [...b].filter((l) => !a.has(l)).length;
      expect(differing, bug.id).toBeGreaterThan(0);
      expect(differing, bug.id).toBeLessThanOrEqual(10);
    }
  });

  it('puts the risky call on a marked line that the signals extractor sees (flows)', () => {
    for (const bug of records.filter((r) => r.vulnerable && r.cwe !== 'CWE-798')) {
      const marked = bug.lines.map((n) => bug.code.split('\n')[n - 1] ?? '').join('\n');
      expect(marked, bug.id).toMatch(
        /eval|os\.system|os\.popen|subprocess|execute|sql = |open\(|read_text|send_file|loads|load\(|unsafe_load|decode|requests\.|httpx\.|urlopen|f"<|Markup|mark_safe|render_template_string|HttpResponse|HTMLResponse|command = /,
      );
      // Pages are left out: an f-string Flask returns has no call to name, and sinks-v1 does not know HTMLResponse.
      if (bug.cwe !== 'CWE-79') expect(signalsOf(parser, bug.code).length, bug.id).toBeGreaterThan(0);
    }
  });

  it('is deterministic for a seed and differs across seeds', () => {
    expect(synthesize({ pairs: 5, lookalikes: 2, seed: 7 })).toEqual(synthesize({ pairs: 5, lookalikes: 2, seed: 7 }));
    const other = synthesize({ pairs: 5, lookalikes: 2, seed: 8 });
    expect(other.map((r) => r.code)).not.toEqual(synthesize({ pairs: 5, lookalikes: 2, seed: 7 }).map((r) => r.code));
  });

  it('keeps to the CWEs asked for', () => {
    const only = synthesize({ pairs: 3, lookalikes: 1, seed: 1, cwes: ['CWE-89', 'CWE-798'] });
    expect(new Set(only.map((r) => r.cwe))).toEqual(new Set(['CWE-89', 'CWE-798']));
  });
});
