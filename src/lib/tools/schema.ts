/**
 * Shape rules for content/tools/*.json, checked when the pages are built and
 * in the tests. Messages name the field, so a content author can fix the JSON
 * without reading this file. Whether each quote is on its page is checked
 * against the build (tests/content/tools.test.ts).
 */
import { z } from 'astro/zod';
import { citationSchema, ID_PATTERN } from '../wizard/schema.ts';
import type { CompareData, GovernanceData, StakeholderData } from './types.ts';

const id = (field: string) =>
  z
    .string({ error: `${field}: must be a string` })
    .regex(ID_PATTERN, `${field}: use lower-case letters, digits and single hyphens, e.g. "civil-society"`);
const text = (field: string) =>
  z.string({ error: `${field}: must be a string` }).regex(/\S/, `${field}: must not be empty`);
const version = z.number({ error: 'version: must be a number' }).int('version: must be a whole number').positive();

const statement = z.strictObject({
  ...citationSchema.shape,
  note: text('note').optional(),
  label: text('label').optional(),
});
/** A passage from elsewhere must say, in the site's words, how it relates. */
const related = statement.required({ note: true });
const list = <T extends z.ZodType>(item: T, field: string) => z.array(item, { error: `${field}: must be a list` });

/** Each value of `ids` once only; adds one issue per repeat. */
function unique(ctx: z.RefinementCtx, ids: string[], what: string, path: (string | number)[]) {
  ids.forEach((v, i) => {
    if (ids.indexOf(v) !== i)
      ctx.addIssue({ code: 'custom', path: [...path, i], message: `${what} "${v}" appears twice` });
  });
}

export const compareSchema = z
  .strictObject({
    version,
    intro: list(statement, 'intro'),
    types: list(
      z.strictObject({
        id: id('id'),
        number: z.string().regex(/^3\.[1-9]$/, 'number: the section number, e.g. "3.1"'),
        heading: text('heading'),
        short: text('short'),
        anchor: text('anchor'),
      }),
      'types',
    ).min(2, 'types: compare at least two types'),
    aspects: list(z.strictObject({ id: id('id'), label: text('label'), question: text('question') }), 'aspects').min(1),
    cells: list(
      z.strictObject({
        type: id('type'),
        aspect: id('aspect'),
        says: list(statement, 'says'),
        note: text('note').optional(),
        elsewhere: list(related, 'elsewhere').optional(),
      }),
      'cells',
    ),
  })
  .superRefine((data, ctx) => {
    unique(
      ctx,
      data.types.map((t) => t.id),
      'type',
      ['types'],
    );
    unique(
      ctx,
      data.aspects.map((a) => a.id),
      'aspect',
      ['aspects'],
    );
    const key = (type: string, aspect: string) => `${type} × ${aspect}`;
    unique(
      ctx,
      data.cells.map((c) => key(c.type, c.aspect)),
      'cell',
      ['cells'],
    );
    data.cells.forEach((c, i) => {
      if (!data.types.some((t) => t.id === c.type))
        ctx.addIssue({ code: 'custom', path: ['cells', i, 'type'], message: `type: no type "${c.type}" in types` });
      if (!data.aspects.some((a) => a.id === c.aspect))
        ctx.addIssue({ code: 'custom', path: ['cells', i, 'aspect'], message: `aspect: no aspect "${c.aspect}"` });
      if (c.says.length === 0 && !c.note)
        ctx.addIssue({
          code: 'custom',
          path: ['cells', i, 'note'],
          message: 'note: where the text says nothing, the note must say so (a cell is never blank)',
        });
    });
    for (const t of data.types)
      for (const a of data.aspects)
        if (!data.cells.some((c) => c.type === t.id && c.aspect === a.id))
          ctx.addIssue({ code: 'custom', path: ['cells'], message: `cells: no cell for ${key(t.id, a.id)}` });
  });

const option = z.strictObject({ id: id('id'), label: text('label') });
const benefitRow = z.enum(['state', 'non-state'], {
  error: 'sector: must be "state" or "non-state" (a row of Table 3)',
});

export const stakeholderSchema = z
  .strictObject({
    version,
    intro: list(statement, 'intro'),
    sectors: list(
      z.strictObject({
        ...option.shape,
        benefits: benefitRow.nullable(),
        basis: statement,
        about: list(statement, 'about').optional(),
      }),
      'sectors',
    ).min(1),
    roles: list(z.strictObject({ ...option.shape, basis: statement, site: z.boolean().optional() }), 'roles').min(1),
    capacity: z.strictObject({ options: list(option, 'options').min(2), basis: list(statement, 'basis').min(1) }),
    interest: statement,
    benefits: z.strictObject({
      doc: citationSchema.shape.doc,
      anchor: citationSchema.shape.anchor,
      rows: z.strictObject({ state: text('state'), 'non-state': text('non-state') }),
      items: list(z.strictObject({ id: id('id'), sector: benefitRow, quote: text('quote') }), 'items').min(1),
      none: text('none'),
    }),
  })
  .superRefine((data, ctx) => {
    unique(
      ctx,
      data.sectors.map((s) => s.id),
      'sector',
      ['sectors'],
    );
    unique(
      ctx,
      data.roles.map((r) => r.id),
      'role',
      ['roles'],
    );
    unique(
      ctx,
      data.benefits.items.map((b) => b.id),
      'benefit',
      ['benefits', 'items'],
    );
    unique(
      ctx,
      data.capacity.options.map((o) => o.id),
      'capacity option',
      ['capacity', 'options'],
    );
  });

export const governanceSchema = z
  .strictObject({
    version,
    intro: list(statement, 'intro'),
    principles: list(
      z.strictObject({
        id: id('id'),
        name: text('name'),
        application: statement,
        checks: list(
          z
            .strictObject({
              id: id('id'),
              question: text('question'),
              ground: statement,
              advice: list(statement, 'advice'),
              adviceNote: text('adviceNote').optional(),
              appliesWhen: text('appliesWhen').optional(),
            })
            .refine((c) => c.advice.length > 0 || c.adviceNote, {
              path: ['advice'],
              message:
                "advice: give the text's advice for when this is not in place, or an adviceNote saying it gives none",
            }),
          'checks',
        ).min(1, 'checks: a principle needs at least one check'),
      }),
      'principles',
    ).min(1),
  })
  .superRefine((data, ctx) => {
    unique(
      ctx,
      data.principles.map((p) => p.id),
      'principle',
      ['principles'],
    );
    unique(
      ctx,
      data.principles.flatMap((p) => p.checks.map((c) => c.id)),
      'check',
      ['principles'],
    );
  });

/** Parses one data file, or throws naming the file and every problem. */
export function parseToolData<T>(schema: z.ZodType<T>, data: unknown, file: string): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `  ${i.path.join('.') || '(file)'}: ${i.message}`);
  throw new Error(`${file} is not valid:\n${problems.join('\n')}`);
}

// The schemas and types.ts must describe the same data: either drifting breaks `npm run check`.
const _compare = (d: z.infer<typeof compareSchema>): CompareData => d;
const _stakeholders = (d: z.infer<typeof stakeholderSchema>): StakeholderData => d;
const _governance = (d: z.infer<typeof governanceSchema>): GovernanceData => d;
void _compare;
void _stakeholders;
void _governance;
