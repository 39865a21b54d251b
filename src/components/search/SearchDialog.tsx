/**
 * The search dialog: a modal <dialog> with a combobox (the query) controlling
 * a listbox of results through aria-activedescendant, so focus never leaves
 * the input. Quick-find hits (Fuse.js) come first and appear as you type;
 * Pagefind's full-text hits follow where Pagefind can run. A query the site's
 * aliases know in a regional language is searched in the documents' English
 * words, with a note saying so. A live region announces the number of results.
 */
import type { TargetedKeyboardEvent, TargetedMouseEvent } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fullTextQuery, languageNote } from '../../lib/search/aliases.ts';
import { RECORD_KINDS } from '../../lib/search/pagefind-records.ts';
import { numbered, type QuickFindIndex } from '../../lib/search/records.ts';
import { createQuickFind, type QuickHit } from '../../lib/search/quickfind-search.ts';
import { once } from '../../lib/once.ts';
import { HIGHLIGHT_PARAM, resultHref, resultKey } from '../../lib/urls.ts';
import { passageExcerpt, type Passage, searchPassages } from '../../lib/search/passages.ts';
import { loadPagefind, pagefindPossible, type PagefindApi, type PagefindSubResult } from './pagefind.ts';
import { loadPassages } from './passages-loader.ts';

export interface SearchController {
  open: () => void;
}

interface Props {
  /** The site root from this page: "/", "/guide/", or a relative "../../" from disk. */
  root: string;
  /** Resolves with the quick-find index once its script has run. */
  quickFind: Promise<QuickFindIndex>;
  controller: SearchController;
  /** Where focus goes on close when the element that had it is gone. */
  fallbackFocus: () => HTMLElement | null;
}

interface FullHit {
  title: string;
  context: string;
  excerpt: string;
  url: string;
  /** "Tool result" for a tool's result; none for a passage. */
  label?: string | undefined;
}

type Item = { type: 'quick'; hit: QuickHit; excerpt?: string | undefined } | { type: 'full'; hit: FullHit };
type FullState = 'idle' | 'loading' | 'ready' | 'unavailable';

/** Why full-text search is down to the passages index, in the reader's words. */
function fallbackNote(): string {
  if (import.meta.env.DEV) return 'In development, full-text search needs a build (npm run build): quick matches only.';
  if (location.protocol === 'file:')
    return 'Opened from disk: full-text search needs a web server, so this searches every paragraph more simply.';
  return 'Full-text search could not start in this browser, so this searches every paragraph more simply.';
}

const KIND_LABEL: Record<QuickHit['kind'], string> = {
  page: 'Page',
  section: 'Section',
  example: 'Example',
  box: 'Box',
  term: 'Glossary',
  tool: 'Tool',
  outcome: 'Tool result',
};

const QUICK_LIMIT = 6;
const FULL_PAGES = 6;
const SUBS_PER_PAGE = 2;
const FULL_DEBOUNCE_MS = 120;
const ANNOUNCE_DELAY_MS = 400;

/** Runs `work` when the browser is idle (within a second), in a task of its own. */
function whenIdle(work: () => void) {
  if (window.requestIdleCallback) window.requestIdleCallback(work, { timeout: 1000 });
  else setTimeout(work, 1);
}

/** Pagefind's excerpt is text with <mark>; keep nothing else. */
const onlyMarks = (html: string) => html.replace(/<(?!\/?mark>)[^>]*>/g, '');

/** The best sub-results of a page: those where the query words weigh most. */
function bestSubs(subs: PagefindSubResult[]): PagefindSubResult[] {
  const weight = (s: PagefindSubResult) => (s.weighted_locations ?? []).reduce((t, l) => t + l.balanced_score, 0);
  return [...subs].sort((a, b) => weight(b) - weight(a)).slice(0, SUBS_PER_PAGE);
}

