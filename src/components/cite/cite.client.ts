/**
 * "Cite" beside each numbered section of a document, and "Copy citation" in
 * "Cite this" (_client/cite.js, loaded by the search loader on first use): a
 * short menu of the section and each of its paragraphs; the one picked is
 * copied as a memo would cite it — authors, title, publisher and year, section
 * and paragraph, and a link that works for whoever reads the memo (never a
 * folder on this computer).
 */
import { citationText, shareableLink } from '../../lib/citation';
import { type CitePageData, citeChoices, type PageHeading } from '../../lib/cite-page';
import { pageRoot } from '../client/islands';

declare global {
  interface Window {
    siteCite?: (button: HTMLButtonElement) => void;
    siteCiteFirst?: HTMLButtonElement;
  }
}

interface PageData extends CitePageData {
  publicSiteUrl?: string;
}

const data = JSON.parse(document.getElementById('cite-data')?.textContent ?? 'null') as PageData | null;
const status = Object.assign(document.createElement('p'), { className: 'visually-hidden', role: 'status' });
document.body.append(status);
let open: { menu: HTMLElement; button: HTMLButtonElement } | undefined;

const linkFor = (anchor: string) =>
  shareableLink(`${location.href.replace(/#.*$/, '')}#${anchor}`, {
    siteRoot: new URL(pageRoot(), location.href).href,
    publicSiteUrl: data?.publicSiteUrl,
  });

async function copy(text: string, button: HTMLButtonElement) {
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Citation copied.';
  } catch {
    // Copying refused (no permission, an old browser): show it, selected, for the reader to copy.
    const shown = Object.assign(document.createElement('textarea'), { value: text, rows: 4, className: 'cite-copy' });
    button.after(shown);
    shown.select();
    status.textContent = 'Copying was blocked: the citation is selected below the button; copy it with Ctrl+C.';
  }
}

function close() {
  if (!open) return;
  open.menu.remove();
  open.button.setAttribute('aria-expanded', 'false');
  open.button.focus();
  open = undefined;
}

function cite(button: HTMLButtonElement) {
  if (!data) return;
  const id = button.dataset.cite ?? '';
  if (!id) {
    // The whole document: "Cite this" at the end of the page.
    void copy(citationText({ publication: data.publication, document: data.document, link: linkFor('') }), button);
    return;
  }
  if (open?.button === button) return close();
  close();
  const headings: PageHeading[] = [...document.querySelectorAll<HTMLElement>('.prose h2[id], .prose h3[id]')].map(
    (h) => ({
      id: h.id,
      level: Number(h.tagName[1]),
      text: h.textContent ?? '',
    }),
  );
  const paragraphs = [...document.querySelectorAll<HTMLElement>('.prose [id]')]
    .filter((el) => new RegExp(`^${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}-p\\d+$`).test(el.id))
    .map((el) => ({ id: el.id, text: el.textContent ?? '' }));
  const menu = document.createElement('div');
  menu.className = 'cite-menu';
  menu.setAttribute('role', 'group');
  menu.setAttribute('aria-label', 'Copy a citation');
  for (const choice of citeChoices(data, headings, id, paragraphs, linkFor)) {
    const item = Object.assign(document.createElement('button'), {
      type: 'button',
      textContent: `Copy: ${choice.label}`,
    });
    item.onclick = () => {
      void copy(citationText(choice.source), button);
      close();
    };
    menu.append(item);
  }
  menu.onkeydown = (e) => {
    if (e.key === 'Escape') close();
  };
  button.after(menu);
  button.setAttribute('aria-expanded', 'true');
  open = { menu, button };
  menu.querySelector('button')?.focus();
}

window.siteCite = cite;
if (window.siteCiteFirst) cite(window.siteCiteFirst);
