/** Pieces of the plan: DCAF's passages with their citations, and the convener's own text. */
import { citationRuns } from '../../lib/citation';
import type { PackPassage } from '../../lib/pack/view';

/** Each passage quoted, with its citation as a memo would give it (section and paragraph, never a slug). */
export function Passages({ passages }: { passages: readonly PackPassage[] }) {
  return (
    <>
      {passages.map((p) => {
        const runs = citationRuns(p.source);
        const href = p.source.link?.kind === 'web' ? p.source.link.href : undefined;
        return (
          <blockquote class="plan__passage" key={`${p.quote.slice(0, 40)}`} cite={href}>
            <p>{p.quote}</p>
            <p class="plan__citation">
              —{' '}
              {runs.map((r, i) =>
                r.href ? (
                  <a href={r.href} key={i}>
                    {r.text}
                  </a>
                ) : r.italic ? (
                  <cite key={i}>{r.text}</cite>
                ) : (
                  <span key={i}>{r.text}</span>
                ),
              )}
            </p>
          </blockquote>
        );
      })}
    </>
  );
}

interface ReaderTextProps {
  id: string;
  label: string;
  value: string;
  rows: number;
  onInput: (value: string) => void;
  /** Before the island is live: what is typed could not be kept yet. */
  readOnly?: boolean;
}

/**
 * A box for the convener's own text, and its printed copy: a printed textarea
 * shows only what fits its box, so print shows the text itself, in full.
 */
export function ReaderText({ id, label, value, rows, onInput, readOnly }: ReaderTextProps) {
  return (
    <div class="plan__reader">
      <label for={id} class="plan__reader-label">
        {label}
      </label>
      <textarea
        id={id}
        rows={rows}
        value={value}
        readOnly={readOnly}
        onInput={(e) => onInput((e.currentTarget as HTMLTextAreaElement).value)}
      />
      <div class="plan__reader-print" aria-hidden="true">
        {value.trim() ? value : 'Not filled in.'}
      </div>
    </div>
  );
}
