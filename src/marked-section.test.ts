import { describe, expect, it } from 'vitest';
import { readSection, replaceSection } from './marked-section.js';

const M = { begin: '<!-- x:begin -->', end: '<!-- x:end -->' };

describe('marked sections', () => {
  it('reads and replaces the text between the markers, leaving the rest as it was', () => {
    const doc = '# title\n\n<!-- x:begin -->\nold\n<!-- x:end -->\ntail\n';
    expect(readSection(doc, M)).toBe('old\n');
    const next = replaceSection(doc, M, 'new 1\nnew 2\n')!;
    expect(next).toBe('# title\n\n<!-- x:begin -->\nnew 1\nnew 2\n<!-- x:end -->\ntail\n');
    expect(readSection(next, M)).toBe('new 1\nnew 2\n');
  });

  it('gives null when a marker is missing or they are in the wrong order', () => {
    expect(readSection('no markers', M)).toBeNull();
    expect(replaceSection('<!-- x:end -->\n<!-- x:begin -->\n', M, 'x')).toBeNull();
  });
});
