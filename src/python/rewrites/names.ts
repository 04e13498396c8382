// Fresh, realistic local names for rewrites that introduce or rename variables; none contains a leakage word.
import type { Node } from 'web-tree-sitter';
import { FORBIDDEN_WORDS } from '../../dataset/leakage.js';
import { shuffle, walk } from './common.js';

const PY_RESERVED = new Set(
  (
    'False None True and as assert async await break class continue def del elif else except finally for from global if ' +
    'import in is lambda nonlocal not or pass raise return try while with yield match case type print len str int list ' +
    'dict set tuple id input open range object format filter map next iter hash min max sum any all bytes'
  ).split(' '),
);

/** Neutral replacement names: realistic, and none of them contains a leakage word. */
const NAME_POOL = [
  'item',
  'entry',
  'record',
  'value',
  'current',
  'payload',
  'chunk',
  'field',
  'target',
  'outcome',
  'part',
  'row_data',
  'label_text',
  'piece',
  'holder',
  'element',
  'cursor_value',
  'handle',
  'node_value',
  'member',
  'token_value',
  'slot',
];

/** A source of names not yet used in the code (nor reserved, nor leaking the label). */
export function freshNames(taken: Set<string>, rand: () => number): () => string {
  const pool = shuffle([...NAME_POOL], rand);
  let i = 0;
  return () => {
    for (;;) {
      const base = pool[i % pool.length]!;
      const round = Math.floor(i / pool.length);
      i++;
      const name = round === 0 ? base : `${base}_${round + 1}`;
      if (!taken.has(name) && !PY_RESERVED.has(name) && !FORBIDDEN_WORDS.test(name)) {
        taken.add(name);
        return name;
      }
    }
  };
}

/** Every identifier the code uses. */
export function allIdentifiers(root: Node): Set<string> {
  const names = new Set<string>();
  walk(root, (n) => {
    if (n.type === 'identifier') names.add(n.text);
  });
  return names;
}
