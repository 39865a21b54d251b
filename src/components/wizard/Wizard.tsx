/**
 * An assessment as an island. Rendered on the server it is a plain page of
 * links (one question per page, GOV.UK style) for a "pages" wizard, or a
 * pointer to the whole questionnaire for a "checklist" one; once JavaScript
 * runs it answers in place: the URL carries the answers
 * (?<tree-id>=<version>.<answers>), Back returns to the previous question,
 * focus moves to the new heading, the answers are kept in localStorage so a
 * reload can resume, and a question another wizard already settled (a shared
 * fact) is answered for the reader, saying where the answer came from.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browserStorage } from '../../lib/storage';
import { changeAnswer, headline, questionPosition, walk } from '../../lib/wizard/engine';
import { factFor, type KnownFacts, loadFacts, preAnswer, recordFacts } from '../../lib/wizard/facts';
import type { IslandTree } from '../../lib/wizard/island';
import type { Question } from '../../lib/wizard/types';
import {
  decodeState,
  encodeState,
  firstAnswers,
  parseStored,
  serializeStored,
  storageKey,
} from '../../lib/wizard/state';
import { AnswersSummary } from './AnswersSummary';
import { highlightQuestionnaire, marksOf } from './highlight-questionnaire';
import { markLive } from '../client/islands';
import { wizardLinks } from './links';
import { OutcomeActions } from './OutcomeActions';
import { OutcomeView } from './OutcomeView';
import { QuestionView } from './QuestionView';

/** How many answers this page has pushed onto the history before the current entry (0 for an entry it did not make). */
const stepOf = (state: unknown): number =>
  typeof (state as { cggStep?: unknown } | null)?.cggStep === 'number' ? (state as { cggStep: number }).cggStep : 0;

const same = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((x, i) => x === b[i]);

interface Props {
  tree: IslandTree;
  /** Answers of the pre-rendered page this island sits on. */
  initial: string[];
  base: string;
  mode: 'page' | 'embed';
  /** The downloads' script, loaded only when asked for (result-files.client.ts). */
  filesSrc: string;
}

type UrlState =
  | { present: false }
  | { present: true; ok: true; answers: string[] }
  | { present: true; ok: false; message: string; usable: string[] };

function readUrl(tree: IslandTree): UrlState {
  const raw = new URLSearchParams(location.search).get(tree.id);
  if (raw === null) return { present: false };
  const decoded = decodeState(tree, raw);
  return decoded.ok
    ? { present: true, ok: true, answers: decoded.answers }
    : { present: true, ok: false, message: decoded.error.message, usable: decoded.error.usable };
}

