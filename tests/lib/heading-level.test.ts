import { describe, expect, it } from 'vitest';
import { levelAfterHeadings } from '../../src/lib/heading-level';

const doc = [
  'Intro text.',
  '<WizardEmbed id="first" />',
  '## 1.3 A section {#s}',
  '<WizardEmbed id="in-h2" />',
  '### 5. A subsection {#sub}',
  '```',
  '# not a heading',
  '```',
  'Text #hashtag',
  '<WizardEmbed id="in-h3" />',
].join('\n');

describe('levelAfterHeadings', () => {
  it('is one below the last heading before the marker', () => {
    expect(levelAfterHeadings(doc, '<WizardEmbed id="in-h2"')).toBe(3);
    expect(levelAfterHeadings(doc, '<WizardEmbed id="in-h3"')).toBe(4);
  });

  it('is 2 before any heading or where the marker is missing', () => {
    expect(levelAfterHeadings(doc, '<WizardEmbed id="first"')).toBe(2);
    expect(levelAfterHeadings(doc, '<WizardEmbed id="gone"')).toBe(2);
  });

  it('never goes past h6', () => {
    expect(levelAfterHeadings('###### deep\nX', 'X')).toBe(6);
  });
});
