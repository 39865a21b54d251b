/**
 * The result: the headline (with the notes' headlines, and the site's own
 * part marked), the recommendation and the passages it rests on, then the
 * notes grouped: where the factors pull apart (both passages quoted), what
 * the text also says, the checklist; then examples and next steps.
 */
import type { ComponentChildren, Ref } from 'preact';
import { headline } from '../../lib/wizard/engine';
import { groupNotes } from '../../lib/wizard/present';
import type { Citation, Note, Result } from '../../lib/wizard/types';
import type { WizardLinks } from './links';

interface Props {
  outcome: Result;
  notes: readonly Note[];
  links: WizardLinks;
  headingLevel: number;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Share, print and export controls: only once JavaScript runs, so none is dead without it. */
  actions?: ComponentChildren;
}

const heading = (level: number) => `h${Math.min(6, level)}` as 'h2';

function Quote({ citation, links }: { citation: Citation; links: WizardLinks }) {
  const href = links.doc(citation.doc, citation.anchor);
  return (
    <figure class="wizard__quote">
      <blockquote cite={href}>
        <p>{citation.quote}</p>
      </blockquote>
      <figcaption>
        <a href={href}>Read the passage in context</a>
      </figcaption>
    </figure>
  );
}

export function OutcomeView({ outcome, notes, links, headingLevel, headingRef, actions }: Props) {
  const H = heading(headingLevel);
  const Sub = heading(headingLevel + 1);
  const Item = heading(headingLevel + 2);
  const { tension, also, checklist } = groupNotes(notes);
  const siteNoteId = `${outcome.id}-site-note`;
  const noteBlock = (n: Note) => (
    <div class="wizard__note" key={n.id} data-note={n.id}>
      <Item>{n.title}</Item>
      <p>{n.text}</p>
      {n.citations.map((c) => (
        <Quote citation={c} links={links} key={`${c.doc}#${c.anchor}:${c.quote.slice(0, 20)}`} />
      ))}
    </div>
  );
  return (
    <div class="wizard__outcome" data-outcome={outcome.id}>
      <p class="wizard__position">Result</p>
      <H class="wizard__title" tabIndex={-1} ref={headingRef}>
        {headline(outcome, notes)}
        {outcome.siteHeadline && (
          <span class="wizard__site-headline" data-editorial>
            {' '}
            — {outcome.siteHeadline}{' '}
            <a class="wizard__site-mark" href={`#${siteNoteId}`}>
              (note from this site)
            </a>
          </span>
        )}
      </H>
      <p class="wizard__recommendation">{outcome.recommendation}</p>
      <Sub>What the text says</Sub>
      {outcome.citations.map((c) => (
        <Quote citation={c} links={links} key={`${c.doc}#${c.anchor}:${c.quote.slice(0, 20)}`} />
      ))}
      {tension.length > 0 && (
        <section class="wizard__notes wizard__notes--tension">
          <Sub>The factors pull in different directions</Sub>
          {tension.map(noteBlock)}
        </section>
      )}
      {also.length > 0 && (
        <section class="wizard__notes wizard__notes--also">
          <Sub>The text also says</Sub>
          {also.map(noteBlock)}
        </section>
      )}
      {checklist.length > 0 && (
        <section class="wizard__notes wizard__notes--checklist">
          <Sub>Checklist</Sub>
          <ul class="wizard__checklist">
            {checklist.map((n) => (
              <li key={n.id} data-note={n.id} class={`wizard__check wizard__check--${n.kind}`}>
                <p>
                  <span class="wizard__check-state">{n.kind === 'open' ? 'Open' : 'Settled'}:</span>{' '}
                  <strong>{n.title}</strong>. {n.text}
                </p>
                {n.citations.map((c) => (
                  <Quote citation={c} links={links} key={`${c.doc}#${c.anchor}:${c.quote.slice(0, 20)}`} />
                ))}
              </li>
            ))}
          </ul>
        </section>
      )}
      {outcome.siteNote && (
        <div class="editorial-note" role="note" id={siteNoteId} data-editorial>
          <p class="editorial-note__label">Note from this site</p>
          <p>{outcome.siteNote}</p>
        </div>
      )}
      {outcome.examples && outcome.examples.length > 0 && (
        <>
          <Sub>Examples in the text</Sub>
          <ul>
            {outcome.examples.map((e) => (
              <li key={e.label}>
                <a href={links.doc(e.doc, e.anchor)}>{e.label}</a>
              </li>
            ))}
          </ul>
        </>
      )}
      <Sub>Next steps</Sub>
      <ul>
        {outcome.nextSteps.map((n) => (
          <li key={n.label}>
            <a href={links.doc(n.doc, n.anchor)}>{n.label}</a>
          </li>
        ))}
      </ul>
      {actions}
    </div>
  );
}