export default function Wizard({ tree, initial, base, mode, filesSrc }: Props) {
  const storage = browserStorage();
  const links = wizardLinks(base, tree.id);
  const checklist = tree.noJs === 'checklist';
  const level = tree.island?.headingLevel ?? (mode === 'page' ? 2 : 3);
  const [answers, setAnswers] = useState<string[]>(initial);
  const [editing, setEditing] = useState<number | null>(null);
  const [notice, setNotice] = useState<{ message: string; usable: string[] } | null>(null);
  const [resume, setResume] = useState<string[] | null>(null);
  const [facts, setFacts] = useState<KnownFacts>({});
  const [live, setLive] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const root = useRef<HTMLDivElement>(null);
  const moved = useRef(false);

  /** Where an answer list lives: its pre-rendered page, or (checklist) the tool's page with the answers in the address. */
  const hrefFor = (list: readonly string[]) =>
    checklist ? `${links.step([])}?${tree.id}=${encodeState(tree, list)}` : links.step(list);
  /** This page with the answers in the address: ?<tree-id>=<version>.<answers>, so old links are recognised. */
  const urlFor = (list: readonly string[]) =>
    `${location.pathname}?${tree.id}=${encodeState(tree, list)}${mode === 'embed' ? `#tool-${tree.id}` : ''}`;

  const keep = (list: readonly string[]) => {
    storage.write(storageKey(tree.id), serializeStored(tree, list));
    setFacts(recordFacts(storage, tree, list));
  };

  useEffect(() => {
    const known = loadFacts(storage);
    setFacts(known);
    const fromUrl = readUrl(tree);
    let start = initial;
    if (fromUrl.present && fromUrl.ok) start = fromUrl.answers;
    else if (fromUrl.present) setNotice(fromUrl);
    else if (initial.length === 0) {
      const stored = parseStored(storage.read(storageKey(tree.id)), tree);
      if (stored.ok && stored.answers.length > 0) setResume(stored.answers);
    }
    if (!fromUrl.present || fromUrl.ok) {
      // A question another wizard already settled is answered at once; the address says so (no new history entry).
      const filled = preAnswer(tree, start, known).answers;
      if (filled.length > start.length) {
        try {
          history.replaceState(null, '', urlFor(filled));
        } catch {
          /* the address stays; the answers are still kept below */
        }
        keep(filled);
      }
      start = filled;
    }
    // Reaching a result (or a shared answer) by a link or a pre-rendered page establishes its facts too.
    if (start.length > 0) setFacts(recordFacts(storage, tree, start));
    if (!same(start, initial)) setAnswers(start);
    setLive(true);
    const onPop = () => {
      // Also fired by a jump to an anchor on the page (a table of contents link): only a change of answers moves focus.
      const state = readUrl(tree);
      const next = state.present && state.ok ? state.answers : initial;
      setNotice(state.present && !state.ok ? state : null);
      if (same(next, shown.current)) return;
      moved.current = true;
      setEditing(null);
      setAnswers(next);
    };
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);

  // Marked live once the live view is on screen: from then on a click is answered in place.
  useEffect(() => {
    if (live) markLive(root.current);
  }, [live]);

  const shown = useRef(answers);
  shown.current = answers;
  const result = walk(tree, answers);

  useEffect(() => {
    if (!live) return;
    highlightQuestionnaire(
      tree.id,
      marksOf(result.ok ? result.steps : [], result.ok && result.done ? result : undefined),
    );
    if (!moved.current) return;
    moved.current = false;
    heading.current?.focus();
    if (mode === 'page' && result.ok) {
      const title = result.done ? headline(result.result, result.notes) : result.question.title;
      document.title = `${title} · ${tree.title}`;
    }
  }, [answers, editing, live]);

  /** Shows `next`; going forward (not Back), questions other wizards settled are answered on the way. */
  const go = (next: string[], fill = true) => {
    const list = fill ? preAnswer(tree, next, facts).answers : next;
    try {
      // Each answer is a history entry, numbered, so the in-page Back can go back instead of adding one.
      history.pushState({ cggStep: stepOf(history.state) + 1 }, '', urlFor(list));
    } catch {
      // Some browsers refuse to change the address of a page opened from disk (file://, SecurityError):
      // follow the plain link instead.
      keep(list);
      location.assign(hrefFor(list));
      return;
    }
    moved.current = true;
    setNotice(null);
    setResume(null);
    setEditing(null);
    setAnswers(list);
    keep(list);
  };
  /** The in-page Back: the browser's own Back where this page made the entry, else the previous answers in place. */
  const back = (e: MouseEvent) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    const previous = answers.slice(0, -1);
    if (stepOf(history.state) > 0) return history.back();
    try {
      history.replaceState(null, '', urlFor(previous));
    } catch {
      return location.assign(hrefFor(previous));
    }
    moved.current = true;
    setEditing(null);
    setAnswers(previous);
    keep(previous);
  };
  const intercept = (e: MouseEvent, next: string[], fill = true) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return; // let "open in new tab" work
    e.preventDefault();
    go(next, fill);
  };

  /** The question after the answers so far: links the server draws, answered in place once live. */
  const nextQuestion = (question: Question) => (
    <QuestionView
      question={question}
      answers={answers}
      position={questionPosition(tree, answers)}
      hrefFor={hrefFor}
      links={links}
      headingLevel={level}
      headingRef={heading}
      onAnswer={live ? (id, e) => intercept(e, [...answers, id]) : undefined}
    />
  );

  if (checklist && !live && result.ok && !result.done) {
    // Server-rendered (and before the island runs): a checklist wizard has no page per answer, but its first
    // question is the same for every reader, so it is drawn at once, answers as links carrying the answers in the
    // address (?<tree-id>=…), which the island reads. The island itself starts when the reader reaches for it
    // (WizardIsland.astro). Without JavaScript those links could not be read: hidden (wizard.css, .wizard--server),
    // and a <noscript> note points at the whole questionnaire instead.
    return (
      <div class="wizard wizard--server" ref={root}>
        {nextQuestion(result.question)}
      </div>
    );
  }

  if (!result.ok) {
    // Only reachable with a damaged tree or state; decodeState already rejects bad links.
    return (
      <div class="wizard" role="alert" ref={root}>
        <p>
          These answers do not fit this tool any more.{' '}
          <a href={links.step([])} onClick={live ? (e) => intercept(e as unknown as MouseEvent, []) : undefined}>
            Start again
          </a>
        </p>
      </div>
    );
  }

  const steps = result.steps;
  const editStep = editing !== null ? steps[editing] : undefined;
  const from = (questionId: string, answerId: string) => {
    const step = steps.find((s) => s.question.id === questionId);
    const fact = step ? factFor(tree, step.question, facts) : undefined;
    return fact?.value === answerId ? fact : undefined;
  };
  const preAnswered = Object.fromEntries(
    steps.flatMap((s) => {
      const f = from(s.question.id, s.answer.id);
      return f ? [[s.question.id, f]] : [];
    }),
  );
  const carryOn = (usable: string[]) => {
    const w = walk(tree, usable);
    return w.ok && w.done
      ? `See the result of ${firstAnswers(usable.length)}`
      : `Carry on from question ${usable.length + 1}`;
  };

  return (
    <div class="wizard" ref={root}>
      {notice && (
        <div class="wizard__notice" role="alert">
          <p>{notice.message}</p>
          <p class="wizard__buttons">
            {notice.usable.length > 0 && (
              <button type="button" onClick={() => go(notice.usable, false)}>
                {carryOn(notice.usable)}
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
            <button type="button" onClick={() => go(resume, false)}>
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
          hrefFor={hrefFor}
          links={links}
          headingLevel={level}
          headingRef={heading}
          onAnswer={(id, e) => intercept(e, changeAnswer(tree, answers, editing!, id))}
        />
      ) : !result.done ? (
        nextQuestion(result.question)
      ) : (
        <OutcomeView
          outcome={result.result}
          notes={result.notes}
          links={links}
          headingLevel={level}
          headingRef={heading}
          actions={
            live ? (
              <OutcomeActions
                tree={tree}
                steps={steps}
                outcome={result.result}
                notes={result.notes}
                preAnswered={preAnswered}
                base={base}
                // "pages": the pre-rendered path, which opens without JavaScript; "checklist": the tool's page
                // with the answers and version in the address.
                shareUrl={new URL(hrefFor(answers), location.href).href}
                filesSrc={filesSrc}
              />
            ) : undefined
          }
        />
      )}

      <AnswersSummary
        steps={steps}
        answers={answers}
        hrefFor={hrefFor}
        from={from}
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
          <a href={hrefFor(answers.slice(0, -1))} onClick={live ? (e) => back(e as unknown as MouseEvent) : undefined}>
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
