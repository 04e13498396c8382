// What the rewrites share: a tree walk and a seeded shuffle (the seed makes a rewrite repeatable).
import type { Node } from 'web-tree-sitter';

/** Shuffles in place with the given random source (Fisher-Yates); returns the same array. */
export function shuffle<T>(items: T[], rand: () => number): T[] {
  for (let i = items.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [items[i], items[j]] = [items[j]!, items[i]!];
  }
  return items;
}

/** Calls that reach a function's frame by name: a function that makes one keeps its variables as they are. */
const FRAME_CALLS = new Set(['locals', 'vars', 'eval', 'exec', 'globals']);

/** Whether a function body calls locals(), vars(), eval, exec or globals(). */
export function readsFrame(body: Node): boolean {
  let found = false;
  walk(body, (n) => {
    const f = n.type === 'call' ? n.childForFieldName('function') : null;
    if (f?.type === 'identifier' && FRAME_CALLS.has(f.text)) found = true;
  });
  return found;
}

/** Visits every node depth-first; a visitor that returns false skips the node's children. */
export function walk(node: Node, visit: (n: Node) => boolean | void): void {
  if (visit(node) === false) return;
  for (const c of node.children) if (c) walk(c, visit);
}
