import { describe, expect, it } from 'vitest';
import { ParagraphCounter } from '../../src/lib/paragraph-ids';

describe('ParagraphCounter', () => {
  it('numbers paragraphs from 1 after each heading', () => {
    const c = new ParagraphCounter();
    expect(c.next()).toBe('intro-p1');
    c.heading('2-2-level-of-formality');
    expect([c.next(), c.next()]).toEqual(['2-2-level-of-formality-p1', '2-2-level-of-formality-p2']);
    c.heading('2-2-hierarchical-structure');
    expect(c.next()).toBe('2-2-hierarchical-structure-p1');
  });
  it('ignores a heading without id', () => {
    const c = new ParagraphCounter();
    c.heading('a');
    c.heading(undefined);
    expect(c.next()).toBe('a-p1');
  });
});
