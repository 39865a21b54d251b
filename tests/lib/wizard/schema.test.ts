import { describe, expect, it } from 'vitest';
import { wizardTreeSchema } from '../../../src/lib/wizard/schema';
import { pppType } from './fixtures/index';

const messages = (data: unknown) => {
  const result = wizardTreeSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

// biome-ignore lint/suspicious/noExplicitAny: free-form edits of the JSON, as a content author would make them
type Json = Record<string, any>;
const edited = (change: (t: Json) => void) => {
  const tree = pppType() as Json;
  change(tree);
  return messages(tree);
};

describe('wizardTreeSchema', () => {
  it('accepts the fixture', () => {
    expect(messages(pppType())).toEqual([]);
  });

  it.each([
    [
      'a tree id with capitals',
      (t: Json) => (t.id = 'PPP-Type'),
      'id: id: use lower-case letters, digits and single hyphens, e.g. "q-objective"',
    ],
    ['a node id with a double hyphen', (t: Json) => (t.nodes[0].id = 'q--x'), 'nodes.0.id: id: use lower-case'],
    ['a version of 0', (t: Json) => (t.version = 0), 'version: version: must be 1 or more'],
    ['a fractional version', (t: Json) => (t.version = 1.5), 'version: version: must be a whole number'],
    ['a version as text', (t: Json) => (t.version = '2'), 'version: version: must be a number'],
    [
      'a question without answers',
      (t: Json) => (t.nodes[1].answers = []),
      'nodes.1.answers: answers: a question needs at least one answer',
    ],
    [
      'an outcome without citations',
      (t: Json) => delete t.nodes[2].citations,
      'nodes.2.citations: citations: must be a list',
    ],
    [
      'an outcome without next steps',
      (t: Json) => (t.nodes[2].nextSteps = []),
      'nodes.2.nextSteps: nextSteps: an outcome needs at least one next step',
    ],
    ['an unknown field', (t: Json) => (t.nodes[2].colour = 'red'), 'nodes.2: Unrecognized key: "colour"'],
    ['an unknown field in a citation', (t: Json) => (t.nodes[0].why.page = 3), 'nodes.0.why: Unrecognized key: "page"'],
    ['an unknown kind', (t: Json) => (t.nodes[0].kind = 'quiz'), 'nodes.0.kind: kind: must be "question" or "outcome"'],
    [
      'an anchor with "#"',
      (t: Json) => (t.embedIn.anchor = '#box-1'),
      'embedIn.anchor: anchor: the element id on the page, without "#"',
    ],
    [
      'a doc with a trailing slash',
      (t: Json) => (t.embedIn.doc = 'ppp-guide/chapter-3/'),
      "embedIn.doc: doc: the page's path as in its URL",
    ],
    [
      'a blank label',
      (t: Json) => (t.nodes[0].answers[0].label = '  '),
      'nodes.0.answers.0.label: label: must not be empty',
    ],
    [
      'a very short quote',
      (t: Json) => (t.nodes[0].why.quote = 'PPP'),
      'nodes.0.why.quote: quote: give at least 10 characters',
    ],
  ])('rejects %s, naming the field', (_, change, expected) => {
    const found = edited(change);
    expect(
      found.some((m) => m.startsWith(expected)),
      found.join('\n'),
    ).toBe(true);
  });
});
