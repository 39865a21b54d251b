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
    [
      'a question id with a double hyphen',
      (t: Json) => (t.questions[0].id = 'q--x'),
      'questions.0.id: id: use lower-case',
    ],
    ['a version of 0', (t: Json) => (t.version = 0), 'version: version: must be 1 or more'],
    ['a fractional version', (t: Json) => (t.version = 1.5), 'version: version: must be a whole number'],
    ['a version as text', (t: Json) => (t.version = '2'), 'version: version: must be a number'],
    ['no noJs', (t: Json) => delete t.noJs, 'noJs: noJs: must be "pages"'],
    [
      'a question without answers',
      (t: Json) => (t.questions[1].answers = []),
      'questions.1.answers: answers: a question needs at least one answer',
    ],
    [
      'an answer called "skipped"',
      (t: Json) => (t.questions[1].answers[0].id = 'skipped'),
      'questions.1.answers.0.id: id: "skipped" is reserved',
    ],
    [
      'an empty askIf',
      (t: Json) => (t.questions[1].askIf = []),
      'questions.1.askIf: askIf: give at least one clause (or leave askIf out to ask the question always)',
    ],
    [
      'a clause listing no answers',
      (t: Json) => (t.rules[0].when = [{ 'q-objective': [] }]),
      'rules.0.when.0.q-objective: list at least one answer id (or "skipped")',
    ],
    [
      'a clause that is a list',
      (t: Json) => (t.rules[0].when = [['q-objective']]),
      'rules.0.when.0: a clause is an object',
    ],
    ['a rule without a result', (t: Json) => delete t.rules[0].result, 'rules.0.result: result: must be a string'],
    [
      'a result without citations',
      (t: Json) => delete t.results[0].citations,
      'results.0.citations: citations: must be a list',
    ],
    [
      'a result without next steps',
      (t: Json) => (t.results[0].nextSteps = []),
      'results.0.nextSteps: nextSteps: a result needs at least one next step',
    ],
    ['an unknown field', (t: Json) => (t.results[0].colour = 'red'), 'results.0: Unrecognized key: "colour"'],
    [
      'an unknown field in a citation',
      (t: Json) => (t.questions[0].why.page = 3),
      'questions.0.why: Unrecognized key: "page"',
    ],
    ['an unknown note kind', (t: Json) => (t.notes[0].kind = 'aside'), 'notes.0.kind: kind: must be "also", "tension"'],
    [
      'a note for no result',
      (t: Json) => (t.notes[0].results = []),
      'notes.0.results: results: list at least one result id, or leave results out for any result',
    ],
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
      (t: Json) => (t.questions[0].answers[0].label = '  '),
      'questions.0.answers.0.label: label: must not be empty',
    ],
    [
      'a very short quote',
      (t: Json) => (t.questions[0].why.quote = 'PPP'),
      'questions.0.why.quote: quote: give at least 10 characters',
    ],
    [
      'a fact value that is not an id',
      (t: Json) => (t.results[0].sets = { stage: 'Early' }),
      'results.0.sets.stage: value: use lower-case',
    ],
  ])('rejects %s, naming the field', (_, change, expected) => {
    const found = edited(change);
    expect(
      found.some((m) => m.startsWith(expected)),
      found.join('\n'),
    ).toBe(true);
  });
});
