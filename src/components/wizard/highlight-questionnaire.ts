/**
 * Marks the reader's answers, the rule that fired and the result on the
 * questionnaire drawn at build time (Questionnaire.astro): answers carry
 * data-choice="<question>/<answer>", decision rows data-clause="<rule>/<n>",
 * results data-result="<id>". The static pages mark their own state the same
 * way; this keeps the marks in step as the island answers in place.
 */
/** The id the questionnaire carries on the tool's page, for links to it. */
export const questionnaireId = (treeId: string) => `questionnaire-${treeId}`;

export interface Marks {
  /** "<question>/<answer>" for every answer given. */
  choices: readonly string[];
  /** "<rule>/<clause index>" of the row that gave the result. */
  clause?: string | undefined;
  result?: string | undefined;
}

export function highlightQuestionnaire(treeId: string, marks: Marks) {
  const root = document.querySelector(`[data-questionnaire="${treeId}"]`);
  if (!root) return;
  const choices = new Set(marks.choices);
  // The class draws the mark; aria-current says it to a screen reader.
  const mark = (el: Element, className: string, on: boolean) => {
    el.classList.toggle(className, on);
    if (on) el.setAttribute('aria-current', 'true');
    else el.removeAttribute('aria-current');
  };
  for (const el of root.querySelectorAll('[data-choice]'))
    mark(el, 'is-chosen', choices.has(el.getAttribute('data-choice')!));
  for (const el of root.querySelectorAll('[data-clause]'))
    mark(el, 'is-fired', el.getAttribute('data-clause') === marks.clause);
  for (const el of root.querySelectorAll('[data-result]')) {
    el.classList.toggle('is-result', el.getAttribute('data-result') === marks.result);
  }
}

/** The marks for a walk's steps and, once done, its rule, clause and result. */
export function marksOf(
  steps: readonly { question: { id: string }; answer: { id: string } }[],
  done?: { rule: { id: string }; clause: number; result: { id: string } },
): Marks {
  return {
    choices: steps.map((s) => `${s.question.id}/${s.answer.id}`),
    clause: done ? `${done.rule.id}/${done.clause}` : undefined,
    result: done?.result.id,
  };
}
