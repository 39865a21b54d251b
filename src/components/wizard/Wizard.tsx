/**
 * A decision tree as an island. Rendered on the server it is a plain page of
 * links (one question per page, GOV.UK style); once JavaScript runs it answers
 * in place: the URL carries the answers (?<tree-id>=<version>.<answers>), Back
 * returns to the previous question, focus moves to the new heading, and the
 * walk is kept in localStorage so a reload can resume it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { changeAnswer, questionPosition, walk } from '../../lib/wizard/engine';
import { decodeState, encodeState, parseStored, serializeStored, storageKey } from '../../lib/wizard/state';
import type { WizardTree } from '../../lib/wizard/types';
import { AnswersSummary } from './AnswersSummary';
import { OutcomeActions } from './OutcomeActions';
import { OutcomeView } from './OutcomeView';
import { QuestionView } from './QuestionView';
import { wizardLinks } from './links';
import { highlightFlow } from './highlight-flow';
import { markLive } from '../client/islands';

interface Props {
  tree: WizardTree;
  /** Answers of the pre-rendered page this island sits on. */
  initial: string[];
  base: string;
  mode: 'page' | 'embed';
}

type UrlState =
  | { present: false }
  | { present: true; ok: true; answers: string[] }
  | { present: true; ok: false; message: string; usable: string[] };

function readUrl(tree: WizardTree): UrlState {
  const raw = new URLSearchParams(location.search).get(tree.id);
  if (raw === null) return { present: false };
  const decoded = decodeState(tree, raw);
  return decoded.ok
    ? { present: true, ok: true, answers: decoded.answers }
    : { present: true, ok: false, message: decoded.error.message, usable: decoded.error.usable };
}

function save(tree: WizardTree, answers: readonly string[]) {
  try {
    localStorage.setItem(storageKey(tree.id), serializeStored(tree, answers));
  } catch {
    // Private mode or a full quota: resuming is a convenience, never a failure.
  }
}

