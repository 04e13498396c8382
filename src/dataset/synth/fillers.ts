// Ordinary helper functions placed around a template's handler, so generated modules vary in length and a model
// cannot tell a template by its size. None of them calls anything risky.
import { type Line, line } from './code.js';

const FILLERS: readonly (readonly string[])[] = [
  ['def clamp(value, low, high):', '    return max(low, min(high, value))'],
  [
    'def paginate(items, page, size=20):',
    '    start = (max(page, 1) - 1) * size',
    '    return items[start : start + size]',
  ],
  [
    'def slugify(text):',
    '    words = "".join(c if c.isalnum() else " " for c in text.lower()).split()',
    '    return "-".join(words)',
  ],
  [
    'def parse_bool(value, default=False):',
    '    if value is None:',
    '        return default',
    '    return str(value).strip().lower() in {"1", "true", "yes", "on"}',
  ],
  [
    'def chunked(items, size):',
    '    for start in range(0, len(items), size):',
    '        yield items[start : start + size]',
  ],
  [
    'def format_bytes(count):',
    '    for unit in ("B", "KB", "MB", "GB"):',
    '        if count < 1024:',
    '            return f"{count:.0f} {unit}"',
    '        count /= 1024',
    '    return f"{count:.1f} TB"',
  ],
  [
    'def merge_settings(defaults, overrides):',
    '    merged = dict(defaults)',
    '    for key, value in overrides.items():',
    '        if value is not None:',
    '            merged[key] = value',
    '    return merged',
  ],
  [
    'def summarize(rows, key):',
    '    totals = {}',
    '    for row in rows:',
    '        totals[row[key]] = totals.get(row[key], 0) + 1',
    '    return sorted(totals.items(), key=lambda item: item[1], reverse=True)',
  ],
  [
    'class Timer:',
    '    def __init__(self, clock):',
    '        self.clock = clock',
    '        self.started = None',
    '',
    '    def __enter__(self):',
    '        self.started = self.clock()',
    '        return self',
    '',
    '    def __exit__(self, *exc):',
    '        self.elapsed = self.clock() - self.started',
    '        return False',
  ],
  [
    'def normalize_email(address):',
    '    local, _, domain = address.strip().partition("@")',
    '    return f"{local}@{domain.lower()}" if domain else local',
  ],
];

/** `n` distinct fillers chosen by `pick` (an index generator), as blocks of lines. */
export function fillers(n: number, pick: (count: number) => number): Line[][] {
  const left = [...FILLERS];
  const out: Line[][] = [];
  for (let i = 0; i < n && left.length > 0; i++) {
    const [chosen] = left.splice(pick(left.length), 1);
    out.push((chosen as readonly string[]).map((t) => line(t)));
  }
  return out;
}
