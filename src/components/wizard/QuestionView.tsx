/** One question: its answers as plain links (they work without JavaScript) and why it is asked. */
import type { Ref } from 'preact';
import type { Question } from '../../lib/wizard/types';
import type { WizardLinks } from './links';

interface Props {
  question: Question;
  answers: readonly string[];
  /** The answer given before, when the reader came back to change it. */
  current?: string | undefined;
  position: { index: number; total: number | undefined };
  /** Where an answer list leads: a pre-rendered page, or the tool's page with the answers in the address. */
  hrefFor: (answers: readonly string[]) => string;
  links: WizardLinks;
  headingLevel: number;
  headingRef?: Ref<HTMLHeadingElement>;
  onAnswer?: (answerId: string, event: MouseEvent) => void;
}

export function QuestionView({
  question,
  answers,
  current,
  position,
  hrefFor,
  links,
  headingLevel,
  headingRef,
  onAnswer,
}: Props) {
  const H = `h${Math.min(6, headingLevel)}` as 'h2';
  const headingId = `${question.id}-heading`;
  return (
    <div class="wizard__question">
      <p class="wizard__position">
        Question {position.index}
        {position.total !== undefined ? ` of ${position.total}` : ''}
      </p>
      <H id={headingId} class="wizard__title" tabIndex={-1} ref={headingRef}>
        {question.title}
      </H>
      {question.hint && <p class="wizard__hint">{question.hint}</p>}
      <ul class="wizard__answers">
        {question.answers.map((a) => (
          <li key={a.id}>
            <a
              class="wizard__answer"
              href={hrefFor([...answers, a.id])}
              data-answer={a.id}
              aria-current={a.id === current ? 'true' : undefined}
              onClick={onAnswer ? (e) => onAnswer(a.id, e as unknown as MouseEvent) : undefined}
            >
              <span class="wizard__answer-label">{a.label}</span>
              {a.id === current && <span class="wizard__answer-current"> (your answer)</span>}
              {a.hint && <span class="wizard__answer-hint">{a.hint}</span>}
            </a>
          </li>
        ))}
      </ul>
      <details class="wizard__why">
        <summary>Why we ask</summary>
        <blockquote cite={links.doc(question.why.doc, question.why.anchor)}>
          <p>{question.why.quote}</p>
        </blockquote>
        <p class="wizard__source">
          <a href={links.doc(question.why.doc, question.why.anchor)}>Read this passage in context</a>
        </p>
      </details>
    </div>
  );
}
