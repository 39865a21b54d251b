/**
 * What a reader does with a result: see that it is in the plan for a first
 * meeting (or add it, when it came from someone's link), share it, print it,
 * export it. Rendered only once JavaScript runs.
 */
import { useState } from 'preact/hooks';
import { keepAnswers } from '../../lib/pack/keep';
import { planKindOf } from '../../lib/pack/kinds';
import { browserStorage } from '../../lib/storage';
import { withRoot } from '../../lib/urls';
import { encodeState, parseStored, storageKey } from '../../lib/wizard/state';
import { download } from '../client/download';
import { onDemand } from '../client/on-demand';
import type { ResultFiles, ResultFilesInput } from './result-files.client';

interface Props extends Omit<ResultFilesInput, 'shareUrl'> {
  shareUrl: string;
  /** The downloads' script (_client/result-files.js), loaded only when the reader asks for a file. */
  filesSrc: string;
}

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

export function OutcomeActions({ tree, steps, outcome, notes, preAnswered, base, shareUrl: share, filesSrc }: Props) {
  const storage = browserStorage();
  const [status, setStatus] = useState('');
  const answers = steps.map((s) => s.answer.id);
  const plan = planKindOf(tree.id);
  const stored = parseStored(storage.read(storageKey(tree.id)), tree);
  const [inPlan, setInPlan] = useState(stored.ok && same(stored.answers, answers));
  // From disk a link leads to a file on this computer: say so, and offer the files instead.
  const localOnly = new URL(share).protocol === 'file:';
  const save = async (format: 'markdown' | 'json') => {
    try {
      const files = await onDemand<ResultFiles>(filesSrc, 'cggResultFiles');
      const input = { tree, steps, outcome, notes, preAnswered, base, shareUrl: localOnly ? undefined : share };
      if (format === 'markdown') download(`${tree.id}-result.md`, 'text/markdown', files.markdown(input));
      else download(`${tree.id}-result.json`, 'application/json', files.json(input));
    } catch {
      setStatus('The download could not be prepared here: print the result instead, or try again.');
    }
  };
  // The plan page takes the answers from its address too: from disk, Firefox keeps each file's storage apart.
  const planHref = plan && `${withRoot(base, plan.url)}?${tree.id}=${encodeState(tree, answers)}`;
  const addToPlan = () => {
    if (keepAnswers(storage, tree, answers)) {
      setInPlan(true);
      setStatus('Added to your plan for a first meeting.');
    } else setStatus('This browser keeps nothing for this site: open the plan with the link, then save it as a file.');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(share);
      setStatus('Link copied.');
    } catch {
      setStatus('Copying was blocked: select the link and copy it.');
    }
  };
  return (
    <div class="wizard__actions">
      {plan && planHref && (
        <p class="wizard__in-plan" data-in-plan={inPlan ? '' : undefined}>
          {inPlan ? 'This result is in your plan for a first meeting.' : 'This result is not in your plan yet.'}{' '}
          {!inPlan && (
            <button type="button" onClick={addToPlan}>
              Add it to the plan
            </button>
          )}{' '}
          <a href={planHref}>Open the plan: {plan.title.replace(/^Plan for a first meeting: /, '')}</a>
        </p>
      )}
      {localOnly ? (
        <p class="wizard__share-hint">
          This copy of the guide is opened from this computer, so a link to this result works only here. To share it,
          download it below, or add it to the plan and save the plan as a file.
        </p>
      ) : (
        <label class="wizard__share">
          <span>Link to this result</span>
          <input type="text" readOnly value={share} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
        </label>
      )}
      {!localOnly && tree.noJs === 'checklist' && (
        <p class="wizard__share-hint">
          This link opens the result in a browser with JavaScript; without it, the link shows the whole questionnaire.
        </p>
      )}
      <p class="wizard__buttons">
        {!localOnly && (
          <button type="button" onClick={copy}>
            Copy link
          </button>
        )}
        <button type="button" onClick={() => print()}>
          Print
        </button>
        <button type="button" onClick={() => void save('markdown')}>
          Download Markdown
        </button>
        <button type="button" onClick={() => void save('json')}>
          Download JSON
        </button>
      </p>
      <p class="wizard__status" role="status">
        {status}
      </p>
    </div>
  );
}
