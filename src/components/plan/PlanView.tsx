/**
 * The meeting pack (/tools/plan/ and /tools/plan/institution/): the results
 * of the tools that feed it, with the answers each rests on and its passages,
 * the open points, where two results pull apart (both passages), and the
 * sections a first meeting needs — purpose, invitees, agenda, notes — with a
 * TLP marking the convener chooses. Saved and opened again as a file, printed
 * in full, exported to Markdown and Word. Kept only in this browser.
 *
 * Without JavaScript (and until it runs) the island shows a blank printable
 * meeting template instead: nothing typed there could be kept.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import {
  citationByLabel,
  isLocalOnly,
  linkToPath,
  publicationRuns,
  runsToText,
  SITE_NOTE,
  SITE_RECOMMENDATION,
  SITE_SUMMARY,
} from '../../lib/citation';
import { type CitationMap, finished, packView } from '../../lib/pack/build';
import { LABELS, packDocument } from '../../lib/pack/document';
import { emptyPack, type MeetingPack, type PackKind, SECTION_IDS, type SectionId } from '../../lib/pack/file';
import type { ImportPlan } from '../../lib/pack/import';
import { keepAnswers, loadPack, saveOwn, TOOL_KEYS, writePack } from '../../lib/pack/keep';
import { PLAN_KINDS } from '../../lib/pack/kinds';
import { TLP_LABELS, TLP_MEANINGS, type TlpLabel, tlpMarking } from '../../lib/pack/tlp';
import { KIND_LABELS, type PackView, SECTION_TITLES } from '../../lib/pack/view';
import { browserStorage } from '../../lib/storage';
import { parseGovernance } from '../../lib/tools/governance';
import type { GovernanceData, StakeholderData } from '../../lib/tools/types';
import { withRoot } from '../../lib/urls';
import { validPrefix } from '../../lib/wizard/engine';
import type { IslandTree } from '../../lib/wizard/island';
import { decodeState } from '../../lib/wizard/state';
import { download } from '../client/download';
import { markLive } from '../client/islands';
import { onDemand } from '../client/on-demand';
import type { PackFiles } from './pack-files.client';
import { Passages, ReaderText } from './PlanParts';

export interface PlanData {
  trees: IslandTree[];
  citations: CitationMap;
  stakeholders: StakeholderData;
  /** The self-check's data, for its summary in a partnership's pack. */
  governance?: GovernanceData;
}

interface Props extends PlanData {
  kind: PackKind;
  base: string;
  siteVersion: string;
  /** The Word export's script, loaded only when the reader asks for it (_client/docx.js). */
  docxSrc: string;
  /** Saving, opening and exporting the pack, the proposed agenda, the invitees: loaded on the first such click. */
  packFilesSrc: string;
  /** The site's public address, if the build was given one (SITE_URL): links in exports use it. */
  publicSiteUrl?: string | undefined;
}

declare global {
  interface Window {
    /** Set by _client/docx.js. */
    cggDocx?: { buildDocx: (view: ReturnType<typeof packView>) => Promise<Uint8Array>; mime: string };
  }
}

const today = () => new Date().toISOString().slice(0, 10);
/** The date of a plan drawn before the island runs: a line to fill in, as on the blank template. */
const BLANK_DATE = '______________';

