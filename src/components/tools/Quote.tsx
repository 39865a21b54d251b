/**
 * A passage of DCAF's text as the tools show it: the words in a blockquote,
 * the link to their paragraph under them, and the site's lead-in (if any)
 * above, marked as the site's own. Left out of the search index: search finds
 * the passage on its own page, and the tool by its title and headings.
 */
import { citeLabel } from '../../lib/tools/cite';
import type { Statement } from '../../lib/tools/types';
import { SiteNote } from './SiteNote';

interface Props {
  statement: Statement;
  /** withRoot-made link to a document anchor. */
  href: (doc: string, anchor: string) => string;
}

/** A quote that starts or stops mid-sentence gets an ellipsis there, so it does not read as whole. */
const shown = (quote: string) => `${/^[a-z]/.test(quote) ? '…' : ''}${quote}${/[.?!:;)]$/.test(quote) ? '' : '…'}`;

export function Quote({ statement: s, href }: Props) {
  const url = href(s.doc, s.anchor);
  return (
    <figure class="tq" data-pagefind-ignore>
      {s.note && <SiteNote>{s.note}</SiteNote>}
      <blockquote class="tq__text" cite={url}>
        <p>{shown(s.quote)}</p>
      </blockquote>
      <figcaption class="tq__source">
        <a href={url}>{citeLabel(s)}</a>
      </figcaption>
    </figure>
  );
}
