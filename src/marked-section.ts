// Generated sections of hand-written Markdown files (the datasheet's statistics, a model card's figures): the text
// between a begin and an end marker line is owned by a command, the rest by people.

/** A pair of marker lines around a generated section, e.g. '<!-- stats:begin -->' and '<!-- stats:end -->'. */
export interface SectionMarkers {
  readonly begin: string;
  readonly end: string;
}

/**
 * The text between the markers (without the line break after the begin marker), or null when they are missing.
 * Example: readSection('a\n<!-- x:begin -->\nT\n<!-- x:end -->\n', X) -> 'T\n'
 */
export function readSection(text: string, m: SectionMarkers): string | null {
  const b = text.indexOf(m.begin);
  const e = text.indexOf(m.end);
  if (b < 0 || e < b) return null;
  return text.slice(b + m.begin.length, e).replace(/^\n/, '');
}

/**
 * The text with the section between the markers replaced; null when the markers are missing.
 * Example: replaceSection('<!-- x:begin -->\nold\n<!-- x:end -->', X, 'new\n') -> '<!-- x:begin -->\nnew\n<!-- x:end -->'
 */
export function replaceSection(text: string, m: SectionMarkers, section: string): string | null {
  const b = text.indexOf(m.begin);
  const e = text.indexOf(m.end);
  if (b < 0 || e < b) return null;
  return `${text.slice(0, b + m.begin.length)}\n${section}${text.slice(e)}`;
}
