/**
 * "Your answers so far", each with a link to change it (GOV.UK check-answers
 * pattern); an answer taken from another wizard says which.
 */
import type { Step } from '../../lib/wizard/engine';
import type { KnownFact } from '../../lib/wizard/facts';

interface Props {
  steps: readonly Step[];
  answers: readonly string[];
  hrefFor: (answers: readonly string[]) => string;
  /** The fact an answer came from, if another wizard established it. */
  from?: (questionId: string, answerId: string) => KnownFact | undefined;
  onChange?: (stepIndex: number, event: MouseEvent) => void;
}

export function AnswersSummary({ steps, answers, hrefFor, from, onChange }: Props) {
  if (steps.length === 0) return null;
  return (
    <div class="wizard__summary">
      <p class="wizard__summary-title">Your answers</p>
      <dl>
        {steps.map((s, i) => {
          const fact = from?.(s.question.id, s.answer.id);
          return (
            <div class="wizard__summary-row" key={s.question.id} data-question={s.question.id}>
              <dt>{s.question.title}</dt>
              <dd>
                {fact && <span class="wizard__summary-from">From “{fact.title}”: </span>}
                {s.answer.label}{' '}
                <a
                  href={hrefFor(answers.slice(0, i))}
                  onClick={onChange ? (e) => onChange(i, e as unknown as MouseEvent) : undefined}
                >
                  Change<span class="visually-hidden"> your answer to: {s.question.title}</span>
                </a>
                {s.answer.hint && <span class="wizard__summary-hint">{s.answer.hint}</span>}
              </dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
