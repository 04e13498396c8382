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

/** Visits every node depth-first; a visitor that returns false skips the node's children. */
export function walk(node: Node, visit: (n: Node) => boolean | void): void {
  if (visit(node) === false) return;
  for (const c of node.children) if (c) walk(c, visit);
}
