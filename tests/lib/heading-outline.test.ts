import { describe, expect, it } from 'vitest';
import { type OutlineHeading, outlineProblems } from '../../src/lib/heading-outline';

const h = (level: number, text: string, embed?: string): OutlineHeading => ({ level, text, embed });

describe('outlineProblems', () => {
  it('accepts a document: one h1, sections, subsections, a tool inside its section', () => {
    expect(
      outlineProblems([
        h(1, 'Chapter 2'),
        h(2, '2.2 Setting up'),
        h(3, 'Determine the level of formality'),
        h(4, 'How formal should our PPP be?', 'tool-formality'),
        h(5, 'Where does your partnership stand today?', 'tool-formality'),
        h(3, 'Define the hierarchical structure'),
        h(2, '2.3 Running'),
        h(2, 'Cite this'),
      ]),
    ).toEqual([]);
  });

  it('names a skipped level', () => {
    expect(outlineProblems([h(1, 'Title'), h(3, 'Too deep')])).toEqual([
      'h3 "Too deep" after h1 "Title" skips a level',
    ]);
  });

  it('wants exactly one h1, first', () => {
    expect(outlineProblems([h(2, 'Before'), h(1, 'Title'), h(1, 'Again')])).toEqual([
      '2 h1 headings, not one',
      'the first heading is h2 "Before", not the h1',
    ]);
  });

  it('finds a tool heading at its section’s level or above, which files later sections under the tool', () => {
    expect(
      outlineProblems([
        h(1, 'Chapter 2'),
        h(2, '2.2 Setting up'),
        h(3, 'Determine the level of formality'),
        h(2, 'How formal should our PPP be?', 'tool-formality'),
        h(3, 'Where does your partnership stand today?', 'tool-formality'),
        h(3, 'Define the hierarchical structure'),
      ]),
    ).toEqual([
      'the tool h2 "How formal should our PPP be?" is not inside the section h3 "Determine the level of formality" it is placed in',
    ]);
  });

  it('finds a tool’s own heading that is not under its title', () => {
    expect(outlineProblems([h(1, 'T'), h(2, 'Section'), h(3, 'Tool', 'tool-x'), h(3, 'Question', 'tool-x')])).toEqual([
      'h3 "Question" in the tool h3 "Tool" is not under its title',
    ]);
  });

  it('treats two tools one after the other each on its own', () => {
    expect(
      outlineProblems([h(1, 'T'), h(2, 'Section'), h(3, 'Tool A', 'a'), h(4, 'Q', 'a'), h(3, 'Tool B', 'b')]),
    ).toEqual([]);
  });
});
