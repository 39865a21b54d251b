/**
 * The shape rules for content/wizards/<id>.json. How the parts fit together
 * (ids that clauses name, gaps and overlaps in the decision table, …) is
 * checked by validate.ts; this file only says what each object must look
 * like, with messages that name the field so a content author can fix the
 * JSON without reading this code.
 */
import { z } from 'astro/zod';
import { SKIPPED, type WizardTree } from './types.ts';

/** Ids go into URLs and localStorage keys: keep them boring. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const ID_HELP = 'use lower-case letters, digits and single hyphens, e.g. "q-objective"';

export const id = (field: string) =>
  z.string({ error: `${field}: must be a string` }).regex(ID_PATTERN, `${field}: ${ID_HELP}`);

const text = (field: string) =>
  z.string({ error: `${field}: must be a string` }).regex(/\S/, `${field}: must not be empty`);

const optionalText = (field: string) => text(field).optional();

/** "ppp-guide/chapter-3": the page's URL path without slashes at either end. */
const docId = z
  .string({ error: 'doc: must be a string' })
  .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'doc: the page\'s path as in its URL, e.g. "ppp-guide/chapter-3"');

/** Heading slugs and element ids ("3-1-critical-infrastructure", "box-4"): no "#", no spaces. */
const anchor = z
  .string({ error: 'anchor: must be a string' })
  .regex(/^[^\s#]+$/, 'anchor: the element id on the page, without "#", e.g. "box-4"');

export const citationSchema = z.strictObject({
  doc: docId,
  anchor,
  // Long enough that finding it in the page means something.
  quote: text('quote').min(10, "quote: give at least 10 characters of the source's own words"),
});

export const docLinkSchema = z.strictObject({
  label: text('label'),
  doc: docId,
  anchor,
});

export const answerSchema = z.strictObject({
  id: id('id').refine((v) => v !== SKIPPED, {
    error: `id: "${SKIPPED}" is reserved for a question that was not asked; choose another id`,
  }),
  label: text('label'),
  hint: optionalText('hint'),
});

/** { "q-objective": ["share-info", "culture"] }: each listed question's answer is one of the list. */
export const clauseSchema = z.record(
  z.string().regex(ID_PATTERN, `a question id: ${ID_HELP}`),
  z
    .array(id('answer'), { error: 'give the answer ids as a list, e.g. ["yes", "not-sure"]' })
    .min(1, 'list at least one answer id (or "skipped")'),
  { error: 'a clause is an object { "<question id>": ["<answer id>", …] }' },
);

const clauses = (field: string, what: string) =>
  z
    .array(clauseSchema, { error: `${field}: must be a list of clauses` })
    .min(1, `${field}: give at least one clause (${what})`);

export const questionSchema = z.strictObject({
  id: id('id'),
  title: text('title'),
  hint: optionalText('hint'),
  why: citationSchema,
  answers: z
    .array(answerSchema, { error: 'answers: must be a list' })
    .min(1, 'answers: a question needs at least one answer'),
  askIf: clauses('askIf', 'or leave askIf out to ask the question always').optional(),
  shared: id('shared').optional(),
});

export const ruleSchema = z.strictObject({
  id: id('id'),
  when: clauses('when', 'the rule applies when any one of them holds'),
  result: id('result'),
});

export const resultSchema = z.strictObject({
  id: id('id'),
  title: text('title'),
  siteHeadline: optionalText('siteHeadline'),
  recommendation: text('recommendation'),
  citations: z
    .array(citationSchema, { error: 'citations: must be a list' })
    .min(1, 'citations: a result needs at least one citation (the first is its main ground)'),
  examples: z.array(docLinkSchema, { error: 'examples: must be a list' }).optional(),
  nextSteps: z
    .array(docLinkSchema, { error: 'nextSteps: must be a list' })
    .min(1, 'nextSteps: a result needs at least one next step'),
  siteNote: optionalText('siteNote'),
  sets: z
    .record(z.string().regex(ID_PATTERN, `a fact key: ${ID_HELP}`), id('value'), {
      error: 'sets: an object { "<fact key>": "<value id>" }',
    })
    .optional(),
});

export const noteSchema = z.strictObject({
  id: id('id'),
  kind: z.enum(['also', 'tension', 'open', 'settled'], {
    error: 'kind: must be "also", "tension", "open" or "settled"',
  }),
  when: clauses('when', 'the note shows when any one of them holds'),
  results: z
    .array(id('result'), { error: 'results: must be a list of result ids' })
    .min(1, 'results: list at least one result id, or leave results out for any result')
    .optional(),
  title: text('title'),
  text: text('text'),
  citations: z
    .array(citationSchema, { error: 'citations: must be a list' })
    .min(1, 'citations: a note needs at least one citation'),
  headline: optionalText('headline'),
});

export const wizardTreeSchema = z.strictObject({
  id: id('id'),
  version: z
    .number({ error: 'version: must be a number' })
    .int('version: must be a whole number')
    .positive('version: must be 1 or more'),
  title: text('title'),
  summary: text('summary'),
  embedIn: z.strictObject({ doc: docId, anchor }, { error: 'embedIn: give { doc, anchor }' }),
  noJs: z.enum(['pages', 'checklist'], {
    error: 'noJs: must be "pages" (one page per answer) or "checklist" (the whole questionnaire on one page)',
  }),
  questions: z
    .array(questionSchema, { error: 'questions: must be a list' })
    .min(1, 'questions: an assessment asks at least one question'),
  results: z
    .array(resultSchema, { error: 'results: must be a list' })
    .min(1, 'results: an assessment needs at least one result'),
  rules: z
    .array(ruleSchema, { error: 'rules: must be a list' })
    .min(1, 'rules: the decision table needs at least one rule'),
  notes: z.array(noteSchema, { error: 'notes: must be a list' }).optional(),
});

// The schema and types.ts must describe the same data: either drifting breaks `npm run check`.
type Parsed = z.infer<typeof wizardTreeSchema>;
const _schemaFitsType = (t: Parsed): WizardTree => t;
const _typeFitsSchema = (t: WizardTree): Parsed => t;
void _schemaFitsType;
void _typeFitsSchema;
