import { describe, expect, it } from 'vitest';
import { TOP25_2024 } from '../cwe/catalog.js';
import type { Example } from './schema.js';
import { makeExample } from './testing/make-example.js';
import { checkBalance, checkTwins, lineCount } from './validate.js';

function balanced(): Example[] {
  const out: Example[] = [];
  for (const { id: cwe } of TOP25_2024) {
    const s = cwe.toLowerCase().replace('-', '');
    for (let i = 0; i < 10; i++) {
      out.push(
        makeExample({ id: `${s}-${i}-v`, cwe, vulnerable: true, lines: [2], twin: i < 5 ? `${s}-${i}-f` : null }),
      );
      out.push(makeExample({ id: `${s}-${i}-f`, cwe, twin: i < 5 ? `${s}-${i}-v` : null }));
    }
  }
  return out;
}

const MIN = { vulnerable: 10, notVulnerable: 10, twins: 5 };

describe('per-CWE balance', () => {
  it('passes when every CWE has 10 vulnerable and 10 not vulnerable accepted examples, 5 of them twins', () => {
    expect(checkBalance(balanced(), MIN)).toEqual([]);
    expect(checkTwins(balanced())).toEqual([]);
  });

  it('names the CWE and what is short, counting accepted examples only', () => {
    const data = balanced().map((e) =>
      e.id === 'cwe89-0-f' || e.id === 'cwe89-9-v' ? { ...e, review: { ...e.review, status: 'pending' as const } } : e,
    );
    const withoutXss = data.filter((e) => e.cwe !== 'CWE-79');
    expect(checkBalance(withoutXss, MIN)).toEqual([
      {
        kind: 'balance',
        id: 'CWE-79',
        line: null,
        message: 'accepted examples: 0 vulnerable (need 10), 0 not vulnerable (need 10), 0 fixed twins (need 5)',
      },
      {
        kind: 'balance',
        id: 'CWE-89',
        line: null,
        message: 'accepted examples: 9 vulnerable (need 10), 9 not vulnerable (need 10), 4 fixed twins (need 5)',
      },
    ]);
  });

  it('counts lines like author.py', () => {
    expect(lineCount('a\nb\n')).toBe(2);
    expect(lineCount('a\nb')).toBe(2);
  });
});
