/** "Your answers so far", each with a link to change it (GOV.UK check-answers pattern). */
import type { Step } from '../../lib/wizard/engine';
import type { WizardLinks } from './links';

interface Props {
  steps: readonly Step[];
  answers: readonly string[];
  links: WizardLinks;
  onChange?: (stepIndex: number, event: MouseEvent) => void;
}

export function AnswersSummary({ steps, answers, links, onChange }: Props) {
  if (steps.length === 0) return null;
  return (
    <div class="wizard__summary">
      <p class="wizard__summary-title">Your answers</p>
      <dl>
        {steps.map((s, i) => (
          <div class="wizard__summary-row" key={s.question.id}>
            <dt>{s.question.title}</dt>
            <dd>
              {s.answer.label}{' '}
              <a
                href={links.step(answers.slice(0, i))}
                onClick={onChange ? (e) => onChange(i, e as unknown as MouseEvent) : undefined}
              >
                Change<span class="visually-hidden"> your answer to: {s.question.title}</span>
              </a>
              {s.answer.hint && <span class="wizard__summary-hint">{s.answer.hint}</span>}
            </dd>
          </div>
        ))}
      </dl>
    </div>
  );
}