export default function Wizard({ tree, initial, base, mode }: Props) {
  const links = wizardLinks(base, tree.id);
  const [answers, setAnswers] = useState<string[]>(initial);
  const [editing, setEditing] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ message: string; usable: string[] } | null>(null);
  const [resume, setResume] = useState<string[] | null>(null);
  const [live, setLive] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const moved = useRef(false);
  const level = mode === 'page' ? 2 : 3;

  useEffect(() => {
    setLive(true);
    const fromUrl = readUrl(tree);
    if (fromUrl.present && fromUrl.ok) setAnswers(fromUrl.answers);
    else if (fromUrl.present) setNotice(fromUrl);
    else if (initial.length === 0) {
      let raw: string | null = null;
      try {
        raw = localStorage.getItem(storageKey(tree.id));
      } catch {
        /* storage blocked */
      }
      const stored = parseStored(raw, tree);
      if (stored.ok && stored.answers.length > 0) setResume(stored.answers);
    }
    const onPop = () => {
      const state = readUrl(tree);
      moved.current = true;
      setEditing(null);
      setNotice(state.present && !state.ok ? state : null);
      setAnswers(state.present && state.ok ? state.answers : initial);
    };
    addEventListener('popstate', onPop);
    markLive(root.current);
    return () => removeEventListener('popstate', onPop);
  }, []);

  const result = walk(tree, answers);
  const node = result.ok ? result.node : undefined;

  useEffect(() => {
    if (!live) return;
    highlightFlow(tree.id, result.ok ? result.steps : [], node?.id);
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
    if (mode === 'page' && node) document.title = `${node.title} · ${tree.title}`;
  }, [answers, editing, live]);

  /** Where the answers live in a URL: this page, ?<tree-id>=<version>.<answers>, so old links are recognised. */
  const urlFor = (next: readonly string[], path = location.pathname) =>
    `${path}?${tree.id}=${encodeState(tree, next)}${mode === 'embed' ? `#tool-${tree.id}` : ''}`;

  const go = (next: string[]) => {
    try {
      history.pushState(null, '', urlFor(next));
    } catch {
      // Some browsers refuse to change the address of a page opened from disk (file://, SecurityError):
      // follow the plain link to the pre-rendered page instead.
      save(tree, next);
      location.assign(links.step(next));
      return;
    }
    moved.current = true;
    setNotice(null);
    setResume(null);
    setEditing(null);
    setAnswers(next);
    save(tree, next);
  };
  const intercept = (e: MouseEvent, next: string[]) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; // let "open in new tab" work
    e.preventDefault();
    go(next);
  };

  if (!result.ok || !node) {
    // Only reachable with a damaged tree or state; decodeState already rejects bad links.
    return (
      <div class="wizard" role="alert">
        <p>
          These answers do not fit this tool any more. <a href={links.step([])}>Start again</a>
        </p>
      </div>
    );
  }

  const steps = result.steps;
  const editStep = editing !== null ? steps[editing] : undefined;

  return (
    <div class="wizard" ref={root}>
      {notice && (
        <div class="wizard__notice" role="alert">
          <p>{notice.message}</p>
          <p class="wizard__buttons">
            {notice.usable.length > 0 && (
              <button type="button" onClick={() => go(notice.usable)}>
                Carry on from question {notice.usable.length + 1}
              </button>
            )}
            <a href={links.step([])} onClick={(e) => intercept(e as unknown as MouseEvent, [])}>
              Start again
            </a>
          </p>
        </div>
      )}
      {resume && (
        <div class="wizard__resume" role="status">
          <p>You answered some of these questions before on this computer.</p>
          <p class="wizard__buttons">
            <button type="button" onClick={() => go(resume)}>
              Resume where you left off
            </button>
            <button type="button" class="wizard__button--secondary" onClick={() => setResume(null)}>
              Start afresh
            </button>
          </p>
        </div>
      )}

      {editStep ? (
        <QuestionView
          question={editStep.question}
          answers={answers.slice(0, editing!)}
          current={editStep.answer.id}
          position={{ index: editing! + 1, total: undefined }}
          links={links}
          headingLevel={level}
          headingRef={heading}
          onAnswer={(id, e) => intercept(e, changeAnswer(tree, answers, editing!, id))}
        />
      ) : node.kind === 'question' ? (
        <QuestionView
          question={node}
          answers={answers}
          position={questionPosition(tree, steps)}
          links={links}
          headingLevel={level}
          headingRef={heading}
          onAnswer={live ? (id, e) => intercept(e, [...answers, id]) : undefined}
        />
      ) : (
        <OutcomeView
          outcome={node}
          links={links}
          headingLevel={level}
          headingRef={heading}
          actions={
            live ? (
              <OutcomeActions
                tree={tree}
                steps={steps}
                outcome={node}
                base={base}
                // A shared link opens the tool's own page (or this document) with the answers and version in it.
                shareUrl={
                  new URL(urlFor(answers, mode === 'page' ? links.step([]) : location.pathname), location.href).href
                }
              />
            ) : undefined
          }
        />
      )}

      <AnswersSummary
        steps={steps}
        answers={answers}
        links={links}
        onChange={
          live
            ? (i, e) => {
                if (e.ctrlKey || e.metaKey || e.shiftKey) return;
                e.preventDefault();
                moved.current = true;
                setEditing(i);
              }
            : undefined
        }
      />

      <p class="wizard__nav">
        {answers.length > 0 && (
          <a
            href={links.step(answers.slice(0, -1))}
            onClick={live ? (e) => intercept(e as unknown as MouseEvent, answers.slice(0, -1)) : undefined}
          >
            Back
          </a>
        )}
        {answers.length > 0 && (
          <a href={links.step([])} onClick={live ? (e) => intercept(e as unknown as MouseEvent, []) : undefined}>
            Start again
          </a>
        )}
      </p>
    </div>
  );
}