export default function PlanView({
  kind,
  trees,
  citations,
  stakeholders,
  governance,
  base,
  siteVersion,
  docxSrc,
  packFilesSrc,
  publicSiteUrl,
}: Props) {
  const storage = browserStorage();
  const root = useRef<HTMLDivElement>(null);
  const plan = PLAN_KINDS[kind];
  const [pack, setPack] = useState<MeetingPack | null>(null);
  const [kept, setKept] = useState(true);
  const [status, setStatus] = useState('');
  const [importing, setImporting] = useState<{ pack: MeetingPack; plan: ImportPlan; warnings: string[] } | null>(null);
  const [problem, setProblem] = useState('');
  /** Results that came in the address and would replace the plan's own: offered, never taken silently. */
  const [offered, setOffered] = useState<Record<string, string[]> | null>(null);

  useEffect(() => {
    // Whether this browser keeps anything at all: the plan says so rather than losing notes quietly.
    setKept(storage.write('cgg:probe', '1') && storage.remove('cgg:probe'));
    // A result can arrive in the address ("Open the plan" on a tool's result, or a colleague's link):
    // kept at once where the plan has none for that tool; offered where it would replace one.
    const params = new URLSearchParams(location.search);
    const current = loadPack(storage, kind, trees);
    const added: string[] = [];
    const offer: Record<string, string[]> = {};
    for (const tree of trees) {
      const raw = params.get(tree.id);
      if (raw === null) continue;
      const decoded = decodeState(tree, raw);
      if (!decoded.ok || !finished(tree, decoded.answers)) continue;
      const now = current.wizards[tree.id]?.answers ?? [];
      if (now.join('.') === decoded.answers.join('.')) continue;
      if (now.length === 0 && keepAnswers(storage, tree, decoded.answers)) added.push(tree.title);
      else offer[tree.id] = decoded.answers;
    }
    setPack(added.length ? loadPack(storage, kind, trees) : current);
    if (added.length) setStatus(`Added to the plan from the link: ${added.map((t) => `“${t}”`).join(', ')}.`);
    if (Object.keys(offer).length) setOffered(offer);
  }, []);
  const acceptOffered = () => {
    if (!offered) return;
    for (const tree of trees) if (offered[tree.id]) keepAnswers(storage, tree, offered[tree.id]!);
    setPack(loadPack(storage, kind, trees));
    setOffered(null);
    setStatus('The results from the link replace those the plan had.');
  };
  useEffect(() => {
    if (pack) markLive(root.current);
  }, [pack !== null]);

  // Until the island runs (and on the server), the plan of a first visit: the empty pack, the same for every
  // reader, so the page draws it at once and the island starts only when the reader reaches for it, or at once
  // when this browser or the address holds something of theirs (PlanIsland.astro). Nothing in it may depend on
  // the browser (address, date), or the island's first drawing would differ from the server's.
  const live = pack !== null;
  const shown = pack ?? emptyPack(kind);
  const titles = Object.fromEntries(trees.map((t) => [t.id, t.title]));
  const siteRoot = () => new URL(withRoot(base, '/'), location.href).href;
  const linkFor = (doc: string, anchor: string) =>
    live ? linkToPath(`/${doc}/#${anchor}`, { siteRoot: siteRoot(), publicSiteUrl }) : undefined;
  const view = useMemo(
    () =>
      packView(shown, {
        trees,
        citations,
        linkFor,
        date: live ? today() : BLANK_DATE,
        siteVersion,
        title: plan.title,
        governance: governanceInput(governance, shown),
      }),
    [pack],
  );

  const update = (next: MeetingPack) => {
    if (!live) return; // a keystroke between the island's first drawing and its first effect
    setPack(next);
    setKept(saveOwn(storage, next));
  };
  const setSection = (id: SectionId, value: string) =>
    pack && update({ ...pack, sections: { ...pack.sections, [id]: value } });
  const setNote = (treeId: string, note: string) => {
    if (!pack) return;
    const tree = trees.find((t) => t.id === treeId)!;
    const w = pack.wizards[treeId] ?? { version: tree.version, answers: [] };
    update({ ...pack, wizards: { ...pack.wizards, [treeId]: { ...w, note } } });
  };

  /** Runs what needs the on-demand script, or says it could not be loaded (the plan itself stays as it is). */
  const withFiles = async (run: (files: PackFiles) => void | Promise<void>) => {
    let files: PackFiles;
    try {
      files = await onDemand<PackFiles>(packFilesSrc, 'cggPackFiles');
    } catch {
      return setStatus('This could not be loaded here: try again, or print the plan.');
    }
    await run(files);
  };
  const fileBase = (files: PackFiles) => files.packFileName(pack!, new Date()).replace(/\.json$/, '');
  const saveFile = () =>
    withFiles((files) => {
      download(
        `${fileBase(files)}.json`,
        'application/json',
        files.serializePack(pack!, { savedAt: new Date(), siteVersion }),
      );
      setStatus('The pack is saved as a file: open it here, or on another computer, with “Open a saved pack”.');
    });
  const saveMarkdown = () =>
    withFiles((files) => {
      download(`${fileBase(files)}.md`, 'text/markdown', files.packToMarkdown(view!));
      setStatus('Downloaded as Markdown.');
    });
  const saveWord = () =>
    withFiles(async (files) => {
      setStatus('Preparing the Word document…');
      try {
        const docx = await onDemand<NonNullable<Window['cggDocx']>>(docxSrc, 'cggDocx');
        download(`${fileBase(files)}.docx`, docx.mime, await docx.buildDocx(view!));
        setStatus('Downloaded as a Word document.');
      } catch {
        setStatus('The Word export could not be loaded here. Download Markdown instead, or try again.');
      }
    });

  const openFile = async (file: File | undefined) => {
    setProblem('');
    setImporting(null);
    if (!file || !pack) return;
    const text = await file.text();
    await withFiles((files) => read(files, file.name, text));
  };
  const read = (files: PackFiles, name: string, text: string) => {
    if (!pack) return;
    const parsed = files.parsePackFile(
      text,
      trees.map((t) => ({ id: t.id, version: t.version, title: t.title, usable: (a) => validPrefix(t, a) })),
    );
    if (!parsed.ok) return setProblem(`“${name}” cannot be opened: ${parsed.error.message}`);
    if (parsed.pack.kind !== kind) {
      const other = PLAN_KINDS[parsed.pack.kind];
      return setProblem(
        `“${name}” is ${KIND_LABELS[parsed.pack.kind].toLowerCase()}: open it on the page “${other.title}”.`,
      );
    }
    const change = files.planImport(pack, parsed.pack, titles);
    const warnings = parsed.warnings.map((w) => w.message);
    if (change.needsConfirmation) setImporting({ pack: parsed.pack, plan: change, warnings });
    else apply(parsed.pack, warnings);
  };
  const apply = (incoming: MeetingPack, warnings: string[]) => {
    const ok = writePack(storage, incoming, trees);
    setPack(loadPack(storage, kind, trees));
    if (!ok) setPack(incoming);
    setKept(ok);
    setImporting(null);
    setStatus(['The saved pack is open.', ...warnings].join(' '));
  };

  const fillInvitees = () =>
    withFiles((files) => {
      if (!pack) return;
      const raw = storage.read(TOOL_KEYS.stakeholders);
      const read = raw ? files.actorsFromJson(stakeholders, raw) : undefined;
      const list = read ? files.inviteeList(stakeholders, read.actors) : [];
      if (!list.length) return setStatus('Your stakeholder map is empty in this browser: list the actors there first.');
      const lines = list.map(
        (i) =>
          `${i.name} — ${i.sector}, ${i.role.toLowerCase()}${i.contact ? ` (${i.contact})` : ''}${i.needsCapacityBuilding ? '; may need capacity building to take part' : ''}`,
      );
      const now = pack.sections.invitees.trim();
      setSection('invitees', `${now ? `${now}\n` : ''}${lines.join('\n')}\n`);
      setStatus(`${list.length} actors from your stakeholder map added to the invitees.`);
    });
  const fillAgenda = () => {
    if (!pack || !view) return;
    const now = pack.sections.agenda.trim();
    if (now && !confirm('Replace the agenda you have written with a proposed one?')) return;
    void withFiles((files) => {
      setSection('agenda', files.proposeAgenda(view, { titles }));
      setStatus(
        'An agenda is proposed from your results and open points, in the order of the text. Edit it as you need.',
      );
    });
  };

  const marking = shown.tlp ? tlpMarking(shown.tlp) : undefined;
  const tool = (id: string) => withRoot(base, `/tools/${id}/`);

  const editor = (
    <div class={live ? 'plan' : 'plan plan--server'} ref={root} data-tlp={shown.tlp ?? undefined}>
      <p class={`plan__kept${kept ? '' : ' plan__kept--not'}`} role="status">
        {kept
          ? 'Kept only in this browser, on this computer; nothing is sent anywhere. To move it, or to keep a copy, save it as a file.'
          : 'This browser keeps nothing for this site (storage is blocked or full): what you type is lost when you leave the page. Save the pack as a file before you go.'}
        {live &&
          isLocalOnly(location.href) &&
          ' This copy is opened from this computer (from disk or a local address): links to it work only here.'}
      </p>

      <div class="plan__controls">
        <label class="plan__field">
          <span>Title of the meeting</span>
          <input
            type="text"
            value={shown.title ?? ''}
            placeholder={plan.title}
            readOnly={!live}
            onInput={(e) => update({ ...shown, title: (e.currentTarget as HTMLInputElement).value })}
          />
        </label>
        <label class="plan__field">
          <span>Traffic Light Protocol marking</span>
          <select
            value={shown.tlp ?? ''}
            disabled={!live}
            onChange={(e) => {
              const v = (e.currentTarget as HTMLSelectElement).value;
              update({ ...shown, tlp: v ? (v as TlpLabel) : undefined });
            }}
          >
            <option value="">No marking</option>
            {TLP_LABELS.map((l) => (
              <option value={l} key={l}>
                {tlpMarking(l)}
                {TLP_MEANINGS[l].by === 'site' ? ' (TLP 2.0, note from this site)' : ''}
              </option>
            ))}
          </select>
          <small>
            As the originator, you set the label (DCAF's Booklets, III.5); it is printed at the top and foot of every
            page and carried into every export. <a href={tool('tlp')}>Which label?</a>
          </small>
        </label>
      </div>

      <div class="plan__actions">
        <button type="button" onClick={saveFile}>
          Save the pack as a file
        </button>
        <label class="plan__open">
          <span>Open a saved pack…</span>
          <input
            type="file"
            accept=".json,application/json"
            disabled={!live}
            onChange={(e) => {
              const input = e.currentTarget as HTMLInputElement;
              void openFile(input.files?.[0]).finally(() => {
                input.value = '';
              });
            }}
          />
        </label>
        <button type="button" onClick={() => print()}>
          Print
        </button>
        <button type="button" onClick={saveMarkdown}>
          Download Markdown
        </button>
        <button type="button" onClick={() => void saveWord()}>
          Download Word (.docx)
        </button>
      </div>
      <p class="plan__status" role="status">
        {status}
      </p>
      {problem && (
        <p class="plan__problem" role="alert">
          {problem}
        </p>
      )}
      {offered && (
        <div class="plan__confirm" role="alertdialog" aria-labelledby="plan-offer-title">
          <h2 id="plan-offer-title">Use the results from the link?</h2>
          <p>
            The link brings results for{' '}
            {trees
              .filter((t) => offered[t.id])
              .map((t) => `“${t.title}”`)
              .join(', ')}
            , and your plan already has others for them. Your own answers are lost if you replace them: save the plan as
            a file first if you may need them.
          </p>
          <p class="plan__actions">
            <button type="button" onClick={saveFile}>
              Save the current plan first
            </button>
            <button type="button" onClick={acceptOffered}>
              Replace them with the link's
            </button>
            <button type="button" onClick={() => setOffered(null)}>
              Keep mine
            </button>
          </p>
        </div>
      )}
      {importing && (
        <div class="plan__confirm" role="alertdialog" aria-labelledby="plan-confirm-title">
          <h2 id="plan-confirm-title">Open the saved pack?</h2>
          <p>{importing.plan.summary}</p>
          <ul>
            {importing.plan.replaced.map((c) => (
              <li key={c.label}>
                {c.label}: now “{c.current}”, from the file “{c.incoming || 'nothing'}”
              </li>
            ))}
          </ul>
          {importing.warnings.length > 0 && (
            <ul>
              {importing.warnings.map((w) => (
                <li key={w}>{w}</li>
              ))}
            </ul>
          )}
          <p class="plan__actions">
            <button type="button" onClick={saveFile}>
              Save the current plan first
            </button>
            <button type="button" onClick={() => apply(importing.pack, importing.warnings)}>
              Replace it with the file
            </button>
            <button type="button" onClick={() => setImporting(null)}>
              Cancel
            </button>
          </p>
        </div>
      )}

      <article class="plan__pack" aria-label={view.title}>
        {marking && <p class="plan__marking plan__marking--top">{marking}</p>}
        <header class="plan__head">
          <h2 class="plan__title">{view.title}</h2>
          <p>
            {KIND_LABELS[kind]}.{live ? ` ${view.date}.` : ''}
          </p>
          {marking && shown.tlp && (
            <p class="plan__marking-meaning">
              <strong>{marking}</strong>: {TLP_MEANINGS[shown.tlp].meaning}
            </p>
          )}
        </header>

        {(['purpose', 'invitees', 'agenda'] as const).map((id) => (
          <section class={`plan__part plan__part--${id}`} aria-labelledby={`plan-${id}`} key={id}>
            <h2 id={`plan-${id}`}>{SECTION_TITLES[id]}</h2>
            {id === 'invitees' && (
              <p class="plan__helpers">
                <button type="button" onClick={fillInvitees}>
                  Add the actors of your stakeholder map
                </button>{' '}
                <a href={tool('stakeholders')}>Open the stakeholder map</a>
              </p>
            )}
            {id === 'agenda' && (
              <p class="plan__helpers">
                <button type="button" onClick={fillAgenda}>
                  Propose an agenda from the results
                </button>
              </p>
            )}
            <ReaderText
              id={`plan-${id}-text`}
              label={`${SECTION_TITLES[id]} (your own text)`}
              value={shown.sections[id]}
              onInput={(v) => setSection(id, v)}
              readOnly={!live}
              rows={id === 'agenda' ? 10 : 4}
            />
          </section>
        ))}

        <section class="plan__part plan__part--results" aria-labelledby="plan-results">
          <h2 id="plan-results">{LABELS.results}</h2>
          {trees.map((t, i) => {
            const r = view.results[i]!;
            return (
              <section class="plan__result" aria-labelledby={`plan-result-${t.id}`} key={t.id} data-tree={t.id}>
                <h3 id={`plan-result-${t.id}`}>{r.tool}</h3>
                {r.headline === undefined ? (
                  <p class="plan__todo">
                    {LABELS.notAnswered} <a href={tool(t.id)}>Answer “{t.title}”</a>
                  </p>
                ) : (
                  <>
                    <p class="plan__headline" data-outcome={r.outcome}>
                      <strong>{r.headline}</strong>
                    </p>
                    <p>
                      <span class="plan__label">{SITE_RECOMMENDATION}:</span> {r.recommendation}
                    </p>
                    {r.siteNote && (
                      <p class="plan__site-note">
                        <span class="plan__label">{SITE_NOTE}:</span> {r.siteNote}
                      </p>
                    )}
                  </>
                )}
                {r.answers.length > 0 && (
                  <>
                    <p class="plan__label">{LABELS.answers}:</p>
                    <ul class="plan__answers">
                      {r.answers.map((a) => (
                        <li key={a.question}>
                          {a.question} — <strong>{a.answer}</strong>
                        </li>
                      ))}
                    </ul>
                    <p class="plan__links">
                      <a href={tool(t.id)}>Change these answers</a>
                    </p>
                  </>
                )}
                {r.passages.length > 0 && (
                  <>
                    <p class="plan__label">{LABELS.passages}:</p>
                    <Passages passages={r.passages} />
                  </>
                )}
                {(r.details ?? []).map((d) => (
                  <div class="plan__detail" key={d.title}>
                    <p>
                      <strong>{d.title}</strong>
                    </p>
                    <p>
                      <span class="plan__label">{SITE_SUMMARY}:</span> {d.text}
                    </p>
                    <Passages passages={d.passages} />
                  </div>
                ))}
                <ReaderText
                  id={`plan-note-${t.id}`}
                  label={LABELS.yourNote}
                  value={shown.wizards[t.id]?.note ?? ''}
                  onInput={(v) => setNote(t.id, v)}
                  readOnly={!live}
                  rows={3}
                />
              </section>
            );
          })}
        </section>

        <section class="plan__part plan__part--open" aria-labelledby="plan-open">
          <h2 id="plan-open">{LABELS.openPoints}</h2>
          {view.openPoints.length === 0 ? (
            <p>None from the tools answered so far.</p>
          ) : (
            view.openPoints.map((p) => (
              <div class="plan__detail" key={`${p.tool}:${p.title}`}>
                <p>
                  <strong>{p.title}</strong> (from “{p.tool}”)
                </p>
                <p>
                  <span class="plan__label">{SITE_SUMMARY}:</span> {p.text}
                </p>
                <Passages passages={p.passages} />
              </div>
            ))
          )}
        </section>

        <section class="plan__part plan__part--conflicts" aria-labelledby="plan-conflicts">
          <h2 id="plan-conflicts">{LABELS.conflicts}</h2>
          {view.conflicts.length === 0 ? (
            <p>None among the results so far.</p>
          ) : (
            view.conflicts.map((c) => (
              <div class="plan__conflict" key={c.title} data-conflict={c.id}>
                <h3>{c.title}</h3>
                <p>
                  {LABELS.between}: {c.between.map((b) => `“${b}”`).join(' and ')}.
                </p>
                <p>
                  <span class="plan__label">{SITE_SUMMARY}:</span> {c.text}
                </p>
                <Passages passages={c.passages} />
              </div>
            ))
          )}
        </section>

        {governance && (
          <section class="plan__part plan__part--governance" aria-labelledby="plan-governance">
            <h2 id="plan-governance">{LABELS.governance}</h2>
            {!view.governance?.length ? (
              <p>
                Not answered in this browser yet. <a href={tool('governance')}>Check the partnership against Table 1</a>
              </p>
            ) : (
              view.governance.map((g) => (
                <div class="plan__detail" key={g.principle}>
                  <p>
                    <strong>{g.principle}</strong>: {g.counts}.
                  </p>
                  {g.todo.map((t) => (
                    <div key={t.check}>
                      <p>
                        {t.check} — <strong>{t.status}</strong>
                      </p>
                      {t.adviceNote && (
                        <p>
                          <span class="plan__label">{SITE_NOTE}:</span> {t.adviceNote}
                        </p>
                      )}
                      <Passages passages={t.advice} />
                    </div>
                  ))}
                </div>
              ))
            )}
          </section>
        )}

        <section class="plan__part plan__part--notes" aria-labelledby="plan-notes">
          <h2 id="plan-notes">{SECTION_TITLES.notes}</h2>
          <ReaderText
            id="plan-notes-text"
            label={`${SECTION_TITLES.notes} (your own text)`}
            value={shown.sections.notes}
            onInput={(v) => setSection('notes', v)}
            readOnly={!live}
            rows={8}
          />
        </section>

        <section class="plan__part plan__part--sources" aria-labelledby="plan-sources">
          <h2 id="plan-sources">{LABELS.sources}</h2>
          <SourcesList view={view} />
          <p class="plan__footer">
            {marking ? `${marking}. ` : ''}
            {packFooter(view)}
          </p>
        </section>
        {marking && <p class="plan__marking plan__marking--bottom">{marking}</p>}
      </article>
      <p class="plan__kind-switch">
        {Object.values(PLAN_KINDS)
          .filter((k) => k.kind !== kind)
          .map((k) => (
            <a href={withRoot(base, k.url)} key={k.kind}>
              {k.title}
            </a>
          ))}
      </p>
    </div>
  );
  // Without JavaScript (or if the island fails), a blank template to print instead (plan.css).
  return live ? (
    editor
  ) : (
    <>
      {editor}
      <NoScriptTemplate kind={kind} />
    </>
  );
}

function SourcesList({ view }: { view: PackView }) {
  return (
    <ul class="plan__sources">
      {view.sources.map((p) => (
        <li key={p.id}>
          {runsToText(publicationRuns(p))} ({citationByLabel(p)}).
        </li>
      ))}
    </ul>
  );
}

const packFooter = (view: PackView) => packDocument(view).footerText;

/** Before JavaScript runs, and without it: a blank meeting template to print; nothing typed could be kept. */
function NoScriptTemplate({ kind }: { kind: PackKind }) {
  return (
    <div class="plan plan--blank">
      <p class="plan__kept" data-pagefind-ignore>
        The plan gathers the results of the tools that this browser keeps, and needs JavaScript to do so. Without it,
        print each tool's result from its page, and use this blank template for the meeting.
      </p>
      <article class="plan__pack" aria-label="Blank meeting template" data-pagefind-ignore="all">
        <header class="plan__head">
          <h2 class="plan__title">{PLAN_KINDS[kind].title}</h2>
          <p>{KIND_LABELS[kind]}. Date: ______________ Marking (TLP): ______________</p>
        </header>
        {SECTION_IDS.map((id) => (
          <section class="plan__part" key={id}>
            <h2>{SECTION_TITLES[id]}</h2>
            <div class="plan__lines" aria-hidden="true" />
          </section>
        ))}
      </article>
    </div>
  );
}

/** The self-check as the pack holds it (kept or opened from a file), read as the tool reads it. */
function governanceInput(data: GovernanceData | undefined, pack: MeetingPack) {
  if (!data || pack.tools?.governance === undefined) return undefined;
  const read = parseGovernance(data, JSON.stringify(pack.tools.governance));
  return read.ok ? { data, state: read.state } : undefined;
}