export function SearchDialog({ root, quickFind, controller, fallbackFocus }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const input = useRef<HTMLInputElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  const [index, setIndex] = useState<QuickFindIndex | null>(null);
  const [query, setQuery] = useState('');
  const [publication, setPublication] = useState('');
  const [active, setActive] = useState(-1);
  const [full, setFull] = useState<FullHit[]>([]);
  const [fullState, setFullState] = useState<FullState>(pagefindPossible() ? 'idle' : 'unavailable');
  const [searching, setSearching] = useState(false);
  const [announcement, setAnnouncement] = useState('');
  const pagefind = useRef<PagefindApi | null>(null);
  const [passages, setPassages] = useState<Passage[] | null>(null);
  const seq = useRef(0);

  useEffect(() => {
    quickFind.then(setIndex, () => undefined);
  }, [quickFind]);
  // Fuse.js's index over the records is built when the browser is idle after the dialog opens, or at the first
  // keystroke if that comes first: not in the task that draws the dialog.
  const engine = useMemo(() => (index ? once(() => createQuickFind(index)) : null), [index]);
  const [engineBuilt, setEngineBuilt] = useState(false);
  useEffect(() => {
    if (!engine) return;
    whenIdle(() => {
      engine();
      setEngineBuilt(true);
    });
  }, [engine]);
  const qf = engine && (engineBuilt || query.trim()) ? engine() : null;
  // Titles as quick-find prints them ("III.5 Ensure …"), by page and anchor, for Pagefind's sub-results.
  const titles = useMemo(() => {
    const map = new Map<string, string>();
    for (const r of index?.recs ?? []) {
      const page = index!.pages[r.g]!;
      if (r.k === 'p' || r.a) map.set(resultKey(r.a ? `${page.u}#${r.a}` : page.u), numbered(r));
    }
    return map;
  }, [index]);
  /** An example's or box's heading ("…-title") stands for the example itself. */
  const canonical = (url: string) => {
    const key = resultKey(url);
    const whole = key.replace(/-title$/, '');
    return whole !== key && titles.has(whole) ? url.replace(/-title$/, '') : url;
  };

  const pagefindStarted = useRef(false);
  const startPagefind = () => {
    if (fullState !== 'idle' || pagefindStarted.current) return;
    pagefindStarted.current = true;
    setFullState('loading');
    void loadPagefind(root).then((pf) => {
      pagefind.current = pf;
      setFullState(pf ? 'ready' : 'unavailable');
    });
  };

  useLayoutEffect(() => {
    controller.open = () => {
      const d = dialog.current;
      if (!d) return;
      if (!d.open) {
        const focused = document.activeElement;
        opener.current = focused instanceof HTMLElement && focused !== document.body ? focused : null;
        d.showModal();
      }
      input.current?.focus();
      input.current?.select();
      // Pagefind (its script, index and WebAssembly) when the browser is idle or at the first keystroke, not in
      // the task that opens the dialog: quick-find answers the first letters meanwhile.
      whenIdle(startPagefind);
    };
  });

  // Quick-find: synchronous, on every keystroke.
  const quick = useMemo(
    () => (qf && query.trim() ? qf.search(query, { publication, limit: QUICK_LIMIT }) : []),
    [qf, query, publication],
  );
  // A query in a regional language (or a whole everyday phrase) is searched in the full text as the documents' words.
  const expansion = useMemo(() => (qf && query.trim() ? qf.expand(query) : undefined), [qf, query]);
  const note = languageNote(expansion);
  const fullQuery = fullTextQuery(query.trim(), expansion);

  // Where Pagefind cannot run, the passages index stands in for it.
  useEffect(() => {
    if (fullState === 'unavailable' && !import.meta.env.DEV) void loadPassages(root).then(setPassages);
  }, [fullState, root]);

  // In the text, from the passages index: every word of the query, in document order of relevance.
  useEffect(() => {
    const q = query.trim();
    if (fullState !== 'unavailable') return;
    if (!passages || !index || q.length < 2) {
      setFull([]);
      return;
    }
    const pageOf = (u: string) => index.pages.find((p) => p.u === u);
    const wanted = (u: string) => !publication || index.pubs[pageOf(u)?.p ?? -1]?.id === publication;
    const hits = searchPassages(
      passages.filter((p) => wanted(p.u)),
      q,
      FULL_PAGES * SUBS_PER_PAGE,
    );
    setFull(
      hits.map((h) => {
        const context = pageOf(h.u)?.t ?? h.u;
        const marks = new URLSearchParams(q.split(/\s+/).map((w) => [HIGHLIGHT_PARAM, w])).toString();
        return { title: h.h || context, context, excerpt: passageExcerpt(h.t, q), url: `${h.u}?${marks}#${h.a}` };
      }),
    );
  }, [query, publication, fullState, passages, index]);

  // Full text: shortly after typing stops, the latest query only.
  useEffect(() => {
    const q = fullQuery;
    const pf = pagefind.current;
    if (fullState === 'unavailable') return;
    const mine = ++seq.current;
    if (!pf || fullState !== 'ready' || q.length < 2) {
      setFull([]);
      setSearching(false);
      return;
    }
    setSearching(true);
    const timer = setTimeout(async () => {
      try {
        const res = await pf.search(q, publication ? { filters: { publication } } : {});
        if (!res || mine !== seq.current) return;
        const pages = await Promise.all(res.results.slice(0, FULL_PAGES).map((r) => r.data()));
        if (mine !== seq.current) return;
        const pageTitle = (url: string) => {
          const key = resultKey(url).replace(/#.*$/, '');
          return index?.pages.find((p) => p.u === key)?.t;
        };
        const titleOf = (url: string, fallback: string) => titles.get(resultKey(url)) ?? fallback;
        const hits: FullHit[] = [];
        for (const page of pages) {
          // The site's own extra pages (aliases, tool results) carry a name rather than a title.
          const title = page.meta.title ?? page.meta.name ?? page.url;
          const context = pageTitle(page.url) ?? title;
          const kind = page.meta.kind;
          // The site's alias words are no excerpt of the text; a tool result says it is one.
          const excerpt = kind === RECORD_KINDS.alias ? '' : onlyMarks(page.excerpt);
          if (kind === RECORD_KINDS.alias || kind === RECORD_KINDS.toolResult) {
            const label = kind === RECORD_KINDS.toolResult ? KIND_LABEL.outcome : undefined;
            hits.push({ title, context: page.meta.tool ?? context, excerpt, url: page.url, label });
            continue;
          }
          const subs = page.sub_results?.length ? bestSubs(page.sub_results) : [];
          if (!subs.length) hits.push({ title, context, excerpt, url: page.url });
          for (const s of subs) {
            const url = canonical(s.url);
            const top = !url.includes('#');
            hits.push({ title: titleOf(url, top ? title : s.title), context, excerpt: onlyMarks(s.excerpt), url });
          }
        }
        setFull(hits);
      } catch {
        // The wasm or the index failed after all: quick-find alone from now on.
        pagefind.current = null;
        setFullState('unavailable');
        setFull([]);
      } finally {
        if (mine === seq.current) setSearching(false);
      }
    }, FULL_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [fullQuery, publication, fullState, titles]);

  // Quick matches first; a full-text hit on the same place lends them its excerpt instead of repeating them.
  const items: Item[] = useMemo(() => {
    const excerpts = new Map<string, string>();
    const seen = new Set(quick.map((h) => resultKey(h.url)));
    const fullOnly = full.filter((h) => {
      const k = resultKey(h.url);
      if (seen.has(k)) {
        if (!excerpts.has(k)) excerpts.set(k, h.excerpt);
        return false;
      }
      seen.add(k);
      return true;
    });
    return [
      ...quick.map((hit) => ({ type: 'quick' as const, hit, excerpt: excerpts.get(resultKey(hit.url)) })),
      ...fullOnly.map((hit) => ({ type: 'full' as const, hit })),
    ];
  }, [quick, full]);

  // A new list starts at its first item; until the effect runs, an old index past its end means none.
  useEffect(() => setActive(items.length ? 0 : -1), [items]);
  const current = active < items.length ? active : -1;

  // Say how many results there are once typing and searching pause.
  useEffect(() => {
    if (!query.trim()) {
      setAnnouncement('');
      return;
    }
    if (searching) return;
    const n = items.length;
    const found =
      n === 0 ? `No results for “${query.trim()}”` : `${n} result${n === 1 ? '' : 's'} for “${query.trim()}”`;
    const text = note ? `${found}. ${note}` : found;
    const timer = setTimeout(() => setAnnouncement(text), ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [items, searching, query, note]);

  useEffect(() => {
    if (active < 0) return;
    document.getElementById(`search-option-${active}`)?.scrollIntoView({ block: 'nearest' });
  }, [active]);

  const hrefOf = (item: Item) =>
    item.type === 'quick'
      ? resultHref(item.hit.url, { root, highlight: item.hit.terms })
      : resultHref(item.hit.url, { root });

  const go = (item: Item, newTab = false) => {
    const href = hrefOf(item);
    if (newTab) {
      window.open(href, '_blank', 'noopener');
      return;
    }
    dialog.current?.close();
    location.href = href;
  };

  const close = () => dialog.current?.close();

  const onClose = () => {
    const target = opener.current?.isConnected ? opener.current : fallbackFocus();
    target?.focus();
  };

  const onKeyDown = (e: TargetedKeyboardEvent<HTMLDialogElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      close();
    }
  };

  const onInputKey = (e: TargetedKeyboardEvent<HTMLInputElement>) => {
    const n = items.length;
    if (e.key === 'ArrowDown' && n) {
      e.preventDefault();
      setActive((a) => (a + 1) % n);
    } else if (e.key === 'ArrowUp' && n) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? n - 1 : a - 1));
    } else if (e.key === 'Enter' && n) {
      e.preventDefault();
      go(items[Math.max(current, 0)]!, e.ctrlKey || e.metaKey);
    }
  };

  // A click on the backdrop (outside the panel) closes, as Escape does.
  const onDialogClick = (e: TargetedMouseEvent<HTMLDialogElement>) => {
    if (e.target === dialog.current) close();
  };

  const quickCount = items.filter((i) => i.type === 'quick').length;
  const renderOption = (item: Item, i: number) => {
    const selected = i === current;
    const common = {
      id: `search-option-${i}`,
      role: 'option' as const,
      'aria-selected': selected ? ('true' as const) : ('false' as const),
      class: `search__option${selected ? ' search__option--active' : ''}`,
      onClick: (e: MouseEvent) => go(item, e.ctrlKey || e.metaKey),
      onMouseMove: () => {
        if (i !== current) setActive(i);
      },
      // Where it leads, for the tests and for anyone inspecting the page.
      'data-href': hrefOf(item),
    };
    if (item.type === 'quick') {
      const h = item.hit;
      return (
        <div {...common} key={`q${h.url}`}>
          <span class="search__kind">{KIND_LABEL[h.kind]}</span>
          <span class="search__title">{h.title}</span>
          {h.detail && <span class="search__detail">{h.detail}</span>}
          <span class="search__context">{h.context}</span>
          {item.excerpt && <span class="search__excerpt" dangerouslySetInnerHTML={{ __html: item.excerpt }} />}
        </div>
      );
    }
    const h = item.hit;
    return (
      <div {...common} key={`f${h.url}`}>
        {h.label && <span class="search__kind">{h.label}</span>}
        <span class="search__title">{h.title}</span>
        <span class="search__context">{h.context}</span>
        {h.excerpt && <span class="search__excerpt" dangerouslySetInnerHTML={{ __html: h.excerpt }} />}
      </div>
    );
  };

  const hasQuery = query.trim().length > 0;
  return (
    <dialog
      ref={dialog}
      class="search-dialog"
      aria-label="Search"
      onClose={onClose}
      onKeyDown={onKeyDown}
      onClick={onDialogClick}
    >
      <div class="search">
        <div class="search__bar">
          <svg class="search__icon" viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2" />
            <path d="m15.5 15.5 5 5" stroke="currentColor" stroke-width="2" stroke-linecap="round" />
          </svg>
          <label class="visually-hidden" for="search-input">
            Search the documents, glossary and tools
          </label>
          <input
            ref={input}
            id="search-input"
            class="search__input"
            type="text"
            role="combobox"
            aria-autocomplete="list"
            aria-expanded={items.length > 0 ? 'true' : 'false'}
            aria-controls="search-listbox"
            aria-activedescendant={current >= 0 ? `search-option-${current}` : undefined}
            aria-describedby="search-help"
            autocomplete="off"
            autocapitalize="off"
            spellcheck={false}
            enterkeyhint="go"
            placeholder="TLP, secretariat, CERTFin…"
            value={query}
            onInput={(e) => {
              setQuery(e.currentTarget.value);
              startPagefind();
            }}
            onKeyDown={onInputKey}
          />
          <button type="button" class="search__close" onClick={close}>
            Close
          </button>
        </div>
        <div class="search__options">
          <label for="search-publication">In</label>
          <select
            id="search-publication"
            class="search__select"
            value={publication}
            onChange={(e) => setPublication(e.currentTarget.value)}
          >
            <option value="">everything</option>
            {(index?.pubs ?? [])
              .filter((p) => index?.pages.some((g) => index.pubs[g.p]?.id === p.id))
              .map((p) => (
                <option key={p.id} value={p.id}>
                  {p.label}
                </option>
              ))}
          </select>
          <span id="search-help" class="search__help">
            ↑ ↓ to choose, Enter to open, Esc to close
          </span>
        </div>
        {fullState === 'unavailable' && <p class="search__note">{fallbackNote()}</p>}
        <p class="search__status visually-hidden" role="status">
          {announcement}
        </p>
        {note && items.length > 0 && <p class="search__note">{note}</p>}
        {hasQuery && items.length === 0 && !searching && index && (
          <p class="search__empty">
            No results for “{query.trim()}”. The documents are published in English: try an English word, such as
            “partnership”, “sectoral CERT” or “funding”.
          </p>
        )}
        <div
          id="search-listbox"
          class="search__results"
          role="listbox"
          aria-label="Results"
          hidden={items.length === 0}
        >
          {quickCount > 0 && (
            <div role="group" aria-labelledby="search-group-quick" class="search__group">
              <div role="presentation" id="search-group-quick" class="search__group-title">
                Quick matches
              </div>
              {items.slice(0, quickCount).map((item, i) => renderOption(item, i))}
            </div>
          )}
          {items.length > quickCount && (
            <div role="group" aria-labelledby="search-group-full" class="search__group">
              <div role="presentation" id="search-group-full" class="search__group-title">
                In the text
              </div>
              {items.slice(quickCount).map((item, i) => renderOption(item, quickCount + i))}
            </div>
          )}
        </div>
      </div>
    </dialog>
  );
}
