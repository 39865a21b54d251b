/**
 * What the wizards share, as stored in content/wizards/shared.json:
 * - facts: things more than one wizard asks (e.g. the community's stage), so
 *   a reader who established one in a wizard is not asked it again;
 * - conflicts: where the results of two wizards disagree, with both passages,
 *   flagged in the combined plan.
 */
import { z } from 'astro/zod';
import { citationSchema, id } from './schema.ts';
import type { Citation } from './types.ts';

// Kept in types.ts, which the browser bundles without zod; re-exported for the build's code.
export { NOT_SURE, SHARED_FILE } from './types.ts';

export interface FactDefinition {
  /** "Stage of the cybersecurity community" */
  label: string;
  /** value id → label: { "emerging": "Emerging", … } */
  values: Record<string, string>;
}

export interface Conflict {
  id: string;
  /** { "<tree id>": ["<result id>", …], "<other tree id>": [...] }: all must hold for the conflict to show. */
  when: Record<string, string[]>;
  title: string;
  /** The site's words: how the two results disagree. */
  text: string;
  /** At least two: the passage behind each side. */
  citations: Citation[];
}

export interface SharedData {
  facts: Record<string, FactDefinition>;
  conflicts: Conflict[];
}

const text = (field: string) =>
  z.string({ error: `${field}: must be a string` }).regex(/\S/, `${field}: must not be empty`);

const key = (what: string) =>
  z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, `${what}: use lower-case letters, digits and single hyphens`);

export const factSchema = z.strictObject({
  label: text('label'),
  values: z
    .record(key('a value id'), text('value label'), { error: 'values: an object { "<value id>": "<label>" }' })
    .refine((v) => Object.keys(v).length >= 2, { error: 'values: a fact needs at least two values' }),
});

export const conflictSchema = z.strictObject({
  id: id('id'),
  when: z
    .record(key('a tree id'), z.array(id('result')).min(1, 'list at least one result id'), {
      error: 'when: an object { "<tree id>": ["<result id>", …] }',
    })
    .refine((w) => Object.keys(w).length >= 2, { error: 'when: a conflict is between at least two wizards' }),
  title: text('title'),
  text: text('text'),
  citations: z
    .array(citationSchema, { error: 'citations: must be a list' })
    .min(2, 'citations: a conflict quotes at least two passages, one for each side'),
});

export const sharedSchema = z.strictObject({
  facts: z.record(key('a fact key'), factSchema, { error: 'facts: an object { "<fact key>": { label, values } }' }),
  conflicts: z.array(conflictSchema, { error: 'conflicts: must be a list' }),
});

type Parsed = z.infer<typeof sharedSchema>;
const _schemaFitsType = (t: Parsed): SharedData => t;
const _typeFitsSchema = (t: SharedData): Parsed => t;
void _schemaFitsType;
void _typeFitsSchema;
