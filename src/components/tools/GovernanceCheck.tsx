/**
 * The good-governance self-check (Guide 1.2, Table 1, with 2.1–2.3 and 3.4).
 * Rendered on the server it is a printable checklist whose boxes can be
 * ticked on screen or on paper; hydrated, the answers are kept in this
 * browser and summed up per principle, with the text's advice for what is
 * not yet in place, a chart and its table, and exports.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  emptyGovernance,
  GOVERNANCE_STORAGE_KEY,
  type GovernanceState,
  governanceSummary,
  governanceToJson,
  governanceToMarkdown,
  parseGovernance,
  STATUSES,
  serializeGovernance,
  type Status,
} from '../../lib/tools/governance';
import { citeLabel } from '../../lib/tools/cite';
import { browserStorage } from '../../lib/storage';
import type { GovernanceData } from '../../lib/tools/types';
import { download } from '../client/download';
import { markLive } from '../client/islands';
import { GovernanceSummary } from './GovernanceSummary';
import { docHref } from './links';
import { Quote } from './Quote';
import { SiteNote } from './SiteNote';

interface Props {
  data: GovernanceData;
  base: string;
}

const store = browserStorage();

export default function GovernanceCheck({ data, base }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<GovernanceState>(emptyGovernance());
  const [live, setLive] = useState(false);
  const [saved, setSaved] = useState(true);
  const [status, setStatus] = useState('');
  const [before, setBefore] = useState<GovernanceState | null>(null);
  const href = docHref(base);
  const docUrl = (doc: string, anchor: string) => new URL(href(doc, anchor), location.href).href;

  useEffect(() => {
    const read = store.readChecked(GOVERNANCE_STORAGE_KEY);
    const parsed = parseGovernance(data, read.value);
    if (parsed.ok) setState(parsed.state);
    setSaved(read.ok);
    setLive(true);
  }, []);
  useEffect(() => {
    if (live) markLive(root.current);
  }, [live]);

  const update = (next: GovernanceState, message = '', undoable = false) => {
    setBefore(undoable ? state : null);
    setState(next);
    setSaved(store.write(GOVERNANCE_STORAGE_KEY, serializeGovernance(next)));
    setStatus(message);
  };
  const answer = (check: string, s: Status) => update({ ...state, answers: { ...state.answers, [check]: s } });

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseGovernance(data, await file.text());
    if (!parsed.ok) return setStatus(`${file.name} was not imported. ${parsed.message}`);
    const n = Object.keys(parsed.state.answers).length;
    update(
      parsed.state,
      `Imported ${n} ${n === 1 ? 'answer' : 'answers'} from ${file.name}${parsed.dropped ? `; ${parsed.dropped} that no longer match a check were left out` : ''}.`,
    );
  };

  const stamp = new Date().toISOString().slice(0, 10);
  const summaries = governanceSummary(data, state);

  return (
    <div class="gov" ref={root}>
      {live && !saved && (
        <div class="tool-notice" role="alert">
          <p>
            <strong>This browser does not let the page keep your answers.</strong> Storage is blocked (private browsing,
            or cookies and site data turned off), so they will be gone when you close this tab. Download them as JSON
            below to keep them, and import them again next time.
          </p>
        </div>
      )}
      <p class="gov__ppp">
        <label for="gov-ppp">The partnership you are checking</label>
        <input
          type="text"
          id="gov-ppp"
          maxLength={200}
          value={state.ppp}
          onInput={(e) => update({ ...state, ppp: (e.currentTarget as HTMLInputElement).value })}
        />
      </p>
      {data.principles.map((p) => (
        <section class="gov__principle" aria-labelledby={`gov-${p.id}`} key={p.id}>
          <h2 id={`gov-${p.id}`}>{p.name}</h2>
          <Quote statement={p.application} href={href} />
          {p.checks.map((c) => (
            <fieldset class="gov__check" key={c.id}>
              <legend>{c.question}</legend>
              <div class="gov__answers">
                {STATUSES.map((s) => (
                  <label key={s.id}>
                    <input
                      type="radio"
                      name={`gov-${c.id}`}
                      value={s.id}
                      checked={state.answers[c.id] === s.id}
                      onChange={() => answer(c.id, s.id)}
                    />{' '}
                    {s.label}
                  </label>
                ))}
              </div>
              {c.appliesWhen && <SiteNote>{c.appliesWhen}</SiteNote>}
              <details class="gov__ground">
                <summary>
                  What the text says<span class="visually-hidden">: {c.question}</span>{' '}
                  <span class="gov__cite">({citeLabel(c.ground)})</span>
                </summary>
                <Quote statement={c.ground} href={href} />
              </details>
            </fieldset>
          ))}
        </section>
      ))}
      {live && (
        <>
          <GovernanceSummary summaries={summaries} ppp={state.ppp} href={href} />
          <section class="gov__keep" aria-labelledby="gov-keep">
            <h2 id="gov-keep">Print, save and share</h2>
            <p>
              {saved
                ? 'Your answers are kept only in this browser, on this computer. Nothing is sent anywhere.'
                : 'Your answers are not kept: download them to keep them.'}
            </p>
            <p class="tool-buttons">
              <button type="button" class="tool-button" onClick={() => print()}>
                Print the check and summary
              </button>
              <button
                type="button"
                class="tool-button tool-button--secondary"
                onClick={() =>
                  download(
                    `governance-check-${stamp}.md`,
                    'text/markdown',
                    governanceToMarkdown(data, state, docUrl, new Date()),
                  )
                }
              >
                Download Markdown
              </button>
              <button
                type="button"
                class="tool-button tool-button--secondary"
                onClick={() =>
                  download(
                    `governance-check-${stamp}.json`,
                    'application/json',
                    governanceToJson(data, state, new Date()),
                  )
                }
              >
                Download JSON
              </button>
              <button
                type="button"
                class="tool-button tool-button--secondary"
                onClick={() => update(emptyGovernance(), 'All answers cleared.', true)}
              >
                Clear all answers
              </button>
            </p>
            <p class="sh-field">
              <label for="gov-import">Import answers (a JSON file downloaded here)</label>
              <input
                type="file"
                id="gov-import"
                accept=".json,application/json"
                onChange={(e) => importFile(e.currentTarget as HTMLInputElement)}
              />
            </p>
            <div role="status" class="tool-status">
              {status && <p>{status}</p>}
            </div>
            {before && (
              <button
                type="button"
                class="tool-button tool-button--secondary"
                onClick={() => update(before, 'Your answers are back.')}
              >
                Undo: bring the answers back
              </button>
            )}
          </section>
        </>
      )}
    </div>
  );
}
