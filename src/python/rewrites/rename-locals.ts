// Rewrite kind rename-locals: local variables of functions get other names (never parameters, globals,
// attributes or keywords), so a detector cannot key on what a variable is called.
import type { Node } from 'web-tree-sitter';
import { applyEdits, type Edit } from '../edits.js';
import type { RewriteDef } from '../rewrite.js';
import { readsFrame, walk } from './common.js';
import { allIdentifiers, freshNames } from './names.js';

export const renameLocalsRewrite: RewriteDef = {
  kind: 'rename-locals',
  summary: 'rename local variables of functions (never parameters, globals, attributes or keywords)',
  apply(root, code, lines, rand) {
    const edits = renameLocals(root, rand);
    return edits.length ? { code: applyEdits(code, edits), lines: [...lines] } : null;
  },
};

const SCOPES = new Set(['function_definition', 'class_definition', 'lambda']);
const COMPREHENSIONS = new Set([
  'list_comprehension',
  'set_comprehension',
  'dictionary_comprehension',
  'generator_expression',
]);

/** Identifiers bound by an assignment-like target (identifier, tuple and list patterns; not attributes or subscripts). */
function targetNames(t: Node | null, out: Set<string>): void {
  if (!t) return;
  if (t.type === 'identifier') out.add(t.text);
  else if (t.type === 'attribute' || t.type === 'subscript') return;
  else for (const c of t.namedChildren) targetNames(c, out);
}

function renameLocals(root: Node, rand: () => number): Edit[] {
  const taken = allIdentifiers(root);
  const next = freshNames(taken, rand);
  const edits: Edit[] = [];
  const renamed = new Set<number>(); // node start offsets already renamed by an enclosing function
  walk(root, (fn) => {
    if (fn.type !== 'function_definition') return;
    const body = fn.childForFieldName('body');
    if (!body) return;
    // Functions that reach their frame by name (locals(), vars(), eval, exec) or hold a class body are left alone.
    if (readsFrame(body) || body.descendantsOfType('class_definition').length > 0) return;
    const params = new Set<string>();
    walk(fn.childForFieldName('parameters')!, (n) => {
      if (n.type === 'identifier') params.add(n.text);
    });
    const bound = new Set<string>();
    const excluded = new Set<string>();
    walk(body, (n) => {
      if (n.type === 'global_statement' || n.type === 'nonlocal_statement' || n.type.startsWith('import')) {
        walk(n, (m) => {
          if (m.type === 'identifier') excluded.add(m.text);
        });
        return false;
      }
      if (SCOPES.has(n.type) || COMPREHENSIONS.has(n.type)) return false; // their bindings are not this frame's
      if (['assignment', 'augmented_assignment', 'for_statement'].includes(n.type))
        targetNames(n.childForFieldName('left'), bound);
      if (n.type === 'named_expression') targetNames(n.childForFieldName('name'), bound);
      if (n.type === 'as_pattern_target' && n.parent?.parent?.type !== 'except_clause')
        targetNames(n.namedChild(0), bound);
      return true;
    });
    // Nested scopes that declare one of our names global or nonlocal would be broken by a rename.
    walk(body, (n) => {
      if (n.type === 'global_statement' || n.type === 'nonlocal_statement')
        walk(n, (m) => {
          if (m.type === 'identifier') excluded.add(m.text);
        });
    });
    const locals = [...bound].filter((n) => !params.has(n) && !excluded.has(n)).sort();
    if (locals.length === 0) return;
    const mapping = new Map(locals.map((n) => [n, next()]));
    walk(body, (n) => {
      if (n.type !== 'identifier' || !mapping.has(n.text) || renamed.has(n.startIndex)) return;
      const parent = n.parent;
      if (parent?.type === 'attribute' && parent.childForFieldName('attribute')?.startIndex === n.startIndex) return;
      if (parent?.type === 'keyword_argument' && parent.childForFieldName('name')?.startIndex === n.startIndex) return;
      renamed.add(n.startIndex);
      edits.push({ start: n.startIndex, end: n.endIndex, text: mapping.get(n.text)! });
    });
  });
  return edits;
}
