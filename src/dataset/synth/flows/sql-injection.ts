// CWE-89: outside input spliced into SQL text. Fixes pass it as a bound parameter; a value converted with int()
// before it is formatted in is a safe look-alike.
import { type Line, line } from '../code.js';
import type { Picker } from '../random.js';
import { type Flow, type Sink } from './flow.js';

/** [table, column compared with the input]. */
const TABLES: readonly (readonly [string, string])[] = [
  ['users', 'name'],
  ['users', 'email'],
  ['products', 'sku'],
  ['books', 'title'],
  ['orders', 'customer'],
  ['tickets', 'status'],
  ['articles', 'slug'],
];

/** How the handler gets a connection: module setup and the statement that opens one inside the handler. */
function drawDb(p: Picker): { setup: Line[]; open: string } {
  const path = p.pick(['app.db', 'data/store.sqlite3', '/var/lib/app/app.db']);
  return p.chance(0.5)
    ? { setup: [line(`DB_PATH = "${path}"`)], open: 'db = sqlite3.connect(DB_PATH)' }
    : {
        setup: [line(''), line(''), line('def get_db():'), line(`    return sqlite3.connect("${path}")`)],
        open: 'db = get_db()',
      };
}

/** A query sink: open a connection, build the SQL from `arg` with `sql`, fetch the rows. */
function query(
  db: { setup: Line[]; open: string },
  sql: (arg: string) => { text: string; params?: string },
  split: boolean,
  needsName: boolean,
): Sink {
  return {
    imports: ['import sqlite3'],
    setup: db.setup,
    needsName,
    render: (arg) => {
      const { text, params } = sql(arg);
      const tail = params ? `, ${params}` : '';
      return split
        ? {
            pre: [line(db.open), line(`sql = ${text}`, !params)],
            expr: `db.execute(sql${tail}).fetchall()`,
          }
        : { pre: [line(db.open)], expr: `db.execute(${text}${tail}).fetchall()` };
    },
  };
}

export const sqlInjection: Flow = {
  cwe: 'CWE-89',
  name: 'sql',
  wish: {},
  keys: ['name', 'q', 'term', 'email', 'sku', 'status', 'slug'],
  handlers: ['search', 'find_user', 'lookup', 'list_items', 'filter_orders', 'get_record', 'by_status'],
  results: ['rows', 'records', 'matches', 'found'],
  pair(p) {
    const [table, column] = p.pick(TABLES);
    const db = drawDb(p);
    const split = p.chance(0.35);
    const head = `SELECT * FROM ${table} WHERE ${column}`;
    const forms: [(a: string) => { text: string }, boolean, string][] = [
      [(a) => ({ text: `f"${head} = '{${a}}'"` }), true, 'formats the input into the SQL text with an f-string'],
      [(a) => ({ text: `"${head} = '%s'" % ${a}` }), false, 'formats the input into the SQL text with %'],
      [(a) => ({ text: `"${head} = '" + ${a} + "'"` }), false, 'concatenates the input into the SQL text'],
      [(a) => ({ text: `"${head} = '{}'".format(${a})` }), false, 'formats the input into the SQL text with format()'],
      [(a) => ({ text: `f"${head} LIKE '%{${a}}%'"` }), true, 'formats the input into a LIKE pattern in the SQL text'],
    ];
    const at = p.int(forms.length);
    const [bugSql, needsName, bugWhy] = forms[at] as (typeof forms)[number];
    const like = at === 4;
    const fixSql = (a: string) =>
      like ? { text: `"${head} LIKE ?"`, params: `(f"%{${a}}%",)` } : { text: `"${head} = ?"`, params: `(${a},)` };
    return {
      bug: query(db, bugSql, split, needsName),
      fix: query(db, fixSql, split, like),
      bugWhy: `The handler ${bugWhy}, so a quote in it changes the query.`,
      fixWhy: 'The handler passes the input as a bound parameter; the SQL text is constant.',
    };
  },
  lookalike(p) {
    const db = drawDb(p);
    return p.pick([
      {
        sink: query(db, (a) => ({ text: `f"SELECT * FROM orders WHERE id = {int(${a})}"` }), p.chance(0.4), true),
        why: 'The handler converts the input with int() before formatting it into the SQL, so only a number gets in.',
      },
      {
        sink: query(db, () => ({ text: '"SELECT COUNT(*) FROM users"' }), false, false),
        why: 'The handler runs a constant query; no input reaches the SQL.',
      },
    ]);
  },
};
