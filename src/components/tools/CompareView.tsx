/**
 * The five PPP types of Guide chapter 3, aspect by aspect. Rendered on the
 * server it shows all five, one after another (readable at any width and
 * without JavaScript); hydrated, it lets the reader tick two or three types to
 * see side by side, and keeps the pick in the URL so the view can be shared.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  cellFor,
  MAX_SIDE_BY_SIDE,
  selectionFromUrl,
  selectionSearch,
  shownTypes,
  toggleType,
} from '../../lib/tools/compare';
import type { CompareData } from '../../lib/tools/types';
import { markLive } from '../client/islands';
import { docHref } from './links';
import { Quote } from './Quote';
import { SiteNote } from './SiteNote';

interface Props {
  data: CompareData;
  base: string;
}

export default function CompareView({ data, base }: Props) {
  const href = docHref(base);
  const root = useRef<HTMLDivElement>(null);
  const [picked, setPicked] = useState<string[]>([]);
  const [live, setLive] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    setPicked(selectionFromUrl(data, location.search, location.hash));
    setLive(true);
  }, []);
  useEffect(() => {
    if (live) markLive(root.current);
  }, [live]);

  const shown = shownTypes(data, picked);
  const sideBySide = shown.length <= MAX_SIDE_BY_SIDE;
  const name = (id: string) => data.types.find((t) => t.id === id)!;

  const choose = (next: string[]) => {
    setPicked(next);
    history.replaceState(history.state, '', `${location.pathname}${selectionSearch(location.search, next)}`);
    const list = next.map((id) => `${name(id).number} ${name(id).short}`).join(' and ');
    setStatus(next.length >= 2 ? `Showing ${list} side by side.` : 'Showing all five types.');
  };

  return (
    <div class={`cmp${sideBySide ? ' cmp--side' : ''}`} ref={root}>
      {live && (
        <fieldset class="cmp__picker">
          <legend>Choose two or three types to see side by side</legend>
          <ul class="cmp__choices">
            {data.types.map((t) => {
              const on = picked.includes(t.id);
              return (
                <li key={t.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={on}
                      disabled={!on && picked.length >= MAX_SIDE_BY_SIDE}
                      onChange={() => choose(toggleType(data, picked, t.id))}
                    />{' '}
                    {t.number} {t.short}
                  </label>
                </li>
              );
            })}
          </ul>
          <p class="cmp__hint">
            {
              [
                'With fewer than two ticked, all five are shown one after another.',
                'Tick one or two more to compare them with it.',
                'You may tick one more.',
                'Three at most: untick one to choose another.',
              ][picked.length]
            }
          </p>
          {picked.length > 0 && (
            <button type="button" class="tool-button tool-button--secondary" onClick={() => choose([])}>
              Show all five
            </button>
          )}
          <p class="visually-hidden" role="status">
            {status}
          </p>
        </fieldset>
      )}
      {data.aspects.map((aspect) => (
        <section class="cmp__aspect" aria-labelledby={`aspect-${aspect.id}`} key={aspect.id}>
          <h2 id={`aspect-${aspect.id}`}>{aspect.label}</h2>
          <p class="cmp__question" data-editorial>
            {aspect.question}
          </p>
          <div class={`cmp__cells cmp__cells--${shown.length}`}>
            {shown.map((t) => {
              const cell = cellFor(data, t.id, aspect.id);
              return (
                <div class={`cmp__cell${picked.length === 1 && picked[0] === t.id ? ' is-picked' : ''}`} key={t.id}>
                  <h3 class="cmp__type">
                    <span class="cmp__number">{t.number}</span> {t.short}
                  </h3>
                  {cell.note && <SiteNote>{cell.note}</SiteNote>}
                  {cell.says.map((s) => (
                    <Quote statement={s} href={href} key={s.anchor + s.quote} />
                  ))}
                  {cell.elsewhere?.map((s) => (
                    <Quote statement={s} href={href} key={s.anchor + s.quote} />
                  ))}
                </div>
              );
            })}
          </div>
        </section>
      ))}
    </div>
  );
}
