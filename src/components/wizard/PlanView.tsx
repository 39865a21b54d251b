/**
 * /tools/plan/: the results of the partnership tools as one plan, with notes
 * per section. Everything stays in this browser's localStorage.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { NOTES_KEY, parseNotes, planSection, planToJson, planToMarkdown } from '../../lib/wizard/plan';
import { parseStored, storageKey } from '../../lib/wizard/state';
import type { WizardTree } from '../../lib/wizard/types';
import { withRoot } from '../../lib/urls';
import { download } from './download';
import { markLive } from '../client/islands';

interface Props {
  trees: WizardTree[];
  base: string;
}

const read = (key: string) => {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
};

export default function PlanView({ trees, base }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [live, setLive] = useState(false);

  useEffect(() => {
    const loaded: Record<string, string[]> = {};
    for (const t of trees) {
      const stored = parseStored(read(storageKey(t.id)), t);
      loaded[t.id] = stored.ok ? stored.answers : [];
    }
    setAnswers(loaded);
    setNotes(parseNotes(read(NOTES_KEY)));
    setLive(true);
  }, []);
  useEffect(() => {
    if (live) markLive(root.current);
  }, [live]);

  const setNote = (id: string, text: string) => {
    const next = { ...notes, [id]: text };
    setNotes(next);
    try {
      localStorage.setItem(NOTES_KEY, JSON.stringify(next));
    } catch {
      /* notes stay on screen even if they cannot be saved */
    }
  };

  // Before the saved results are read (and without JavaScript) the plan shows every section as not yet
  // answered, with the same layout, so filling it in does not shift the page.
  const sections = trees.map((t) => planSection(t, answers[t.id] ?? [], notes[t.id] ?? ''));
  const docUrl = (doc: string, anchor: string) => new URL(withRoot(base, `/${doc}/#${anchor}`), location.href).href;
  const tool = (id: string) => withRoot(base, `/tools/${id}/`);

  return (
    <div class="plan" ref={root}>
      {sections.map((s) => (
        <section class="plan__section" aria-labelledby={`plan-${s.tree.id}`} key={s.tree.id}>
          <h2 id={`plan-${s.tree.id}`}>{s.tree.title}</h2>
          {s.outcome ? (
            <>
              <p class="plan__result" data-outcome={s.outcome.id}>
                <strong>{s.outcome.title}.</strong> {s.outcome.recommendation}
              </p>
              <blockquote>
                <p>{s.outcome.citations[0]!.quote}</p>
              </blockquote>
              <p class="plan__links">
                <a href={docUrl(s.outcome.citations[0]!.doc, s.outcome.citations[0]!.anchor)}>Read the passage</a>
                <a href={tool(s.tree.id)}>Change your answers</a>
              </p>
            </>
          ) : (
            <p class="plan__todo">
              Not answered yet in this browser. <a href={tool(s.tree.id)}>Answer “{s.tree.title}”</a>
            </p>
          )}
          <label class="plan__note">
            <span>Your notes on this point</span>
            <textarea
              rows={3}
              value={s.note}
              disabled={!live}
              onInput={(e) => setNote(s.tree.id, (e.currentTarget as HTMLTextAreaElement).value)}
            />
          </label>
        </section>
      ))}
      {live && (
        <div class="wizard__actions plan__actions wizard">
          <p class="wizard__buttons">
            <button type="button" onClick={() => print()}>
              Print the plan
            </button>
            <button
              type="button"
              onClick={() =>
                download('first-meeting-plan.md', 'text/markdown', planToMarkdown(sections, docUrl, new Date()))
              }
            >
              Download Markdown
            </button>
            <button
              type="button"
              onClick={() => download('first-meeting-plan.json', 'application/json', planToJson(sections, new Date()))}
            >
              Download JSON
            </button>
          </p>
          <p>Your answers and notes are kept only in this browser, on this computer. Nothing is sent anywhere.</p>
        </div>
      )}
    </div>
  );
}
