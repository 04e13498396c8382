// Python source as marked lines, assembled into one module: the template generator's output format. A line is marked
// when it carries the weakness, and the marks become the record's 1-based `lines`.

/** One line of Python, without its indentation, and whether it carries the weakness. */
export interface Line {
  readonly text: string;
  readonly mark?: boolean;
}

export const line = (text: string, mark = false): Line => ({ text, mark });

/** The lines indented by `depth` levels of four spaces (empty lines stay empty). */
export function indent(lines: readonly Line[], depth = 1): Line[] {
  const pad = '    '.repeat(depth);
  return lines.map((l) => ({ ...l, text: l.text === '' ? '' : pad + l.text }));
}

/** What a module is made of: its imports (any order, deduplicated here), module-level setup, and top-level blocks. */
export interface ModuleParts {
  readonly imports: readonly string[];
  readonly setup: readonly Line[];
  readonly blocks: readonly (readonly Line[])[];
}

/**
 * The module's text and its marked line numbers. Imports come first: only the names the module uses, one `from`
 * line per module, plain `import x` before `from x import y`, each group sorted (isort's order within a section);
 * then the setup, then the blocks two blank lines apart, as black lays them out.
 */
export function assemble(parts: ModuleParts): { code: string; lines: number[] } {
  const sections: (readonly Line[])[] = [];
  if (parts.setup.length > 0) sections.push(parts.setup);
  sections.push(...parts.blocks);
  const body: Line[] = [];
  sections.forEach((section, i) => {
    if (i > 0) body.push(line(''), line(''));
    body.push(...section);
  });
  const text = body.map((l) => l.text).join('\n');
  const used = (name: string) => new RegExp(`\\b${name.replace('.', '\\.')}\\b`).test(text);
  const imports = usedImports(parts.imports, used).map((t) => line(t));
  // One blank line before module constants, two before a def or class (isort's lines_after_imports = -1).
  const gap =
    imports.length === 0 || body.length === 0 ? [] : parts.setup.length > 0 ? [line('')] : [line(''), line('')];
  const out = [...imports, ...gap, ...body];
  const lines = out.flatMap((l, i) => (l.mark ? [i + 1] : []));
  return { code: out.map((l) => l.text).join('\n') + '\n', lines };
}

/** The import lines of `imports` that bring in a used name, merged per module: ["import os", "from a import b, c"]. */
function usedImports(imports: readonly string[], used: (name: string) => boolean): string[] {
  const plain = new Set<string>();
  const from = new Map<string, Set<string>>();
  for (const i of imports) {
    const m = /^from (\S+) import (.+)$/.exec(i);
    if (m) {
      const names = from.get(m[1] as string) ?? new Set<string>();
      for (const n of (m[2] as string).split(',')) if (used(n.trim())) names.add(n.trim());
      from.set(m[1] as string, names);
    } else if (used(i.replace(/^import /, ''))) plain.add(i);
  }
  const froms = [...from]
    .filter(([, names]) => names.size > 0)
    .map(([mod, names]) => `from ${mod} import ${[...names].sort().join(', ')}`);
  return [...[...plain].sort(), ...froms.sort()];
}
