/**
 * Entry of dist/_search/highlight.js: on a page opened from a search result
 * (its address carries ?highlight=word), marks the words in the page's main
 * text, whatever their case or diacritics. The loader adds this script only
 * when the address has that parameter; other page views load nothing.
 *
 * Our own rather than Pagefind's pagefind-highlight.js (44 KB, 9.6 KB
 * gzipped): this one is about 1 KB and shares the folding of the search.
 */
import { fold, foldWithMap } from '../../lib/search/normalize.ts';
import { highlightTerms } from '../../lib/urls.ts';

const MAX_MARKS = 300;
const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'TEXTAREA', 'INPUT', 'SELECT', 'MARK', 'SVG']);

function highlight(): void {
  const terms = highlightTerms(location.search)
    .map(fold)
    .filter((t) => t.length >= 2);
  const main = document.querySelector('main');
  if (!terms.length || !main) return;
  // A word that starts with one of the terms: "protocol" marks "protocols", not "interprotocol".
  const escaped = terms.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join('|')})[\\p{L}\\p{N}]*`, 'gu');

  const nodes: Text[] = [];
  const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => {
      for (let p = n.parentElement; p && p !== main; p = p.parentElement) {
        if (SKIP.has(p.tagName.toUpperCase()) || p.hasAttribute('data-pagefind-ignore') || p.classList.contains('toc'))
          return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n as Text);

  let count = 0;
  let first: HTMLElement | undefined;
  for (const node of nodes) {
    if (count >= MAX_MARKS) break;
    const text = node.data;
    const { folded, map } = foldWithMap(text);
    const ranges: [number, number][] = [];
    for (const m of folded.matchAll(pattern)) ranges.push([map[m.index]!, map[m.index + m[0].length]!]);
    if (!ranges.length) continue;
    const frag = document.createDocumentFragment();
    let at = 0;
    for (const [start, end] of ranges) {
      if (start > at) frag.append(text.slice(at, start));
      const mark = document.createElement('mark');
      mark.className = 'search-hit';
      mark.textContent = text.slice(start, end);
      frag.append(mark);
      first ??= mark;
      at = end;
      count++;
    }
    if (at < text.length) frag.append(text.slice(at));
    node.replaceWith(frag);
  }
  // Opened without an anchor: show the first mark. With one, the browser already went there.
  if (first && !location.hash) first.scrollIntoView({ block: 'center' });
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', highlight);
else highlight();
