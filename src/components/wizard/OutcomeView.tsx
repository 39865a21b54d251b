/** The result: recommendation, the passages it rests on, examples, next steps. */
import type { OutcomeNode } from '../../lib/wizard/types';
import type { WizardLinks } from './links';
import type { ComponentChildren, Ref } from 'preact';

interface Props {
  outcome: OutcomeNode;
  links: WizardLinks;
  headingLevel: 2 | 3;
  headingRef?: Ref<HTMLHeadingElement>;
  /** Share, print and export controls: only once JavaScript runs, so none is dead without it. */
  actions?: ComponentChildren;
}

export function OutcomeView({ outcome, links, headingLevel, headingRef, actions }: Props) {
  const H = `h${headingLevel}` as 'h2';
  const Sub = `h${headingLevel + 1}` as 'h3';
  return (
    <div class="wizard__outcome" data-outcome={outcome.id}>
      <p class="wizard__position">Result</p>
      <H class="wizard__title" tabIndex={-1} ref={headingRef}>
        {outcome.title}
      </H>
      <p class="wizard__recommendation">{outcome.recommendation}</p>
      <Sub>What the text says</Sub>
      {outcome.citations.map((c) => (
        <figure class="wizard__quote" key={`${c.doc}#${c.anchor}`}>
          <blockquote cite={links.doc(c.doc, c.anchor)}>
            <p>{c.quote}</p>
          </blockquote>
          <figcaption>
            <a href={links.doc(c.doc, c.anchor)}>Read the passage in context</a>
          </figcaption>
        </figure>
      ))}
      {outcome.siteNote && (
        <div class="editorial-note" role="note">
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
