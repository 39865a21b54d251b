/** Share, print and export for a result. Rendered only once JavaScript runs. */
import { useState } from 'preact/hooks';
import { withRoot } from '../../lib/urls';
import type { Step } from '../../lib/wizard/engine';
import { toJson, toMarkdown, type WalkRecord } from '../../lib/wizard/export';
import type { KnownFact } from '../../lib/wizard/facts';
import type { Note, Result, WizardTree } from '../../lib/wizard/types';
import { download } from './download';

interface Props {
  tree: WizardTree;
  steps: readonly Step[];
  outcome: Result;
  notes: readonly Note[];
  preAnswered: Record<string, KnownFact>;
  base: string;
  shareUrl: string;
}

export function OutcomeActions({ tree, steps, outcome, notes, preAnswered, base, shareUrl: share }: Props) {
  const [status, setStatus] = useState('');
  const record = (): WalkRecord => ({
    tree,
    steps: steps.map((s) => ({ question: s.question, answerId: s.answer.id })),
    outcome,
    notes: [...notes],
    preAnswered,
    docUrl: (doc, anchor) => new URL(withRoot(base, `/${doc}/#${anchor}`), location.href).href,
    shareUrl: share,
    date: new Date(),
  });
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
      <label class="wizard__share">
        <span>Link to this result</span>
        <input type="text" readOnly value={share} onFocus={(e) => (e.currentTarget as HTMLInputElement).select()} />
      </label>
      {tree.noJs === 'checklist' && (
        <p class="wizard__share-hint">
          This link opens the result in a browser with JavaScript; without it, the link shows the whole questionnaire.
        </p>
      )}
      <p class="wizard__buttons">
        <button type="button" onClick={copy}>
          Copy link
        </button>
        <button type="button" onClick={() => print()}>
          Print
        </button>
        <button type="button" onClick={() => download(`${tree.id}-result.md`, 'text/markdown', toMarkdown(record()))}>
          Download Markdown
        </button>
        <button type="button" onClick={() => download(`${tree.id}-result.json`, 'application/json', toJson(record()))}>
          Download JSON
        </button>
      </p>
      <p class="wizard__status" role="status">
        {status}
      </p>
    </div>
  );
}
