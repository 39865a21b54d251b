/**
 * Reading content/glossary.json: the one parser, used by the Markdown plugin
 * (astro.config.mjs, which needs the list before the content layer loads) and
 * by the content collection. Every fault names the file and the entry, so an
 * editor can fix the JSON without reading code.
 */
import { type GlossaryEntry, glossarySchema } from './content-schema.ts';

export function parseGlossary(text: string, file: string): GlossaryEntry[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    throw new Error(
      `${file}: not valid JSON (${(e as Error).message}). The glossary is a list: [{ "abbr": …, "expansion": …, "source": … }, …]`,
    );
  }
  if (!Array.isArray(data)) {
    throw new Error(`${file}: the glossary must be a list ([ … ]), not ${data === null ? 'null' : typeof data}`);
  }
  const problems: string[] = [];
  const entries: GlossaryEntry[] = [];
  const seen = new Map<string, number>();
  data.forEach((raw, i) => {
    const parsed = glossarySchema.safeParse(raw);
    const label = `entry ${i + 1}${typeof (raw as { abbr?: unknown })?.abbr === 'string' ? ` ("${(raw as { abbr: string }).abbr}")` : ''}`;
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        problems.push(`${label}: ${issue.path.join('.') || 'entry'}: ${issue.message}`);
      return;
    }
    const key = parsed.data.abbr.toLowerCase();
    const first = seen.get(key);
    if (first !== undefined)
      problems.push(`${label}: "${parsed.data.abbr}" is listed twice (first as entry ${first + 1})`);
    else seen.set(key, i);
    entries.push(parsed.data);
  });
  if (problems.length) throw new Error(`${file}:\n  ${problems.join('\n  ')}`);
  return entries;
}
