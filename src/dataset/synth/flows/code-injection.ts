// CWE-94: outside input evaluated as Python. Fixes parse it as data (ast.literal_eval, json, float) or admit only
// arithmetic characters before eval; a blacklist check is not a fix.
import { line } from '../code.js';
import { type Flow, type Sink, call } from './flow.js';

const literal: Sink = call((a) => `ast.literal_eval(${a})`, { imports: ['import ast'] });

/** The fix a guarded bug pairs with: a whitelist of arithmetic characters before eval(). */
const arithmeticOnly: [Sink, string] = [
  {
    ...call((a) => `eval(${a}, {"__builtins__": {}}, {})`),
    imports: ['import re'],
    guard: (v, reject) => [line(`if not re.fullmatch(r"[0-9+\\-*/(). ]+", ${v}):`), line(`    ${reject}`)],
  },
  'admits only digits, operators, parentheses and spaces before eval(), so no name or attribute can be reached',
];

export const codeInjection: Flow = {
  cwe: 'CWE-94',
  name: 'eval',
  wish: {},
  keys: ['expr', 'formula', 'expression', 'q', 'rule', 'value'],
  handlers: ['calculate', 'evaluate', 'compute', 'run_formula', 'apply_rule', 'preview', 'parse_setting'],
  results: ['result', 'value', 'answer', 'parsed'],
  pair(p) {
    const bugs: [Sink, string][] = [
      [call((a) => `eval(${a})`), 'passes the input to eval(), which runs any Python expression it contains'],
      [
        call((a) => `eval(${a}, {"__builtins__": {}})`),
        'passes the input to eval() with empty builtins, which does not stop attribute walks such as ().__class__',
      ],
      [
        call((a) => `eval(compile(${a}, "<input>", "eval"))`),
        'compiles the input and evaluates it, running any Python expression it contains',
      ],
      [
        {
          ...call((a) => `eval(${a})`),
          guard: (v, reject) => [line(`if "import" in ${v} or "__" in ${v}:`), line(`    ${reject}`)],
        },
        'evaluates the input after a blacklist check that other spellings of code get past',
      ],
    ];
    const fixes: [Sink, string][] = [
      [literal, 'parses the input with ast.literal_eval(), which accepts literals only and runs nothing'],
      [call((a) => `json.loads(${a})`, { imports: ['import json'] }), 'parses the input as JSON; nothing is run'],
      [call((a) => `float(${a})`), 'converts the input to a number; nothing is run'],
      arithmeticOnly,
    ];
    const [bug, bugWhy] = p.pick(bugs);
    const [fix, fixWhy] = bug.guard ? arithmeticOnly : p.pick(fixes);
    return { bug, fix, bugWhy: `The handler ${bugWhy}.`, fixWhy: `The handler ${fixWhy}.` };
  },
  lookalike(p) {
    const [sink, why] = p.pick<[Sink, string]>([
      [literal, 'parses the input with ast.literal_eval(), which runs nothing'],
      [call(() => `eval("2 ** 10")`), 'evaluates a constant expression written in the code, not the input'],
      [call((a) => `int(${a}, 10)`), 'converts the input to an integer'],
    ]);
    return { sink, why: `The handler ${why}.` };
  },
};
