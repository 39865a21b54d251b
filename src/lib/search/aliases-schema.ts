/**
 * The rules for content/search/aliases.json, and its loader: a malformed file
 * fails the build with a message that names the entry and the field, so an
 * editor can fix it without reading code. Build time only (zod stays out of
 * the search script).
 */
import { z } from 'astro/zod';
import { ALIAS_LANGUAGES, type AliasFile, type AliasLanguage } from './aliases.ts';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const phrases = z
  .array(
    z
      .string({ error: 'each phrase must be a string' })
      .regex(/\p{L}/u, 'a phrase needs at least one letter')
      .max(80, 'a phrase is a few words: at most 80 characters'),
    { error: 'a list of phrases, e.g. ["sektorski CERT"]' },
  )
  .min(1, 'give at least one phrase, or leave the language out');

const target = z.union(
  [
    z.strictObject({
      doc: z
        .string()
        .regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, 'doc: the page path as in its URL, e.g. "ppp-guide/chapter-2"'),
      anchor: z
        .string()
        .regex(/^[^\s#]+$/, 'anchor: the element id, without "#"')
        .optional(),
    }),
    z.strictObject({
      tool: z.string().regex(ID, 'tool: a tool id, e.g. "tlp"'),
      outcome: z.string().regex(ID, 'outcome: an outcome id of that tool, e.g. "o-red"').optional(),
    }),
  ],
  { error: 'a target is { "doc", "anchor"? } or { "tool", "outcome"? }' },
);

const languages = Object.keys(ALIAS_LANGUAGES) as [AliasLanguage, ...AliasLanguage[]];

const entry = z.strictObject({
  id: z.string().regex(ID, 'id: lower-case letters, digits and hyphens, e.g. "sectoral-cert"'),
  terms: z.string().min(2, "terms: the documents' own words for the concept"),
  targets: z.array(target).min(1, 'targets: at least one section or tool'),
  phrases: z
    .partialRecord(z.enum(languages, { error: `phrases: languages are ${languages.join(', ')}` }), phrases)
    .refine((p) => Object.keys(p).length > 0, 'phrases: give phrases in at least one language'),
});

export const aliasFileSchema = z
  .strictObject({
    about: z.string().min(20, "about: say what the file is, and that these are the site's words, not DCAF's"),
    aliases: z.array(entry).min(1, 'aliases: at least one entry'),
  })
  .superRefine((file, ctx) => {
    const seen = new Set<string>();
    file.aliases.forEach((e, i) => {
      if (seen.has(e.id))
        ctx.addIssue({ code: 'custom', path: ['aliases', i, 'id'], message: `id: "${e.id}" is used twice` });
      seen.add(e.id);
    });
  });

/**
 * Parse and check the alias file's text. Errors name the file, the entry (by
 * id where it has one) and the field.
 */
export function loadAliases(text: string, source = 'content/search/aliases.json'): AliasFile {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (err) {
    throw new Error(`${source}: not valid JSON: ${(err as Error).message}`);
  }
  const result = aliasFileSchema.safeParse(raw);
  if (result.success) return result.data as AliasFile;
  const entries = (raw as { aliases?: unknown[] } | null)?.aliases;
  const lines = result.error.issues.map((issue) => {
    const [top, index, ...rest] = issue.path;
    if (top === 'aliases' && typeof index === 'number') {
      const id = (entries?.[index] as { id?: unknown } | undefined)?.id;
      const name = typeof id === 'string' && id ? `entry "${id}"` : `entry ${index + 1}`;
      return `${name}${rest.length ? ` (${rest.join('.')})` : ''}: ${issue.message}`;
    }
    return `${issue.path.join('.') || 'file'}: ${issue.message}`;
  });
  throw new Error(`${source}:\n  ${lines.join('\n  ')}`);
}
