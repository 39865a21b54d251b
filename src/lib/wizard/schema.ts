/**
 * The shape rules for content/wizards/<id>.json. Structure across nodes
 * (links, reachability, loops) is checked by validate.ts; this file only says
 * what each object must look like, with messages that name the field so a
 * content author can fix the JSON without reading this code.
 */
import { z } from 'astro/zod';
import type { WizardTree } from './types.ts';

/** Ids go into URLs and localStorage keys: keep them boring. */
export const ID_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const id = (field: string) =>
  z
    .string({ error: `${field}: must be a string` })
    .regex(ID_PATTERN, `${field}: use lower-case letters, digits and single hyphens, e.g. "q-objective"`);

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
  id: id('id'),
  label: text('label'),
  hint: optionalText('hint'),
  next: id('next'),
});

export const questionNodeSchema = z.strictObject({
  kind: z.literal('question'),
  id: id('id'),
  title: text('title'),
  hint: optionalText('hint'),
  why: citationSchema,
  answers: z
    .array(answerSchema, { error: 'answers: must be a list' })
    .min(1, 'answers: a question needs at least one answer'),
});

export const outcomeNodeSchema = z.strictObject({
  kind: z.literal('outcome'),
  id: id('id'),
  title: text('title'),
  recommendation: text('recommendation'),
  citations: z
    .array(citationSchema, { error: 'citations: must be a list' })
    .min(1, 'citations: an outcome needs at least one citation (the first is its main ground)'),
  examples: z.array(docLinkSchema, { error: 'examples: must be a list' }).optional(),
  nextSteps: z
    .array(docLinkSchema, { error: 'nextSteps: must be a list' })
    .min(1, 'nextSteps: an outcome needs at least one next step'),
  siteNote: optionalText('siteNote'),
});

export const wizardNodeSchema = z.discriminatedUnion('kind', [questionNodeSchema, outcomeNodeSchema], {
  error: 'kind: must be "question" or "outcome"',
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
  start: id('start'),
  nodes: z.array(wizardNodeSchema, { error: 'nodes: must be a list' }).min(1, 'nodes: the tree has no nodes'),
});

// The schema and types.ts must describe the same data: either drifting breaks `npm run check`.
type Parsed = z.infer<typeof wizardTreeSchema>;
const _schemaFitsType = (t: Parsed): WizardTree => t;
const _typeFitsSchema = (t: WizardTree): Parsed => t;
void _schemaFitsType;
void _typeFitsSchema;
