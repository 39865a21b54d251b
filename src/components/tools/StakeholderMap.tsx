/**
 * The stakeholder map (Guide 2.1). Hydrated, the reader lists the actors of
 * their community, sees them mapped by sector and role, and exports or
 * imports them. The list is kept only in this browser (localStorage); where
 * storage is blocked the page says so and offers the exports instead. Without
 * JavaScript the page shows its blank template (BlankTemplate, outside the
 * island), which "Print a blank template" prints.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  ACTORS_STORAGE_KEY,
  type Actor,
  actorsFromJson,
  actorsToJson,
  emptyActor,
  type ImportResult,
} from '../../lib/tools/actors';
import { actorsFromCsv, actorsToCsv, actorsToMarkdown } from '../../lib/tools/actor-files';
import { browserStorage } from '../../lib/storage';
import type { StakeholderData } from '../../lib/tools/types';
import { download } from '../client/download';
import { markLive } from '../client/islands';
import { ActorForm } from './ActorForm';
import { docHref } from './links';
import { MapFigure, MapTable } from './MapFigure';

interface Props {
  data: StakeholderData;
  base: string;
}

const store = browserStorage();
const WIDE = '(min-width: 44rem)';

export default function StakeholderMap({ data, base }: Props) {
  const root = useRef<HTMLDivElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  const importRef = useRef<HTMLDivElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const [live, setLive] = useState(false);
  const [actors, setActors] = useState<Actor[]>([]);
  const [saved, setSaved] = useState(true);
  const [draft, setDraft] = useState<Actor>(emptyActor());
  const [editing, setEditing] = useState<number | null>(null);
  const [errors, setErrors] = useState<{ field: string; message: string }[]>([]);
  const [status, setStatus] = useState('');
  const [removed, setRemoved] = useState<{ actor: Actor; at: number } | null>(null);
  const [pending, setPending] = useState<(ImportResult & { file: string }) | null>(null);
  const [printing, setPrinting] = useState<'map' | 'template' | null>(null);
  const [wide, setWide] = useState(true);
  const href = docHref(base);
  const docUrl = (doc: string, anchor: string) => new URL(href(doc, anchor), location.href).href;

  useEffect(() => {
    const read = store.readChecked(ACTORS_STORAGE_KEY);
    if (read.value) {
      const r = actorsFromJson(data, read.value);
      setActors(r.actors);
      if (r.problems.length) setStatus(`${r.problems.length} saved entries could not be read and were left out.`);
    }
    setSaved(read.ok);
    const mq = matchMedia(WIDE);
    setWide(mq.matches);
    const onWidth = () => setWide(mq.matches);
    mq.addEventListener('change', onWidth);
    setLive(true);
    return () => mq.removeEventListener('change', onWidth);
  }, []);
  useEffect(() => {
    if (live) markLive(root.current);
  }, [live]);
  useEffect(() => {
    if (errors.length) errorRef.current?.focus();
  }, [errors]);
  useEffect(() => {
    if (pending) importRef.current?.focus();
  }, [pending]);
  // The button pressed is gone (Remove) or goes (Undo, an import): focus moves where the reader can go on.
  useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);
  const toList = () => setTimeout(() => document.getElementById('sh-list')?.focus());
  useEffect(() => {
    if (!printing) return;
    // Print styles show only the blank template when the page is marked so (tools.css).
    const page = document.documentElement;
    if (printing === 'template') page.setAttribute('data-print', 'template');
    print();
    page.removeAttribute('data-print');
    setPrinting(null);
  }, [printing]);

  const commit = (next: Actor[], message: string) => {
    setActors(next);
    setSaved(store.write(ACTORS_STORAGE_KEY, actorsToJson(next)));
    setStatus(message);
  };

  const submit = () => {
    const a: Actor = {
      ...draft,
      name: draft.name.trim(),
      interest: draft.interest.trim(),
      contact: draft.contact.trim(),
      notes: draft.notes.trim(),
    };
    const problems = [
      ...(a.name ? [] : [{ field: 'name', message: 'Enter the name of the organisation or group' }]),
      ...(a.sector ? [] : [{ field: 'sector', message: 'Choose a sector' }]),
    ];
    setErrors(problems);
    if (problems.length) return;
    setRemoved(null);
    if (editing === null) commit([...actors, a], `Added ${a.name} to the map.`);
    else
      commit(
        actors.map((x, i) => (i === editing ? a : x)),
        `Saved the changes to ${a.name}.`,
      );
    setDraft(emptyActor());
    setEditing(null);
    document.getElementById('sh-name')?.focus();
  };

  const edit = (i: number) => {
    setDraft(actors[i]!);
    setEditing(i);
    setErrors([]);
    document.getElementById('sh-add')?.scrollIntoView();
    document.getElementById('sh-name')?.focus();
  };

  const remove = (i: number) => {
    const actor = actors[i]!;
    commit(
      actors.filter((_, j) => j !== i),
      `Removed ${actor.name}.`,
    );
    setRemoved({ actor, at: i });
    if (editing === i) {
      setEditing(null);
      setDraft(emptyActor());
    }
  };

  const undo = () => {
    if (!removed) return;
    const next = [...actors];
    next.splice(removed.at, 0, removed.actor);
    commit(next, `${removed.actor.name} is back on the map.`);
    setRemoved(null);
    toList();
  };

  const readFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const text = await file.text();
    const json = /\.json$/i.test(file.name) || /^\s*[[{]/.test(text.replace(/^\uFEFF/, ''));
    const result = json ? actorsFromJson(data, text) : actorsFromCsv(data, text);
    setPending({ ...result, file: file.name });
  };

  const accept = (mode: 'add' | 'replace') => {
    if (!pending) return;
    const next = mode === 'add' ? [...actors, ...pending.actors] : pending.actors;
    const n = pending.actors.length;
    commit(next, `Imported ${n} ${n === 1 ? 'actor' : 'actors'} from ${pending.file}.`);
    setPending(null);
    setRemoved(null);
    toList();
  };

  const stamp = new Date().toISOString().slice(0, 10);
  const save = {
    csv: () => download(`stakeholder-map-${stamp}.csv`, 'text/csv', actorsToCsv(data, actors)),
    md: () =>
      download(`stakeholder-map-${stamp}.md`, 'text/markdown', actorsToMarkdown(data, actors, docUrl, new Date())),
    json: () => download(`stakeholder-map-${stamp}.json`, 'application/json', actorsToJson(actors, new Date())),
  };

  if (!live) return <div class="sh" ref={root} />;

  return (
    <div class="sh" ref={root}>
      {!saved && (
        <div class="tool-notice" role="alert">
          <p>
            <strong>This browser does not let the page keep your list.</strong> Storage is blocked (private browsing, or
            cookies and site data turned off), so the list will be gone when you close this tab. Download it as CSV or
            JSON below to keep it, and import it again next time.
          </p>
        </div>
      )}

      <section aria-labelledby="sh-add">
        <h2 id="sh-add">{editing === null ? 'Add an actor' : `Edit ${actors[editing]?.name ?? ''}`}</h2>
        <ActorForm
          data={data}
          draft={draft}
          editing={editing !== null}
          errors={errors}
          errorRef={errorRef}
          tableHref={href(data.benefits.doc, data.benefits.anchor)}
          onChange={setDraft}
          onSubmit={submit}
          onCancel={() => {
            setEditing(null);
            setDraft(emptyActor());
            setErrors([]);
            document.getElementById('sh-name')?.focus();
          }}
        />
      </section>

      <div class="sh-status" role="status">
        {status && <p>{status}</p>}
      </div>
      {removed && (
        <p>
          <button type="button" class="tool-button tool-button--secondary" onClick={undo} ref={undoRef}>
            Undo: put {removed.actor.name} back
          </button>
        </p>
      )}

      <section aria-labelledby="sh-list" class="sh-list-section">
        <h2 id="sh-list" tabIndex={-1}>
          Your actors ({actors.length})
        </h2>
        {actors.length === 0 ? (
          <p>No actors yet. Add them with the form above, or import a list below.</p>
        ) : (
          <ul class="sh-list">
            {actors.map((a, i) => (
              <li key={`${i}-${a.name}`}>
                <span class="sh-list__name">{a.name}</span>
                <span class="sh-list__meta">
                  {label(data.sectors, a.sector)} · {label(data.roles, a.role)} · capacity building needed:{' '}
                  {label(data.capacity.options, a.capacity).toLowerCase()}
                </span>
                <span class="sh-list__actions">
                  <button type="button" class="tool-button tool-button--secondary" onClick={() => edit(i)}>
                    Edit<span class="visually-hidden"> {a.name}</span>
                  </button>
                  <button type="button" class="tool-button tool-button--secondary" onClick={() => remove(i)}>
                    Remove<span class="visually-hidden"> {a.name}</span>
                  </button>
                </span>
                <Details actor={a} data={data} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="sh-map">
        <h2 id="sh-map">The map</h2>
        <MapFigure data={data} actors={actors} width={wide ? 680 : 340} />
        <MapTable data={data} actors={actors} />
      </section>

      <section aria-labelledby="sh-keep" class="sh-keep">
        <h2 id="sh-keep">Print, save and share</h2>
        <p>
          {saved
            ? 'Your list is kept only in this browser, on this computer. Nothing is sent anywhere.'
            : 'Your list is not kept: download it to keep it.'}
        </p>
        <p class="tool-buttons">
          <button type="button" class="tool-button" onClick={() => setPrinting('map')}>
            Print the map
          </button>
          <button type="button" class="tool-button tool-button--secondary" onClick={() => setPrinting('template')}>
            Print a blank template
          </button>
        </p>
        <p class="tool-buttons">
          <button type="button" class="tool-button tool-button--secondary" onClick={save.csv}>
            Download CSV (spreadsheet)
          </button>
          <button type="button" class="tool-button tool-button--secondary" onClick={save.md}>
            Download Markdown
          </button>
          <button type="button" class="tool-button tool-button--secondary" onClick={save.json}>
            Download JSON
          </button>
        </p>
        <p class="sh-field">
          <label for="sh-import">Import a list (CSV or JSON)</label>
          <span class="sh-field__hint">
            A CSV needs a first row naming the columns, at least “Name” and “Sector”, as the CSV download has.
          </span>
          <input
            type="file"
            id="sh-import"
            accept=".csv,.json,text/csv,application/json"
            onChange={(e) => readFile(e.currentTarget as HTMLInputElement)}
          />
        </p>
        {pending && (
          <div class="sh-import" role="region" aria-labelledby="sh-import-title" tabIndex={-1} ref={importRef}>
            <h3 id="sh-import-title">Import from {pending.file}</h3>
            <p>
              {pending.actors.length === 0
                ? 'No actor in this file could be read.'
                : `${pending.actors.length} ${pending.actors.length === 1 ? 'actor' : 'actors'} can be imported.`}
            </p>
            {pending.problems.length > 0 && (
              <>
                <p>Left out, with the reason:</p>
                <ul class="sh-import__problems">
                  {pending.problems.map((p) => (
                    <li key={p}>{p}</li>
                  ))}
                </ul>
              </>
            )}
            {pending.warnings.length > 0 && (
              <ul>
                {pending.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </ul>
            )}
            <p class="tool-buttons">
              {pending.actors.length > 0 && actors.length > 0 && (
                <button type="button" class="tool-button" onClick={() => accept('add')}>
                  Add them to your list
                </button>
              )}
              {pending.actors.length > 0 && (
                <button
                  type="button"
                  class={`tool-button${actors.length ? ' tool-button--secondary' : ''}`}
                  onClick={() => accept('replace')}
                >
                  {actors.length ? 'Replace your list with them' : 'Import them'}
                </button>
              )}
              <button type="button" class="tool-button tool-button--secondary" onClick={() => setPending(null)}>
                {pending.actors.length ? 'Cancel' : 'Close'}
              </button>
            </p>
          </div>
        )}
      </section>
    </div>
  );
}

const label = (options: readonly { id: string; label: string }[], id: string) =>
  options.find((o) => o.id === id)?.label ?? id;

/** What else was noted about an actor, under its name (and on paper). */
function Details({ actor: a, data }: { actor: Actor; data: StakeholderData }) {
  const gains = a.benefits.map((id) => data.benefits.items.find((b) => b.id === id)?.quote ?? id);
  if (!a.interest && !a.contact && !a.notes && gains.length === 0) return null;
  return (
    <dl class="sh-list__details">
      {a.interest && (
        <>
          <dt>Interests</dt>
          <dd>{a.interest}</dd>
        </>
      )}
      {gains.length > 0 && (
        <>
          <dt>Would gain (Table 3)</dt>
          {gains.map((g) => (
            <dd key={g}>{g}</dd>
          ))}
        </>
      )}
      {a.contact && (
        <>
          <dt>Contact</dt>
          <dd>{a.contact}</dd>
        </>
      )}
      {a.notes && (
        <>
          <dt>Notes</dt>
          <dd>{a.notes}</dd>
        </>
      )}
    </dl>
  );
}
