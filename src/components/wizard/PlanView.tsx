/**
 * /tools/plan/: the results of the partnership tools as one plan, with notes
 * per section, and the points where two results disagree (each side's
 * passage quoted). Everything stays in this browser's localStorage.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { withRoot } from '../../lib/urls';
import { browserStorage } from '../../lib/storage';
import type { IslandTree } from '../../lib/wizard/island';
import {
  NOTES_KEY,
  type PlanSection,
  parseNotes,
  planConflicts,
  planSection,
  planToJson,
  planToMarkdown,
} from '../../lib/wizard/plan';
import type { Conflict } from '../../lib/wizard/shared';
import { parseStored, storageKey } from '../../lib/wizard/state';
import { download } from './download';
import { markLive } from '../client/islands';

interface Props {
  trees: IslandTree[];
  base: string;
}

/** Each conflict once, from the trees that carry them. */
const allConflicts = (trees: readonly IslandTree[]): Conflict[] => {
  const byId = new Map<string, Conflict>();
  for (const t of trees) for (const c of t.island?.conflicts ?? []) byId.set(c.id, c);
  return [...byId.values()];
};

export default function PlanView({ trees, base }: Props) {
  const storage = browserStorage();
  const root = useRef<HTMLDivElement>(null);
  const [answers, setAnswers] = useState<Record<string, string[]>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [live, setLive] = useState(false);

  useEffect(() => {
    const loaded: Record<string, string[]> = {};
    for (const t of trees) {
      const stored = parseStored(storage.read(storageKey(t.id)), t);
      loaded[t.id] = stored.ok ? stored.answers : [];
    }
    setAnswers(loaded);
    setNotes(parseNotes(storage.read(NOTES_KEY)));
    setLive(true);
  }, []);
  useEffect(() => {
    if (live) markLive(root.current);
  }, [live]);

  const setNote = (id: string, text: string) => {
    const next = { ...notes, [id]: text };
    setNotes(next);
    storage.write(NOTES_KEY, JSON.stringify(next)); // notes stay on screen even if they cannot be saved
  };

  // Before the saved results are read (and without JavaScript) the plan shows every section as not yet
  // answered, with the same layout, so filling it in does not shift the page.
  const sections = trees.map((t) => planSection(t, answers[t.id] ?? [], notes[t.id] ?? ''));
  const conflicts = planConflicts(allConflicts(trees), sections);
  const docUrl = (doc: string, anchor: string) => new URL(withRoot(base, `/${doc}/#${anchor}`), location.href).href;
  const docHref = (doc: string, anchor: string) => withRoot(base, `/${doc}/#${anchor}`);
  const tool = (id: string) => withRoot(base, `/tools/${id}/`);
  const flagged = (s: PlanSection) => s.notes.filter((n) => n.kind === 'tension' || n.kind === 'open');

  return (
    <div class="plan" ref={root}>
      {conflicts.length > 0 && (
        <section class="plan__conflicts" aria-labelledby="plan-conflicts">
          <h2 id="plan-conflicts">Where your results disagree</h2>
          {conflicts.map((c) => (
            <div class="plan__conflict" key={c.id} data-conflict={c.id}>
              <h3>{c.title}</h3>
              <p>{c.text}</p>
              {c.citations.map((q) => (
                <blockquote key={`${q.doc}#${q.anchor}`} cite={docHref(q.doc, q.anchor)}>
                  <p>{q.quote}</p>
                  <p class="plan__source">
                    <a href={docHref(q.doc, q.anchor)}>Read the passage</a>
                  </p>
                </blockquote>
              ))}
            </div>
          ))}
        </section>
      )}
      {sections.map((s) => (
        <section class="plan__section" aria-labelledby={`plan-${s.tree.id}`} key={s.tree.id}>
          <h2 id={`plan-${s.tree.id}`}>{s.tree.title}</h2>
          {s.outcome ? (
            <>
              <p class="plan__result" data-outcome={s.outcome.id}>
                <strong>{s.headline}.</strong> {s.outcome.recommendation}
              </p>
              <blockquote>
                <p>{s.outcome.citations[0]!.quote}</p>
              </blockquote>
              {flagged(s).length > 0 && (
                <ul class="plan__flags">
                  {flagged(s).map((n) => (
                    <li key={n.id} data-note={n.id}>
                      <strong>{n.kind === 'tension' ? 'The factors pull apart' : 'Open point'}:</strong> {n.title}.
                    </li>
                  ))}
                </ul>
              )}
              <p class="plan__links">
                <a href={docHref(s.outcome.citations[0]!.doc, s.outcome.citations[0]!.anchor)}>Read the passage</a>
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
                download(
                  'first-meeting-plan.md',
                  'text/markdown',
                  planToMarkdown(sections, docUrl, new Date(), conflicts),
                )
              }
            >
              Download Markdown
            </button>
            <button
              type="button"
              onClick={() =>
                download('first-meeting-plan.json', 'application/json', planToJson(sections, new Date(), conflicts))
              }
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
